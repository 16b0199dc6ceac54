/**
 * Rows among the areas that are no place: the province's own share (`Cấp
 * tỉnh`, `Văn phòng Hội`, `Cơ quan Hội LHPN tỉnh`) and the reserve kept back
 * (`Dự phòng`). Their money counts toward the grand total, but they are no
 * commune: never read as a member of the district above them (even when the
 * districts' rows are blank headings and no figure tells), never told as an
 * area the plan's list lacks, no per-area quota checked on them, and not
 * counted among the areas the plan's list lacks when the reading weighs how
 * sure it is.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const LINES = [
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 4, quota: 1 },
  { code: "KP", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 1000 },
];
const AREAS = { "Ba Vì": ["Ba Trại", "Tản Lĩnh"], "Thạch Thất": ["Yên Bình", "Yên Trung"] };
const HEADER: CellValue[] = ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"];
const COMMUNES: Record<string, CellValue[][]> = {
  "Huyện Ba Vì": [[1, "Xã Ba Trại", 1, 150], [2, "Xã Tản Lĩnh", 1, 150]],
  "Huyện Thạch Thất": [[1, "Xã Yên Bình", 1, 200], [2, "Xã Yên Trung", 1, 200]],
};

function check(rows: CellValue[][], areas: boolean = true) {
  const plan = planOf(LINES, areas ? AREAS : undefined);
  return checkWorkbook(workbook(sheet("Phân bổ", [HEADER, ...rows])), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" }).report;
}

const tree = (report: ReturnType<typeof check>) => report.reading!.areas.map((a) => [a.name, a.role, a.parent === null ? null : report.reading!.areas[a.parent].name]);

test.each<[string, string]>([
  ["Dự phòng", "Văn phòng Hội"],
  ["Kinh phí dự phòng", "Cơ quan Hội LHPN tỉnh"],
  ["Dự phòng", "Văn phòng Hội LHPN tỉnh"],
])("districts as blank headings, `%s` and `%s` after the last commune: shares of the total, not communes of the district; nothing told", (reserve, office) => {
  const rows: CellValue[][] = [
    ["I", "Huyện Ba Vì", null, null],
    ...COMMUNES["Huyện Ba Vì"],
    ["II", "Huyện Thạch Thất", null, null],
    ...COMMUNES["Huyện Thạch Thất"],
    [null, reserve, null, 100],
    [null, office, null, 200],
    [null, "Tổng cộng", 4, 1000],
  ];
  const report = check(rows);
  expect(tree(report).slice(5)).toEqual([
    ["Xã Yên Trung", "leaf", "Huyện Thạch Thất"],
    [reserve, "leaf", "Tổng cộng"],
    [office, "leaf", "Tổng cộng"],
    ["Tổng cộng", "total", null],
  ]);
  expect(report.findings).toEqual([]);
  expect(report.indicators.map((i) => i.allocated)).toEqual([4, 1_000_000_000]);
  expect(report.reading!.confidence.level).toBe("high");
});

test.each<[boolean]>([[true], [false]])("the office at the top and the reserve at the bottom, typed subtotals (the plan lists its areas: %s): no quota nor coverage told at them", (areas) => {
  const rows: CellValue[][] = [
    [null, "Tổng cộng", 4, 1000],
    [null, "Văn phòng Hội", null, 200],
    ["I", "Huyện Ba Vì", 2, 300],
    ...COMMUNES["Huyện Ba Vì"],
    ["II", "Huyện Thạch Thất", 2, 400],
    ...COMMUNES["Huyện Thạch Thất"],
    [null, "Dự phòng", null, 100],
  ];
  const report = check(rows, areas);
  expect(report.findings).toEqual([]);
  expect(tree(report).filter(([name]) => name === "Văn phòng Hội" || name === "Dự phòng")).toEqual([
    ["Văn phòng Hội", "leaf", "Tổng cộng"],
    ["Dự phòng", "leaf", "Tổng cộng"],
  ]);
});

test("a commune's blank quota is still told beside them", () => {
  const rows: CellValue[][] = [
    [null, "Tổng cộng", 3, 1000],
    [null, "Văn phòng Hội", null, 200],
    ["I", "Huyện Ba Vì", 1, 300],
    [1, "Xã Ba Trại", 1, 150],
    [2, "Xã Tản Lĩnh", null, 150],
    ["II", "Huyện Thạch Thất", 2, 400],
    ...COMMUNES["Huyện Thạch Thất"],
    [null, "Dự phòng", null, 100],
  ];
  expect(check(rows).findings.filter((f) => f.rule === "quota").map((f) => f.cell)).toEqual(["C6"]);
});

test("`I. Cấp tỉnh`, `II. Cấp huyện` over the districts, `III. Dự phòng`: read surely, not as areas the plan's list lacks", () => {
  const rows: CellValue[][] = [
    [null, "Tổng cộng", 4, 1000],
    ["I", "Cấp tỉnh (Văn phòng Hội)", null, 200],
    ["II", "Cấp huyện", 4, 700],
    [1, "Huyện Ba Vì", 2, 300],
    [null, "Xã Ba Trại", 1, 150],
    [null, "Xã Tản Lĩnh", 1, 150],
    [2, "Huyện Thạch Thất", 2, 400],
    [null, "Xã Yên Bình", 1, 200],
    [null, "Xã Yên Trung", 1, 200],
    ["III", "Dự phòng", null, 100],
  ];
  const report = check(rows);
  expect(report.findings).toEqual([]);
  expect(report.reading!.confidence).toEqual({ level: "high", reasons: [] });
});

test("total on top, `Văn phòng Hội LHPN tỉnh` before blank district headings, `Dự phòng` after the last commune: the reserve is the total's, not the last district's", () => {
  const plan = planOf([LINES[0], { ...LINES[1], target: 1000 }], AREAS);
  const rows: CellValue[][] = [
    HEADER,
    [null, "Tổng cộng", 4, 1000],
    [null, "Văn phòng Hội LHPN tỉnh", null, 150],
    ["I", "Huyện Ba Vì", null, null],
    ...COMMUNES["Huyện Ba Vì"],
    ["II", "Huyện Thạch Thất", null, null],
    ...COMMUNES["Huyện Thạch Thất"],
    [null, "Dự phòng", null, 150],
  ];
  const report = checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" }).report;
  expect(tree(report).filter(([name]) => name === "Văn phòng Hội LHPN tỉnh" || name === "Dự phòng")).toEqual([
    ["Văn phòng Hội LHPN tỉnh", "leaf", "Tổng cộng"],
    ["Dự phòng", "leaf", "Tổng cộng"],
  ]);
  expect(report.findings).toEqual([]);
});
