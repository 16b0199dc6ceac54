/**
 * Per-period results sheets (CONTRACT §7): each shaped like an allocation
 * sheet and read by the same layout detection (either orientation, the same
 * mess), its values being what each area achieved — or for money lines
 * disbursed — in that period. Only the rules that concern any sheet run on
 * it (`subtotal`, `invalid-value`, `text-number`, `duplicate`); lines and
 * areas that are not in the plan are findings, never dropped silently.
 */
import type { Finding } from "../model/finding";
import type { Plan } from "../model/plan";
import type { AreaEntry, LineEntry } from "../model/table";
import { localized } from "../model/text";
import { detectTable } from "../layout";
import { markPercentFractions } from "../layout/percentFractions";
import { buildRuleContext, duplicateRule, invalidValueRule, subtotalRule, textNumberRule, type RuleContext } from "../rules";
import { CELL, isNumericState, readCell } from "../cells/readCell";
import { cellPosition, type ContextBuffers } from "../rules/context";
import { totalLineChildren } from "../rules/lineTotals";
import { overHundredFindings } from "../rules/percent";
import { areaLabelFinding, makeFinding } from "../rules/finding";
import { areaKey, wordKey } from "../text/fold";
import type { Period } from "./periods";
import { doneSubColumns, plannedSubColumns, runningSubColumns } from "./subColumns";
import { copiedTargetFindings } from "./copiedTargets";
import { copiedSubtotalFindings } from "./copiedSubtotals";
import { readMisreadUnitsAsDong } from "./unitMisread";
import { periodSheetSlips } from "./sheetSlip";
import { setAsideNegatives } from "./negativeFigures";
import type { CellRef } from "./types";
import type { PeriodSource } from "../model/progress";
import type { AllocationTable } from "../model/table";
import { cellValue, columnCount, type CellRange, type SheetData } from "../model/workbook";
import { sheetInText } from "../model/address";

export interface PeriodSheetLine {
  readonly code: string;
  /** The period's figure for the line: the leaf sum (a percent line: the total's value, else the lowest leaf). */
  readonly value: number;
  /** The line's total cell, else its header cell. */
  readonly at: CellRef;
  readonly source?: PeriodSource;
  /** True when every leaf cell of the line is blank (its totals blank or zero): a column kept from the template, not a report of the line. */
  readonly blank?: true;
  /** True when a count or money line's figure leaves out a leaf cell that cannot be used (an error value, text, a negative set aside): its `invalid-value` tells it, and the line's sum is not what was achieved. */
  readonly unusable?: true;
}

export interface PeriodSheetReading {
  readonly sheet: string;
  readonly period: Period;
  readonly lines: readonly PeriodSheetLine[];
  /** Per results area: the allocation area it is (a leaf), or -1. */
  readonly areaMatch: Int32Array;
  /** The results sheet's reading (values of every cell). */
  readonly context: RuleContext;
  readonly findings: readonly Finding[];
  readonly table: AllocationTable;
  /** Allocation groups (districts) the sheet reports as a whole where the allocation splits them into communes. */
  readonly wholeGroups?: readonly number[];
  /** The sheet's merged ranges that hold value cells (below the header): a figure merged over several areas is theirs jointly. */
  readonly sheetMerges: readonly CellRange[];
  /** Each running total sub-column (`Lũy kế từ đầu giai đoạn`) beside a line: the line's cumulative figure to the end of the period. */
  readonly running?: readonly RunningTotal[];
}

/** A running total sub-column of a period sheet, read. */
export interface RunningTotal {
  readonly code: string;
  /** Its grand total's figure and cell; null without a grand total or a figure there. */
  readonly total: { readonly value: number; readonly at: CellRef } | null;
  /** Per allocation leaf the sheet reports: its typed running total, the period's figure beside it, its cell and its label. */
  readonly leaves: ReadonlyMap<number, { readonly running: number; readonly done: number; readonly at: CellRef; readonly label: string }>;
}

/** Allocation leaves by key, to find a results area in the allocation table. */
export interface AllocationLeaves {
  /** `district|commune` keys (district key empty when the sheet names none). */
  readonly full: ReadonlyMap<string, number>;
  /** Bare commune keys, only where one leaf has the key. */
  readonly bare: ReadonlyMap<string, number>;
}

