/**
 * A grand total row whose name cell is left blank, first or last in the
 * table (first, right under the header: no row of column codes either): its figures the sum of the named rows (or half of it, districts and
 * their communes both named) on every line, two at least — the total, told
 * by the arithmetic, not a row of figures that belongs to no area. Last in a
 * table of only two lines, one line adding up exactly is enough when the
 * other is off by a slip of the keyboard (a digit changed, swapped, doubled
 * or dropped): the total, its wrong figure told once. Any other nameless row
 * with figures is still said to be one, and when one of the two lines adds
 * up the reading says it is unsure. A nameless first row whose figures do not
 * rise like column numbers (`15 | 11`, `20 | 30` over the 3rd and 4th
 * columns) is such a row too, not the header's row of column codes.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = readPlanJson(
  {
    title: "Kế hoạch thử",
    indicators: [
      { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 14 },
      { code: "2", name: "Địa chỉ tin cậy", unit: "địa chỉ", target: 10 },
    ],
    areas: [],
  },
  "plan.json",
);

const TREE: CellValue[][] = [
  ["I", "Huyện Ba Vì", 8, 6],
  [1, "Xã Khánh Thượng", 3, 2],
  [2, "Xã Minh Quang", 3, 2],
  [3, "Xã Ba Trại", 2, 2],
  ["II", "Huyện Mỹ Đức", 6, 4],
  [1, "Xã An Phú", 4, 2],
  [2, "Xã Hùng Tiến", 2, 2],
];
const FLAT: CellValue[][] = [
  [1, "Xã Khánh Thượng", 3, 2],
  [2, "Xã Minh Quang", 5, 4],
  [3, "Xã Ba Trại", 6, 4],
];
const NAMELESS = (a: number, b: number): CellValue[] => [null, null, a, b];
const TREE_ROLES = ["group", "leaf", "leaf", "leaf", "group", "leaf", "leaf"];

function read(body: CellValue[][]) {
  const allocation = sheet("Phân bổ", [["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy"], ...body]);
  return checkWorkbook(workbook(allocation), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
}

test.each<[string, CellValue[][], string[], string[]]>([
  ["last, under districts and communes", [...TREE, NAMELESS(14, 10)], ["group", "leaf", "leaf", "leaf", "group", "leaf", "leaf", "total"], []],
  ["first, over districts and communes (no row of column codes)", [NAMELESS(14, 10), ...TREE], ["total", "group", "leaf", "leaf", "leaf", "group", "leaf", "leaf"], []],
  ["first, over a flat list", [NAMELESS(14, 10), ...FLAT], ["total", "leaf", "leaf", "leaf"], []],
  ["last, under a flat list", [...FLAT, NAMELESS(14, 10)], ["leaf", "leaf", "leaf", "total"], []],
  ["last, a figure far off: a row of no area", [...TREE, NAMELESS(20, 10)], ["group", "leaf", "leaf", "leaf", "group", "leaf", "leaf"], ["coverage@B9"]],
  ["first, figures adding up nothing: a row of no area, not column codes", [NAMELESS(20, 30), ...TREE], TREE_ROLES, ["coverage@B2"]],
  ["first, figures falling: a row of no area, not column codes", [NAMELESS(15, 11), ...TREE], TREE_ROLES, ["coverage@B2"]],
  ["in the middle: a row of no area", [...FLAT.slice(0, 2), NAMELESS(8, 6), ...FLAT.slice(2)], ["leaf", "leaf", "leaf"], ["coverage@B4"]],
])("a nameless row %s", (_name, body, roles, findings) => {
  const report = read(body);
  expect(report.reading!.areas.map((a) => a.role)).toEqual(roles);
  const total = report.reading!.areas.find((a) => a.role === "total");
  if (total !== undefined) expect(total.how).toBe("arithmetic");
  expect(report.findings.filter((f) => f.rule !== "ceiling").map((f) => `${f.rule}@${f.cell}`)).toEqual(findings);
});


describe("a nameless last row of two lines, one of them wrong", () => {
  test.each<[string, CellValue[], string[], "high" | "low"]>([
    ["a digit changed (15 for 14): the total, its wrong cell told", NAMELESS(15, 10), ["subtotal@C9"], "high"],
    ["two digits swapped (41 for 14)", NAMELESS(41, 10), ["subtotal@C9"], "high"],
    ["a digit dropped on the other line (1 for 10)", NAMELESS(14, 1), ["subtotal@D9"], "high"],
    ["a digit doubled (144 for 14)", NAMELESS(144, 10), ["subtotal@C9"], "high"],
    ["far off (20 for 14): a row of no area, the reading unsure", NAMELESS(20, 10), ["coverage@B9"], "low"],
  ])("%s", (_name, last, findings, level) => {
    const report = read([...TREE, last]);
    const total = level === "high" ? ["total"] : [];
    expect(report.reading!.areas.map((a) => a.role)).toEqual([...TREE_ROLES, ...total]);
    expect(report.findings.filter((f) => f.rule !== "ceiling").map((f) => `${f.rule}@${f.cell}`)).toEqual(findings);
    expect(report.reading!.confidence.level).toBe(level);
    if (level === "low") expect(report.reading!.confidence.reasons.map((r) => r.vi).join(" ")).toContain("9");
  });

  test("both lines wrong: a row of no area", () => {
    const report = read([...TREE, NAMELESS(15, 11)]);
    expect(report.reading!.areas.map((a) => a.role)).toEqual(TREE_ROLES);
    expect(report.findings.filter((f) => f.rule !== "ceiling").map((f) => `${f.rule}@${f.cell}`)).toEqual(["coverage@B9"]);
  });
});
