/**
 * Three levels named bare and numbered (`1 | Phong Thổ`, `1.1 | Nghĩa Đô`,
 * `1.1.1 | Bản Mới`): the villages, named by their word, are the commune's,
 * so the commune is read as the district's item — not a level left unknown
 * that puts the communes and villages side by side under the district, its
 * subtotal then off by the villages.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = readPlanJson(
  {
    title: "Kế hoạch thử",
    indicators: [
      { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 6 },
      { code: "2", name: "Kinh phí", unit: "triệu đồng", target: 300 },
    ],
    areas: [],
  },
  "plan.json",
);

function rows(firstVillage: string, banMoi: number): CellValue[][] {
  return [
    ["BIỂU PHÂN BỔ CHỈ TIÊU DỰ ÁN 8 NĂM 2026"],
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Kinh phí (triệu đồng)"],
    [null, "Tổng cộng", 6, 300],
    ["1", "Phong Thổ", 4, 200],
    ["1.1", "Nghĩa Đô", 2, 100],
    ["1.1.1", firstVillage, banMoi, 50],
    ["1.1.2", "Bản Cuông", 1, 50],
    ["1.2", "Trung Thu", 2, 100],
    ["1.2.1", "Bản Sáng", 1, 40],
    ["1.2.2", "Bản Tủa", 1, 60],
    ["2", "Sìn Hồ", 2, 100],
    ["2.1", "Tả Phìn", 2, 100],
    ["2.1.1", "Bản Pho", 1, 50],
    ["2.1.2", "Bản Hồng", 1, 50],
  ];
}

const check = (firstVillage: string, banMoi: number) => checkWorkbook(workbook(sheet("Phân bổ", rows(firstVillage, banMoi))), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;

test("the communes under their districts, the villages left out as parts of their commune's row, nothing told", () => {
  const report = check("Bản Mới", 1);
  const areas = report.reading!.areas;
  expect(areas.map((a) => `${a.name}:${a.role}:${a.parent === null ? "-" : areas[a.parent].name}`)).toEqual([
    "Tổng cộng:total:-",
    "Phong Thổ:group:Tổng cộng",
    "Nghĩa Đô:leaf:Phong Thổ",
    "Trung Thu:leaf:Phong Thổ",
    "Sìn Hồ:group:Tổng cộng",
    "Tả Phìn:leaf:Sìn Hồ",
  ]);
  expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
});

test("a village mistyped: told at its commune's row, which its villages no longer add up to", () => {
  const report = check("Bản Mới", 2);
  expect(report.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`)).toEqual(["subtotal@C5"]);
});