function fullKey(entry: AreaEntry, districts: Map<string, string>): string {
  if (entry.district === undefined) return `|${entry.key}`;
  let district = districts.get(entry.district);
  if (district === undefined) {
    district = areaKey(entry.district);
    districts.set(entry.district, district);
  }
  return `${district}|${entry.key}`;
}

const LEAVES = new WeakMap<RuleContext, AllocationLeaves>();

/** The allocation's leaves by key, built once per check. */
export function allocationLeaves(context: RuleContext): AllocationLeaves {
  const known = LEAVES.get(context);
  if (known) return known;
  const leaves = buildAllocationLeaves(context);
  LEAVES.set(context, leaves);
  return leaves;
}

function buildAllocationLeaves(context: RuleContext): AllocationLeaves {
  const districts = new Map<string, string>();
  const full = new Map<string, number>();
  const bare = new Map<string, number>();
  // Each bare key's full key: a name written twice under one district (a `duplicate`) is one
  // commune, still found by its bare name; only the same name under two districts is ambiguous.
  const bareFull = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const index of context.leaves) {
    const entry = context.table.areas[index];
    const key = fullKey(entry, districts);
    if (!full.has(key)) full.set(key, index);
    const known = bareFull.get(entry.key);
    if (known === undefined) {
      bareFull.set(entry.key, key);
      bare.set(entry.key, index);
    } else if (known !== key) ambiguous.add(entry.key);
  }
  for (const key of ambiguous) bare.delete(key);
  return { full, bare };
}

function lineValue(context: RuleContext, line: number): { value: number; source?: PeriodSource } | null {
  const sheet = context.table.sheet;
  const kind = context.lineKind[line];
  if (kind !== "percent") {
    // A line split by funding source with no total of its own (`Kinh phí | Trung ương | Địa phương`): its sources' sum,
    // over every source line's leaf cells.
    const sources = context.sourceLines?.get(line);
    if (sources !== undefined && sources.length > 1) {
      let value = 0;
      for (const source of sources) value += context.leafSums[source];
      return { value, source: { kind: "leaves", sheet, line, mode: "sum", lines: sources } };
    }
    return { value: context.leafSums[line], source: { kind: "leaves", sheet, line, mode: "sum" } };
  }
  if (context.grandTotal !== null) {
    const at = context.grandTotal * context.lineCount + line;
    const state = context.state[at];
    if (state === CELL.number) return { value: context.base[at], source: { kind: "cell", sheet, ...cellPosition(context, context.grandTotal, line) } };
  }
  const min = context.leafMins[line];
  // Leaf cells all blank: the sheet does not report the rate (a `Giải ngân` sheet keeping the template's columns), not a rate of 0.
  return Number.isNaN(min) || leavesBlank(context, line) ? null : { value: min, source: { kind: "leaves", sheet, line, mode: "min" } };
}

/**
 * The allocation table itself when the results sheet is laid out exactly like
 * the allocation sheet (the usual case: a copy of it with new figures) — the
 * same line headers and area labels in the same cells, and no other label
 * in the label column (row) — so it is read the same way without detecting
 * it again; null otherwise.
 */
export function sameLayoutTable(sheet: SheetData, allocation: RuleContext): AllocationTable | null {
  const table = allocation.table;
  const source = allocation.sheet;
  if (table.areas.length === 0 || table.lines.length === 0) return null;
  for (const line of table.lines) if (cellValue(sheet, line.headerRow, line.headerCol) !== cellValue(source, line.headerRow, line.headerCol)) return null;
  const areas = table.areas;
  for (let i = 0; i < areas.length; i++) if (cellValue(sheet, areas[i].labelRow, areas[i].labelCol) !== cellValue(source, areas[i].labelRow, areas[i].labelCol)) return null;
  const byRows = table.orientation === "areas-as-rows";
  const labelAt = byRows ? table.areas[0].labelCol : table.areas[0].labelRow;
  const end = byRows ? sheet.values.length : columnCount(sheet);
  // The areas' label rows (columns) below the header, marked in one array rather than a set of 100 000 numbers.
  const known = new Uint8Array(Math.max(0, end - (table.headerBottom + 1)));
  for (let i = 0; i < areas.length; i++) {
    const at = (byRows ? areas[i].labelRow : areas[i].labelCol) - (table.headerBottom + 1);
    if (at >= 0 && at < known.length) known[at] = 1;
  }
  for (let i = table.headerBottom + 1; i < end; i++) {
    if (known[i - (table.headerBottom + 1)] === 1) continue;
    const value = byRows ? cellValue(sheet, i, labelAt) : cellValue(sheet, labelAt, i);
    if (value !== null && cellValue(source, byRows ? i : labelAt, byRows ? labelAt : i) !== value) return null;
  }
  // Its own cells decide which percent lines are typed as fractions (`0,85` where the allocation has `85`), as for any sheet.
  const lines = table.lines.map((line) => (line.fractions === true ? withoutFractions(line) : line));
  return { ...table, sheet: sheet.name, lines: markPercentFractions(sheet, table.orientation, lines, table.areas, allocation.planByCode) };
}

