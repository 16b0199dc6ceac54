/**
 * Table 1 of the summary, one row per plan line: plan, allocated (a live
 * formula over the line's column of the table by area — which reads each leaf
 * cell once — or over the children's rows for a parent without a column), difference, ratio and status — each value
 * the result's, in the plan's unit.
 */
import type { Comparison, Plan } from "../model/plan";
import type { IndicatorResult, LineStatus, Report } from "../model/report";
import type { AllocationTable, LineEntry } from "../model/table";
import type { SummaryStyle } from "../model/summary";
import type { Lang } from "../model/text";
import type { SheetData } from "../model/workbook";
import { a1 } from "../model/address";
import { breachSeverity } from "../rules/compare";
import { sheetTotalNote, statusWord } from "../words";
import { scaleSuffix, subtotalFormula } from "./formulas";
import { LINE_HEADERS, SECTIONS } from "./labels";
import { RATIO_FORMAT, numberFormat, roundDigits, roundTo, type SheetBuilder } from "./sheetBuilder";
import { statedPrecision } from "../rules/compare";
import { unitLabel } from "../text/format";
import { copyCell } from "./cellShape";

/** A plan line with a column (or row) of its own in the allocation table. */
export interface MappedLine {
  readonly result: IndicatorResult;
  readonly entry: LineEntry;
  /** Index of the line in the allocation table. */
  readonly lineIndex: number;
  /** Multiplier from the sheet's cells to the plan's unit. */
  readonly factor: number;
  /** Đồng per unit of the sheet's cells, for a money line. */
  readonly cellScale?: number;
  /** Index in the builder's cells of the line's allocated cell, written without its formula until the table by area is placed. */
  readonly allocatedCell: number;
}

/**
 * A number format that writes a sign before a figure over zero (`+2`, `-1`), as the text report and the pane do.
 * Zero is written in the figure's own format (`0,0%` for percent points), but a bare `0` where that format
 * has optional decimals only (Excel writes `#,##0.###` for zero as `0,`).
 */
export function signedFormat(format: string): string {
  const zero = /\.#+$/.test(format) ? "0" : format;
  return `"+"${format};-${format};${zero}`;
}

/** The status formula over the difference cell, written the same way as the model's value. */
function statusFormula(rule: Comparison, diffRef: string, lang: Lang): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const ok = q(statusWord("ok", rule, lang));
  if (rule === ">=") return `IF(${diffRef}<0,${q(statusWord("under", rule, lang))},${ok})`;
  return `IF(${diffRef}>0,${q(statusWord("over", rule, lang))},IF(${diffRef}<0,${q(statusWord("under", rule, lang))},${ok}))`;
}

function statusStyle(status: LineStatus, rule: Comparison): SummaryStyle {
  if (status === "unmapped") return "status-warning";
  const severity = breachSeverity(status, rule);
  return severity === null ? "status-ok" : severity === "warning" ? "status-warning" : "status-error";
}

export interface LineTableInput {
  readonly report: Report;
  readonly plan: Plan;
  readonly table: AllocationTable;
  readonly sheet: SheetData;
  readonly lang: Lang;
}

