/**
 * A plan table with no unit column whose target header is written per area
 * (`Kế hoạch (tổ/xã)`, `Kế hoạch (triệu đồng/xã)`): each line's target is
 * the figure for each area, in the unit before the slash, the whole that
 * times the areas — read and said as for a unit cell written so, naming the
 * header cell; the same whole-or-per-area choices apply.
 */
import { checkWorkbook } from "../../../src/core/check";
import { readPlanFromWorkbook } from "../../../src/core/plan";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { fiveCommuneAllocation as allocation, fiveCommuneRows as fiveCommunes, type FiveCells } from "./fiveCommuneSheet";

const planSheet = (header: string, target: CellValue, areas: CellValue[][] = []): SheetData => ({
  name: "Kế hoạch",
  merges: [],
  values: [["STT", "Nội dung", header], [1, "Hỗ trợ xã", target], ...(areas.length > 0 ? [[], ["Huyện", "Xã"], ...areas] : [])],
});

type Header = [header: string, written: string, unit: string, kind: "count" | "money", scale: number, perArea: "commune" | "district", count: number];
const headers: Header[] = [
  ["Kế hoạch (tổ/xã)", "tổ/xã", "tổ", "count", 1, "commune", 5],
  ["Kế hoạch (ĐVT: tổ/xã)", "tổ/xã", "tổ", "count", 1, "commune", 5],
  ["Kế hoạch (CLB/huyện)", "CLB/huyện", "CLB", "count", 1, "district", 2],
  ["Kế hoạch (triệu đồng/xã)", "triệu đồng/xã", "triệu đồng", "money", 1_000_000, "commune", 5],
  ["Kế hoạch (đồng/xã/năm)", "đồng/xã/năm", "đồng", "money", 1, "commune", 5],
  ["Kế hoạch (triệu đồng/huyện)", "triệu đồng/huyện", "triệu đồng", "money", 1_000_000, "district", 2],
];

describe("a target header written per area, no unit column", () => {
  // 3 is no multiple of the areas: the figure for each area, as the header says.
  test.each(headers)("%s: 3 for each area, the whole times the plan's areas, said at the header cell", (header, written, unit, kind, scale, perArea, count) => {
    const plan = readPlanFromWorkbook({ sheets: [planSheet(header, 3, fiveCommunes)] });
    const line = plan.lines[0];
    expect([line.kind, line.unit, line.quota, line.target, line.perArea]).toEqual([kind, unit, 3 * scale, 3 * scale * count, perArea]);
    const what = kind === "money" ? `money (${unit})` : unit;
    const each = perArea === "district" ? "each district" : "each commune";
    expect(plan.doubts?.map((doubt) => doubt.en)).toEqual([
      `'Kế hoạch'!C2: the unit "${written}" (cell C1) makes the target the ${what} for ${each}; the whole is it times the areas. If it is the whole, write the unit "${unit}".`,
    ]);
  });

  test.each<[string, string, CellValue[][], FiveCells, string[]]>([
    ["tổ/xã, exact, no list of areas", "Kế hoạch (tổ/xã)", [], [3, 3, 3, 3, 3], []],
    ["tổ/xã, exact, the plan's communes", "Kế hoạch (tổ/xã)", fiveCommunes, [3, 3, 3, 3, 3], []],
    ["tổ/xã, the second commune given 2", "Kế hoạch (tổ/xã)", [], [3, 2, 3, 3, 3], ["quota@C5"]],
    ["tổ/xã, the last commune given 4", "Kế hoạch (tổ/xã)", fiveCommunes, [3, 3, 3, 3, 4], ["quota@C9"]],
    ["triệu đồng/xã, exact", "Kế hoạch (triệu đồng/xã)", fiveCommunes, [3, 3, 3, 3, 3], []],
    ["triệu đồng/xã, the third commune given 4", "Kế hoạch (triệu đồng/xã)", [], [3, 3, 4, 3, 3], ["quota@C6"]],
  ])("%s", (_name, header, areas, cells, found) => {
    const { report } = checkWorkbook({ sheets: [planSheet(header, 3, areas), allocation(cells)] }, { workbookName: "x.xlsx" });
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(found);
    expect(report.reading?.confidence.reasons.map((reason) => reason.en)).toEqual([expect.stringContaining("(cell C1) makes the target the")]);
  });

  test("5 under Kế hoạch (tổ/xã), five communes: the whole, one each, said in place of the per-area note", () => {
    const plan = readPlanFromWorkbook({ sheets: [planSheet("Kế hoạch (tổ/xã)", 5, fiveCommunes)] });
    expect([plan.lines[0].target, plan.lines[0].quota, plan.lines[0].perArea]).toEqual([5, 1, undefined]);
    expect(plan.doubts?.map((doubt) => doubt.en)).toEqual([expect.stringContaining("is the number of communes the plan lists (5), so it is read as the whole")]);
  });

  test.each<[string, FiveCells, string[]]>([
    ["one each", [1, 1, 1, 1, 1], []],
    ["the fourth commune given 2", [1, 1, 1, 2, 1], ["quota@C8"]],
  ])("5 under Kế hoạch (tổ/xã), no list of areas, %s", (_name, cells, found) => {
    const { report } = checkWorkbook({ sheets: [planSheet("Kế hoạch (tổ/xã)", 5), allocation(cells)] }, { workbookName: "x.xlsx" });
    expect(report.indicators[0]).toMatchObject({ target: 5 });
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(found);
  });

  test("2 under Kế hoạch (tổ/xã) and a sheet adding up to 2: the whole after all", () => {
    const { report } = checkWorkbook({ sheets: [planSheet("Kế hoạch (tổ/xã)", 2), allocation([1, 0, 1, 0, 0])] }, { workbookName: "x.xlsx" });
    expect(report.indicators[0]).toMatchObject({ target: 2, allocated: 2 });
    expect(report.findings).toEqual([]);
  });

  test("a line with its unit in its name keeps it: Kế hoạch (tổ/xã) over `Số người (người)` is no per-area reading", () => {
    const plan = readPlanFromWorkbook({ sheets: [planSheet("Kế hoạch (tổ/xã)", 3)] });
    expect(plan.lines[0].perArea).toBe("commune");
    const named = readPlanFromWorkbook({
      sheets: [{ name: "Kế hoạch", merges: [], values: [["STT", "Nội dung", "Kế hoạch (tổ/xã)"], [1, "Số người được tập huấn (người)", 30]] }],
    });
    expect([named.lines[0].unit, named.lines[0].target, named.lines[0].perArea]).toEqual(["người", 30, undefined]);
  });
});