function withoutFractions(line: LineEntry): LineEntry {
  const { fractions: _, ...rest } = line;
  return rest;
}

/**
 * `buffers`: reading arrays to reuse (the previous sheet's, no longer needed);
 * the reading's context is then valid only until the next sheet is read.
 */
export function readPeriodSheet(sheet: SheetData, period: Period, plan: Plan, allocation: RuleContext, buffers?: ContextBuffers): PeriodSheetReading {
  const same = sameLayoutTable(sheet, allocation);
  const detected = same ?? detectTable(sheet, plan, [], { stage: "achieved" });
  const table = same ?? doneSubColumns(detected, plan);
  const context = buildRuleContext({ plan, table, sheet, buffers });
  const runningColumns = detected === table ? [] : runningSubColumns(detected, table);
  const findings: Finding[] = [];
  // A copy of the allocation's layout has its area labels: a name written twice there is the allocation's own `duplicate`.
  const rules = same !== null ? [subtotalRule, invalidValueRule, textNumberRule] : [subtotalRule, invalidValueRule, textNumberRule, duplicateRule];
  for (const rule of rules) findings.push(...rule.evaluate(context));
  // A rate over 100 % is no area's rate (`percent` itself concerns the allocation sheet alone).
  findings.push(...overHundredFindings(context));
  // A money figure typed in another unit: told at its cell, the sheet read with it brought to scale.
  const slipsTold = periodSheetSlips(context, plan, findings);
  findings.length = 0;
  findings.push(...slipsTold);
  const misread = readMisreadUnitsAsDong(context, plan);
  if (misread !== null) findings.push(misread);
  // A negative figure, told by `invalid-value` at its cell, counts no more than an error value does.
  setAsideNegatives(context);

  const lines: PeriodSheetLine[] = [];
  const seenCodes = new Set<string>();
  const parts = splitParts(context);
  table.lines.forEach((line, l) => {
    if (line.planCode === null) {
      if (!lineHasFigures(context, l) || isProgressRate(line.header) || parts.has(l)) return;
      findings.push(
        makeFinding({
          rule: "unmapped",
          severity: "warning",
          sheet: sheet.name,
          at: { row: line.headerRow, col: line.headerCol },
          message: localized(
            `Cột/dòng kết quả "${line.header}" không khớp chỉ tiêu nào của kế hoạch; số liệu của nó không được tính vào tiến độ.`,
            `The results column/row "${line.header}" matches no plan line; its figures are not counted in the progress.`,
          ),
        }),
      );
      return;
    }
    if (seenCodes.has(line.planCode)) return;
    seenCodes.add(line.planCode);
    const figure = lineValue(context, l);
    if (figure === null) return;
    const at = context.grandTotal !== null ? cellPosition(context, context.grandTotal, l) : { row: line.headerRow, col: line.headerCol };
    const blank = figure.value === 0 && leavesBlank(context, l);
    const unusable = context.lineKind[l] !== "percent" && (context.sourceLines?.get(l) ?? [l]).some((source) => hasUnusableLeaf(context, source));
    lines.push({
      code: line.planCode,
      value: figure.value,
      at: { sheet: sheet.name, ...at },
      ...(figure.source !== undefined ? { source: figure.source } : {}),
      ...(blank ? { blank } : {}),
      ...(unusable ? { unusable } : {}),
    });
  });

  const areaMatch = new Int32Array(table.areas.length).fill(-1);
  if (same !== null) {
    // The allocation's own layout: each leaf is the allocation's leaf of the same index.
    for (let i = 0; i < context.leaves.length; i++) areaMatch[context.leaves[i]] = context.leaves[i];
    return { sheet: sheet.name, period, lines, areaMatch, context, findings, table, sheetMerges: valueMerges(sheet, table) };
  }
  const leaves = allocationLeaves(allocation);
  const districts = new Map<string, string>();
  const groups = allocationGroups(allocation);
  const wholeGroups: number[] = [];
  const wholeLabels: string[] = [];
  for (const index of context.leaves) {
    const entry = table.areas[index];
    const match = leaves.full.get(fullKey(entry, districts)) ?? leaves.bare.get(entry.key) ?? dashedMatch(entry.label, leaves);
    if (match !== undefined) {
      areaMatch[index] = match;
      continue;
    }
    if (!areaHasFigures(context, index)) continue;
    // A district reported as a whole where the allocation splits it into communes: said once for the sheet, below.
    const group = groups.get(entry.key);
    if (group !== undefined) {
      wholeGroups.push(group);
      wholeLabels.push(entry.label);
      continue;
    }
    findings.push(
      areaLabelFinding(
        "coverage",
        "warning",
        sheet.name,
        entry,
        localized(
          `Địa bàn "${entry.label}" có kết quả nhưng không có trong biểu phân bổ ${sheetInText(allocation.table.sheet)}; kết quả của nó vẫn được cộng vào từng chỉ tiêu, nhưng không so được với phân bổ.`,
          `The area "${entry.label}" has results but is not in the allocation sheet ${sheetInText(allocation.table.sheet)}; its results count in each line's total but cannot be compared with an allocation.`,
        ),
      ),
    );
  }
  if (wholeGroups.length > 0) {
    const names = wholeLabels.map((label) => `"${label}"`).join(", ");
    findings.push(
      makeFinding({
        rule: "coverage",
        severity: "info",
        sheet: sheet.name,
        at: null,
        message: localized(
          `Trang ${sheetInText(sheet.name)} báo cáo kết quả theo cấp huyện (${names}), trong khi biểu phân bổ ${sheetInText(allocation.table.sheet)} chia đến từng xã: kết quả được cộng vào từng chỉ tiêu, nhưng không so được với phần phân bổ của từng xã.`,
          `Sheet ${sheetInText(sheet.name)} reports results by district (${names}) while the allocation sheet ${sheetInText(allocation.table.sheet)} splits them by commune: the results count in each line's total but cannot be compared with each commune's allocation.`,
        ),
      }),
    );
  }
  const running = runningTotals(context, runningColumns, areaMatch);
  // The target copied beside what was done (`Kế hoạch | Thực hiện`, with or without `Lũy kế`): its total cell against the plan.
  if (same === null) {
    const copied = plannedSubColumns(detected, table);
    const copies = copiedTargetFindings(context, plan, copied, { allocation, areaMatch });
    // Its districts' subtotals against their areas, those over a copy already told left out.
    findings.push(...copies, ...copiedSubtotalFindings(context, plan, copied, copies));
  }
  return { sheet: sheet.name, period, lines, areaMatch, context, findings, table, sheetMerges: valueMerges(sheet, table), ...(wholeGroups.length > 0 ? { wholeGroups } : {}), ...(running.length > 0 ? { running } : {}) };
}

