/**
 * A money line whose unit cell is written per area (`triệu đồng/xã`,
 * `đồng/xã`, `tr.đ/xã`, `triệu đồng/huyện`, `nghìn đồng/xã/năm`): its target
 * is the money for each area, at the scale of the unit before the slash, the
 * whole that times the areas — and the reading says so. Money stays per area
 * whatever the number of areas (a round sum), unless the sheet's areas add up
 * to the figure itself.
 */
import { checkWorkbook } from "../../../src/core/check";
import { readPlanFromWorkbook } from "../../../src/core/plan";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { fiveCommuneAllocation as allocation, fiveCommuneRows as fiveCommunes } from "./fiveCommuneSheet";

function sheet(name: string, values: CellValue[][]): SheetData {
  return { name, values, merges: [] };
}

const planSheet = (unit: string, target: CellValue = 800, areas: CellValue[][] = []): SheetData =>
  sheet("Kế hoạch", [["STT", "Nội dung", "ĐVT", "Kế hoạch"], [1, "Hỗ trợ xã", unit, target], ...(areas.length > 0 ? [[], ["Huyện", "Xã"], ...areas] : [])]);

type Spelling = [written: string, unit: string, scale: number, areas: "commune" | "district", count: number];
const spellings: Spelling[] = [
  ["triệu đồng/xã", "triệu đồng", 1_000_000, "commune", 5],
  ["đồng/xã", "đồng", 1, "commune", 5],
  ["tr.đ/xã", "tr.đ", 1_000_000, "commune", 5],
  ["triệu đồng/huyện", "triệu đồng", 1_000_000, "district", 2],
  ["nghìn đồng/xã/năm", "nghìn đồng", 1_000, "commune", 5],
  ["Triệu đồng / xã", "Triệu đồng", 1_000_000, "commune", 5],
];

describe("800 under a money unit written per area", () => {
  test.each(spellings)("%s: money, 800 %s for each area, the whole 800 times the plan's areas, said", (written, unit, scale, areas, count) => {
    const plan = readPlanFromWorkbook({ sheets: [planSheet(written, 800, fiveCommunes)] });
    const line = plan.lines[0];
    expect({ kind: line.kind, unit: line.unit, scale: line.scale, quota: line.quota, target: line.target, perArea: line.perArea }).toEqual({
      kind: "money",
      unit,
      scale,
      quota: 800 * scale,
      target: 800 * scale * count,
      perArea: areas,
    });
    const each = areas === "district" ? "each district" : "each commune";
    expect(plan.doubts?.map((doubt) => doubt.en)).toEqual([
      `'Kế hoạch'!D2: the unit "${written}" (cell C2) makes the target the money (${unit}) for ${each}; the whole is it times the areas. If it is the whole, write the unit "${unit}".`,
    ]);
    expect(plan.doubts?.[0].vi).toContain(`số tiền (${unit}) cho ${areas === "district" ? "mỗi huyện" : "mỗi xã"}`);
  });

  // 800 divides evenly over five communes (160 each), yet money for each area is a round sum whatever the areas: it stays per commune.
  const communeSpellings = spellings.filter(([, , , areas]) => areas === "commune");
  describe.each(communeSpellings)("%s", (written, unit, scale) => {
    test.each<[string, CellValue[][]]>([
      ["no list of areas: the sheet's five communes", []],
      ["the plan's five communes", fiveCommunes],
    ])("800 to each commune, %s: the whole five times 800, nothing found", (_name, areas) => {
      const { report } = checkWorkbook({ sheets: [planSheet(written, 800, areas), allocation([800, 800, 800, 800, 800])] }, { workbookName: "x.xlsx" });
      expect(report.indicators[0]).toMatchObject({ target: 4000 * scale, allocated: 4000 * scale, status: "ok" });
      expect(report.findings).toEqual([]);
      expect(report.reading?.confidence.reasons.map((reason) => reason.en)).toEqual([expect.stringContaining(`makes the target the money (${unit}) for each commune`)]);
    });

    test.each<[string, readonly [number, number, number, number, number], string, number]>([
      ["the second commune typed 700", [800, 700, 800, 800, 800], "quota@C5", 700],
      ["the last commune typed 700", [800, 800, 800, 800, 700], "quota@C9", 700],
      ["the third commune typed 900", [800, 800, 900, 800, 800], "quota@C6", 900],
    ])("%s: one quota finding, at its cell", (_name, cells, found, typed) => {
      const { report } = checkWorkbook({ sheets: [planSheet(written), allocation(cells)] }, { workbookName: "x.xlsx" });
      expect(report.indicators[0]).toMatchObject({ target: 4000 * scale });
      expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([found]);
      const finding = report.findings[0];
      expect([finding.expected, finding.actual]).toEqual([800 * scale, typed * scale]);
    });

    test.each<[string, readonly [number, number, number, number, number]]>([
      ["shares of different sizes", [200, 150, 150, 100, 200]],
      ["an even 160 each", [160, 160, 160, 160, 160]],
    ])("a sheet adding up to 800 (%s): read as the line's whole, said", (_name, cells) => {
      const { report } = checkWorkbook({ sheets: [planSheet(written), allocation(cells)] }, { workbookName: "x.xlsx" });
      expect(report.indicators[0]).toMatchObject({ target: 800 * scale, allocated: 800 * scale, status: "ok" });
      expect(report.findings).toEqual([]);
      expect(report.reading?.confidence.reasons.map((reason) => reason.en)).toEqual([
        `'Kế hoạch'!D2: the unit is written for each commune, but the sheet's areas add up to exactly 800 ${unit}, so the plan's figure is read as the whole of line 1, not the figure for each commune. If it is the figure for each commune, the sheet falls short.`,
      ]);
    });
  });
});

