/**
 * The reading of the allocation sheet (CONTRACT §5 `reading`), made from the
 * detected table: the table's range, its header rows, the label column, each
 * plan line's column with how it was found and its score, each area's role
 * and parent with the evidence that decided it, what was left out, the
 * corrections applied — and how sure the reading is.
 */
import { a1, columnLetters } from "../model/address";
import type { Plan } from "../model/plan";
import type { NumberDoubt } from "../rules/dotDoubt";
import type { IndicatorResult } from "../model/report";
import type { AreaEvidence, Reading, ReadingArea, ReadingIgnored, ReadingLine, ReadingRole } from "../model/reading";
import type { AllocationTable, AreaEntry } from "../model/table";
import { areaKey } from "../text/fold";
import { labelFacts } from "../layout/labels";
import { NO_OTHER_SHEETS, readingConfidence, type OtherSheets } from "./confidence";
import type { PlanCopyGap } from "./planCopyGaps";
import type { ErrorName } from "./errorNames";
import type { MistypedName } from "./mistypedNames";
import type { BesideDistrict } from "./besideDistricts";
import { districtsNamedByCommunes } from "../rules/namedByCommunes";

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

/** `atOf` on the area axis, the table's orientation told once: a row number when areas are rows, else a column letter. */
function areaAt(areasAreRows: boolean, index: number): string {
  return areasAreRows ? String(index + 1) : columnLetters(index);
}

/** The table's last row without layout notes: its header's bottom, or its last area row (areas as rows). */
function lastAreaRow(table: AllocationTable): number {
  let bottom = table.headerBottom;
  for (let i = 0; i < table.areas.length; i++) bottom = Math.max(bottom, table.orientation === "areas-as-rows" ? table.areas[i].index : 0);
  return bottom;
}

