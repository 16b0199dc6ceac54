/**
 * A units row giving the money in thousands of đồng the way staff type it —
 * `(1.000 đồng)` or `(1000 đồng)` over the money column, `ĐVT: 1.000 đồng`,
 * `Đơn vị tính: nghìn đồng` — right under the header or past a blank row:
 * the unit nghìn đồng (×1 000), not a row of figures without a name (was: a
 * nameless row, low confidence, the money a thousand times too small, false
 * `coverage` and `ceiling`). An amount typed with its unit in a commune's
 * cell (`(1.500 đồng)`, `1.000 đồng`) is still a figure.
 */
import type { CellValue } from "../../../src/core/model/workbook";
import { isMultiplierUnitText, isNumeric } from "../../../src/core/layout/cells";
import { COMMUNES, readTwoDistrictSheet, totalFirst, twoDistrictHeader, twoDistrictPlan, type TwoLines } from "./twoDistrictSheet";

const LINES: TwoLines = { count: "Tổ truyền thông cộng đồng", countUnit: "tổ", money: "Kinh phí hỗ trợ truyền thông" };
const PLAN = twoDistrictPlan(LINES);
const HEADER = twoDistrictHeader(LINES);

/** One commune's money, 100 000 000 đồng, in thousands. */
const BODY = totalFirst(100_000);

/** The units row as typed. */
const UNITS_ROWS: readonly [string, CellValue[]][] = [
  ["`(1.000 đồng)` over the money", [null, null, null, "(1.000 đồng)"]],
  ["`(1000 đồng)` over the money", [null, null, null, "(1000 đồng)"]],
  ["`(1.000đ)` over the money", [null, null, null, "(1.000đ)"]],
  ["`(1,000 VNĐ)` over the money", [null, null, null, "(1,000 VNĐ)"]],
  ["`(tổ)`, `(1.000 đồng)` over every figure", [null, null, "(tổ)", "(1.000 đồng)"]],
  ["`ĐVT: 1.000 đồng` over the money", [null, null, null, "ĐVT: 1.000 đồng"]],
  ["`Đơn vị tính: nghìn đồng` over the money", [null, null, null, "Đơn vị tính: nghìn đồng"]],
  ["`ĐVT: 1.000 đồng` beside the names", [null, "ĐVT: 1.000 đồng", null, null]],
];

/** Where the units row stands. */
const SHAPES: readonly [string, (units: CellValue[]) => CellValue[][]][] = [
  ["right under the header", (units) => [HEADER, units, ...BODY]],
  ["past a blank row", (units) => [HEADER, [], units, ...BODY]],
  ["over the columns' numbering row", (units) => [HEADER, units, ["A", "B", 1, 2], ...BODY]],
];

const read = (rows: CellValue[][]) => readTwoDistrictSheet(rows, PLAN);

describe("money in thousands of đồng given by the units row", () => {
  const cases = UNITS_ROWS.flatMap(([unitsName, units]) => SHAPES.map(([shapeName, rows]) => [`${unitsName}, ${shapeName}`, rows(units)] as const));
  test.each(cases)("%s: nghìn đồng, the units row no row of figures", (_name, rows) => {
    const report = read([...rows]);
    const reading = report.reading!;
    expect(reading.areas.filter((a) => a.role === "leaf").map((a) => a.name)).toEqual(COMMUNES);
    expect(reading.areas.filter((a) => a.role === "total").map((a) => a.name)).toEqual(["Tổng cộng"]);
    expect(reading.ignored).toEqual([]);
    expect(report.indicators.map((i) => i.allocated)).toEqual([5, 500_000_000]);
    expect(report.findings).toEqual([]);
    expect(reading.confidence.level).toBe("high");
  });
});

describe("a multiplier in brackets is a unit, an amount with its unit a figure", () => {
  const CELLS: readonly [string, boolean][] = [
    ["(1.000 đồng)", true],
    ["(1000 đồng)", true],
    [" ( 1.000.000 đồng ) ", true],
    ["(1.000đ)", true],
    ["(1.500 đồng)", false],
    ["(2.000 đồng)", false],
    ["1.000 đồng", false],
    ["(1,5 tỷ)", false],
    ["(triệu đồng)", false],
  ];
  test.each(CELLS)("`%s`: a multiplier unit %p", (text, unit) => {
    expect(isMultiplierUnitText(text)).toBe(unit);
    expect(isNumeric(text)).toBe(!unit && text !== "(triệu đồng)");
  });
});
