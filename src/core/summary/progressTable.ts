/**
 * The summary sheet's progress table (CONTRACT §7): per plan line with
 * results, the target, each period, the cumulative, % of target, expected by
 * now, the forecast and the status — with live formulas over the results
 * sheets' cells, like the allocation table: a period figure is the results
 * cell itself (a line-level table, a period sheet's total) or the SUM (MIN
 * for a percent line) of the period sheet's leaf cells; the rest are
 * formulas over the row and the elapsed-share cell.
 */
import { formatMonth, unitLabel } from "../text/format";
import { a1 } from "../model/address";
import type { CellRange, WorkbookData } from "../model/workbook";
import type { IndicatorResult, Report } from "../model/report";
import type { PeriodResult } from "../model/progress";
import type { SummaryCell, SummaryChart } from "../model/summary";
import { valuePosition } from "../model/table";
import type { Lang } from "../model/text";
import { parseUnit } from "../text/units";
import { PROGRESS_STATUS_TEXT, progressStatus } from "../progress/status";
import { carriedFigure } from "../progress/carried";
import { allocatedFormula, cellFormula, type LeafCell } from "./formulas";
import { isNumericState, readCell } from "../cells/readCell";
import { cellNumberFormat, cellValue, type SheetData } from "../model/workbook";
import { INTEGER_FORMAT, roundTo } from "./sheetBuilder";
import { chartRows } from "./chartSize";

/** A results cell as the engine reads it, in the cell's own unit (the formula's factor is taken against it). */
function engineCellValue(sheet: SheetData, cell: LeafCell, mode: "sum" | "min"): number | null {
  const reading = readCell(cellValue(sheet, cell.row, cell.col), cellNumberFormat(sheet, cell.row, cell.col), { kind: mode === "min" ? "percent" : "count", scale: 1 });
  if (isNumericState(reading.state)) return reading.base;
  return mode === "sum" ? 0 : null;
}

export interface ProgressTableBlock {
  readonly cells: readonly SummaryCell[];
  readonly merges: readonly CellRange[];
  /** Rows used from the start row. */
  readonly rows: number;
  /** Where the chart's data sit: the line codes, the % achieved and the elapsed share (for the pace), 0-based rows. */
  readonly chart: { readonly firstRow: number; readonly lastRow: number; readonly codeCol: number; readonly percentCol: number; readonly paceCol: number | null };
  /** True when some line is a percent line: the chart's bar and mark then have columns of their own (`chartValue`, `chartMark`). */
  readonly percentLines?: true;
}

const WORDS = {
  vi: {
    title: "4. Tiến độ thực hiện",
    asOf: "Số liệu đến",
    share: "Thời gian kế hoạch đã qua",
    headers: ["Mã", "Chỉ tiêu", "Kế hoạch", "Lũy kế", "% kế hoạch", "Cần đạt đến nay", "Dự báo cuối kỳ", "Trạng thái", "Đơn vị tính"],
    carried: (day: string | null) => (day === null ? "Lũy kế kỳ trước" : `Lũy kế đến ${day}`),
    pace: "Tiến độ thời gian",
    // With a percent line among them: the chart's two columns, what each bar shows and the mark it should reach.
    chartValue: "Đã đạt (biểu đồ)",
    chartMark: "Cần đạt (biểu đồ)",
  },
  en: {
    title: "4. Progress",
    asOf: "Figures to",
    share: "Plan time elapsed",
    // `Target`, as the pane and the text report name a line's goal here (the line table's `Plan` is a ceiling allocated).
    headers: ["Code", "Indicator", "Target", "Cumulative", "% of plan", "Expected by now", "Forecast", "Status", "Unit"],
    carried: (day: string | null) => (day === null ? "Carried forward" : `Cumulative to ${day}`),
    pace: "Pace (time elapsed)",
    chartValue: "Achieved (chart)",
    chartMark: "To reach (chart)",
  },
} as const;

const DECIMALS = "#,##0.##";

/**
 * A whole number grouped without a decimal mark (Excel shows `#,##0.##` on
 * 14 as `14.`), a fraction with up to two decimals: per cell, as a column
 * mixes both (a forecast of 16 beside 14,4).
 */
