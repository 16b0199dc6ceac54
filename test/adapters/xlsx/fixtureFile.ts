/** The summary fixture (test/core/summary/fixture.ts) as a real .xlsx, built with ExcelJS. */
import ExcelJS from "exceljs";
import type { CellValue } from "../../../src/core/model/workbook";
import { parseA1 } from "../../../src/core/model/address";
import { ALLOCATION_FORMATS, ALLOCATION_ROWS, ALLOCATION_SHEET, PLAN_ROWS } from "../../core/summary/fixture";

function toExcel(value: CellValue): ExcelJS.CellValue {
  if (value !== null && typeof value === "object") return { error: value.error } as ExcelJS.CellErrorValue;
  return value;
}

export interface FixtureOptions {
  /** Add a user's own sheet named `Tổng hợp` (the summary must then go to `Tổng hợp (2)`). */
  readonly userSummarySheet?: boolean;
}

export async function writeFixtureXlsx(file: string, options: FixtureOptions = {}): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const plan = wb.addWorksheet("Kế hoạch");
  PLAN_ROWS.forEach((row, r) => row.forEach((v, c) => (plan.getCell(r + 1, c + 1).value = toExcel(v))));

  const ws = wb.addWorksheet(ALLOCATION_SHEET);
  ALLOCATION_ROWS.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = toExcel(v))));
  ws.mergeCells("A1:F1");
  for (const [address, format] of Object.entries(ALLOCATION_FORMATS)) ws.getCell(address).numFmt = format;
  // Subtotals and the total as formulas with cached values (Excel's SUM skips the text numbers).
  ws.getCell("C5").value = { formula: "SUM(C6:C7)", result: 3 } as ExcelJS.CellValue;
  ws.getCell("C8").value = { formula: "SUM(C9:C11)", result: { error: "#REF!" } } as ExcelJS.CellValue;
  ws.getCell("E8").value = { formula: "SUM(E9:E11)", shareType: "shared", ref: "E8:F8", result: 120.25 } as ExcelJS.CellValue;
  ws.getCell("F8").value = { sharedFormula: "E8", result: 65000000 } as ExcelJS.CellValue;
  // Notes, text that looks like a formula, a date: all must come back unchanged.
  ws.getCell("C7").note = "Đã xác nhận với xã";
  ws.getCell("G2").value = "Ghi chú";
  ws.getCell("G6").value = "=không phải công thức";
  ws.getCell("G7").value = "+84 912 345 678";
  ws.getCell("G8").value = "@xã";
  ws.getCell("G9").value = new Date(Date.UTC(2026, 0, 15));
  // C4 and D4 share one style: colouring C4 must not colour D4.
  const shared: Partial<ExcelJS.Style> = { font: { bold: true }, numFmt: "#,##0" };
  ws.getCell("C4").style = shared;
  ws.getCell("D4").style = shared;

  if (options.userSummarySheet) {
    const user = wb.addWorksheet("Tổng hợp");
    user.getCell("A1").value = "Bảng tổng hợp của phòng Tài chính";
    user.getCell("A2").value = 42;
  }
  await wb.xlsx.writeFile(file);
}

/**
 * The same table turned round (indicators as rows, areas as columns), with the
 * same title, values and number formats.
 */
export async function writeTransposedFixtureXlsx(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const plan = wb.addWorksheet("Kế hoạch");
  PLAN_ROWS.forEach((row, r) => row.forEach((v, c) => (plan.getCell(r + 1, c + 1).value = toExcel(v))));
  const ws = wb.addWorksheet(ALLOCATION_SHEET);
  ws.getCell("A1").value = toExcel(ALLOCATION_ROWS[0][0]);
  // Original (row r ≥ 2, column c), 0-based → 1-based (c + 3, r - 1).
  const HEADER_ROW = 2;
  ALLOCATION_ROWS.slice(HEADER_ROW).forEach((row, r) => row.forEach((v, c) => (ws.getCell(c + 3, r + 1).value = toExcel(v))));
  for (const [address, format] of Object.entries(ALLOCATION_FORMATS)) {
    const { row, col } = parseA1(address);
    ws.getCell(col + 3, row - HEADER_ROW + 1).numFmt = format;
  }
  await wb.xlsx.writeFile(file);
}

/**
 * A money line split by funding source with no total column (`Kinh phí` over
 * `Trung ương | Địa phương`) on the allocation sheet and on a results sheet of
 * one period, beside a count line.
 */
export async function writeSourceSplitXlsx(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const plan = wb.addWorksheet("Kế hoạch");
  [
    ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"],
    ["KP", "Kinh phí truyền thông", "triệu đồng", 600],
    ["2", "Số lớp tập huấn", "lớp", 10],
  ].forEach((row, r) => row.forEach((v, c) => (plan.getCell(r + 1, c + 1).value = v)));
  const split = (name: string, title: string, k: number) => {
    const ws = wb.addWorksheet(name);
    [
      [title, null, null, null, null],
      ["STT", "Đơn vị", "Kinh phí truyền thông (triệu đồng)", null, "Số lớp tập huấn"],
      [null, null, "Trung ương", "Địa phương", null],
      [1, "Xã A", 100 * k, 50 * k, 2],
      [2, "Xã B", 100 * k, 50 * k, 2],
      [3, "Xã C", 100 * k, 50 * k, 3],
      [4, "Xã D", 100 * k, 60 * k, 3],
    ].forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
    ws.mergeCells("A2:A3");
    ws.mergeCells("B2:B3");
    ws.mergeCells("C2:D2");
    ws.mergeCells("E2:E3");
  };
  split(ALLOCATION_SHEET, "PHÂN BỔ KINH PHÍ NĂM 2024", 1);
  split("Thực hiện 6 tháng 2024", "KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024", 0.5);
  await wb.xlsx.writeFile(file);
}
