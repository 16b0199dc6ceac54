/**
 * A units row under a one-line header that gives a unit to some columns only
 * (`(triệu đồng)` over the money, nothing over the counts), or holds a unit
 * note (`ĐVT: triệu đồng`, over the money or beside the names), its STT cell
 * blank: the header's units row, with the total row first or last, and in the
 * header's copies further down — the money read in that unit (no `ceiling`
 * finding off by a million), the row no area, no heading, no notice.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = planOf(
  [
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 5 },
    { code: "2", name: "Kinh phí truyền thông", unit: "đồng", target: 500_000_000 },
  ],
  { "Ba Vì": ["Khánh Thượng", "Minh Quang"], "Quốc Oai": ["Phú Mãn", "Đông Xuân", "Sài Sơn"] },
);

const HEADER: CellValue[] = ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí truyền thông"];
const BA_VI: CellValue[][] = [
  ["I", "Huyện Ba Vì", 2, 200],
  [1, "Xã Khánh Thượng", 1, 100],
  [2, "Xã Minh Quang", 1, 100],
];
const QUOC_OAI: CellValue[][] = [
  ["II", "Huyện Quốc Oai", 3, 300],
  [1, "Xã Phú Mãn", 1, 100],
  [2, "Xã Đông Xuân", 1, 100],
  [3, "Xã Sài Sơn", 1, 100],
];
const TOTAL: CellValue[] = [null, "Tổng cộng", 5, 500];

const UNITS: [string, CellValue[]][] = [
  ["`(triệu đồng)` over the money alone", [null, null, null, "(triệu đồng)"]],
  ["`triệu đồng` over the money alone", [null, null, null, "triệu đồng"]],
  ["`ĐVT: triệu đồng` over the money alone", [null, null, null, "ĐVT: triệu đồng"]],
  ["`ĐVT: triệu đồng` beside the names", [null, "ĐVT: triệu đồng", null, null]],
  ["`(tổ)`, `(triệu đồng)`, the STT cell an empty text", ["", null, "(tổ)", "(triệu đồng)"]],
  ["`(triệu đồng)` alone, the STT cell a space", [" ", null, null, "(triệu đồng)"]],
];

const SHAPES: [string, (units: CellValue[]) => CellValue[][], string[]][] = [
  ["the total first", (units) => [HEADER, units, TOTAL, ...BA_VI, ...QUOC_OAI], []],
  ["the total last", (units) => [HEADER, units, ...BA_VI, ...QUOC_OAI, TOTAL], []],
  ["the total last, the header and its units row again over the second district", (units) => [HEADER, units, ...BA_VI, HEADER, units, ...QUOC_OAI, TOTAL], ["8", "9"]],
];

function read(rows: CellValue[][]) {
  const data = workbook(sheet("Phân bổ", [["BIỂU PHÂN BỔ NĂM 2024"], [], ...rows]));
  return toJsonReport(checkWorkbook(data, { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report);
}

describe("a units row under a one-line header, units over some columns only", () => {
  const cases = UNITS.flatMap(([unitsName, units]) => SHAPES.map(([shapeName, rows, copies]) => [`${unitsName}, ${shapeName}`, rows(units), copies] as const));
  test.each(cases)("%s: the units row read as such, the money in triệu đồng", (_name, rows, copies) => {
    const report = read([...rows]);
    const reading = report.reading!;
    expect(reading.table).toBe(`A3:D${rows.length + 2}`);
    expect(reading.areas.filter((a) => a.role === "leaf").map((a) => a.name)).toEqual(["Xã Khánh Thượng", "Xã Minh Quang", "Xã Phú Mãn", "Xã Đông Xuân", "Xã Sài Sơn"]);
    expect(reading.areas.filter((a) => a.role === "group").map((a) => a.name)).toEqual(["Huyện Ba Vì", "Huyện Quốc Oai"]);
    expect(reading.ignored.map((i) => [i.at, i.why])).toEqual(copies.map((at) => [at, "repeated header"]));
    expect(report.indicators.map((i) => i.allocated)).toEqual([5, 500_000_000]);
    expect(report.findings).toEqual([]);
    expect(reading.confidence.level).toBe("high");
  });
});
