/**
 * Districts named bare (`2 | Phong Thổ`) over communes numbered as their
 * items (`2.1 | Nghĩa Đô`), the district's SUM copied across its row short
 * (`=SUM(C10:C10)`, its first commune only): the STT keeps the commune under
 * its district, whatever the figures — one subtotal finding at the district's
 * first short SUM, not the district read as a commune and its commune as a
 * district with a finding in every column.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = readPlanJson(
  {
    title: "Kế hoạch thử",
    indicators: [
      { code: "1", name: "Cuộc đối thoại chính sách", unit: "cuộc", target: 13 },
      { code: "2", name: "Câu lạc bộ thủ lĩnh của sự thay đổi", unit: "CLB", target: 12 },
      { code: "3", name: "Người được tập huấn kỹ năng", unit: "người", target: 39 },
    ],
    areas: [],
  },
  "plan.json",
);

/** Phong Thổ's figures as its SUM over `C10:C{end}` caches them. */
function rows(end: number, secondCommune: string): CellValue[][] {
  const communes = [
    [1, 2, 6],
    [2, 2, 2],
  ].slice(0, end - 9);
  const district = [0, 1, 2].map((j) => communes.reduce((s, c) => s + c[j], 0));
  return [
    ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH"],
    ["STT", "Đơn vị", "Cuộc đối thoại chính sách (cuộc)", "Câu lạc bộ thủ lĩnh của sự thay đổi", "Người được tập huấn kỹ năng (người)"],
    [null, "Cộng", 13, 12, 39],
    [1, "Quản Bạ", 10, 8, 31],
    ["1.1", "Xã Thanh Vân", 7, 2, 9],
    ["1.2", "xã Lùng Tám", 1, 2, 7],
    ["1.3", "xã Pha Long", 1, 2, 7],
    ["1.4", "Xã Mường Kim", 1, 2, 8],
    [2, "Phong Thổ", ...district],
    ["2.1", "Nghĩa Đô", 1, 2, 6],
    ["2.2", secondCommune, 2, 2, 2],
  ];
}

const TREE = [
  "Cộng:total:-",
  "Quản Bạ:group:Cộng",
  "Xã Thanh Vân:leaf:Quản Bạ",
  "xã Lùng Tám:leaf:Quản Bạ",
  "xã Pha Long:leaf:Quản Bạ",
  "Xã Mường Kim:leaf:Quản Bạ",
  "Phong Thổ:group:Cộng",
  "Nghĩa Đô:leaf:Phong Thổ",
];

describe("a bare district over communes numbered as its items, its SUM short", () => {
  test.each<[string, number, string, string[]]>([
    ["the SUM over both communes", 11, "Xã Trung Thu", []],
    ["the SUM over its first commune only, copied across the row", 10, "Xã Trung Thu", ["subtotal@C9"]],
    ["the same, both communes named bare", 10, "Trung Thu", ["subtotal@C9"]],
  ])("%s", (_name, end, secondCommune, findings) => {
    const formulas = Object.fromEntries(["C", "D", "E"].map((c) => [`${c}9`, `SUM(${c}10:${c}${end})`]));
    const { report } = checkWorkbook(workbook(sheet("Phân bổ", rows(end, secondCommune), { formulas })), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" });
    const areas = report.reading!.areas;
    expect(areas.map((a) => `${a.name}:${a.role}:${a.parent === null ? "-" : areas[a.parent].name}`)).toEqual([...TREE, `${secondCommune}:leaf:Phong Thổ`]);
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(findings);
  });
});
