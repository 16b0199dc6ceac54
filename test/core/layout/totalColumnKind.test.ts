/**
 * A `Tổng cộng` column with no unit of its own after (or before) the money
 * lines it adds up, the unit given once in an `ĐVT` note: it takes their kind
 * and is checked as their total — not told as a column the plan lacks, and a
 * mistyped cell of it is one finding at that cell.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = readPlanJson(
  {
    title: "Kế hoạch thử",
    indicators: [
      { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 5 },
      { code: "KP", name: "Tổng kinh phí", unit: "triệu đồng", target: 500 },
      { code: "KP.1", name: "Kinh phí truyền thông", unit: "triệu đồng", target: 200 },
      { code: "KP.2", name: "Kinh phí hỗ trợ sinh kế", unit: "triệu đồng", target: 300 },
    ],
  },
  "plan.json",
);

function check(totalFirst: boolean, label: string, edit?: (rows: CellValue[][]) => void) {
  const place = (row: CellValue[]): CellValue[] => (totalFirst ? [row[0], row[1], row[2], row[5], row[3], row[4]] : row);
  const rows: CellValue[][] = [
    ["STT", "Địa bàn", "Tổ truyền thông cộng đồng (tổ)", "Kinh phí truyền thông", "Kinh phí hỗ trợ sinh kế", label],
    [null, "Tổng cộng", 5, 200, 300, 500],
    ["I", "Huyện Ba Vì", 3, 120, 180, 300],
    [1, "Xã Khánh Thượng", 2, 80, 120, 200],
    [2, "Xã Minh Quang", 1, 40, 60, 100],
    ["II", "Huyện Thạch Thất", 2, 80, 120, 200],
    [1, "Xã Yên Trung", 2, 80, 120, 200],
  ].map(place);
  edit?.(rows);
  const allocation = sheet("Phân bổ", [["BIỂU PHÂN BỔ"], [null, null, null, null, "ĐVT: triệu đồng"], ...rows]);
  return checkWorkbook(workbook(allocation), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
}

describe("a unit-less total column beside the money lines it adds up", () => {
  test.each<[string, boolean, string, ((rows: CellValue[][]) => void) | undefined, string[]]>([
    ["`Tổng cộng` after them", false, "Tổng cộng", undefined, []],
    ["`Cộng` after them", false, "Cộng", undefined, []],
    ["`Tổng số` before them", true, "Tổng số", undefined, []],
    ["a commune's total mistyped", false, "Tổng cộng", (rows) => (rows[4][5] = 110), ["subtotal@F7"]],
  ])("%s", (_name, totalFirst, label, edit, findings) => {
    const report = check(totalFirst, label, edit);
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(findings);
  });
});
