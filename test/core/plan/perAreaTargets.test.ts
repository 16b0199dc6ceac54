/**
 * A plan target written per area (`01 tổ/xã`, `100 triệu đồng/xã`,
 * `1/huyện`): the per-area figure is the line's quota, and its whole is the
 * quota times the plan's communes (districts), else the table's.
 */
import { checkWorkbook } from "../../../src/core/check";
import { readPlanFromWorkbook, readPlanJson } from "../../../src/core/plan";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";

function sheet(name: string, values: CellValue[][]): SheetData {
  return { name, values, merges: [] };
}

const planSheet = (target: CellValue, unit: string, areas: CellValue[][] = []): SheetData =>
  sheet("Kế hoạch", [["STT", "Nội dung", "ĐVT", "Chỉ tiêu"], [1, "Tổ truyền thông cộng đồng", unit, target], ...(areas.length > 0 ? [[], ["Huyện", "Xã"], ...areas] : [])]);

const allocation = (a: CellValue = 1): SheetData =>
  sheet("Phân bổ", [
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng"],
    [null, "Tổng cộng", 4],
    ["I", "Huyện Ba Vì", 2],
    [1, "Xã Khánh Thượng", a],
    [2, "Xã Minh Quang", 1],
    ["II", "Huyện Quốc Oai", 2],
    [1, "Xã Phú Mãn", 1],
    [2, "Xã Đông Xuân", 1],
  ]);

test.each<[string, CellValue, string, CellValue[][], number, number]>([
  ["01 tổ/xã, plan lists three communes", "01 tổ/xã", "tổ", [["Ba Vì", "Khánh Thượng"], ["Ba Vì", "Minh Quang"], ["Quốc Oai", "Phú Mãn"]], 1, 3],
  ["100 triệu đồng/xã", "100 triệu đồng/xã", "triệu đồng", [["Ba Vì", "Khánh Thượng"], ["Ba Vì", "Minh Quang"]], 100_000_000, 200_000_000],
  ["1/huyện", "1/huyện", "tổ", [["Ba Vì", "Khánh Thượng"], ["Quốc Oai", "Phú Mãn"]], 1, 2],
  ["01 tổ/phường", "01 tổ/phường", "tổ", [["Ba Vì", "Khánh Thượng"], ["Ba Vì", "Minh Quang"]], 1, 2],
])("%s: quota and whole from the plan's areas", (_name, target, unit, areas, quota, whole) => {
  const line = readPlanFromWorkbook({ sheets: [planSheet(target, unit, areas)] }).lines[0];
  expect([line.quota, line.target]).toEqual([quota, whole]);
});

test("01 tổ/xã with no list of areas: the whole is one per commune of the table, every commune given one is clean", () => {
  const { report } = checkWorkbook({ sheets: [planSheet("01 tổ/xã", "tổ"), allocation()] }, { workbookName: "x.xlsx" });
  expect(report.indicators[0]).toMatchObject({ target: 4, allocated: 4, status: "ok" });
  expect(report.findings).toEqual([]);
});

