/**
 * A sheet of one line of figures and no total row, its rows read as a flat
 * list that allocates past the plan's target, where two bare rows each equal
 * the sum of the rows under them (too little to read them as districts): the
 * reading says it is unsure, naming the line. A flat list — past the target
 * or not — with no such rows stays sure.
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

const TWO_DISTRICTS: CellValue[][] = [[1, "Ba Vì", 370], [null, "Ba Trại", 130], [null, "Phú Mãn", 150], [null, "Khánh Thượng", 90], [2, "Quốc Oai", 380], [null, "Đông Xuân", 210], [null, "Phú Cát", 170]];
const FLAT: CellValue[][] = [[1, "Tam Chung", 120], [2, "Pù Nhi", 130], [3, "Trung Lý", 150], [4, "Na Mèo", 100], [5, "Sơn Thủy", 110], [6, "Yên Khương", 200]];

describe("one line of figures, no total row, read flat", () => {
  test.each<[string, CellValue[][], number, "low" | "high"]>([
    ["two bare districts over their communes, the target above their sum: unsure", TWO_DISTRICTS, 900, "low"],
    ["two bare districts over their communes, the target below their sum: unsure", TWO_DISTRICTS, 700, "low"],
    ["two bare districts over their communes, the target the flat rows come to: sure", TWO_DISTRICTS, 1500, "high"],
    ["a flat list past the target: sure", FLAT, 700, "high"],
    ["a flat list short of the target: sure", FLAT, 900, "high"],
  ])("%s", (_name, body, target, level) => {
    const report = check(body, target);
    expect(report.reading!.areas.every((a) => a.role === "leaf")).toBe(true);
    expect(report.reading!.confidence.level).toBe(level);
    if (level === "low") expect(report.reading!.confidence.reasons.map((r) => r.en).join(" ")).toMatch(/Plan line KP is the only line with figures, the sheet has no total row/);
  });
});
