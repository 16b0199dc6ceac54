/**
 * A money unit typed bare in the names' column of the row under the header —
 * `(triệu đồng)`, not `ĐVT: triệu đồng` — its figures' cells left blank: the
 * unit of the money columns, as a `ĐVT` note is (was: not taken, the money
 * read in đồng, a false `ceiling`; past a blank row, a false `coverage` for an
 * area named `(triệu đồng)`). The count line keeps its own unit. A district's
 * name typed in brackets over its communes is no unit.
 */
import type { CellValue } from "../../../src/core/model/workbook";
import { COMMUNES, districtRows as districts, readTwoDistrictSheet, totalRow as total, twoDistrictHeader, twoDistrictPlan, type TwoLines } from "./twoDistrictSheet";

const LINES: TwoLines = { count: "Số lớp tập huấn", countUnit: "lớp", money: "Kinh phí tổ chức tập huấn" };
const PLAN = twoDistrictPlan(LINES);
const HEADER = twoDistrictHeader(LINES);

/** The unit as typed, and one commune's money (100 000 000 đồng) in it. */
const UNITS: readonly [string, number][] = [
  ["(triệu đồng)", 100],
  ["(Triệu đồng)", 100],
  ["triệu đồng", 100],
  ["(tr.đ)", 100],
  ["(nghìn đồng)", 100_000],
  ["(1.000 đồng)", 100_000],
  ["(tỷ đồng)", 0.1],
];

const unitsRow = (unit: string): CellValue[] => [null, unit, null, null];

/** Where the unit's row stands. */
const SHAPES: readonly [string, (unit: string, money: number) => CellValue[][]][] = [
  ["right under the header, the total first", (unit, money) => [HEADER, unitsRow(unit), total(money), ...districts(money, false)]],
  ["right under the header, the total last", (unit, money) => [HEADER, unitsRow(unit), ...districts(money, false), total(money)]],
  ["past a blank row", (unit, money) => [HEADER, [], unitsRow(unit), total(money), ...districts(money, false)]],
  ["under the columns' numbering row", (unit, money) => [HEADER, ["A", "B", 1, 2], unitsRow(unit), total(money), ...districts(money, false)]],
  ["past the first district's heading without figures", (unit, money) => [HEADER, ...districts(money, true).slice(0, 1), unitsRow(unit), ...districts(money, true).slice(1), total(money)]],
];

const read = (rows: CellValue[][]) => readTwoDistrictSheet(rows, PLAN, { title: "BIỂU PHÂN BỔ KINH PHÍ TẬP HUẤN NĂM 2024" });

describe("a money unit typed bare in the names' column under the header", () => {
  const cases = UNITS.flatMap(([unit, money]) => SHAPES.map(([shapeName, rows]) => [`\`${unit}\`, ${shapeName}`, rows(unit, money)] as const));
  test.each(cases)("%s: the money columns' unit, the row no area", (_name, rows) => {
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

describe("an area's name in brackets is no unit", () => {
  test.each([
    ["right under the header", (heading: CellValue[]) => [HEADER, heading, ...districts(100_000_000, true).slice(1), total(100_000_000)]],
    ["past a blank row", (heading: CellValue[]) => [HEADER, [], heading, ...districts(100_000_000, true).slice(1), total(100_000_000)]],
  ])("`(Huyện Ba Vì)` over its communes without figures, %s: a heading, the money in đồng", (_name, rows) => {
    const report = read(rows(["I", "(Huyện Ba Vì)", null, null]));
    expect(report.indicators.map((i) => i.allocated)).toEqual([5, 500_000_000]);
    expect(report.findings).toEqual([]);
    expect(report.indicators[1].unit).toBe("đồng");
  });
});
