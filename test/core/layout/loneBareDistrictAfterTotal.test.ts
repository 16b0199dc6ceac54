/**
 * The sheet's one district, its name bare (`Ba Vì`, no `Huyện`, no Roman
 * STT), right after `Tổng cộng`, no area list in the plan: with figures, the
 * grand total's own and its communes' sum on every line, it is their
 * district (the rows read flat would come to twice the total); left blank
 * over communes named by their `Xã`, it is their heading — never a commune
 * beside them. Areas across the columns, and down the rows alike.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, transposeSheet, workbook } from "./sheetBuilder";

const LINES = [
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ" },
  { code: "2", name: "Địa chỉ tin cậy", unit: "địa chỉ" },
];
const plan = (targets: readonly number[]) => readPlanJson({ title: "Kế hoạch thử", indicators: targets.map((target, i) => ({ ...LINES[i], target })) }, "plan.json");

/** `STT | Chỉ tiêu | ĐVT | Tổng cộng | <areas>` over one row per line, `figures[i]` line i's: the areas across. */
function across(areas: readonly string[], figures: readonly (readonly (number | null)[])[]): CellValue[][] {
  return [
    ["BIỂU PHÂN BỔ CHỈ TIÊU NĂM 2025"],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "Tổng cộng", ...areas],
    ...figures.map((row, i) => [i + 1, LINES[i].name, LINES[i].unit, ...row]),
  ];
}

/** The same table turned: the areas down the rows. */
function down(areas: readonly string[], figures: readonly (readonly (number | null)[])[]) {
  const rows: CellValue[][] = [["STT", "Đơn vị", ...figures.map((_f, i) => LINES[i].name)], [null, "Tổng cộng", ...figures.map((f) => f[0])]];
  areas.forEach((area, a) => rows.push([null, area, ...figures.map((f) => f[a + 1])]));
  return sheet("Phân bổ", [["BIỂU PHÂN BỔ CHỈ TIÊU NĂM 2025"], [], ...rows]);
}

const run = (data: ReturnType<typeof sheet>, targets: readonly number[]) => checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan: plan(targets), sheet: "Phân bổ" }).report;
const read = (report: ReturnType<typeof run>) => report.reading!.areas.map((a) => `${a.role}:${a.name}`);

const BARE = ["Ba Vì", "Khánh Thượng", "Minh Quang"];
const PREFIXED = ["Ba Vì", "Xã Khánh Thượng", "Xã Minh Quang"];

describe.each([
  ["across", (areas: readonly string[], figures: readonly (readonly (number | null)[])[]) => sheet("Phân bổ", across(areas, figures))],
  ["down the rows", down],
  ["across, turned back", (areas: readonly string[], figures: readonly (readonly (number | null)[])[]) => transposeSheet(down(areas, figures))],
])("%s", (_name, make) => {
  test.each([
    ["communes bare, two lines", BARE, [[20, 20, 10, 10], [14, 14, 7, 7]]],
    ["communes bare, one line", BARE, [[20, 20, 12, 8]]],
    ["communes named `Xã`", PREFIXED, [[20, 20, 10, 10], [14, 14, 7, 7]]],
  ])("the district with figures, %s: a group over its communes, nothing to report", (_case, areas, figures) => {
    const report = run(make(areas, figures), figures.map((f) => f[0]));
    expect(read(report)).toEqual(["total:Tổng cộng", ...areas.map((a, i) => `${i === 0 ? "group" : "leaf"}:${a}`)]);
    expect(report.findings).toEqual([]);
    expect(report.reading!.confidence.level).toBe("high");
  });

  test("the district left blank over communes named `Xã`: their heading", () => {
    const report = run(make(PREFIXED, [[20, null, 10, 10], [14, null, 7, 7]]), [20, 14]);
    expect(read(report)).toEqual(["total:Tổng cộng", "heading:Ba Vì", "leaf:Xã Khánh Thượng", "leaf:Xã Minh Quang"]);
    expect(report.findings).toEqual([]);
  });
});

test("three bare communes, the first no sum of the others: a flat list, the total checked", () => {
  const report = run(sheet("Phân bổ", across(["Ba Vì", "Khánh Thượng", "Minh Quang"], [[20, 8, 6, 6], [14, 6, 4, 4]])), [20, 14]);
  expect(read(report)).toEqual(["total:Tổng cộng", "leaf:Ba Vì", "leaf:Khánh Thượng", "leaf:Minh Quang"]);
  expect(report.findings).toEqual([]);
});
