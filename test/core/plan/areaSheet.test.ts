/**
 * The plan's areas on a sheet of their own, named as CONTRACT §1 says
 * (`Địa bàn`, `Areas`) or as staff name it (`Danh sách xã`, `Địa bàn thực
 * hiện`, `DS địa bàn`): read as the plan's area list, never taken for the
 * allocation sheet.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { isAreaSheetName, readPlanFromWorkbook } from "../../../src/core/plan";

function sheet(name: string, values: CellValue[][]): SheetData {
  return { name, values, merges: [] };
}

const plan = sheet("Kế hoạch", [
  ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"],
  ["1", "Tổ truyền thông cộng đồng", "tổ", 3],
]);

const areas = (name: string) =>
  sheet(name, [
    ["STT", "Huyện", "Xã"],
    [1, "Ba Vì", "Ba Trại"],
    [2, "Ba Vì", "Tản Lĩnh"],
    [3, "Quốc Oai", "Đông Xuân"],
  ]);

const allocation = sheet("Phân bổ", [
  ["STT", "Đơn vị", "Tổ truyền thông cộng đồng"],
  [null, "Tổng cộng", 2],
  ["I", "Huyện Ba Vì", 1],
  [1, "Xã Ba Trại", 1],
  ["II", "Huyện Quốc Oai", 1],
  [1, "Xã Đông Xuân", 1],
]);

describe("an areas sheet named as staff name it", () => {
  test.each(["Địa bàn", "Danh sách xã", "Địa bàn thực hiện", "DS địa bàn", "Danh sách các xã"])("%s lists the plan's areas", (name) => {
    expect(isAreaSheetName(name)).toBe(true);
    const workbook = { sheets: [plan, areas(name), allocation] };
    expect(readPlanFromWorkbook(workbook).areas).toHaveLength(3);
    const { report } = checkWorkbook(workbook, { workbookName: "x.xlsx" });
    expect(report.allocationSheet).toBe("Phân bổ");
    expect(report.findings.filter((f) => f.rule === "coverage").map((f) => f.area)).toEqual(["Tản Lĩnh"]);
  });

  test.each(["Phân bổ", "Danh sách phân bổ", "Địa bàn phân bổ năm 2024"])("%s is no areas sheet", (name) => {
    expect(isAreaSheetName(name)).toBe(false);
  });
});