export function buildReading(
  table: AllocationTable,
  plan: Plan,
  indicators: readonly IndicatorResult[],
  doubts: readonly NumberDoubt[] = [],
  otherSheets: OtherSheets = NO_OTHER_SHEETS,
  planCopies: readonly PlanCopyGap[] = [],
  errorNames: ReadonlyMap<number, ErrorName> = new Map(),
  mistyped: ReadonlyMap<number, MistypedName> = new Map(),
  beside: readonly BesideDistrict[] = [],
): Reading {
  const notes = table.notes;
  const names = planNames(plan);
  // Reading rows of each area: its own label row (group, leaf, total…) and, for a group whose values sit
  // on a `Cộng …` row, that subtotal row. Each row is keyed by its area (subtotal rows and mirrors after).
  // The rows are made in their final form (keys in CONTRACT §5's order), `parent` holding the key of the
  // area it belongs to until the rows are in sheet order; the sort position and key sit beside them.
  const built: { -readonly [K in keyof ReadingArea]: ReadingArea[K] }[] = [];
  const sorts: number[] = [];
  const keys: number[] = [];
  const count = table.areas.length;
  // An index loop with the rows pushed in place: a callback per area, and a closure called with eight
  // arguments per row, stay slow in a function that runs once over 100 000 areas.
  const areasAreRows = table.orientation === "areas-as-rows";
  // A plan without an area list names none: no look-up per area.
  const plansAreas = names.communes.size > 0 || names.districts.size > 0;
  // Groups named otherwise than the plan's list, read as the district their communes name (the `coverage`
  // finding and the confidence's reason say so): that district is the plan area the reading took.
  const byCommunes = districtsNamedByCommunes(table, plan);
  const namedDistricts = new Map<number, string>();
  for (const { area, planDistrict } of byCommunes) namedDistricts.set(area, planDistrict);
  for (let i = 0; i < count; i++) {
    const entry = table.areas[i];
    const unread = errorNames.size > 0 ? errorNames.get(i) : undefined;
    const guess = mistyped.size > 0 ? mistyped.get(i)?.planArea : undefined;
    const planArea = unread !== undefined ? unread.planArea : plansAreas ? (guess ?? planAreaOf(entry, names) ?? namedDistricts.get(i) ?? null) : null;
    const how = entry.evidence ?? evidenceOf(entry, names);
    // `nameError` set after the row is made, where there is one (last, as CONTRACT §5 orders it): a spread in
    // the literal copied an object's properties in the runtime for every one of 100 000 rows.
    if (entry.subtotalLabel !== undefined && entry.headIndex !== undefined) {
      const head: (typeof built)[number] = { name: entry.label, at: areaAt(areasAreRows, entry.headIndex), role: roleOf(entry), parent: entry.parent, planArea, how };
      if (unread !== undefined) head.nameError = unread.error;
      built.push(head);
      sorts.push(entry.headIndex);
      keys.push(i);
      built.push({ name: entry.subtotalLabel, at: areaAt(areasAreRows, entry.index), role: "subtotal", parent: i, planArea: null, how: entry.evidence === "corrected" ? "corrected" : "label" });
      sorts.push(entry.index);
      keys.push(count + i);
      continue;
    }
    const role: ReadingRole = entry.subtotalLabel !== undefined && entry.kind !== "heading" ? "subtotal" : roleOf(entry);
    const row: (typeof built)[number] = { name: entry.label, at: areaAt(areasAreRows, entry.index), role, parent: entry.parent, planArea, how };
    if (unread !== undefined) row.nameError = unread.error;
    built.push(row);
    sorts.push(entry.index);
    keys.push(i);
  }
  const mirrors = notes?.mirrors ?? [];
  for (let k = 0; k < mirrors.length; k++) {
    const mirror = mirrors[k];
    built.push({ name: mirror.label, at: areaAt(areasAreRows, mirror.index), role: "subtotal", parent: mirror.group, planArea: null, how: "label" });
    sorts.push(mirror.index);
    keys.push(2 * count + k);
  }
  let ordered = true;
  for (let i = 1; i < sorts.length && ordered; i++) if (sorts[i] < sorts[i - 1]) ordered = false;
  let areas = built;
  let rowKeys = keys;
  if (!ordered) {
    const order = built.map((_row, i) => i).sort((a, b) => sorts[a] - sorts[b] || keys[a] - keys[b]);
    areas = order.map((i) => built[i]);
    rowKeys = order.map((i) => keys[i]);
  }
  // Where each area's own row landed: the parent of a reading row is the row of its area.
  const position = new Int32Array(count).fill(-1);
  for (let i = 0; i < rowKeys.length; i++) if (rowKeys[i] < count) position[rowKeys[i]] = i;
  for (let i = 0; i < areas.length; i++) {
    const row = areas[i];
    row.parent = row.parent === null || position[row.parent] < 0 ? null : position[row.parent];
  }

  const lines: ReadingLine[] = table.lines
    .filter((line) => line.planCode !== null)
    .map((line) => ({
      code: line.planCode!,
      at: atOf(table, line.index, "line"),
      header: line.header,
      how: line.match?.how ?? "name",
      score: line.match?.score ?? 1,
      ...(line.sources !== undefined ? { sum: line.sources.map((index) => atOf(table, index, "line")) } : {}),
    }));
  const ignored: ReadingIgnored[] = [
    ...(notes?.ignoredLines ?? []).map((line) => ({ at: atOf(table, line.index, "line"), header: line.header, why: line.why })),
    ...(notes?.ignoredAreas ?? []).map((area) => ({ at: atOf(table, area.index, "area"), header: area.label, why: area.why })),
  ];
  const top = notes?.top ?? table.headerTop;
  const bottom = notes?.bottom ?? lastAreaRow(table);
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
    confidence: readingConfidence(table, plan, indicators, lines, areas, doubts, otherSheets, planCopies, errorNames, byCommunes, mistyped, beside),
    ...(otherSheets.hidden === true ? { sheetHidden: true as const } : {}),
  };
}
