/**
 * A commune's name typed over another's: one plan commune twice in a
 * district while one other plan commune of that district has no row is one
 * cause, told at the repeat (CONTRACT §3). A repeat and a missing commune in
 * different districts, several missing, or a row copied whole (its figures
 * the first's), stay told apart. Each case is
 * read in both orientations.
 */
import type { CellValue } from "../../../src/core/model/workbook";
import { checkWorkbook } from "../../../src/core/check";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, transposeSheet, workbook } from "../layout/sheetBuilder";

const AREAS = [
  { district: "Ba Vì", commune: "Khánh Thượng" },
  { district: "Ba Vì", commune: "Minh Quang" },
  { district: "Ba Vì", commune: "Ba Trại" },
  { district: "Mỹ Đức", commune: "An Phú" },
  { district: "Mỹ Đức", commune: "Hùng Tiến" },
];
const planWith = (areas: typeof AREAS, target: number) =>
  readPlanJson({ title: "Kế hoạch thử", indicators: [{ code: "1", name: "Địa chỉ tin cậy", unit: "địa chỉ", target }], areas }, "plan.json");

/** Communes as `[district, name, figure]`, the plan's target their sum; with `districts`, a row per district with its typed subtotal. */
function check(communes: [string, string, number][], districts: boolean, transpose: boolean, areas = AREAS) {
  const rows: CellValue[][] = [["BIỂU PHÂN BỔ"], ["STT", "Địa bàn", "Địa chỉ tin cậy"], [null, "Tổng cộng", communes.reduce((s, [, , v]) => s + v, 0)]];
  let last = "";
  communes.forEach(([district, name, value], i) => {
    if (districts && district !== last) rows.push([null, `Huyện ${district}`, communes.filter(([d]) => d === district).reduce((s, [, , v]) => s + v, 0)]);
    last = district;
    rows.push([i + 1, `Xã ${name}`, value]);
  });
  const data = sheet("Phân bổ", rows);
  const { report } = checkWorkbook(workbook(transpose ? transposeSheet(data) : data), { workbookName: "t.xlsx", plan: planWith(areas, communes.reduce((sum, [, , v]) => sum + v, 0)), sheet: "Phân bổ" });
  return report.findings;
}
const told = (findings: ReturnType<typeof check>) => findings.map((f) => `${f.rule} ${(f.area ?? "").replace(/^Xã /, "")}`).sort();

describe.each([false, true])("a commune's name typed over another's (transposed: %s)", (transpose) => {
  test.each<[string, [string, string, number][], boolean, string[]]>([
    ["the repeat and the missing commune in one district", [["Ba Vì", "Khánh Thượng", 2], ["Ba Vì", "Minh Quang", 2], ["Ba Vì", "Ba Trại", 2], ["Mỹ Đức", "An Phú", 2], ["Mỹ Đức", "An Phú", 3]], true, ["duplicate An Phú"]],
    ["a row copied whole beside the missing commune", [["Ba Vì", "Khánh Thượng", 2], ["Ba Vì", "Minh Quang", 2], ["Ba Vì", "Ba Trại", 2], ["Mỹ Đức", "An Phú", 2], ["Mỹ Đức", "An Phú", 2]], true, ["coverage Hùng Tiến", "duplicate An Phú"]],
    ["a list without districts", [["Ba Vì", "Khánh Thượng", 2], ["Ba Vì", "Minh Quang", 2], ["Ba Vì", "Minh Quang", 1], ["Mỹ Đức", "An Phú", 2], ["Mỹ Đức", "Hùng Tiến", 2]], false, ["duplicate Minh Quang"]],
    ["the repeat in one district, the missing commune in another", [["Ba Vì", "Khánh Thượng", 2], ["Ba Vì", "Minh Quang", 2], ["Ba Vì", "Minh Quang", 3], ["Ba Vì", "Ba Trại", 2], ["Mỹ Đức", "An Phú", 2]], true, ["coverage Hùng Tiến", "duplicate Minh Quang"]],
    ["two communes missing beside the repeat", [["Ba Vì", "Khánh Thượng", 4], ["Ba Vì", "Khánh Thượng", 2], ["Mỹ Đức", "An Phú", 2], ["Mỹ Đức", "Hùng Tiến", 2]], true, ["coverage Ba Trại", "coverage Minh Quang", "duplicate Khánh Thượng"]],
  ])("%s", (_name, communes, districts, expected) => {
    expect(told(check(communes, districts, transpose))).toEqual(expected);
  });

  test("the duplicate finding names the missing commune", () => {
    const [finding] = check([["Ba Vì", "Khánh Thượng", 2], ["Ba Vì", "Minh Quang", 2], ["Ba Vì", "Ba Trại", 2], ["Mỹ Đức", "An Phú", 2], ["Mỹ Đức", "An Phú", 3]], true, transpose);
    expect(finding.message.vi).toContain(`Địa bàn "Hùng Tiến" của kế hoạch lại không có ${transpose ? "cột" : "dòng"} nào`);
  });
});
