/**
 * The reading of the allocation sheet (CONTRACT §5 `reading`), made from the
 * detected table: the table's range, its header rows, the label column, each
 * plan line's column with how it was found and its score, each area's role
 * and parent with the evidence that decided it, what was left out, the
 * corrections applied — and how sure the reading is.
 */
import { a1, columnLetters } from "../model/address";
import type { Plan } from "../model/plan";
import type { IndicatorResult } from "../model/report";
import type { AreaEvidence, Reading, ReadingArea, ReadingIgnored, ReadingLine, ReadingRole } from "../model/reading";
import type { AllocationTable, AreaEntry } from "../model/table";
import { areaKey } from "../text/fold";
import { labelFacts } from "../layout/labels";
import { readingConfidence } from "./confidence";

/** `at` of a position on the area axis or the line axis (CONTRACT §5: a column letter or a row number). */
function atOf(table: AllocationTable, index: number, axis: "area" | "line"): string {
  const isRow = (table.orientation === "areas-as-rows") === (axis === "area");
  return isRow ? String(index + 1) : columnLetters(index);
}

interface PlanNames {
  readonly communes: ReadonlyMap<string, string>;
  readonly districts: ReadonlyMap<string, string>;
}

function planNames(plan: Plan): PlanNames {
  const communes = new Map<string, string>();
  const districts = new Map<string, string>();
  for (const area of plan.areas) {
    const d = areaKey(area.district);
    if (!districts.has(d)) districts.set(d, area.district);
    if (area.commune !== undefined) {
      const c = areaKey(area.commune);
      if (!communes.has(c)) communes.set(c, area.commune);
    }
  }
  return { communes, districts };
}

function planAreaOf(entry: AreaEntry, names: PlanNames): string | null {
  if (entry.kind === "total") return null;
  if (entry.kind === "leaf") return names.communes.get(entry.key) ?? names.districts.get(entry.key) ?? null;
  return names.districts.get(entry.key) ?? names.communes.get(entry.key) ?? null;
}

/** The evidence of an area read without the one-column reader's notes (two label columns). */
function evidenceOf(entry: AreaEntry, names: PlanNames): AreaEvidence {
  if (entry.evidence !== undefined) return entry.evidence;
  if (entry.kind === "total") return "label";
  if (names.districts.has(entry.key) || names.communes.has(entry.key)) return "area-list";
  return labelFacts(entry.label).level !== null ? "prefix" : "position";
}

function roleOf(entry: AreaEntry): ReadingRole {
  return entry.kind;
}

export function buildReading(table: AllocationTable, plan: Plan, indicators: readonly IndicatorResult[]): Reading {
  const notes = table.notes;
  const names = planNames(plan);
  // Reading rows of each area: its own label row (group, leaf, total…) and, for a group whose values sit
  // on a `Cộng …` row, that subtotal row. Each row is keyed by its area (subtotal rows and mirrors after).
  interface Row {
    sort: number;
    key: number;
    name: string;
    at: string;
    role: ReadingRole;
    planArea: string | null;
    how: AreaEvidence;
    parentOf: number | null;
  }
  const rows: Row[] = [];
  const count = table.areas.length;
  table.areas.forEach((entry, i) => {
    const planArea = planAreaOf(entry, names);
    const how = evidenceOf(entry, names);
    if (entry.subtotalLabel !== undefined && entry.headIndex !== undefined) {
      rows.push({ sort: entry.headIndex, key: i, name: entry.label, at: atOf(table, entry.headIndex, "area"), role: roleOf(entry), planArea, how, parentOf: entry.parent });
      rows.push({
        sort: entry.index,
        key: count + i,
        name: entry.subtotalLabel,
        at: atOf(table, entry.index, "area"),
        role: "subtotal",
        planArea: null,
        how: entry.evidence === "corrected" ? "corrected" : "label",
        parentOf: i,
      });
      return;
    }
    const role: ReadingRole = entry.subtotalLabel !== undefined && entry.kind !== "heading" ? "subtotal" : roleOf(entry);
    rows.push({ sort: entry.index, key: i, name: entry.label, at: atOf(table, entry.index, "area"), role, planArea, how, parentOf: entry.parent });
  });
  (notes?.mirrors ?? []).forEach((mirror, k) => {
    rows.push({ sort: mirror.index, key: 2 * count + k, name: mirror.label, at: atOf(table, mirror.index, "area"), role: "subtotal", planArea: null, how: "label", parentOf: mirror.group });
  });
  let ordered = true;
  for (let i = 1; i < rows.length && ordered; i++) if (rows[i].sort < rows[i - 1].sort) ordered = false;
  if (!ordered) rows.sort((a, b) => a.sort - b.sort || a.key - b.key);
  // Where each area's own row landed: the parent of a reading row is the row of its area.
  const position = new Int32Array(count).fill(-1);
  rows.forEach((row, i) => {
    if (row.key < count) position[row.key] = i;
  });
  // Keys in CONTRACT §5's order.
  const areas: ReadingArea[] = rows.map((row) => ({
    name: row.name,
    at: row.at,
    role: row.role,
    parent: row.parentOf === null || position[row.parentOf] < 0 ? null : position[row.parentOf],
    planArea: row.planArea,
    how: row.how,
  }));

  const lines: ReadingLine[] = table.lines
    .filter((line) => line.planCode !== null)
    .map((line) => ({
      code: line.planCode!,
      at: atOf(table, line.index, "line"),
      header: line.header,
      how: line.match?.how ?? "name",
      score: line.match?.score ?? 1,
    }));
  const ignored: ReadingIgnored[] = [
    ...(notes?.ignoredLines ?? []).map((line) => ({ at: atOf(table, line.index, "line"), header: line.header, why: line.why })),
    ...(notes?.ignoredAreas ?? []).map((area) => ({ at: atOf(table, area.index, "area"), header: area.label, why: area.why })),
  ];
  const top = notes?.top ?? table.headerTop;
  const bottom = notes?.bottom ?? Math.max(table.headerBottom, ...table.areas.map((a) => (table.orientation === "areas-as-rows" ? a.index : 0)));
  const left = notes?.left ?? 0;
  const right = notes?.right ?? left;
  const headerRows: number[] = [];
  for (let row = table.headerTop; row <= table.headerBottom; row++) headerRows.push(row + 1);
  return {
    table: `${a1(top, left)}:${a1(bottom, right)}`,
    headerRows,
    labelColumn: columnLetters(notes?.labelCol ?? left),
    lines,
    areas,
    ignored,
    corrections: notes?.corrections.applied ?? 0,
    confidence: readingConfidence(table, plan, indicators, lines, areas),
  };
}
