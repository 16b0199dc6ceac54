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
    ["2 under buổi/xã/năm", 2, "buổi/xã/năm", "buổi", 2, 6],
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

  // Four communes, and a 4 under `tổ/xã`: the whole, one each (4 each would be 16, the communes squared).
  const fourCommunes: CellValue[][] = [["Ba Vì", "Khánh Thượng"], ["Ba Vì", "Minh Quang"], ["Quốc Oai", "Phú Mãn"], ["Quốc Oai", "Đông Xuân"]];
  test.each<[string, CellValue[][], string]>([
    ["no list of areas", [], "in the sheet"],
    ["the plan's list of four communes", fourCommunes, "the plan lists"],
  ])("a figure that is the number of communes is the whole, one each, said in the reading (%s)", (_name, areas, whose) => {
    const { report } = checkWorkbook({ sheets: [planSheet(4, "tổ/xã", areas), allocation()] }, { workbookName: "x.xlsx" });
    expect(report.indicators[0]).toMatchObject({ target: 4, allocated: 4, status: "ok" });
    expect(report.findings).toEqual([]);
    expect(report.reading?.confidence.reasons.map((reason) => reason.en)).toEqual([
      `'Kế hoạch'!D2: the unit is written per commune, but the figure 4 is the number of communes ${whose} (4), so it is read as the whole of line 1, 4 tổ, 1 for each. If 4 is the figure for each, give it in a "Định mức" (quota) column.`,
    ]);
    expect(report.reading?.confidence.reasons.map((reason) => reason.vi)[0]).toContain("bằng đúng số xã");
  });

  // The sheet's communes do not add up to the 4: the one each is still decidable, and the communes that break it are found, nothing else.
  const uneven = (cells: [number, number, number, number]): SheetData =>
    sheet("Phân bổ", [
      ["STT", "Đơn vị", "Tổ truyền thông cộng đồng"],
      [null, "Tổng cộng", cells.reduce((a, b) => a + b, 0)],
      ["I", "Huyện Ba Vì", cells[0] + cells[1]],
      [1, "Xã Khánh Thượng", cells[0]],
      [2, "Xã Minh Quang", cells[1]],
      ["II", "Huyện Quốc Oai", cells[2] + cells[3]],
      [1, "Xã Phú Mãn", cells[2]],
      [2, "Xã Đông Xuân", cells[3]],
    ]);
  test.each<[string, CellValue[][], [number, number, number, number], string[]]>([
    ["a commune short, the plan's list", fourCommunes, [1, 0, 1, 1], ["quota@C5"]],
    ["a commune short, no list", [], [1, 1, 1, 0], ["quota@C8"]],
    ["a commune over, the plan's list", fourCommunes, [1, 1, 2, 1], ["quota@C7"]],
    ["one over and one short, adding up to 4", fourCommunes, [2, 0, 1, 1], ["quota@C4", "quota@C5"]],
  ])("%s: target 4, one each, the commune that breaks it found at its cell", (_name, areas, cells, found) => {
    const { report } = checkWorkbook({ sheets: [planSheet(4, "tổ/xã", areas), uneven(cells)] }, { workbookName: "x.xlsx" });
    expect(report.indicators[0]).toMatchObject({ target: 4 });
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(found);
  });

  // 8 under `tổ/xã`, four communes: the whole, two each (8 each would be 32) — unless the sheet adds up to 32.
  test("a figure that is a multiple of the communes (8 under tổ/xã, four communes) is the whole, as many each, said in the reading", () => {
    const plan = readPlanFromWorkbook({ sheets: [planSheet(8, "tổ/xã", fourCommunes)] });
    expect([plan.lines[0].quota, plan.lines[0].target, plan.lines[0].perArea]).toEqual([2, 8, undefined]);
    expect(plan.doubts?.map((doubt) => doubt.en)).toEqual([
      `'Kế hoạch'!D2: the unit is written per commune, but the figure 8 divides evenly over the 4 communes the plan lists (2 each), so it is read as the whole of line 1, 8 tổ, 2 for each. If 8 is the figure for each, give it in a "Định mức" (quota) column.`,
    ]);
    expect(plan.doubts?.[0].vi).toContain("chia đều cho 4 xã của kế hoạch (2 mỗi xã)");
  });

  test.each<[string, CellValue[][], [number, number, number, number], number, string[]]>([
    ["two each, the plan's list", fourCommunes, [2, 2, 2, 2], 8, []],
    ["two each, no list: the sheet's four communes", [], [2, 2, 2, 2], 8, []],
    ["a commune short, the plan's list", fourCommunes, [2, 1, 2, 2], 8, ["quota@C5"]],
    ["a commune over, no list", [], [2, 2, 3, 2], 8, ["quota@C7"]],
  ])("8 under tổ/xã, %s: target 8, two each, the commune that breaks it found at its cell", (_name, areas, cells, target, found) => {
    const { report } = checkWorkbook({ sheets: [planSheet(8, "tổ/xã", areas), uneven(cells)] }, { workbookName: "x.xlsx" });
    expect(report.indicators[0]).toMatchObject({ target });
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(found);
    expect(report.reading?.confidence.reasons.map((reason) => reason.en)).toEqual([expect.stringContaining("divides evenly over the 4 communes")]);
  });

  test("8 under tổ/xã and a sheet adding up to 32, eight each: the figure for each after all, as the unit says", () => {
    const { report } = checkWorkbook({ sheets: [planSheet(8, "tổ/xã", fourCommunes), uneven([8, 8, 8, 8])] }, { workbookName: "x.xlsx" });
    expect(report.indicators[0]).toMatchObject({ target: 32, allocated: 32, status: "ok" });
    expect(report.findings).toEqual([]);
    expect(report.reading?.confidence.reasons.map((reason) => reason.en)).toEqual([expect.stringContaining("makes the target the tổ for each commune")]);
  });

  // One commune typed 7 of its 8: the sheet (31) is still far nearer 32 than 8 — read per commune, the one commune found.
  test.each<[string, [number, number, number, number], string[]]>([
    ["one commune short", [8, 7, 8, 8], ["quota@C5"]],
    ["one commune over", [8, 8, 9, 8], ["quota@C7"]],
  ])("8 under tổ/xã and a sheet near 32, %s: the figure for each, the commune found at its cell", (_name, cells, found) => {
    const { report } = checkWorkbook({ sheets: [planSheet(8, "tổ/xã", fourCommunes), uneven(cells)] }, { workbookName: "x.xlsx" });
    expect(report.indicators[0]).toMatchObject({ target: 32 });
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(found);
  });

  test.each<[string, CellValue, number, number]>([
    ["a figure the communes do not divide (6 under tổ/xã, four communes)", 6, 6, 24],
    ["a figure under the communes (3 under tổ/xã, four communes)", 3, 3, 12],
  ])("%s: the figure for each, as said", (_name, target, quota, whole) => {
    const plan = readPlanFromWorkbook({ sheets: [planSheet(target, "tổ/xã", fourCommunes)] });
    expect([plan.lines[0].quota, plan.lines[0].target, plan.lines[0].perArea]).toEqual([quota, whole, "commune"]);
    expect(plan.doubts?.[0].en).toContain("for each commune; the whole is it times the areas");
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
