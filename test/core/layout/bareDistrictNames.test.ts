/**
 * Districts told apart from their communes only by bold type (which the
 * reader does not see): bare names (`Ba Vì`, `Mỹ Đức`), no Roman STT, no
 * `Huyện`. Their levels come from the plan's area list, else from the
 * arithmetic — also where one district has a single commune (its figures
 * repeat, proving nothing) and the grand total adds up the districts.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, transposeSheet, workbook } from "./sheetBuilder";

const AREAS = [
  { district: "Ba Vì", commune: "Khánh Thượng" },
  { district: "Ba Vì", commune: "Minh Quang" },
  { district: "Ba Vì", commune: "Ba Trại" },
  { district: "Mỹ Đức", commune: "An Phú" },
  { district: "Mỹ Đức", commune: "Hùng Tiến" },
  { district: "Ứng Hòa", commune: "Hòa Lâm" },
];

function plan(withAreas: boolean, targets: readonly number[]) {
  return readPlanJson(
    {
      title: "Kế hoạch thử",
      indicators: [
        { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: targets[0] },
        { code: "2", name: "Địa chỉ tin cậy", unit: "địa chỉ", target: targets[1] },
      ],
      areas: withAreas ? AREAS : [],
    },
    "plan.json",
  );
}

const TOP_DOWN: CellValue[][] = [
  [null, "Tổng cộng", 20, 14],
  [null, "Ba Vì", 8, 6],
  [1, "Khánh Thượng", 3, 2],
  [2, "Minh Quang", 3, 2],
  [3, "Ba Trại", 2, 2],
  [null, "Mỹ Đức", 6, 4],
  [1, "An Phú", 4, 2],
  [2, "Hùng Tiến", 2, 2],
  [null, "Ứng Hòa", 6, 4],
  [1, "Hòa Lâm", 6, 4],
];

const SEQUENTIAL: CellValue[][] = TOP_DOWN.map((row, i) => [i === 0 ? null : i, ...row.slice(1)]);

const ROLES = ["total", "group", "leaf", "leaf", "leaf", "group", "leaf", "leaf", "group", "leaf"];
const PARENTS = [null, "Tổng cộng", "Ba Vì", "Ba Vì", "Ba Vì", "Tổng cộng", "Mỹ Đức", "Mỹ Đức", "Tổng cộng", "Ứng Hòa"];

/** One district of several communes, the other of a single one. */
const ONE_GROUP: CellValue[][] = [[null, "Tổng cộng", 14, 10], ...TOP_DOWN.slice(1, 5), ...TOP_DOWN.slice(8)];
const ONE_ROLES = ["total", "group", "leaf", "leaf", "leaf", "group", "leaf"];
const ONE_PARENTS = [null, "Tổng cộng", "Ba Vì", "Ba Vì", "Ba Vì", "Tổng cộng", "Ứng Hòa"];

