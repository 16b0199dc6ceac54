/**
 * The summary sheet (`Tổng hợp`) as plain data, from a check result: the
 * plan's identity, a table per plan line with live formulas over the
 * allocation sheet's leaf cells, a table by area, and the findings with a link
 * to each cell. No time stamp: the same check gives the same sheet.
 */
import type { Comparison, IndicatorKind, Plan } from "../model/plan";
import type { IndicatorResult, LineStatus, Report } from "../model/report";
import type { AllocationTable, AreaEntry, LineEntry } from "../model/table";
import { valuePosition } from "../model/table";
import type { SummaryCell, SummarySheetModel, SummaryStyle } from "../model/summary";
import type { CellRange, WorkbookData } from "../model/workbook";
import type { Lang, LocalizedText } from "../model/text";
import { a1 } from "../model/address";
import { allocatedFormula, cellFormula, engineCellValue, scaleSuffix, type LeafCell } from "./formulas";
import {
  AREA_HEADER,
  AREA_INDEX_HEADER,
  FINDING_HEADERS,
  IDENTITY,
  LINE_HEADERS,
  MARKER,
  NO_AREAS,
  NO_FINDINGS,
  SECTIONS,
  TITLE,
  orientationLabel,
  planSourceLabel,
  resultLabel,
} from "./labels";
import { summarySheetName } from "./naming";
import { statusWord, wordsFor } from "../words";
import { breachSeverity } from "../rules/compare";
import { withPrintLayout } from "./printLayout";
import { progressChart, progressTable } from "./progressTable";

export interface SummaryInput {
  readonly report: Report;
  readonly plan: Plan;
  readonly table: AllocationTable;
  readonly workbook: WorkbookData;
  readonly lang?: Lang;
}

/** Columns of the first table (A–H); the area table may use more. */
const BASE_COLUMNS = 8;
const BASE_WIDTHS = [8, 44, 12, 16, 16, 16, 14, 20];
const EXTRA_WIDTH = 16;
/** Beyond these, the tables say how many rows were left out (the sheet stays writable in Excel on the web). */
export const MAX_AREA_ROWS = 2000;
export const MAX_FINDING_ROWS = 5000;

const INTEGER_FORMAT = "#,##0";
const DECIMAL_FORMAT = "#,##0.###";
const PERCENT_POINTS_FORMAT = '0.0"%"';
const RATIO_FORMAT = "0.0%";

class SheetBuilder {
  readonly cells: SummaryCell[] = [];
  readonly merges: CellRange[] = [];
  maxRow = -1;
  maxCol = -1;

  put(cell: SummaryCell): void {
    this.cells.push(cell);
    if (cell.row > this.maxRow) this.maxRow = cell.row;
    if (cell.col > this.maxCol) this.maxCol = cell.col;
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    this.merges.push({ top, left, bottom, right });
    if (bottom > this.maxRow) this.maxRow = bottom;
    if (right > this.maxCol) this.maxCol = right;
  }
}

function text(t: LocalizedText, lang: Lang): string {
  return t[lang];
}

/** Digits to round a difference to: whole đồng for money, else a safe 9. */
function roundDigits(kind: IndicatorKind, scale: number): number {
  return kind === "money" ? Math.max(0, Math.round(Math.log10(scale))) : 9;
}