function numberFormatOf(value: number | string): string {
  return typeof value === "number" && !Number.isInteger(roundTo(value, 2)) ? DECIMALS : INTEGER_FORMAT;
}

/** The day before a period id's first month (`2024-H1` → `31/12/2023`), or null for an id it cannot read. */
export function dayBefore(periodId: string): string | null {
  const match = /^(\d{4})(?:-(H[12]|Q[1-4]|9M|\d{4}))?$/.exec(periodId);
  if (match === null) return null;
  const part = match[2];
  const startMonth = part === "H2" ? 7 : part !== undefined && part.startsWith("Q") ? Number(part[1]) * 3 - 2 : 1;
  const year = Number(match[1]) - (startMonth === 1 ? 1 : 0);
  const month = startMonth === 1 ? 12 : startMonth - 1;
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${day}/${month}/${year}`;
}

/** The figure a line carries from before its first period (`carriedFigure`), in plan units; null when none. */
function carriedOf(indicator: IndicatorResult, scale: number): number | null {
  const carried = carriedFigure(indicator);
  return carried === null ? null : Number((carried / scale).toPrecision(15));
}
const RATIO = "0.0%";

function planScale(indicator: IndicatorResult): number {
  return indicator.kind === "money" ? parseUnit(indicator.unit).scale : 1;
}

/** `value` (plan unit) over the engine's reading of the cells (their own unit): the factor a formula multiplies by. */
function factorOf(value: number, reading: number): number {
  if (reading === 0) return 1;
  const factor = Number((value / reading).toPrecision(12));
  const power = 10 ** Math.round(Math.log10(Math.abs(factor)));
  return Math.abs(factor - power) <= 1e-9 * power ? power : factor;
}

/** The cells a period's figure is read from, with the engine's reading of them in their own unit. */
interface PeriodCells {
  readonly sheet: SheetData;
  readonly cells: readonly LeafCell[];
  /** One results cell (`cellFormula`), or leaf cells summed or taken at their lowest (`allocatedFormula`). */
  readonly mode: "cell" | "sum" | "min";
  readonly reading: number;
}

function periodCells(workbook: WorkbookData, report: Report, period: PeriodResult): PeriodCells | null {
  const source = period.source;
  if (source === undefined) return null;
  const sheet = workbook.sheets.find((s) => s.name === source.sheet);
  if (sheet === undefined) return null;
  if (source.kind === "cell") {
    const cell: LeafCell = { row: source.row, col: source.col };
    return { sheet, cells: [cell], mode: "cell", reading: engineCellValue(sheet, cell, "sum") ?? 0 };
  }
  const table = report.progress?.tables?.find((t) => t.sheet === source.sheet);
  const line = table?.lines[source.line];
  if (table === undefined || line === undefined) return null;
  // A line split by funding source with no total column: every source line's leaf cells, summed as the engine sums them.
  const leaves = table.areas.filter((area) => area.kind === "leaf");
  const lineCells = (l: NonNullable<typeof line>) => leaves.map((area): LeafCell => valuePosition(table, area, l));
  const cells: LeafCell[] = (source.lines ?? [source.line]).flatMap((l) => (table.lines[l] === undefined ? [] : lineCells(table.lines[l])));
  const readings = cells.map((cell) => engineCellValue(sheet, cell, source.mode)).filter((v): v is number => v !== null);
  const reading = source.mode === "min" ? Math.min(...readings) : readings.reduce((s, v) => s + v, 0);
  return { sheet, cells, mode: source.mode, reading };
}

/**
 * Each period's formula over its cells, in the plan's unit. The factor from the
 * cells' unit to the plan's is what the engine's figure makes of their reading;
 * a period that reads 0 (nothing yet disbursed) shows no factor of its own and
 * takes another period's of the line — on the same sheet first, as a line's
 * cells share their unit there — else `fallback`, so that the figure a user
 * types there later still counts in the plan's unit.
 */
function periodFormulas(workbook: WorkbookData, report: Report, entries: readonly PeriodResult[], scale: number, fallback: number): Map<PeriodResult, string | null> {
  const read = entries.map((entry) => ({ entry, cells: periodCells(workbook, report, entry) }));
  const known = read.flatMap(({ entry, cells }) => (cells === null || cells.reading === 0 ? [] : [{ sheet: cells.sheet, factor: factorOf(entry.value / scale, cells.reading) }]));
  const out = new Map<PeriodResult, string | null>();
  for (const { entry, cells } of read) {
    if (cells === null) {
      out.set(entry, null);
      continue;
    }
    const factor = cells.reading !== 0 ? factorOf(entry.value / scale, cells.reading) : (known.find((k) => k.sheet === cells.sheet) ?? known[0])?.factor ?? fallback;
    out.set(entry, cells.mode === "cell" ? cellFormula(cells.sheet, cells.cells[0], "sum", factor) : allocatedFormula(cells.sheet, cells.cells, cells.mode, factor));
  }
  return out;
}

/**
 * The line's typed `Lũy kế` on its results sheet, in the plan's unit, as a
 * formula: the cell of its `cumulative` finding (where the typed figure and
 * the periods' sum disagree). Null when the report names no such cell (a
 * period cell of a child line was the cause: `crossedCause.ts`) or its
 * figure cannot be scaled from the cell.
 */
function typedCumulativeFormula(workbook: WorkbookData, report: Report, code: string, scale: number): string | null {
  const finding = report.findings.find((f) => f.rule === "cumulative" && f.indicator === code && f.row !== null && f.col !== null && f.actual !== null);
  if (finding === undefined || finding.sheet === null) return null;
  const sheet = workbook.sheets.find((s) => s.name === finding.sheet);
  if (sheet === undefined) return null;
  const cell: LeafCell = { row: finding.row!, col: finding.col! };
  const reading = engineCellValue(sheet, cell, "sum");
  if (reading === null || reading === 0) return null;
  return cellFormula(sheet, cell, "sum", factorOf(finding.actual! / scale, reading));
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The chart of the progress table, placed below it: per count or money line a
 * bar of its % of plan achieved against the pace (the elapsed share); per
 * percent line (no pace, CONTRACT §7) a bar of the rate achieved itself
 * (70 %) against a mark at its target rate (80 %), so a bar reaching its mark
 * reads as the table's status does (Đạt / Chưa đạt; under the mark for a
 * rate not to pass) and its label is the rate, not a share of the target.
 */
export function progressChart(block: ProgressTableBlock, report: Report, lang: Lang): SummaryChart {
  const lines = report.indicators.filter((indicator) => indicator.progress !== undefined);
  const share = report.progress?.elapsedShare;
  const rates = block.percentLines === true;
  const words =
    lang === "vi"
      ? { value: rates ? "Đã đạt (% kế hoạch; chỉ tiêu tỷ lệ: tỷ lệ đạt được)" : "% kế hoạch đã đạt", pace: rates ? "Cần đạt (thời gian đã qua; chỉ tiêu tỷ lệ: mức kế hoạch)" : "Thời gian đã qua (tiến độ cần đạt)" }
      : { value: rates ? "Achieved (% of plan; rate lines: the rate reached)" : "% of plan achieved", pace: rates ? "To reach (time elapsed; rate lines: the planned rate)" : "Time elapsed (the pace)" };
  const paces = lines.map((line) => (line.kind === "percent" ? line.target / 100 : (share ?? null)));
  return {
    title: lang === "vi" ? "Tỷ lệ thực hiện so với kế hoạch và tiến độ thời gian" : "Achieved against the plan, and the pace",
    firstRow: block.chart.firstRow,
    lastRow: block.chart.lastRow,
    categoryCol: block.chart.codeCol,
    valueCol: block.chart.percentCol,
    valueName: words.value,
    categories: lines.map((line) => line.code),
    values: lines.map((line) => (line.kind === "percent" ? line.progress!.achieved / 100 : line.target === 0 ? 0 : line.progress!.achieved / line.target)),
    pace: rates ? (share ?? paces.find((pace) => pace !== null) ?? null) : (share ?? null),
    // Without the plan's period a count or money line has no pace: its mark is blank, a gap.
    ...(rates ? { paces, paceMarks: true as const } : {}),
    paceCol: block.chart.paceCol,
    paceName: words.pace,
    // Right under the table (the chart's own margin sets it apart; it has no frame), as tall as keeps it no flatter than 2:1.
    anchor: { row: block.chart.lastRow + 1, col: 0, rows: chartRows(lines.length), cols: 8 },
  };
}

export function progressTable(input: { report: Report; workbook: WorkbookData; lang: Lang }, start: number): ProgressTableBlock | null {
  const { report, workbook, lang } = input;
  const progress = report.progress;
  if (progress === undefined) return null;
  const lines = report.indicators.filter((indicator) => indicator.progress !== undefined);
  if (lines.length === 0) return null;
  const words = WORDS[lang];
  const cells: SummaryCell[] = [];
  const merges: CellRange[] = [];
  const periods = progress.periods;
  // A column for the figure carried from before the first period, only when some line carries one.
  const carried = new Map<string, number>();
  for (const line of lines) {
    const value = carriedOf(line, planScale(line));
    if (value !== null) carried.set(line.code, value);
  }
  const targetCol = 2;
  const carriedCol = carried.size > 0 ? targetCol + 1 : null;
  const firstPeriod = (carriedCol ?? targetCol) + 1;
  const cumulativeCol = firstPeriod + periods.length;
  const percentCol = cumulativeCol + 1;
  const expectedCol = cumulativeCol + 2;
  const forecastCol = cumulativeCol + 3;
  const statusCol = cumulativeCol + 4;
  // The line's unit after its status: placed beside the name, it moves every figure column a column on, and a sheet
  // laid out one page wide (the area table's columns under the progress table's) no longer fits so.
  const unitCol = statusCol + 1;

  let row = start;
  cells.push({ row, col: 0, value: words.title, style: "subtitle" });
  merges.push({ top: row, left: 0, bottom: row, right: statusCol });
  row++;
  cells.push({ row, col: 0, value: words.asOf, style: "label" });
  merges.push({ top: row, left: 0, bottom: row, right: 1 });
  cells.push({ row, col: 2, value: formatMonth(progress.asOf) });
  const share = progress.elapsedShare;
  let shareCell: { row: number; col: number } | null = null;
  if (share !== undefined) {
    // On a row of its own, as the date's: beside it, over the narrow figure columns, the label wrapped onto two lines.
    row++;
    cells.push({ row, col: 0, value: words.share, style: "label" });
    merges.push({ top: row, left: 0, bottom: row, right: 1 });
    shareCell = { row, col: 2 };
    cells.push({ row, col: 2, value: share, numFmt: RATIO, style: "percent" });
  }
  const shareRef = shareCell === null ? null : `$${String.fromCharCode(65 + shareCell.col)}$${shareCell.row + 1}`;
  row++;

  // Each period headed as the workbook names it (`Năm 2023`, `6 tháng đầu năm 2024`), in either language: the user's own
  // header is data, as a line's name or unit is, and the text report and the JSON give the same label; only the
  // product's own words around it (`Cumulative`, `Cumulative to 31/12/2023`) follow the language.
  const labels = new Map<string, string>();
  for (const line of lines) for (const p of line.progress!.periods) if (!labels.has(p.period)) labels.set(p.period, p.label);
  // Dated by the lines that carry a figure (their first period), not the table's first period (another line's may be earlier).
  const carriedDays = new Set(lines.filter((line) => carried.has(line.code)).map((line) => {
    const first = line.progress!.periods[0];
    return first === undefined ? null : dayBefore(first.period);
  }));
  const carriedDay = carriedDays.size === 1 ? [...carriedDays][0] : null;
  const carriedHeader = carriedCol === null ? [] : [words.carried(carriedDay)];
  const headers: string[] = [words.headers[0], words.headers[1], words.headers[2], ...carriedHeader, ...periods.map((id) => labels.get(id) ?? id), ...words.headers.slice(3)];
  // A percent line's bar is its rate, not its % of plan: the chart's bar and mark then read columns of their own.
  const percentLines = lines.some((line) => line.kind === "percent");
  const chartValueCol = percentLines ? statusCol + 2 : null;
  const paceCol = percentLines ? statusCol + 3 : shareRef === null ? null : statusCol + 2;
  if (percentLines) headers.push(words.chartValue, words.chartMark);
  else if (paceCol !== null) headers.push(words.pace);
  headers.forEach((value, col) => cells.push({ row, col, value, style: "header" }));
  row++;

  const firstRow = row;
  const rowOf = new Map(lines.map((line, i) => [line.code, firstRow + i]));
  for (const line of lines) {
    const p = line.progress!;
    const scale = planScale(line);
    const ref = (col: number) => a1(row, col);
    cells.push({ row, col: 0, value: line.code, style: "label" });
    cells.push({ row, col: 1, value: line.name });
    // A percent line's figures (target, periods, Lũy kế) are points of percent, shown as its target is.
    const figureFormat = (value: number | string) => (line.kind === "percent" ? '0.0"%"' : numberFormatOf(value));
    cells.push({ row, col: unitCol, value: unitLabel(line, lang) });
    cells.push({ row, col: targetCol, value: line.target / scale, numFmt: figureFormat(line.target / scale), style: "number" });
    const children = () =>
      report.indicators.filter((child) => child.code.startsWith(`${line.code}.`) && rowOf.has(child.code) && !child.code.slice(line.code.length + 1).includes("."));
    const lineCarried = carried.get(line.code);
    if (carriedCol !== null && lineCarried !== undefined) {
      // A parent line's carried figure adds up its children's (as its periods do); a line's own is the figure itself.
      const parts = children().filter((child) => carried.has(child.code));
      const partsSum = parts.reduce((sum, child) => sum + (carried.get(child.code)! * planScale(child)) / scale, 0);
      const formula = parts.length > 0 && Math.abs(partsSum - lineCarried) <= 1e-9 * Math.max(1, Math.abs(lineCarried)) ? parts.map((child) => `${a1(rowOf.get(child.code)!, carriedCol)}${planScale(child) === scale ? "" : `*${planScale(child) / scale}`}`).join("+") : null;
      cells.push({ row, col: carriedCol, value: lineCarried, numFmt: numberFormatOf(lineCarried), style: "number", ...(formula !== null ? { formula } : {}) });
    }
    const byPeriod = new Map(p.periods.map((entry) => [entry.period, entry]));
    // With no period to show the cells' unit: the allocation sheet's, which results sheets are shaped like.
    const allocationFactor = line.kind === "money" && line.cellScale !== null ? line.cellScale / scale : 1;
    const formulas = periodFormulas(workbook, report, p.periods, scale, allocationFactor);
    let latestCol: number | null = null;
    periods.forEach((id, i) => {
      const entry = byPeriod.get(id);
      const col = firstPeriod + i;
      if (entry === undefined) return;
      latestCol = col;
      let formula = formulas.get(entry) ?? null;
      if (formula === null) {
        // A parent line without its own figures: its children's cells in this table.
        const parts = children();
        if (parts.length > 0) formula = parts.map((child) => `${a1(rowOf.get(child.code)!, col)}${planScale(child) === scale ? "" : `*${planScale(child) / scale}`}`).join("+");
      }
      cells.push({ row, col, value: entry.value / scale, numFmt: figureFormat(entry.value / scale), style: "number", ...(formula !== null ? { formula } : {}) });
    });
    const achieved = p.achieved / scale;
    const cumulativeFormula =
      line.kind === "percent"
        ? latestCol === null
          ? null
          : a1(row, latestCol)
        : `SUM(${a1(row, carriedCol ?? firstPeriod)}:${a1(row, cumulativeCol - 1)})`;
    cells.push({ row, col: cumulativeCol, value: achieved, numFmt: figureFormat(achieved), style: "number", ...(cumulativeFormula !== null ? { formula: cumulativeFormula } : {}) });
    cells.push({
      row,
      col: percentCol,
      formula: `IF(${ref(targetCol)}=0,"",${ref(cumulativeCol)}/${ref(targetCol)})`,
      value: line.target === 0 ? "" : p.achieved / line.target,
      numFmt: RATIO,
      style: "percent",
    });
    const paced = line.kind !== "percent" && shareRef !== null && share !== undefined;
    if (paced) {
      cells.push({ row, col: expectedCol, formula: `${ref(targetCol)}*${shareRef}`, value: (line.target / scale) * share, numFmt: numberFormatOf((line.target / scale) * share), style: "number" });
      cells.push({ row, col: forecastCol, formula: `IF(${shareRef}=0,"",${ref(cumulativeCol)}/${shareRef})`, value: share === 0 ? "" : achieved / share, numFmt: numberFormatOf(share === 0 ? "" : achieved / share), style: "number" });
    }
    const status = progressStatus(line);
    const typedCumulative = status === "figures-disagree" ? typedCumulativeFormula(workbook, report, line.code, scale) : null;
    const text = (s: keyof (typeof PROGRESS_STATUS_TEXT)["vi"]) => quoted(PROGRESS_STATUS_TEXT[lang][s]);
    let statusFormula: string | null = null;
    if (line.kind === "percent") {
      const op = line.rule === "<=" ? "<=" : line.rule === "=" ? "=" : ">=";
      statusFormula = `IF(${ref(cumulativeCol)}${op}${ref(targetCol)},${text("met")},${text("not-met")})`;
    } else if (paced && (status !== "figures-disagree" || typedCumulative !== null)) {
      // Where the typed `Lũy kế` and the periods' sum disagree on the pace (the SUM here is one side of it), the status says
      // so while the typed one is on pace and the sum is not, as the engine does; once either is fixed, it says which.
      const onPace = `IF(${ref(cumulativeCol)}<${ref(expectedCol)},${text("behind")},${text("on-track")})`;
      const behind =
        status === "figures-disagree" && typedCumulative !== null
          ? `IF(AND(${ref(cumulativeCol)}<${ref(expectedCol)},${typedCumulative}>=${ref(expectedCol)}),${text("figures-disagree")},${onPace})`
          : onPace;
      const aboveTarget = line.kind === "count" && (line.rule === "<=" || line.rule === ">=");
      statusFormula = line.kind === "money" ? `IF(${ref(cumulativeCol)}>${ref(targetCol)},${text("over")},${behind})` : aboveTarget ? `IF(${ref(cumulativeCol)}>${ref(targetCol)},${text("above-target")},${behind})` : behind;
    }
    const style = status === "on-track" || status === "met" || status === "above-target" ? "status-ok" : status === "over" ? "status-error" : "status-warning";
    cells.push({ row, col: statusCol, value: status === null ? "" : PROGRESS_STATUS_TEXT[lang][status], style, ...(statusFormula !== null ? { formula: statusFormula } : {}) });
    // The pace (time elapsed) on every count or money row: what the chart draws its line through; a percent line has none.
    if (paceCol !== null && shareRef !== null && share !== undefined && line.kind !== "percent") cells.push({ row, col: paceCol, formula: shareRef, value: share, numFmt: RATIO, style: "percent" });
    if (chartValueCol !== null && paceCol !== null) {
      // The bar: a percent line's rate reached (its Lũy kế, in points), another line's % of plan; a percent line's mark: its target rate.
      const rate = line.kind === "percent";
      const value = rate ? p.achieved / 100 : line.target === 0 ? "" : p.achieved / line.target;
      cells.push({ row, col: chartValueCol, formula: rate ? `${ref(cumulativeCol)}/100` : ref(percentCol), value, numFmt: RATIO, style: "percent" });
      if (rate) cells.push({ row, col: paceCol, formula: `${ref(targetCol)}/100`, value: line.target / 100, numFmt: RATIO, style: "percent" });
    }
    row++;
  }
  return {
    cells,
    merges,
    rows: row - start,
    chart: { firstRow, lastRow: row - 1, codeCol: 0, percentCol: chartValueCol ?? percentCol, paceCol },
    ...(percentLines ? { percentLines: true as const } : {}),
  };
}

