/**
 * A plan target in a cell formatted as a date (a figure typed into a cell
 * that shows dates, or a date typed there): refused at its cell, showing the
 * date the user sees — never read as the date's serial number (45444 for
 * 01/06/2024). A number in any other format reads as before.
 */
import { readPlanFromWorkbook } from "../../../src/core/plan";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { inputError } from "../../helpers/inputError";

const plan = (target: CellValue, format: string | null, unit = "tổ"): SheetData => ({
  name: "Kế hoạch",
  values: [
    ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"],
    ["1", "Tổ truyền thông cộng đồng", unit, target],
  ],
  numberFormats: [[], [null, null, null, format]],
  merges: [],
});

test.each<[CellValue, string, string, string]>([
  [45444, "dd/mm/yyyy", "01/06/2024", "the cell shows the date or time 01/06/2024"],
  [45444, "[$-42A]d mmmm yyyy", "01/06/2024", "01/06/2024"],
  [45444.5, "m/d/yy h:mm", "01/06/2024", "01/06/2024"],
  [0.5, "h:mm", "12:00", "the date or time 12:00"],
])("%p in %p: refused at D2 as the date %p", (value, format, vi, en) => {
  const error = inputError(() => readPlanFromWorkbook({ sheets: [plan(value, format)] }));
  expect(error.code).toBe("bad-plan");
  expect(error.text.vi).toContain(`'Kế hoạch'!D2: ô hiện ngày giờ ${vi}, không phải số kế hoạch — hãy định dạng ô là Số (Number)`);
  expect(error.text.en).toContain(en);
});

test.each<[number, string | null, string, number]>([
  [14, null, "tổ", 14],
  [14, "#,##0", "tổ", 14],
  [1250, "#,##0.0", "triệu đồng", 1_250_000_000],
  [0.85, "0%", "%", 85],
])("%p in %p reads as a figure", (value, format, unit, target) => {
  expect(readPlanFromWorkbook({ sheets: [plan(value, format, unit)] }).lines[0].target).toBe(target);
});