describe("units that are no money for each area", () => {
  test.each<[string, string, number]>([
    ["triệu đồng", "money", 800_000_000],
    ["xã/phường", "count", 800],
  ])("%s: the target as written, nothing said", (unit, kind, target) => {
    const plan = readPlanFromWorkbook({ sheets: [planSheet(unit)] });
    expect([plan.lines[0].kind, plan.lines[0].target, plan.lines[0].quota, plan.lines[0].perArea]).toEqual([kind, target, undefined, undefined]);
    expect(plan.doubts ?? []).toEqual([]);
  });

  test("beside a quota column the target stays the whole, in money", () => {
    const plan = readPlanFromWorkbook({ sheets: [sheet("Kế hoạch", [["STT", "Nội dung", "ĐVT", "Kế hoạch", "Định mức"], [1, "Hỗ trợ xã", "triệu đồng", 4000, 800]])] });
    expect([plan.lines[0].kind, plan.lines[0].target, plan.lines[0].quota, plan.lines[0].perArea]).toEqual(["money", 4_000_000_000, 800_000_000, undefined]);
  });

  // The unit cell written per area beside a quota column: the whole and the quota in the unit before the slash — money is money.
  test.each<[string, string, "count" | "money", number]>([
    ["triệu đồng/xã", "triệu đồng", "money", 1_000_000],
    ["nghìn đồng/xã/năm", "nghìn đồng", "money", 1_000],
    ["tổ/xã", "tổ", "count", 1],
  ])("%s beside a quota column: the whole in %s, a %s line", (written, unit, kind, scale) => {
    const plan = readPlanFromWorkbook({ sheets: [sheet("Kế hoạch", [["STT", "Nội dung", "ĐVT", "Định mức", "Kế hoạch"], [1, "Hỗ trợ xã", written, 800, 4000]])] });
    const line = plan.lines[0];
    expect({ kind: line.kind, unit: line.unit, scale: line.scale, quota: line.quota, target: line.target, perArea: line.perArea }).toEqual({
      kind,
      unit,
      scale,
      quota: 800 * scale,
      target: 4000 * scale,
      perArea: undefined,
    });
    expect(plan.doubts ?? []).toEqual([]);
  });
});

test("đồng/xã under a target header in triệu đồng: read in đồng for each commune, the disagreement said", () => {
  const plan = readPlanFromWorkbook({ sheets: [sheet("Kế hoạch", [["STT", "Nội dung", "ĐVT", "Kế hoạch (triệu đồng)"], [1, "Hỗ trợ xã", "đồng/xã", 800], [], ["Huyện", "Xã"], ...fiveCommunes])] });
  expect([plan.lines[0].unit, plan.lines[0].quota, plan.lines[0].target]).toEqual(["đồng", 800, 4000]);
  expect(plan.doubts?.map((doubt) => doubt.en)).toEqual([
    expect.stringContaining(`gives the unit "đồng", unlike "triệu đồng" in the target header`),
    expect.stringContaining(`makes the target the money (đồng) for each commune`),
  ]);
});
