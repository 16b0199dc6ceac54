/**
 * A line whose own unit cell says a plain unit (`tổ`) under a target header
 * written per area (`Kế hoạch (tổ/xã)`) with a unit column: the cells
 * disagree on whether the figure is the whole or each area's. The line's
 * own cell is read first (the whole), the disagreement said naming both
 * cells; a sheet whose areas come nearer the per-area whole takes that
 * reading instead, and the reading says so.
 */
import { checkWorkbook } from "../../../src/core/check";
import { readPlanFromWorkbook } from "../../../src/core/plan";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { fiveCommuneAllocation as allocation, fiveCommuneRows, type FiveCells } from "./fiveCommuneSheet";

const planSheet = (header: string, unit: string, target: CellValue, areas: boolean): SheetData => ({
  name: "Kế hoạch",
  merges: [],
  values: [["STT", "Nội dung", "ĐVT", header], [1, "Hỗ trợ xã", unit, target], ...(areas ? [[], ["Huyện", "Xã"], ...fiveCommuneRows] : [])],
});

test.each<[string, string, number, number]>([
  ["Kế hoạch (tổ/xã)", "tổ", 3, 3],
  ["Kế hoạch (triệu đồng/xã)", "triệu đồng", 300, 300e6],
])("%s over a line in %s: read as the whole, said naming both cells", (header, unit, figure, whole) => {
  const plan = readPlanFromWorkbook({ sheets: [planSheet(header, unit, figure, true)] });
  expect([plan.lines[0].target, plan.lines[0].quota, plan.lines[0].perArea]).toEqual([whole, undefined, undefined]);
  expect(plan.doubts?.map((doubt) => doubt.en)).toEqual([
    `'Kế hoạch'!D2: cell C2 gives the unit "${unit}", unlike "${header.slice(10, -1)}" in the target header (cell D1); allocheck reads the figure ${figure} as the whole of line 1, in the line's own unit, unless the allocation sheet adds up nearer the figure for each commune. Make them agree: write "${header.slice(10, -1)}" in cell C2 if ${figure} is the figure for each commune.`,
  ]);
});

test.each<[string, string, CellValue]>([
  ["the unit cell per area too", "tổ/xã", 3],
  ["the unit cell blank", "", 3],
  ["a figure written per area", "tổ", "03 tổ/xã"],
])("no disagreement (%s): read per area, nothing said of the unit cell", (_name, unit, target) => {
  const plan = readPlanFromWorkbook({ sheets: [planSheet("Kế hoạch (tổ/xã)", unit, target, true)] });
  expect([plan.lines[0].target, plan.lines[0].quota, plan.lines[0].perArea]).toEqual([15, 3, "commune"]);
  expect(plan.doubts?.map((doubt) => doubt.en).join("\n") ?? "").not.toContain("unlike");
});

describe("the sheet's numbers decide", () => {
  test.each<[string, boolean, FiveCells, number, string[], string]>([
    ["the communes add up to the figure: the whole", true, [1, 1, 0, 1, 0], 3, [], "reads the figure 3 as the whole"],
    ["the communes nearer 3 each, the plan's areas: per area", true, [3, 3, 3, 3, 2], 15, ["quota@C9"], "so the figure is read as the one for each commune"],
    ["the communes nearer 3 each, the sheet's areas: per area", false, [3, 3, 3, 3, 3], 15, [], "so the figure is read as the one for each commune"],
    ["no list of areas, the communes add up to the figure: the whole", false, [1, 1, 1, 0, 0], 3, [], "reads the figure 3 as the whole"],
  ])("%s", (_name, areas, cells, target, found, said) => {
    const { report } = checkWorkbook({ sheets: [planSheet("Kế hoạch (tổ/xã)", "tổ", 3, areas), allocation(cells)] }, { workbookName: "x.xlsx" });
    expect(report.indicators.map((indicator) => indicator.target)).toEqual([target]);
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(found);
    expect(report.reading?.confidence.reasons.map((reason) => reason.en)).toEqual([expect.stringContaining(said)]);
  });
});