/** Merged ranges below the table's header (its value cells'), usually none. */
function valueMerges(sheet: SheetData, table: AllocationTable): CellRange[] {
  return sheet.merges.length === 0 ? [] : sheet.merges.filter((merge) => merge.top > table.headerBottom);
}

/** Each running total sub-column read in its line's measure: its grand total's figure and each matched leaf's, beside the period's figure. */
function runningTotals(context: RuleContext, columns: ReturnType<typeof runningSubColumns>, areaMatch: Int32Array): RunningTotal[] {
  if (columns.length === 0) return [];
  const byRows = context.table.orientation === "areas-as-rows";
  const out: RunningTotal[] = [];
  for (const { code, line } of columns) {
    const l = context.table.lines.findIndex((entry) => entry.planCode === code);
    if (l < 0) continue;
    const measure = { kind: context.lineKind[l], scale: context.scales[l] };
    const read = (area: number): { value: number; at: CellRef } | null => {
      const row = byRows ? context.table.areas[area].index : line.index;
      const col = byRows ? line.index : context.table.areas[area].index;
      const reading = readCell(cellValue(context.sheet, row, col), context.sheet.numberFormats?.[row]?.[col], measure);
      return isNumericState(reading.state) ? { value: reading.base, at: { sheet: context.sheet.name, row, col } } : null;
    };
    const total = context.grandTotal === null ? null : read(context.grandTotal);
    const leaves = new Map<number, { running: number; done: number; at: CellRef; label: string }>();
    for (const leaf of context.leaves) {
      const match = areaMatch[leaf];
      const state = context.state[leaf * context.lineCount + l];
      if (match < 0 || leaves.has(match) || (state !== CELL.blank && !isNumericState(state))) continue;
      const typed = read(leaf);
      if (typed !== null) leaves.set(match, { running: typed.value, done: context.base[leaf * context.lineCount + l], at: typed.at, label: context.table.areas[leaf].label });
    }
    out.push({ code, total, leaves });
  }
  return out;
}