function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function numberFormat(kind: IndicatorKind, values: ReadonlyArray<number | null>): string {
  if (kind === "percent") return PERCENT_POINTS_FORMAT;
  return values.every((v) => v === null || Number.isInteger(roundTo(v, 9))) ? INTEGER_FORMAT : DECIMAL_FORMAT;
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

function leafDescendants(table: AllocationTable, index: number, out: AreaEntry[]): AreaEntry[] {
  for (const child of table.areas[index].children) {
    const area = table.areas[child];
    if (area.kind === "leaf") out.push(area);
    else leafDescendants(table, child, out);
  }
  return out;
}

/** The value cells of `areas` on `line`; `moneyScale` (đồng per cell unit) for a money line. */
function leafCells(table: AllocationTable, areas: readonly AreaEntry[], line: LineEntry, moneyScale?: number): LeafCell[] {
  return areas.map((area) => ({ ...valuePosition(table, area, line), moneyScale }));
}

function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m && lang === "vi" ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

interface MappedLine {
  readonly result: IndicatorResult;
  readonly entry: LineEntry;
  readonly scale: number;
  /** Multiplier from the sheet's cells to the plan's unit. */
  readonly factor: number;
  /** Đồng per unit of the sheet's cells, for a money line. */
  readonly cellScale?: number;
}

export function buildSummary(input: SummaryInput): SummarySheetModel {
  const { report, plan, table, workbook } = input;
  const lang: Lang = input.lang ?? "vi";
  const sheet = workbook.sheets.find((s) => s.name === table.sheet);
  if (sheet === undefined) throw new Error(`Allocation sheet not in the workbook: ${table.sheet}`);
  const b = new SheetBuilder();
  const lastBase = BASE_COLUMNS - 1;

  // Title and marker (see naming.ts).
  b.put({ row: 0, col: 0, value: text(TITLE, lang), style: "title" });
  b.merge(0, 0, 0, lastBase);
  b.put({ row: 1, col: 0, value: text(MARKER, lang), style: "note" });
  b.merge(1, 0, 1, lastBase);

  // Identity: long texts on a row of their own, short ones two to a row (a shorter frozen block).
  let row = 3;
  const wide = (label: LocalizedText, value: string | undefined) => {
    if (value === undefined || value === "") return;
    b.put({ row, col: 0, value: text(label, lang), style: "label" });
    b.merge(row, 0, row, 1);
    b.put({ row, col: 2, value });
    b.merge(row, 2, row, lastBase);
    row++;
  };
  const pair = (left: [LocalizedText, string | undefined], right: [LocalizedText, string | undefined]) => {
    const items = [left, right].filter(([, value]) => value !== undefined && value !== "") as Array<[LocalizedText, string]>;
    if (items.length === 0) return;
    items.forEach(([label, value], i) => {
      if (i === 0) {
        b.put({ row, col: 0, value: text(label, lang), style: "label" });
        b.merge(row, 0, row, 1);
        b.put({ row, col: 2, value });
        b.merge(row, 2, row, 3);
      } else {
        b.put({ row, col: 4, value: text(label, lang), style: "label" });
        b.put({ row, col: 5, value });
        b.merge(row, 5, row, lastBase);
      }
    });
    row++;
  };
  wide(IDENTITY.planTitle, plan.title);
  pair([IDENTITY.planNumber, plan.number], [IDENTITY.planDate, plan.date === undefined ? undefined : formatDate(plan.date, lang)]);
  pair([IDENTITY.allocationSheet, report.allocationSheet], [IDENTITY.planSource, text(planSourceLabel(report.planSource), lang)]);
  pair([IDENTITY.orientation, text(orientationLabel(report.orientation), lang)], [IDENTITY.result, text(resultLabel(report.counts), lang)]);
  wide(IDENTITY.workbook, report.workbook);

  // Table 1: per plan line.
  row++;
  b.put({ row, col: 0, value: text(SECTIONS.lines, lang), style: "subtitle" });
  b.merge(row, 0, row, lastBase);
  row++;
  const headerRow = row;
  LINE_HEADERS.forEach((h, col) => b.put({ row, col, value: text(h, lang), style: "header" }));
  row++;

  const leaves = table.areas.filter((a) => a.kind === "leaf");
  // Rows first: a parent line without a column of its own adds up its children's rows.
  const rowOfCode = new Map<string, number>();
  report.indicators.forEach((result, i) => {
    if (!rowOfCode.has(result.code)) rowOfCode.set(result.code, row + i);
  });
  const mapped: MappedLine[] = [];
  for (const result of report.indicators) {
    const scale = result.scale;
    const kind = result.kind;
    const ref = (col: number) => a1(row, col);
    const target = result.target / scale;
    b.put({ row, col: 0, value: result.code, style: result.totalCell !== null ? "link" : "label", link: result.totalCell !== null ? { sheet: table.sheet, cell: result.totalCell } : undefined });
    b.put({ row, col: 1, value: result.name });
    b.put({ row, col: 2, value: result.unit });
    const entry = result.lineIndex !== null ? table.lines[result.lineIndex] : undefined;
    if (result.allocated === null) {
      b.put({ row, col: 3, value: target, numFmt: numberFormat(kind, [target]), style: "number" });
      b.put({ row, col: 7, value: statusWord("unmapped", result.rule, lang), style: statusStyle("unmapped", result.rule) });
      row++;
      continue;
    }
    const allocated = result.allocated / scale;
    const digits = roundDigits(kind, scale);
    const difference = roundTo((result.difference ?? result.allocated - result.target) / scale, digits);
    const fmt = numberFormat(kind, [target, allocated, difference]);
    let formula: string | null;
    if (entry !== undefined) {
      const cellScale = kind === "money" ? (result.cellScale ?? undefined) : undefined;
      const factor = cellScale !== undefined ? cellScale / scale : 1;
      mapped.push({ result, entry, scale, factor, cellScale });
      formula = allocatedFormula(sheet, leafCells(table, leaves, entry, cellScale), kind === "percent" ? "min" : "sum", factor);
    } else {
      // A plan parent with no column: the sum of its children's allocations (their rows above or below).
      const children = plan.lines.filter((l) => l.parentCode === result.code && rowOfCode.has(l.code));
      formula =
        children.length === 0
          ? null
          : children
              .map((child) => `${a1(rowOfCode.get(child.code)!, 4)}${scaleSuffix((child.kind === "money" ? child.scale : 1) / scale)}`)
              .join("+");
    }
    b.put({ row, col: 3, value: target, numFmt: fmt, style: "number" });
    if (formula !== null) b.put({ row, col: 4, formula, value: allocated, numFmt: fmt, style: "number" });
    else b.put({ row, col: 4, value: allocated, numFmt: fmt, style: "number" });
    b.put({ row, col: 5, formula: `ROUND(${ref(4)}-${ref(3)},${digits})`, value: difference, numFmt: fmt, style: "number" });
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
    const status = result.status;
    b.put({ row, col: 7, formula: statusFormula(result.rule, ref(5), lang), value: statusWord(status, result.rule, lang), style: statusStyle(status, result.rule) });
    row++;
  }

  // Table 2: by area (groups: their leaves' total; leaves: the cell itself), in the plan's unit.
  row++;
  b.put({ row, col: 0, value: text(SECTIONS.areas, lang), style: "subtitle" });
  b.merge(row, 0, row, lastBase);
  row++;
  b.put({ row, col: 0, value: text(AREA_INDEX_HEADER, lang), style: "header" });
  b.put({ row, col: 1, value: text(AREA_HEADER, lang), style: "header" });
  mapped.forEach((m, j) => {
    const unit = m.result.unit === "" ? "" : ` (${m.result.unit})`;
    b.put({ row, col: 2 + j, value: `${m.result.code}. ${m.result.name}${unit}`, style: "header" });
  });
  row++;
  const listed = table.areas.map((area, index) => ({ area, index })).filter(({ area }) => area.kind !== "total");
  const areaFormats = mapped.map((m) => numberFormat(m.result.kind, [m.result.target / m.scale]));
  const areaRows: Array<{ area: AreaEntry; values: Array<number | null>; formulas: Array<string | null> }> = [];
  for (const { area, index } of listed.slice(0, MAX_AREA_ROWS)) {
    const isLeaf = area.kind === "leaf";
    const under = isLeaf ? [area] : leafDescendants(table, index, []);
    if (!isLeaf && under.length === 0) continue;
    const values: Array<number | null> = [];
    const formulas: Array<string | null> = [];
    mapped.forEach((m, j) => {
      const mode = m.result.kind === "percent" ? "min" : "sum";
      const cells = leafCells(table, under, m.entry, m.cellScale);
      // The engine's reading of each cell, in the plan's unit.
      const read = cells.map((c) => engineCellValue(sheet, c, mode)).filter((v): v is number => v !== null);
      let value: number | null;
      if (isLeaf) value = (engineCellValue(sheet, cells[0], mode) ?? 0) * m.factor;
      else if (mode === "min") value = read.length === 0 ? null : read.reduce((low, v) => (v < low ? v : low), Infinity) * m.factor;
      else value = read.reduce((sum, v) => sum + v, 0) * m.factor;
      if (value !== null) value = roundTo(value, 9);
      values.push(value);
      formulas.push(isLeaf ? cellFormula(sheet, cells[0], mode, m.factor) : allocatedFormula(sheet, cells, mode, m.factor));
      if (value !== null && !Number.isInteger(value) && areaFormats[j] === INTEGER_FORMAT) areaFormats[j] = DECIMAL_FORMAT;
    });
    areaRows.push({ area, values, formulas });
  }
  areaRows.forEach(({ area, values, formulas }, i) => {
    const isLeaf = area.kind === "leaf";
    b.put({ row, col: 0, value: i + 1 });
    b.put({ row, col: 1, value: area.label, style: isLeaf ? undefined : "label" });
    values.forEach((value, j) => {
      const formula = formulas[j];
      b.put({ row, col: 2 + j, value, numFmt: areaFormats[j], style: "number", ...(formula !== null && value !== null ? { formula } : {}) });
    });
    row++;
  });
  if (areaRows.length === 0) {
    b.put({ row, col: 1, value: text(NO_AREAS, lang), style: "note" });
    row++;
  }
  if (listed.length > MAX_AREA_ROWS) {
    const more = listed.length - MAX_AREA_ROWS;
    b.put({ row, col: 1, value: lang === "vi" ? `… và ${more} địa bàn khác (xem trang ${table.sheet})` : `… and ${more} more areas (see sheet ${table.sheet})`, style: "note" });
    row++;
  }

  // Table 3: findings.
  row++;
  b.put({ row, col: 0, value: text(SECTIONS.findings, lang), style: "subtitle" });
  b.merge(row, 0, row, lastBase);
  row++;
  FINDING_HEADERS.forEach((h, col) => b.put({ row, col, value: text(h, lang), style: "header" }));
  row++;
  report.findings.slice(0, MAX_FINDING_ROWS).forEach((f, i) => {
    b.put({ row, col: 0, value: i + 1 });
    b.put({ row, col: 1, value: f.message[lang] });
    b.put({ row, col: 2, value: wordsFor(lang).severity[f.severity], style: f.severity === "error" ? "status-error" : f.severity === "warning" ? "status-warning" : undefined });
    b.put({ row, col: 3, value: wordsFor(lang).rules[f.rule] });
    b.put({ row, col: 4, value: f.sheet ?? "" });
    if (f.sheet !== null && f.cell !== null) b.put({ row, col: 5, value: f.cell, style: "link", link: { sheet: f.sheet, cell: f.cell } });
    else b.put({ row, col: 5, value: "" });
    b.put({ row, col: 6, value: f.indicator ?? "" });
    b.put({ row, col: 7, value: f.area ?? "" });
    row++;
  });
  if (report.findings.length === 0) {
    b.put({ row, col: 1, value: text(NO_FINDINGS, lang), style: "note" });
    row++;
  }
  if (report.findings.length > MAX_FINDING_ROWS) {
    const more = report.findings.length - MAX_FINDING_ROWS;
    b.put({ row, col: 1, value: lang === "vi" ? `… và ${more} phát hiện khác` : `… and ${more} more findings`, style: "note" });
    row++;
  }

  // Table 4: progress over the plan's periods (CONTRACT §7), when the workbook has results.
  const progress = progressTable({ report, workbook, lang }, row + 1);
  if (progress !== null) {
    for (const cell of progress.cells) b.put(cell);
    for (const m of progress.merges) b.merge(m.top, m.left, m.bottom, m.right);
  }

  const columnCount = Math.max(b.maxCol + 1, BASE_COLUMNS);
  const columnWidths = Array.from({ length: columnCount }, (_, i) => BASE_WIDTHS[i] ?? EXTRA_WIDTH);
  return withPrintLayout({
    name: summarySheetName(workbook),
    cells: b.cells,
    merges: b.merges,
    columnWidths,
    frozenRows: headerRow + 1,
    print: { paper: "A4", orientation: "landscape", fitToWidth: true },
    rowCount: b.maxRow + 1,
    columnCount,
    ...(progress !== null ? { chart: progressChart(progress, report, lang) } : {}),
  });
}