test("01 tổ/xã: a commune given two is told at its cell", () => {
  const { report } = checkWorkbook({ sheets: [planSheet("01 tổ/xã", "tổ"), allocation(2)] }, { workbookName: "x.xlsx" });
  expect(report.findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`)).toContain("quota@C4");
});

describe("in plan.json", () => {
  test("01 tổ/xã with areas: quota 1, the whole one per commune listed", () => {
    const plan = readPlanJson(
      { indicators: [{ code: "1", name: "Tổ truyền thông", unit: "tổ", target: "01 tổ/xã" }], areas: [{ district: "Ba Vì", commune: "Khánh Thượng" }, { district: "Ba Vì", commune: "Minh Quang" }] },
      "plan.json",
    );
    expect([plan.lines[0].quota, plan.lines[0].target]).toEqual([1, 2]);
  });

  test("01 tổ/xã without areas: sized by the table checked", () => {
    const plan = readPlanJson({ indicators: [{ code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: "01 tổ/xã" }] }, "plan.json");
    const { report } = checkWorkbook({ sheets: [allocation()] }, { workbookName: "x.xlsx", plan });
    expect(report.indicators[0]).toMatchObject({ target: 4, allocated: 4, status: "ok" });
    expect(report.findings).toEqual([]);
  });
});

describe("a unit written per area in the unit cell (`tổ/xã`, `CLB/huyện`)", () => {
  const areas: CellValue[][] = [["Ba Vì", "Khánh Thượng"], ["Ba Vì", "Minh Quang"], ["Quốc Oai", "Phú Mãn"]];
  test.each<[string, CellValue, string, string, number, number]>([
    ["01 under tổ/xã", "01", "tổ/xã", "tổ", 1, 3],
    ["1 under CLB / xã", 1, "CLB / xã", "CLB", 1, 3],
    ["1 under tổ/huyện", 1, "tổ/huyện", "tổ", 1, 2],
  ])("%s: the figure for each area, the unit before the slash, and the reading says so", (_name, target, unit, lineUnit, quota, whole) => {
    const plan = readPlanFromWorkbook({ sheets: [planSheet(target, unit, areas)] });
    expect([plan.lines[0].unit, plan.lines[0].quota, plan.lines[0].target]).toEqual([lineUnit, quota, whole]);
    expect(plan.doubts?.map((doubt) => doubt.en)).toEqual([`'Kế hoạch'!D2: the unit "${unit}" (cell C2) makes the target the ${lineUnit} for each ${unit.endsWith("huyện") ? "district" : "commune"}; the whole is it times the areas. If it is the whole, write the unit "${lineUnit}".`]);
  });

  test("with no list of areas: sized by the table's communes, every commune given one is clean", () => {
    const { report } = checkWorkbook({ sheets: [planSheet("01", "tổ/xã"), allocation()] }, { workbookName: "x.xlsx" });
    expect(report.indicators[0]).toMatchObject({ target: 4, allocated: 4, status: "ok" });
    expect(report.findings).toEqual([]);
  });

  // The table's four communes add up to 4 (one each): a 4 under `tổ/xã` was the whole, typed under the text's per-commune unit.
  test.each<[string, CellValue[][]]>([
    ["no list of areas", []],
    ["the plan's list of four communes", [["Ba Vì", "Khánh Thượng"], ["Ba Vì", "Minh Quang"], ["Quốc Oai", "Phú Mãn"], ["Quốc Oai", "Đông Xuân"]]],
  ])("a figure the sheet's areas add up to is the whole, said in the reading (%s)", (_name, areas) => {
    const { report } = checkWorkbook({ sheets: [planSheet(4, "tổ/xã", areas), allocation()] }, { workbookName: "x.xlsx" });
    expect(report.indicators[0]).toMatchObject({ target: 4, allocated: 4, status: "ok" });
    expect(report.findings).toEqual([]);
    expect(report.reading?.confidence.reasons.map((reason) => reason.en)).toEqual([
      "'Kế hoạch'!D2: the unit is written for each commune, but the sheet's areas add up to exactly 4 tổ, so the plan's figure is read as the whole of line 1, not the figure for each commune. If it is the figure for each commune, the sheet falls short.",
    ]);
  });

  test("a figure the sheet's areas do not add up to stays the figure for each area", () => {
    const { report } = checkWorkbook({ sheets: [planSheet(2, "tổ/xã"), allocation()] }, { workbookName: "x.xlsx" });
    expect(report.indicators[0]).toMatchObject({ target: 8, allocated: 4 });
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toContain("quota@C4");
  });

  test("beside a quota column the target stays the whole", () => {
    const plan = readPlanFromWorkbook({ sheets: [sheet("Kế hoạch", [["STT", "Nội dung", "ĐVT", "Kế hoạch", "Định mức"], [1, "Tổ truyền thông", "tổ/xã", 14, 1]])] });
    expect([plan.lines[0].target, plan.lines[0].quota, plan.lines[0].perArea]).toEqual([14, 1, undefined]);
  });
});

describe("a count of areas of several kinds is a count, not a figure for each area", () => {
  test.each<[CellValue, string, number]>([
    ["14 xã/phường", "xã", 14],
    ["14 xã/thị trấn", "xã", 14],
    ["12 xã, thị trấn", "xã", 12],
    ["1.200 xã và phường", "xã", 1200],
    [14, "xã/phường", 14],
    ["14", "xã, thị trấn", 14],
  ])("%s (unit %s)", (target, unit, whole) => {
    const plan = readPlanFromWorkbook({ sheets: [planSheet(target, unit, [["Ba Vì", "Khánh Thượng"]])] });
    expect([plan.lines[0].target, plan.lines[0].quota, plan.lines[0].perArea]).toEqual([whole, undefined, undefined]);
    expect(plan.doubts ?? []).toEqual([]);
  });
});
