/**
 * The allocation sheet named by the user (`--sheet`): a name the workbook
 * lacks is told with every sheet of the workbook listed, results sheets
 * too; a results sheet (`Thực hiện 2023`, `Tiến độ`) is said to be one, not
 * reported missing.
 */
import { checkWorkbook } from "../../../src/core/check";
import { InputError } from "../../../src/core/model/errors";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";

function sheet(name: string, values: CellValue[][]): SheetData {
  return { name, values, merges: [] };
}

const plan = sheet("Kế hoạch", [
  ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"],
  ["1", "Tổ truyền thông cộng đồng", "tổ", 4],
]);
const table = (name: string): SheetData =>
  sheet(name, [
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng"],
    [null, "Tổng cộng", 4],
    [1, "Xã A", 2],
    [2, "Xã B", 2],
  ]);
const workbook = { sheets: [plan, table("Phân bổ"), table("Thực hiện 2023"), table("Tiến độ")] };

function errorOf(sheetName: string): InputError {
  try {
    checkWorkbook(workbook, { workbookName: "x.xlsx", sheet: sheetName });
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("no error");
}

test.each(["Thực hiện 2023", "tien do"])("--sheet %s names a results sheet: said so, with the other sheets", (name) => {
  const error = errorOf(name);
  expect(error.code).toBe("no-table");
  expect(error.option).toBe("--sheet");
  expect(error.text.en).toMatch(/is a results \(progress\) sheet, not the allocation sheet/);
  expect(error.text.en).toContain('"Phân bổ"');
});

test("--sheet naming no sheet lists every sheet of the workbook", () => {
  const error = errorOf("Phân bổ 2024");
  expect(error.code).toBe("sheet-not-found");
  expect(error.text.en).toContain('(sheets: "Kế hoạch", "Phân bổ", "Thực hiện 2023", "Tiến độ")');
});

test("--sheet naming the allocation sheet reads it", () => {
  expect(checkWorkbook(workbook, { workbookName: "x.xlsx", sheet: "phan bo" }).report.allocationSheet).toBe("Phân bổ");
});

test.each([
  ["PhanBo", '"Phân bổ"'],
  ["Phan bo2", '"Phân bổ"'],
  ["Ke hoahc", '"Kế hoạch"'],
])("--sheet %s, a sheet's name typed with a slip: the sheet meant is suggested", (typed, meant) => {
  const error = errorOf(typed);
  expect(error.code).toBe("sheet-not-found");
  expect(error.text.vi).toContain(`— có phải ý bạn là ${meant}? (các trang:`);
  expect(error.text.en).toContain(`— did you mean ${meant}? (sheets:`);
});

test("no sheet is suggested when none is near", () => {
  expect(errorOf("Biểu 2").text.en).not.toContain("did you mean");
});
