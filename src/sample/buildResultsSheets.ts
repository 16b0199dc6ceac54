/**
 * Lays the sample's results (sampleResults.ts) out as a Women's Union and
 * finance office would: a `Tiến độ` sheet with one row per count target and
 * one column per period, `Lũy kế` and percent-of-plan formulas; and one
 * `Giải ngân …` sheet per period shaped like the allocation sheet (districts
 * with SUM subtotals, communes, a `Tổng cộng` row), money in triệu đồng.
 * Every formula's cached result is computed here, as Excel would.
 */
import { a1 } from "../core/model/address";
import type { CellRange } from "../core/model/workbook";
import type { CellSpec, CellStyle, SheetSpec } from "../core/model/workbookSpec";
import { SAMPLE_ALLOCATION, SAMPLE_COLUMNS, SAMPLE_PLAN_DATE, SAMPLE_PLAN_LINES, SAMPLE_PLAN_NUMBER } from "./kh257Data";
import { disbursementSheetName, PROGRESS_SHEET, RESULT_PERIODS, SAMPLE_LINE_PROGRESS, sampleDisbursement } from "./sampleResults";

const NUMBER = "#,##0.##";
/** A whole number's format: Excel shows `#,##0.##` on 2300 with a trailing decimal mark (`2.300,`). */
const WHOLE_NUMBER = "#,##0";
const PERCENT = "0.0%";
const HEADER: CellStyle = { bold: true, align: "center", verticalCenter: true, wrap: true, border: true, fill: "#DDEBF7" };
const TITLE: CellStyle = { bold: true, size: 13, align: "center", wrap: true };
const SUBTITLE: CellStyle = { italic: true, align: "center", wrap: true };
const NOTE: CellStyle = { italic: true, align: "right" };
const TEXT: CellStyle = { align: "left", border: true, wrap: true, verticalCenter: true };
const CENTER: CellStyle = { align: "center", border: true, verticalCenter: true };
const NUM: CellStyle = { align: "right", border: true, verticalCenter: true };
const TOTAL: CellStyle = { bold: true, align: "right", border: true, fill: "#FCE4D6" };
const TOTAL_LABEL: CellStyle = { bold: true, align: "center", border: true, fill: "#FCE4D6" };
const GROUP: CellStyle = { bold: true, align: "right", border: true, fill: "#F2F2F2" };
const GROUP_LABEL: CellStyle = { bold: true, align: "left", border: true, fill: "#F2F2F2" };

/** Sums without float noise (21,25 + 25,5 + 12,75). */
function add(values: readonly number[]): number {
  return Math.round(values.reduce((s, v) => s + v, 0) * 1000) / 1000;
}

class Cells {
  readonly rows: (CellSpec | null)[][] = [];
  readonly merges: CellRange[] = [];
  set(row: number, col: number, cell: CellSpec): void {
    const cells = (this.rows[row] ??= []);
    while (cells.length < col) cells.push(null);
    cells[col] = cell.numFmt === NUMBER && Number.isInteger(cell.value) ? { ...cell, numFmt: WHOLE_NUMBER } : cell;
  }
  number(row: number, col: number): number {
    const value = this.rows[row]?.[col]?.value;
    return typeof value === "number" ? value : 0;
  }
  merge(top: number, left: number, bottom: number, right: number, cell: CellSpec): void {
    this.set(top, left, cell);
    this.merges.push({ top, left, bottom, right });
  }
  finish(): (CellSpec | null)[][] {
    for (let r = 0; r < this.rows.length; r++) this.rows[r] ??= [];
    return this.rows;
  }
}

/** The `Tiến độ` sheet: count targets by period. Header on row 3; lines from row 4. */
export function progressSheet(): SheetSpec {
  const cells = new Cells();
  const headers = ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch giai đoạn 2022 - 2025", ...RESULT_PERIODS.map((p) => p.header), "Lũy kế", "Tỷ lệ % so với KH", "Ghi chú"];
  const last = headers.length - 1;
  cells.merge(0, 0, 0, last, { value: "BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN CHỈ TIÊU DỰ ÁN 8 (ĐẾN 30/6/2024)", style: TITLE });
  cells.merge(1, 0, 1, last, { value: `(Theo Kế hoạch số ${SAMPLE_PLAN_NUMBER} ngày ${SAMPLE_PLAN_DATE} của UBND thành phố Hà Nội)`, style: SUBTITLE });
  const head = 2;
  headers.forEach((text, col) => cells.set(head, col, { value: text, style: HEADER }));
  const firstPeriod = 4;
  const cumulativeCol = firstPeriod + RESULT_PERIODS.length;
  SAMPLE_LINE_PROGRESS.forEach((progress, i) => {
    const row = head + 1 + i;
    const line = SAMPLE_PLAN_LINES.find((l) => l.code === progress.code)!;
    cells.set(row, 0, { value: line.code, style: CENTER });
    cells.set(row, 1, { value: line.name, style: TEXT });
    cells.set(row, 2, { value: line.unit, style: CENTER });
    cells.set(row, 3, { value: line.target, numFmt: NUMBER, style: NUM });
    progress.values.forEach((value, p) => cells.set(row, firstPeriod + p, { value, numFmt: NUMBER, style: NUM }));
    const sum = add([...progress.values]);
    const range = `${a1(row, firstPeriod)}:${a1(row, cumulativeCol - 1)}`;
    cells.set(
      row,
      cumulativeCol,
      progress.typedCumulative !== undefined
        ? { value: progress.typedCumulative, numFmt: NUMBER, style: NUM }
        : { value: sum, formula: `SUM(${range})`, numFmt: NUMBER, style: NUM },
    );
    const cumulative = progress.typedCumulative ?? sum;
    cells.set(
      row,
      cumulativeCol + 1,
      progress.typedRate !== undefined
        ? { value: progress.typedRate / 100, numFmt: PERCENT, style: NUM }
        : { value: Number((cumulative / line.target).toPrecision(15)), formula: `${a1(row, cumulativeCol)}/${a1(row, 3)}`, numFmt: PERCENT, style: NUM },
    );
    cells.set(row, cumulativeCol + 2, { value: null, style: TEXT });
  });
  return {
    name: PROGRESS_SHEET,
    rows: cells.finish(),
    merges: cells.merges,
    columnWidths: [6, 52, 10, 14, ...RESULT_PERIODS.map(() => 12), 10, 12, 16],
    rowHeights: { 0: 20, 2: 48 },
    frozen: { rows: head + 1, cols: 2 },
  };
}

