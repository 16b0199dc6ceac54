/**
 * A column (indicators as rows) or row (areas as rows) that copies the plan's
 * targets beside the allocation (`Kế hoạch giao`, `KH năm 2025`, `Chỉ tiêu
 * giao`) is no area: left out of the area axis and listed in the reading.
 * `Tổng phân bổ` is the allocation's grand total.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { SheetData } from "../../../src/core/model/workbook";
import { sheet, transposeSheet } from "./sheetBuilder";


const PLAN = sheet("Kế hoạch", [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["1", "Thành lập mới tổ truyền thông cộng đồng", "tổ", 4],
  ["2", "Duy trì câu lạc bộ thủ lĩnh của sự thay đổi", "CLB", 4],
  ["3", "Kinh phí truyền thông", "triệu đồng", 800],
]);

function indicatorsAsRows(copy: string, total: string): SheetData {
  return sheet("Phân bổ", [
    ["STT", "Nội dung", "ĐVT", copy, total, "Khánh Thượng", "Vật Lại", "Yên Bình", "Tiến Xuân"],
    [1, "Thành lập mới tổ TTCĐ", "tổ", 4, 4, 1, 1, 1, 1],
    [2, "Duy trì CLB thủ lĩnh của sự thay đổi", "CLB", 4, 5, 2, 1, 1, 1],
    [3, "Kinh phí truyền thông", "triệu đồng", 800, 800, 200, 200, 200, 200],
  ]);
}

describe("a plan-copy position is no area", () => {
  test.each([
    ["Kế hoạch giao", "Tổng phân bổ"],
    ["KH năm 2025", "Tổng số"],
    ["Chỉ tiêu giao", "Tổng cộng"],
    ["Kế hoạch (triệu đồng)", "Tổng số phân bổ"],
    ["Dự toán giao", "TỔNG PHÂN BỔ"],
  ])("%s beside %s", (copy, total) => {
    for (const alloc of [indicatorsAsRows(copy, total), transposeSheet(indicatorsAsRows(copy, total))]) {
      const { report } = checkWorkbook({ sheets: [PLAN, alloc] }, { workbookName: "x.xlsx" });
      const copyAt = report.orientation === "indicators-as-rows" ? "D" : "4";
      expect(report.reading!.ignored).toContainEqual({ at: copyAt, header: copy, why: "plan copy" });
      expect(report.reading!.areas.map((a) => a.role)).toEqual(["total", "leaf", "leaf", "leaf", "leaf"]);
      expect(report.findings.map((f) => [f.rule, f.indicator])).toEqual([["ceiling", "2"]]);
    }
  });

  test("`Kế hoạch phân bổ` over the areas stays a header, not a copy", () => {
    const { report } = checkWorkbook({ sheets: [PLAN, indicatorsAsRows("Kế hoạch phân bổ", "Tổng số")] }, { workbookName: "x.xlsx" });
    expect(report.reading!.ignored.filter((i) => i.why === "plan copy")).toEqual([]);
  });
});