/** Writes table 1 from `start`; returns the row after it, the header row and the lines that have a column. */
export function writeLineTable(b: SheetBuilder, start: number, input: LineTableInput): { row: number; headerRow: number; mapped: MappedLine[] } {
  const { report, plan, table, lang } = input;
  let row = start;
  b.subtitle(row, SECTIONS.lines[lang]);
  row++;
  const headerRow = row;
  LINE_HEADERS.forEach((h, col) => b.put({ row, col, value: h[lang], style: "header" }));
  row++;

  // Rows first: a parent line without a column of its own adds up its children's rows.
  const rowOfCode = new Map<string, number>();
  report.indicators.forEach((result, i) => {
    if (!rowOfCode.has(result.code)) rowOfCode.set(result.code, row + i);
  });
  const mapped: MappedLine[] = [];
  for (const result of report.indicators) {
    const { scale, kind } = result;
    const ref = (col: number) => a1(row, col);
    const target = result.target / scale;
    const link = result.totalCell !== null ? { sheet: table.sheet, cell: result.totalCell } : undefined;
    b.put({ row, col: 0, value: result.code, style: link !== undefined ? "link" : "label", link });
    b.put({ row, col: 1, value: result.name });
    b.put({ row, col: 2, value: unitLabel(result, lang) });
    if (result.allocated === null) {
      b.put({ row, col: 3, value: target, numFmt: numberFormat(kind, [target]), style: "number" });
      b.put({ row, col: 7, value: statusWord("unmapped", result.rule, lang), style: statusStyle("unmapped", result.rule) });
      row++;
      continue;
    }
    const allocated = result.allocated / scale;
    // A target stated to three decimals or more of its unit is met within half its last digit (`lineVerdict`).
    const precision = statedPrecision(result);
    const digits = precision === null ? roundDigits(kind, scale) : Math.min(precision, roundDigits(kind, scale));
    const difference = roundTo((result.difference ?? result.allocated - result.target) / scale, digits);
    // Per cell: Excel shows a whole number in `#,##0.###` with a trailing decimal mark (`500.`).
    const fmt = (value: number) => numberFormat(kind, [value]);
    let formula: string | null;
    if (result.lineIndex !== null) {
      const entry = table.lines[result.lineIndex];
      const cellScale = kind === "money" ? (result.cellScale ?? undefined) : undefined;
      const factor = cellScale !== undefined ? cellScale / scale : 1;
      // The allocated cell's formula: one SUBTOTAL over the table by area (see `linkAllocatedCells`).
      mapped.push({ result, entry, lineIndex: result.lineIndex, factor, cellScale, allocatedCell: b.cells.length + 1 });
      formula = null;
    } else {
      // A plan parent with no column: the sum of its children's allocations (their rows above or below).
      const children = plan.lines.filter((l) => l.parentCode === result.code && rowOfCode.has(l.code));
      formula =
        children.length === 0
          ? null
          : children.map((child) => `${a1(rowOfCode.get(child.code)!, 4)}${scaleSuffix((child.kind === "money" ? child.scale : 1) / scale)}`).join("+");
    }
    b.put({ row, col: 3, value: target, numFmt: fmt(target), style: "number" });
    if (formula !== null) b.put({ row, col: 4, formula, value: allocated, numFmt: fmt(allocated), style: "number" });
    else b.put({ row, col: 4, value: allocated, numFmt: fmt(allocated), style: "number" });
    // Signed, as the text report and the pane write it (`+2`): over the plan reads apart from under it.
    b.put({ row, col: 5, formula: `ROUND(${ref(4)}-${ref(3)},${digits})`, value: difference, numFmt: signedFormat(fmt(difference)), style: "number" });
    if (kind !== "percent") {
      b.put({
        row,
        col: 6,
        formula: `IF(${ref(3)}=0,"",${ref(4)}/${ref(3)})`,
        value: result.target === 0 ? "" : result.allocated / result.target,
        numFmt: RATIO_FORMAT,
        style: "percent",
      });
    }
    b.put({ row, col: 7, formula: statusFormula(result.rule, ref(5), lang), value: statusWord(result.status, result.rule, lang), style: statusStyle(result.status, result.rule) });
    row++;
  }
  // CONTRACT §3: where the sheet's own total shows another figure than allocheck counts, both are said.
  for (const result of report.indicators) {
    const note = sheetTotalNote(result, lang);
    if (note === undefined) continue;
    b.put({ row, col: 1, value: `${note}.`, style: "note" });
    b.merge(row, 1, row, 7); // across the table, so that the note neither widens the name column nor spills under the figures
    row++;
  }
  return { row, headerRow, mapped };
}

/**
 * The allocated cell of each line with a column: one SUBTOTAL over the line's
 * column of the table by area (`rows`: its data rows), short at any size. A
 * percent line's lowest value leaves out the rows that are no place
 * (`noPlaceRows`: the province's own share, the reserve), as the engine does.
 */
export function linkAllocatedCells(
  b: SheetBuilder,
  mapped: readonly MappedLine[],
  rows: { readonly first: number; readonly last: number } | null,
  noPlaceRows: readonly number[] = [],
): void {
  const places = rows === null ? [] : runsBeside(rows, noPlaceRows);
  mapped.forEach((m, j) => {
    const cell = b.cells[m.allocatedCell];
    const mode = m.result.kind === "percent" ? "min" : "sum";
    let formula: string | null;
    // No area at all: nothing allocated (a sum of nothing is 0; a lowest of nothing has no formula).
    if (rows === null) formula = mode === "sum" ? "0" : null;
    else if (mode === "sum" || noPlaceRows.length === 0) formula = subtotalFormula(mode, 2 + j, rows.first, rows.last);
    else formula = places.length === 0 ? null : subtotalFormula(mode, 2 + j, places);
    if (formula !== null) {
      const linked = copyCell(cell);
      linked.formula = formula;
      b.cells[m.allocatedCell] = linked;
    }
  });
}

/** The runs of rows from `first` to `last` with the rows in `skip` left out. */
function runsBeside(rows: { readonly first: number; readonly last: number }, skip: readonly number[]): { first: number; last: number }[] {
  const left = new Set(skip);
  const runs: { first: number; last: number }[] = [];
  for (let r = rows.first; r <= rows.last; r++) {
    if (left.has(r)) continue;
    const last = runs[runs.length - 1];
    if (last !== undefined && last.last === r - 1) last.last = r;
    else runs.push({ first: r, last: r });
  }
  return runs;
}