/** One `Giải ngân …` sheet: money each commune disbursed in a period, by budget line, triệu đồng. */
export function disbursementSheet(periodIndex: number): SheetSpec {
  const period = RESULT_PERIODS[periodIndex];
  const columns = SAMPLE_COLUMNS.filter((c) => c.group === "budget");
  const partCols = columns.map((c, i) => ({ c, col: 2 + i })).filter(({ c }) => c.code !== null);
  const totalCol = 2 + columns.findIndex((c) => c.code === null);
  const last = 1 + columns.length;
  const cells = new Cells();
  cells.merge(0, 0, 0, last, { value: `KẾT QUẢ GIẢI NGÂN KINH PHÍ DỰ ÁN 8 — ${period.header.toUpperCase()}`, style: TITLE });
  cells.merge(1, 0, 1, last, { value: `(Theo Kế hoạch số ${SAMPLE_PLAN_NUMBER} ngày ${SAMPLE_PLAN_DATE} của UBND thành phố Hà Nội)`, style: SUBTITLE });
  cells.merge(2, last - 1, 2, last, { value: "ĐVT: triệu đồng", style: NOTE });
  const head = 3;
  cells.set(head, 0, { value: "STT", style: HEADER });
  cells.set(head, 1, { value: "Địa bàn\n(huyện, xã)", style: HEADER });
  columns.forEach((c, i) => cells.set(head, 2 + i, { value: c.header, style: HEADER }));

  const totalRow = head + 1;
  const districtRows: number[] = [];
  let row = totalRow + 1;
  for (const block of SAMPLE_ALLOCATION) {
    const seen = new Set<string>();
    // The allocation lists Đông Xuân twice (a planted allocation mistake); it reports its results once.
    const communes = block.communes.filter((c) => !seen.has(c.label) && seen.add(c.label));
    const districtRow = row;
    districtRows.push(districtRow);
    communes.forEach((commune, i) => {
      const r = districtRow + 1 + i;
      cells.set(r, 0, { value: i + 1, style: CENTER });
      cells.set(r, 1, { value: commune.label, style: TEXT });
      for (const { c, col } of partCols) {
        const value = sampleDisbursement(commune.label, c.code!, commune.values[c.code!] ?? null, periodIndex);
        cells.set(r, col, { value, numFmt: NUMBER, style: NUM });
      }
      const parts = partCols.map(({ col }) => cells.number(r, col));
      cells.set(r, totalCol, { value: add(parts), formula: `SUM(${a1(r, partCols[0].col)}:${a1(r, partCols[partCols.length - 1].col)})`, numFmt: NUMBER, style: NUM });
    });
    const first = districtRow + 1;
    const lastRow = districtRow + communes.length;
    cells.set(districtRow, 0, { value: block.stt, style: { ...GROUP_LABEL, align: "center" } });
    cells.set(districtRow, 1, { value: block.label, style: GROUP_LABEL });
    for (let col = 2; col <= last; col++) {
      const values: number[] = [];
      for (let r = first; r <= lastRow; r++) values.push(cells.number(r, col));
      const range = first === lastRow ? a1(first, col) : `${a1(first, col)}:${a1(lastRow, col)}`;
      cells.set(districtRow, col, { value: add(values), formula: `SUM(${range})`, numFmt: NUMBER, style: GROUP });
    }
    row = lastRow + 1;
  }
  cells.set(totalRow, 0, { value: null, style: TOTAL_LABEL });
  cells.set(totalRow, 1, { value: "Tổng cộng", style: TOTAL_LABEL });
  for (let col = 2; col <= last; col++) {
    const value = add(districtRows.map((r) => cells.number(r, col)));
    cells.set(totalRow, col, { value, formula: `SUM(${districtRows.map((r) => a1(r, col)).join(",")})`, numFmt: NUMBER, style: TOTAL });
  }
  return {
    name: disbursementSheetName(period),
    rows: cells.finish(),
    merges: cells.merges,
    columnWidths: [6, 22, ...columns.map((c) => c.width)],
    rowHeights: { 0: 20, [head]: 62 },
    frozen: { rows: head + 1, cols: 2 },
    landscape: true,
  };
}

/** The sample's results sheets, in workbook order. */
export function sampleResultsSheets(): SheetSpec[] {
  return [progressSheet(), ...RESULT_PERIODS.map((_, i) => disbursementSheet(i))];
}
