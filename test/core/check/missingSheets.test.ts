/**
 * A workbook missing one of the two tables: the message says which is
 * missing and how to add it, not only which sheets there are.
 */
import { checkWorkbook } from "../../../src/core/check";
import { InputError } from "../../../src/core/model/errors";
import type { CellValue, SheetData, WorkbookData } from "../../../src/core/model/workbook";

function sheet(name: string, values: CellValue[][]): SheetData {
  return { name, values, merges: [] };
}

const plan = sheet("Kế hoạch", [
  ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"],
  ["1", "Tổ truyền thông cộng đồng", "tổ", 4],
]);
const areas = sheet("Địa bàn", [["Huyện", "Xã"], ["Ba Vì", "Khánh Thượng"]]);
const table = sheet("Phân bổ", [
  ["STT", "Đơn vị", "Tổ truyền thông cộng đồng"],
  [null, "Tổng cộng", 4],
  [1, "Xã A", 2],
  [2, "Xã B", 2],
]);

function errorOf(workbook: WorkbookData): InputError {
  try {
    checkWorkbook(workbook, { workbookName: "x.xlsx" });
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("no error");
}

test.each([
  [[plan], /^Sổ làm việc không có trang biểu phân bổ: chỉ có "Kế hoạch", là kế hoạch\. Hãy thêm biểu phân bổ vào sổ làm việc này/],
  [[plan, areas], /^Sổ làm việc không có trang biểu phân bổ: chỉ có "Kế hoạch", "Địa bàn", là kế hoạch, danh sách địa bàn hay kết quả thực hiện\./],
])("a workbook with the plan and no allocation sheet says the allocation sheet is missing", (sheets, message) => {
  const error = errorOf({ sheets });
  expect(error.code).toBe("no-table");
  expect(error.text.vi).toMatch(message);
  expect(error.text.en).toMatch(/^The workbook has no allocation sheet: only "Kế hoạch"/);
});

test("a workbook with no plan sheet and no plan table says how to add one", () => {
  const error = errorOf({ sheets: [table] });
  expect(error.code).toBe("no-plan");
  expect(error.text.vi).toContain('Hãy thêm trang "Kế hoạch" với các cột Mã, Chỉ tiêu, Đơn vị tính, Kế hoạch, hoặc lấy kế hoạch từ một tệp khác.');
  expect(error.option).toBe("--plan");
});