describe("districts marked by bold alone", () => {
  test.each<[string, boolean, CellValue[][], string, string[], (string | null)[]]>([
    ["with the area list", true, TOP_DOWN, "area-list", ROLES, PARENTS],
    ["with the area list, numbered straight through", true, SEQUENTIAL, "area-list", ROLES, PARENTS],
    ["without a list", false, TOP_DOWN, "arithmetic", ROLES, PARENTS],
    ["without a list, numbered straight through", false, SEQUENTIAL, "arithmetic", ROLES, PARENTS],
    ["without a list, one district of a single commune beside one of several", false, ONE_GROUP, "arithmetic", ONE_ROLES, ONE_PARENTS],
    // The list's Mỹ Đức has no row: said by `coverage`.
    ["with the list, one district of a single commune beside one of several", true, ONE_GROUP, "area-list", ONE_ROLES, ONE_PARENTS],
  ])("%s", (_name, withAreas, body, how, roles, parents) => {
    const allocation = sheet("Phân bổ", [["BIỂU PHÂN BỔ"], [], ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy"], ...body]);
    const report = checkWorkbook(workbook(allocation), { workbookName: "t.xlsx", plan: plan(withAreas, [Number(body[0][2]), Number(body[0][3])]), sheet: "Phân bổ" }).report;
    const areas = report.reading!.areas;
    expect(areas.map((a) => a.role)).toEqual(roles);
    expect(areas.map((a) => (a.parent === null ? null : areas[a.parent].name))).toEqual(parents);
    expect(areas.filter((a) => a.role !== "total").every((a) => a.how === how)).toBe(true);
    expect(report.reading!.confidence.level).toBe("high");
    expect(report.findings.map((f) => `${f.rule}:${f.area}`)).toEqual(withAreas && body === ONE_GROUP ? ["coverage:Mỹ Đức"] : []);
  });
});

describe("every district of a single commune, names bare, no list", () => {
  const PAIRS: CellValue[][] = [
    [null, "Ba Vì", 8, 6],
    [null, "Khánh Thượng", 8, 6],
    [null, "Mỹ Đức", 6, 4],
    [null, "An Phú", 6, 4],
    [null, "Ứng Hòa", 5, 3],
    [null, "Hòa Lâm", 5, 3],
  ];
  const read = (body: CellValue[][]) => {
    const allocation = sheet("Phân bổ", [["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy"], ...body]);
    const targets = [Number(body[0][2]), Number(body[0][3])];
    return checkWorkbook(workbook(allocation), { workbookName: "t.xlsx", plan: plan(false, targets), sheet: "Phân bổ" }).report;
  };
  test.each<[string, CellValue[][], string[]]>([
    ["two districts", [[null, "Tổng cộng", 14, 10], ...PAIRS.slice(0, 4)], ["total", "group", "leaf", "group", "leaf"]],
    ["three districts", [[null, "Tổng cộng", 19, 13], ...PAIRS], ["total", "group", "leaf", "group", "leaf", "group", "leaf"]],
    // The total adds up every row: a flat list of units whose figures happen to repeat.
    ["a flat list that repeats its figures", [[null, "Tổng cộng", 28, 20], ...PAIRS.slice(0, 4)], ["total", "leaf", "leaf", "leaf", "leaf"]],
  ])("%s", (_name, body, roles) => {
    const report = read(body);
    expect(report.reading!.areas.map((a) => a.role)).toEqual(roles);
    expect(report.findings.filter((f) => f.rule === "subtotal")).toEqual([]);
  });
});

describe("every district of a single commune, names bare, no list: which row of a pair is the district", () => {
  // Rows 3 … 8 of the sheet (after the header on row 1 and the total on row 2), columns C and D.
  const FIRST: CellValue[][] = [
    [null, "Ba Vì", 8, 6],
    [null, "Khánh Thượng", 8, 6],
    [null, "Mỹ Đức", 6, 4],
    [null, "An Phú", 6, 4],
    [null, "Ứng Hòa", 5, 3],
    [null, "Hòa Lâm", 5, 3],
  ];
  // The communes first, each district after its own.
  const SECOND: CellValue[][] = [FIRST[1], FIRST[0], FIRST[3], FIRST[2], FIRST[5], FIRST[4]];
  const each = (rows: number[], ref: (row: number) => string): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const row of rows) for (const col of ["C", "D"]) out[`${col}${row}`] = ref(row).replace(/#/g, col);
    return out;
  };
  const TOTAL_OF = (rows: number[]) => ({ C2: rows.map((r) => `C${r}`).join("+"), D2: `SUM(${rows.map((r) => `D${r}`).join(",")})` });
  const read = (body: CellValue[][], formulas: Record<string, string>, transposed = false) => {
    let allocation = sheet("Phân bổ", [["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy"], [null, "Tổng cộng", 19, 13], ...body], { formulas });
    // Indicators as rows: the formulas are written in the transposed sheet's own cells.
    if (transposed) allocation = { ...transposeSheet(allocation), formulas: sheet("x", [], { formulas }).formulas };
    return checkWorkbook(workbook(allocation), { workbookName: "t.xlsx", plan: plan(false, [19, 13]), sheet: "Phân bổ" }).report;
  };
  const DISTRICTS = ["Ba Vì", "Mỹ Đức", "Ứng Hòa"];
  const COMMUNES = ["Khánh Thượng", "An Phú", "Hòa Lâm"];
  test.each<[string, CellValue[][], Record<string, string>, boolean, "high" | "low"]>([
    ["each district's SUM adds its commune (=SUM(C4))", FIRST, each([3, 5, 7], (r) => `SUM(#${r + 1})`), false, "high"],
    ["each district after its commune, its SUM adding it", SECOND, each([4, 6, 8], (r) => `SUM(#${r - 1})`), false, "high"],
    ["indicators as rows, each district after its commune", SECOND, { D3: "SUM(C3)", D4: "SUM(C4)", F3: "SUM(E3)", F4: "SUM(E4)", H3: "SUM(G3)", H4: "SUM(G4)" }, true, "high"],
    // Nothing but the order: the first row of each pair is taken, said to be unsure.
    ["figures typed, no formula", FIRST, {}, false, "low"],
    // A plain reference may be a commune copying its district's whole share; a total may add districts or communes.
    ["each commune a plain reference to its district (=C3)", FIRST, each([4, 6, 8], (r) => `#${r - 1}`), false, "low"],
    ["the grand total's formula adds the districts", FIRST, TOTAL_OF([3, 5, 7]), false, "low"],
  ])("%s", (_name, body, formulas, transposed, level) => {
    const report = read(body, formulas, transposed);
    const areas = report.reading!.areas;
    expect(areas.filter((a) => a.role === "group").map((a) => a.name)).toEqual(DISTRICTS);
    expect(areas.filter((a) => a.role === "leaf").map((a) => areas[a.parent!].name)).toEqual(DISTRICTS);
    expect(report.reading!.confidence.level).toBe(level);
    expect(report.reading!.confidence.reasons.some((r) => r.vi.includes("chỉ theo thứ tự"))).toBe(level === "low");
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  // The communes first and nothing decisive: the first row of each pair is taken (the commune, here), said to be unsure.
  test.each<[string, Record<string, string>]>([
    ["figures typed", {}],
    ["the grand total's formula adds the districts", TOTAL_OF([4, 6, 8])],
  ])("the communes first, %s: read by order, said to be unsure", (_name, formulas) => {
    const report = read(SECOND, formulas);
    expect(report.reading!.areas.filter((a) => a.role === "group").map((a) => a.name)).toEqual(COMMUNES);
    expect(report.reading!.confidence.level).toBe("low");
    expect(report.reading!.confidence.reasons.some((r) => r.vi.includes("chỉ theo thứ tự"))).toBe(true);
  });
});
