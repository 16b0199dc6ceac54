/**
 * A money unit typed bare in the names' column of the row under the header —
 * `(triệu đồng)`, not `ĐVT: triệu đồng` — its figures' cells left blank: the
 * unit of the money columns, as a `ĐVT` note is (was: not taken, the money
 * read in đồng, a false `ceiling`; past a blank row, a false `coverage` for an
 * area named `(triệu đồng)`). The count line keeps its own unit. A district's
 * name typed in brackets over its communes is no unit.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = planOf(
  [
    { code: "1", name: "Số lớp tập huấn", unit: "lớp", target: 5 },
    { code: "2", name: "Kinh phí tổ chức tập huấn", unit: "đồng", target: 500_000_000 },
  ],
  { "Ba Vì": ["Khánh Thượng", "Minh Quang"], "Quốc Oai": ["Phú Mãn", "Đông Xuân", "Sài Sơn"] },
);

const HEADER: CellValue[] = ["STT", "Đơn vị", "Số lớp tập huấn", "Kinh phí tổ chức tập huấn"];

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

function districts(money: number, baViHeading: boolean): CellValue[][] {
  return [
    baViHeading ? ["I", "Huyện Ba Vì", null, null] : ["I", "Huyện Ba Vì", 2, 2 * money],
    [1, "Xã Khánh Thượng", 1, money],
    [2, "Xã Minh Quang", 1, money],
    ["II", "Huyện Quốc Oai", 3, 3 * money],
    [1, "Xã Phú Mãn", 1, money],
    [2, "Xã Đông Xuân", 1, money],
    [3, "Xã Sài Sơn", 1, money],
  ];
}

const total = (money: number): CellValue[] => [null, "Tổng cộng", 5, 5 * money];
const unitsRow = (unit: string): CellValue[] => [null, unit, null, null];

/** Where the unit's row stands. */
const SHAPES: readonly [string, (unit: string, money: number) => CellValue[][]][] = [
  ["right under the header, the total first", (unit, money) => [HEADER, unitsRow(unit), total(money), ...districts(money, false)]],
  ["right under the header, the total last", (unit, money) => [HEADER, unitsRow(unit), ...districts(money, false), total(money)]],
  ["past a blank row", (unit, money) => [HEADER, [], unitsRow(unit), total(money), ...districts(money, false)]],
  ["under the columns' numbering row", (unit, money) => [HEADER, ["A", "B", 1, 2], unitsRow(unit), total(money), ...districts(money, false)]],
  ["past the first district's heading without figures", (unit, money) => [HEADER, ...districts(money, true).slice(0, 1), unitsRow(unit), ...districts(money, true).slice(1), total(money)]],
];

function read(rows: CellValue[][]) {
  const data = workbook(sheet("Phân bổ", [["BIỂU PHÂN BỔ KINH PHÍ TẬP HUẤN NĂM 2024"], [], ...rows]));
  return toJsonReport(checkWorkbook(data, { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report);
}

describe("a money unit typed bare in the names' column under the header", () => {
  const cases = UNITS.flatMap(([unit, money]) => SHAPES.map(([shapeName, rows]) => [`\`${unit}\`, ${shapeName}`, rows(unit, money)] as const));
  test.each(cases)("%s: the money columns' unit, the row no area", (_name, rows) => {
    const report = read([...rows]);
    const reading = report.reading!;
    expect(reading.areas.filter((a) => a.role === "leaf").map((a) => a.name)).toEqual(["Xã Khánh Thượng", "Xã Minh Quang", "Xã Phú Mãn", "Xã Đông Xuân", "Xã Sài Sơn"]);
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
