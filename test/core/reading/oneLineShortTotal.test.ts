/**
 * A sheet with a single line of figures (the money alone), its rows read as
 * a flat list under a grand total that shows far less than they add up to
 * (about half: districts and their communes summed together): one line
 * cannot show the districts by its sums, so the reading says it is unsure
 * rather than report the total as surely wrong. A flat list whose total is
 * mistyped by a slip, or adds up, stays sure.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "../layout/sheetBuilder";

function check(body: CellValue[][], target: number) {
  const plan = readPlanJson({ title: "t", indicators: [{ code: "KP", name: "Kinh phí thực hiện", unit: "triệu đồng", target }], areas: [] }, "p.json");
  const allocation = sheet("Phân bổ", [["STT", "Đơn vị", "Kinh phí thực hiện"], ...body]);
  return checkWorkbook(workbook(allocation), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" }).report;
}

describe("one line of figures under a grand total", () => {
  test.each<[string, CellValue[][], "low" | "high"]>([
    [
      "bare districts over their communes, one commune's figure far off: unsure",
      [[null, "Tổng cộng", 1450], [null, "Mường Lát", 400], [1, "Tam Chung", 120], [2, "Pù Nhi", 130], [3, "Trung Lý", 150], [null, "Bá Thước", 210], [1, "Na Mèo", 999], [2, "Sơn Thủy", 110], [null, "Lang Chánh", 840], [1, "Yên Khương", 200], [2, "Giao Thiện", 180], [3, "Trí Nang", 160], [4, "Tam Văn", 300]],
      "low",
    ],
    [
      "two bare districts, one of a single commune, a commune mistyped: unsure",
      [[null, "Tổng cộng", 360], [1, "Khánh Thượng", 90], [2, "Ba Trại", 130], [null, "Ba Vì", 210], [3, "Phú Mãn", 150], [null, "Quốc Oai", 150]],
      "low",
    ],
    ["a flat list adding up: sure", [[null, "Tổng cộng", 360], [1, "Khánh Thượng", 90], [2, "Ba Trại", 120], [3, "Phú Mãn", 150]], "high"],
    ["a flat list, its total a slip off: sure", [[null, "Tổng cộng", 350], [1, "Khánh Thượng", 90], [2, "Ba Trại", 120], [3, "Phú Mãn", 150]], "high"],
  ])("%s", (_name, body, level) => {
    const report = check(body, Number(body[0][2]));
    expect(report.reading!.confidence.level).toBe(level);
    if (level === "low") expect(report.reading!.confidence.reasons.map((r) => r.en).join(" ")).toMatch(/only line with figures/);
  });
});
