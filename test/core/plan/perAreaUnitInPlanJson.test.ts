/**
 * plan.json with a unit written per area in its `unit` field (`tổ/xã`,
 * `triệu đồng/xã`, `buổi/xã/năm`): the target is the figure for each area,
 * in the unit before the slash, the whole that times the areas — read, said
 * and decided (whole or per area) as the plan sheet's unit cell is.
 */
import { checkWorkbook } from "../../../src/core/check";
import { readPlanJson } from "../../../src/core/plan";
import type { CellValue } from "../../../src/core/model/workbook";
import { fiveCommuneAllocation as allocation, fiveCommuneAreas as fiveCommunes, type FiveCells as Cells } from "./fiveCommuneSheet";


const planJson = (unit: string, target: CellValue, areas: object[] = [], extra: object = {}): unknown => ({
  indicators: [{ code: "1", name: "Hỗ trợ xã", unit, target, ...extra }],
  areas,
});

type Spelling = [written: string, unit: string, kind: "count" | "money", scale: number, figure: number, perArea: "commune" | "district", count: number];
const spellings: Spelling[] = [
  ["triệu đồng/xã", "triệu đồng", "money", 1_000_000, 800, "commune", 5],
  ["đồng/xã", "đồng", "money", 1, 800, "commune", 5],
  ["triệu đồng/huyện", "triệu đồng", "money", 1_000_000, 800, "district", 2],
  ["nghìn đồng/xã/năm", "nghìn đồng", "money", 1_000, 800, "commune", 5],
  ["tổ/xã", "tổ", "count", 1, 1, "commune", 5],
  ["buổi/xã/năm", "buổi", "count", 1, 3, "commune", 5],
  ["CLB / huyện", "CLB", "count", 1, 1, "district", 2],
];

describe("a per-area unit in plan.json's unit field", () => {
  test.each(spellings)("%s: the figure for each area in %s, the whole times the plan's areas, said", (written, unit, kind, scale, figure, perArea, count) => {
    const plan = readPlanJson(planJson(written, figure, fiveCommunes), "plan.json");
    const line = plan.lines[0];
    expect({ kind: line.kind, unit: line.unit, scale: line.scale, quota: line.quota, target: line.target, perArea: line.perArea }).toEqual({
      kind,
      unit,
      scale,
      quota: figure * scale,
      target: figure * scale * count,
      perArea,
    });
    const what = kind === "money" ? `money (${unit})` : unit;
    expect(plan.doubts?.map((doubt) => doubt.en)).toEqual([
      `plan.json, indicators[0].target: the unit "${written}" (indicators[0].unit) makes the target the ${what} for ${perArea === "district" ? "each district" : "each commune"}; the whole is it times the areas. If it is the whole, write the unit "${unit}".`,
    ]);
  });

  const communeMoney = spellings.filter(([, , kind, , , perArea]) => kind === "money" && perArea === "commune");
  describe.each(communeMoney)("%s", (written, _unit, _kind, scale) => {
    test.each<[string, object[]]>([
      ["no list of areas: the sheet's five communes", []],
      ["the plan's five communes", fiveCommunes],
    ])("800 to each commune, %s: nothing found", (_name, areas) => {
      const { report } = checkWorkbook({ sheets: [allocation([800, 800, 800, 800, 800])] }, { workbookName: "x.xlsx", plan: readPlanJson(planJson(written, 800, areas), "plan.json") });
      expect(report.indicators[0]).toMatchObject({ target: 4000 * scale, allocated: 4000 * scale, status: "ok" });
      expect(report.findings).toEqual([]);
    });

    test.each<[string, Cells, string, number]>([
      ["the second commune typed 700", [800, 700, 800, 800, 800], "quota@C5", 700],
      ["the last commune typed 900", [800, 800, 800, 800, 900], "quota@C9", 900],
    ])("%s: one quota finding, at its cell", (_name, cells, found, typed) => {
      const { report } = checkWorkbook({ sheets: [allocation(cells)] }, { workbookName: "x.xlsx", plan: readPlanJson(planJson(written, 800), "plan.json") });
      expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([found]);
      expect([report.findings[0].expected, report.findings[0].actual]).toEqual([800 * scale, typed * scale]);
    });

    test("a sheet adding up to the figure: read as the line's whole, said in place of the per-area note", () => {
      const { report } = checkWorkbook({ sheets: [allocation([200, 150, 150, 100, 200])] }, { workbookName: "x.xlsx", plan: readPlanJson(planJson(written, 800), "plan.json") });
      expect(report.indicators[0]).toMatchObject({ target: 800 * scale, allocated: 800 * scale, status: "ok" });
      expect(report.findings).toEqual([]);
      expect(report.reading?.confidence.reasons.map((reason) => reason.en)).toEqual([expect.stringContaining("so the plan's figure is read as the whole of line 1")]);
    });
  });

  test.each<[string, Cells, string[]]>([
    ["one tổ to each commune", [1, 1, 1, 1, 1], []],
    ["a commune given two", [1, 2, 1, 1, 1], ["quota@C5"]],
  ])("1 under tổ/xã, %s", (_name, cells, found) => {
    const { report } = checkWorkbook({ sheets: [allocation(cells)] }, { workbookName: "x.xlsx", plan: readPlanJson(planJson("tổ/xã", 1), "plan.json") });
    expect(report.indicators[0]).toMatchObject({ target: 5 });
    expect(report.findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`)).toEqual(found);
  });

  test("5 under tổ/xã beside the plan's five communes: the whole, one each, said as on the plan sheet", () => {
    const plan = readPlanJson(planJson("tổ/xã", 5, fiveCommunes), "plan.json");
    expect([plan.lines[0].target, plan.lines[0].quota, plan.lines[0].perArea]).toEqual([5, 1, undefined]);
    expect(plan.doubts?.map((doubt) => doubt.en)).toEqual([expect.stringContaining("is the number of communes the plan lists (5), so it is read as the whole of line 1")]);
  });

  test.each<[string, string, CellValue, object, number, number | undefined]>([
    ["a quota given: the target stays the whole", "triệu đồng/xã", 4000, { quota: 800 }, 4_000_000_000, 800_000_000],
    ["a dash: none planned", "triệu đồng/xã", "-", {}, 0, undefined],
    ["the figure written per area in the target too", "tổ/xã", "01 tổ/xã", {}, 5, 1],
  ])("%s", (_name, unit, target, extra, whole, quota) => {
    const plan = readPlanJson(planJson(unit, target, fiveCommunes, extra), "plan.json");
    expect([plan.lines[0].target, plan.lines[0].quota]).toEqual([whole, quota]);
    expect((plan.doubts ?? []).filter((doubt) => doubt.en.includes("makes the target"))).toEqual([]);
  });

  test.each<[string, string, number]>([
    ["triệu đồng", "money", 800_000_000],
    ["xã/phường", "count", 800],
  ])("%s: no per-area unit, the target as written", (unit, kind, target) => {
    const plan = readPlanJson(planJson(unit, 800), "plan.json");
    expect([plan.lines[0].kind, plan.lines[0].target, plan.lines[0].quota, plan.lines[0].perArea, plan.doubts]).toEqual([kind, target, undefined, undefined, undefined]);
  });
});