/** The allocation's groups (districts) with communes under them, by key; a key two groups share is left out. */
function allocationGroups(allocation: RuleContext): Map<string, number> {
  const groups = new Map<string, number>();
  const twice = new Set<string>();
  allocation.table.areas.forEach((entry, index) => {
    if (entry.kind !== "group" || entry.children.length === 0) return;
    if (groups.has(entry.key)) twice.add(entry.key);
    groups.set(entry.key, index);
  });
  for (const key of twice) groups.delete(key);
  return groups;
}

/** ` - `, ` – ` between a commune and its district. */
const DASH = /\s[-–—]\s/;

/**
 * A results label that names the district after a dash (`Ba Trại - Ba Vì`,
 * `Xã Sài Sơn – Huyện Quốc Oai`): the allocation leaf of that commune in that
 * district, else of that commune when one leaf has its name; undefined otherwise.
 */
function dashedMatch(label: string, leaves: AllocationLeaves): number | undefined {
  const dash = DASH.exec(label);
  if (dash === null) return undefined;
  const commune = areaKey(label.slice(0, dash.index));
  const district = areaKey(label.slice(dash.index + dash[0].length));
  return leaves.full.get(`${district}|${commune}`) ?? leaves.bare.get(commune);
}

/**
 * A column of how far each area got (`Tỷ lệ giải ngân (%)`, `% so với KH`,
 * `Tỷ lệ hoàn thành`): derived from the figures beside it, not a plan line —
 * left out without an `unmapped` warning on every results sheet.
 */
function isProgressRate(header: string): boolean {
  const key = wordKey(header.split(" / ").at(-1) ?? header);
  return /^(?:ty le|%)(?: (?:giai ngan|thuc hien|th|hoan thanh|dat|so voi|so|kh|ke hoach|tren)\b.*)?(?: ?%)?$/.test(key);
}

/**
 * Lines that are parts of a plan line the sheet has (`Kinh phí | Tổng số |
 * Trong đó: NSTW | NSĐP`, the plan not splitting it), or totals of lines that
 * all match the plan: read as the allocation sheet reads them, no results
 * line the plan lacks.
 */
function splitParts(context: RuleContext): Set<number> {
  const out = new Set<number>();
  const lines = context.table.lines;
  const byIndex = new Map(lines.map((line, l) => [line.index, l]));
  lines.forEach((line, l) => {
    if (line.parts === undefined || context.linePlan[l] === null) return;
    for (const part of line.parts) {
      const k = byIndex.get(part);
      if (k !== undefined) out.add(k);
    }
  });
  lines.forEach((line, l) => {
    if (!line.isTotal || context.linePlan[l] !== null) return;
    const children = totalLineChildren(context, l);
    if (children !== null && children.every((child) => context.linePlan[child] !== null)) out.add(l);
  });
  return out;
}

function lineHasFigures(context: RuleContext, line: number): boolean {
  for (let a = 0; a < context.areaCount; a++) if (context.state[a * context.lineCount + line] !== CELL.blank) return true;
  return false;
}

function leavesBlank(context: RuleContext, line: number): boolean {
  const lines = context.sourceLines?.get(line) ?? [line];
  for (const l of lines) for (const leaf of context.leaves) if (context.state[leaf * context.lineCount + l] !== CELL.blank) return false;
  return true;
}

/** True when a leaf cell of the line holds no usable figure (an error value, text that is no number, a negative set aside). */
function hasUnusableLeaf(context: RuleContext, line: number): boolean {
  for (const leaf of context.leaves) {
    const state = context.state[leaf * context.lineCount + line];
    if (state !== CELL.blank && !isNumericState(state)) return true;
  }
  return false;
}

function areaHasFigures(context: RuleContext, area: number): boolean {
  for (let l = 0; l < context.lineCount; l++) if (context.state[area * context.lineCount + l] !== CELL.blank) return true;
  return false;
}
