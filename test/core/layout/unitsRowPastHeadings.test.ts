/**
 * The header's units row where staff put it further down: past a blank row, a
 * title over the table (`NGUỒN VỐN SỰ NGHIỆP`), or a district's heading
 * without figures (`Huyện Ba Vì` over its communes' figures) — `(triệu đồng)`
 * over the money alone, `ĐVT: nghìn đồng` beside the names, or a units row
 * over every column. The money read in that unit (no `ceiling` finding off by
 * a thousand or a million), the units row no area and no heading, the rows
 * over it read as they are. A note that names no unit is no units row, nor is
 * a units row amid the areas, past the first figures.
 */
import type { CellValue } from "../../../src/core/model/workbook";
import { COMMUNES, districtRows as districts, readTwoDistrictSheet, totalRow as total, twoDistrictHeader, twoDistrictPlan } from "./twoDistrictSheet";

const PLAN = twoDistrictPlan();
const HEADER = twoDistrictHeader();

/** A unit's name as typed, and one commune's money (100 000 000 đồng) in it. */
const UNITS: readonly [string, number][] = [
  ["đồng", 100_000_000],
  ["nghìn đồng", 100_000],
  ["triệu đồng", 100],
  ["tỷ đồng", 0.1],
];

/** The units row, three ways staff type it. */
const UNITS_ROWS: readonly [string, (unit: string) => CellValue[]][] = [
  ["`(unit)` over the money alone", (unit) => [null, null, null, `(${unit})`]],
  ["`ĐVT: unit` beside the names", (unit) => [null, `ĐVT: ${unit}`, null, null]],
  ["`(tổ)`, `(unit)` over every figure", (unit) => [null, null, "(tổ)", `(${unit})`]],
];

/** Where the units row stands: the rows between it and the header, and the body around it. */
const SHAPES: readonly [string, (units: CellValue[], money: number) => CellValue[][]][] = [
  ["past a blank row, the total first", (units, money) => [HEADER, [], units, total(money), ...districts(money, false)]],
  ["past a blank row, the total last", (units, money) => [HEADER, [], units, ...districts(money, false), total(money)]],
  ["past two blank rows, the total first", (units, money) => [HEADER, [], [], units, total(money), ...districts(money, false)]],
  ["past the columns' numbering row and a blank row", (units, money) => [HEADER, ["A", "B", 1, 2], [], units, total(money), ...districts(money, false)]],
  ["past a blank row, the columns' numbering row under it", (units, money) => [HEADER, [], units, ["A", "B", 1, 2], total(money), ...districts(money, false)]],
  ["past a title over the total", (units, money) => [HEADER, [null, "NGUỒN VỐN SỰ NGHIỆP", null, null], units, total(money), ...districts(money, false)]],
  ["past the first district's heading without figures, the total last", (units, money) => [HEADER, ...districts(money, true).slice(0, 1), units, ...districts(money, true).slice(1), total(money)]],
  [
    "past the first district's heading, dashes for its figures, the total last",
    (units, money) => [HEADER, ["I", "Huyện Ba Vì", "-", "-"], units, ...districts(money, true).slice(1), total(money)],
  ],
  [
    "past a blank row and the first district's heading without figures, the total last",
    (units, money) => [HEADER, [], ...districts(money, true).slice(0, 1), units, ...districts(money, true).slice(1), total(money)],
  ],
];

const read = (rows: CellValue[][]) => readTwoDistrictSheet(rows, PLAN);

describe("a units row past rows without figures under the header", () => {
  const cases = UNITS.flatMap(([unit, money]) =>
    UNITS_ROWS.flatMap(([unitsName, units]) => SHAPES.map(([shapeName, rows]) => [`${unitsName.replace("unit", unit)}, ${shapeName}`, rows(units(unit), money)] as const)),
  );
  test.each(cases)("%s: the money read in that unit, the units row no area", (_name, rows) => {
    const report = read([...rows]);
    const reading = report.reading!;
    expect(reading.table).toBe(`A3:D${rows.length + 2}`);
    expect(reading.areas.filter((a) => a.role === "leaf").map((a) => a.name)).toEqual(COMMUNES);
    // A district's heading without figures heads its communes; one with figures is their group.
    const baVi = reading.areas.find((a) => a.name === "Huyện Ba Vì")!;
    expect(reading.areas.filter((a) => a.parent === reading.areas.indexOf(baVi)).map((a) => a.name)).toEqual(["Xã Khánh Thượng", "Xã Minh Quang"]);
    expect(reading.areas.filter((a) => a.role === "total").map((a) => a.name)).toEqual(["Tổng cộng"]);
    expect(reading.ignored).toEqual([]);
    expect(report.indicators.map((i) => i.allocated)).toEqual([5, 500_000_000]);
    expect(report.findings).toEqual([]);
    expect(reading.confidence.level).toBe("high");
  });
});

describe("no units row taken where there is none", () => {
  test("a note naming no unit past the header (`Ghi chú: số liệu đến 30/6`) is no units row", () => {
    const rows = [HEADER, [null, "Ghi chú: số liệu đến 30/6", null, null], total(100_000_000), ...districts(100_000_000, false)];
    const report = read(rows);
    expect(report.indicators.map((i) => i.allocated)).toEqual([5, 500_000_000]);
    expect(report.findings).toEqual([]);
  });

  test("`(triệu đồng)` amid the communes, past the first figures, is not the header's units row", () => {
    const rows = [
      HEADER,
      [null, "Tổng cộng", 5, 500],
      ["I", "Huyện Ba Vì", 2, 200],
      [1, "Xã Khánh Thượng", null, null],
      [null, null, null, "(triệu đồng)"],
      [2, "Xã Minh Quang", 2, 200],
      ...districts(100, false).slice(3),
    ];
    const report = read(rows);
    expect(report.indicators[1].allocated).toBe(500);
  });
});
