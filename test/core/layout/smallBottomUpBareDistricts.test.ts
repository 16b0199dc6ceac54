/**
 * A small table (fewer than six area rows) of bare names, each district
 * typed after its communes, one district holding a single commune (its
 * figures repeat): the levels come from the plan's area list where it
 * names them, else from the arithmetic (CONTRACT §2) — the group of several
 * communes adding up and the grand total adding up the districts. No flat
 * list, no false ceiling or subtotal finding at the total. A flat list whose
 * total adds up every row stays flat.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "./sheetBuilder";

const AREAS = [
  { district: "Ba Vì", commune: "Khánh Thượng" },
  { district: "Ba Vì", commune: "Ba Trại" },
  { district: "Quốc Oai", commune: "Phú Mãn" },
];

function plan(targets: readonly number[], withAreas = true) {
  return readPlanJson(
    {
      title: "Kế hoạch thử",
      indicators: [
        { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: targets[0] },
        { code: "2", name: "Kinh phí thực hiện", unit: "triệu đồng", target: targets[1] },
      ],
      areas: withAreas ? AREAS : [],
    },
    "plan.json",
  );
}

const BOTTOM_UP: CellValue[][] = [
  [null, "Tổng cộng", 5, 360],
  [1, "Khánh Thượng", 1, 80],
  [2, "Ba Trại", 2, 130],
  [null, "Ba Vì", 3, 210],
  [3, "Phú Mãn", 2, 150],
  [null, "Quốc Oai", 2, 150],
];

const SINGLE_FIRST: CellValue[][] = [BOTTOM_UP[0], BOTTOM_UP[4], BOTTOM_UP[5], BOTTOM_UP[1], BOTTOM_UP[2], BOTTOM_UP[3]];
const TOP_DOWN: CellValue[][] = [BOTTOM_UP[0], BOTTOM_UP[3], BOTTOM_UP[1], BOTTOM_UP[2], BOTTOM_UP[5], BOTTOM_UP[4]];

describe("a small table of bare names, districts told by the list or the arithmetic", () => {
  test.each<[string, boolean, CellValue[][], string[], (string | null)[]]>([
    ["with the list, each district after its communes", true, BOTTOM_UP, ["total", "leaf", "leaf", "group", "leaf", "group"], [null, "Ba Vì", "Ba Vì", "Tổng cộng", "Quốc Oai", "Tổng cộng"]],
    ["without a list, each district after its communes", false, BOTTOM_UP, ["total", "leaf", "leaf", "group", "leaf", "group"], [null, "Ba Vì", "Ba Vì", "Tổng cộng", "Quốc Oai", "Tổng cộng"]],
    ["without a list, the single-commune district first", false, SINGLE_FIRST, ["total", "leaf", "group", "leaf", "leaf", "group"], [null, "Quốc Oai", "Tổng cộng", "Ba Vì", "Ba Vì", "Tổng cộng"]],
    ["without a list, each district before its communes", false, TOP_DOWN, ["total", "group", "leaf", "leaf", "group", "leaf"], [null, "Tổng cộng", "Ba Vì", "Ba Vì", "Tổng cộng", "Quốc Oai"]],
    [
      "a flat list whose total adds up every row",
      false,
      [[null, "Tổng cộng", 10, 720], ...BOTTOM_UP.slice(1)],
      ["total", "leaf", "leaf", "leaf", "leaf", "leaf"],
      [null, "Tổng cộng", "Tổng cộng", "Tổng cộng", "Tổng cộng", "Tổng cộng"],
    ],
  ])("%s", (_name, withAreas, body, roles, parents) => {
    const allocation = sheet("Phân bổ", [["BIỂU PHÂN BỔ"], [], ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí thực hiện"], ...body]);
    const report = checkWorkbook(workbook(allocation), { workbookName: "t.xlsx", plan: plan([Number(body[0][2]), Number(body[0][3])], withAreas), sheet: "Phân bổ" }).report;
    const areas = report.reading!.areas;
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([]);
    expect(areas.map((a) => a.role)).toEqual(roles);
    expect(areas.map((a) => (a.parent === null ? null : areas[a.parent].name))).toEqual(parents);
  });
});

describe("a small bottom-up table of bare names, the plan's area list naming them", () => {
  test.each<[string, CellValue[][], string[], (string | null)[]]>([
    ["each district after its communes", BOTTOM_UP, ["total", "leaf", "leaf", "group", "leaf", "group"], [null, "Ba Vì", "Ba Vì", "Tổng cộng", "Quốc Oai", "Tổng cộng"]],
    [
      "the single-commune district first, then the other",
      SINGLE_FIRST,
      ["total", "leaf", "group", "leaf", "leaf", "group"],
      [null, "Quốc Oai", "Tổng cộng", "Ba Vì", "Ba Vì", "Tổng cộng"],
    ],
  ])("%s", (_name, body, roles, parents) => {
    const allocation = sheet("Phân bổ", [["BIỂU PHÂN BỔ"], [], ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí thực hiện"], ...body]);
    const report = checkWorkbook(workbook(allocation), { workbookName: "t.xlsx", plan: plan([5, 360]), sheet: "Phân bổ" }).report;
    const areas = report.reading!.areas;
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([]);
    expect(areas.map((a) => a.role)).toEqual(roles);
    expect(areas.map((a) => (a.parent === null ? null : areas[a.parent].name))).toEqual(parents);
  });
});

describe("a small table whose grand total adds up the rows read flat on no line", () => {
  // A commune mistyped: its district no longer adds it up on one line but does on the other, the grand total adds up
  // the districts on both, the rows read flat on none — the districts stand, the one subtotal off is one finding.
  test.each<[string, CellValue[][], string[], string]>([
    [
      "each district after its communes, a commune mistyped",
      [BOTTOM_UP[0], [1, "Khánh Thượng", 1, 90], ...BOTTOM_UP.slice(2)],
      ["total", "leaf", "leaf", "group", "leaf", "group"],
      "subtotal@D5",
    ],
    [
      "each district before its communes, a commune mistyped",
      [TOP_DOWN[0], TOP_DOWN[1], [1, "Khánh Thượng", 1, 90], ...TOP_DOWN.slice(3)],
      ["total", "group", "leaf", "leaf", "group", "leaf"],
      "subtotal@D3",
    ],
    [
      "each district before its communes, a subtotal mistyped",
      [TOP_DOWN[0], [null, "Ba Vì", 3, 200], ...TOP_DOWN.slice(2)],
      ["total", "group", "leaf", "leaf", "group", "leaf"],
      "subtotal@D3",
    ],
  ])("%s: the districts read, one finding at the subtotal", (_name, body, roles, finding) => {
    const allocation = sheet("Phân bổ", [["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí thực hiện"], ...body]);
    const report = checkWorkbook(workbook(allocation), { workbookName: "t.xlsx", plan: plan([5, Number(body[0][3])], false), sheet: "Phân bổ" }).report;
    expect(report.reading!.areas.map((a) => a.role)).toEqual(roles);
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([finding]);
  });

  test("the districts' one line with figures off: a flat reading, said to be unsure", () => {
    // Two lines whose figures are alike but for the money, the count line blank: nothing confirms the districts.
    const body: CellValue[][] = [[null, "Tổng cộng", null, 360], [1, "Khánh Thượng", null, 90], [2, "Ba Trại", null, 130], [null, "Ba Vì", null, 210], [3, "Phú Mãn", null, 150], [null, "Quốc Oai", null, 150]];
    const allocation = sheet("Phân bổ", [["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí thực hiện"], ...body]);
    const report = checkWorkbook(workbook(allocation), { workbookName: "t.xlsx", plan: plan([5, 360], false), sheet: "Phân bổ" }).report;
    expect(report.reading!.areas.some((a) => a.role === "group")).toBe(false);
    expect(report.reading!.confidence.level).toBe("low");
  });

  test("a flat list whose total is mistyped on one line: read sure", () => {
    const body: CellValue[][] = [[null, "Tổng cộng", 10, 700], ...BOTTOM_UP.slice(1)];
    const allocation = sheet("Phân bổ", [["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí thực hiện"], ...body]);
    const report = checkWorkbook(workbook(allocation), { workbookName: "t.xlsx", plan: plan([10, 700], false), sheet: "Phân bổ" }).report;
    expect(report.reading!.confidence.level).toBe("high");
  });
});
