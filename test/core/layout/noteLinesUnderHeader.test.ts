/**
 * Note lines staff type under the header, before the figures: the document
 * the sheet goes with (`(Kèm theo Quyết định số …/QĐ-UBND ngày …)`, `(Kèm
 * theo Kế hoạch …)`, `Kèm theo Tờ trình …`), the form's number (`Biểu số
 * 02`), a note (`Ghi chú: …`) — in the names' column or from column A, right
 * under the header, past a blank row, before a blank row, or between the
 * header and its units row. No area, no finding (was: past a blank row, an
 * area named after the note with a false `coverage`). So too a fund's title
 * over the grand total (`NGUỒN VỐN SỰ NGHIỆP`) with a blank row by it. A
 * commune whose row holds no figure is still read.
 */
import type { CellValue } from "../../../src/core/model/workbook";
import { COMMUNES, districtRows, readTwoDistrictSheet, totalFirst, totalRow, twoDistrictHeader, twoDistrictPlan } from "./twoDistrictSheet";

const PLAN = twoDistrictPlan();
const HEADER = twoDistrictHeader();

const NOTES = [
  "(Kèm theo Quyết định số 123/QĐ-UBND ngày 15/3/2024 của UBND huyện)",
  "(Kèm theo Kế hoạch số 45/KH-UBND ngày 02/02/2024)",
  "Kèm theo Tờ trình số 12/TTr-UBND",
  "Biểu số 02",
  "Ghi chú: số liệu đến 30/6",
];

/** A row with `text` in column `col`. */
function rowWith(text: string, col: number): CellValue[] {
  const row: CellValue[] = [null, null, null, null];
  row[col] = text;
  return row;
}

const UNITS = rowWith("(triệu đồng)", 3);
const TOTAL_LAST = (money: number) => [...districtRows(money), totalRow(money)];

/** Where the note stands, and the money a commune gets in the sheet's unit (a units row in triệu đồng, else đồng). */
const SHAPES: readonly [string, (note: CellValue[]) => CellValue[][]][] = [
  ["right under the header", (note) => [HEADER, note, ...totalFirst(100_000_000)]],
  ["past a blank row", (note) => [HEADER, [], note, ...totalFirst(100_000_000)]],
  ["past a blank row, the total last", (note) => [HEADER, [], note, ...TOTAL_LAST(100_000_000)]],
  ["before a blank row", (note) => [HEADER, note, [], ...totalFirst(100_000_000)]],
  ["before two blank rows, the total last", (note) => [HEADER, note, [], [], ...TOTAL_LAST(100_000_000)]],
  ["between the header and its units row", (note) => [HEADER, note, UNITS, ...totalFirst(100)]],
  ["past a blank row, the units row under it", (note) => [HEADER, [], note, UNITS, ...totalFirst(100)]],
  ["under the units row", (note) => [HEADER, UNITS, note, ...totalFirst(100)]],
  ["past the columns' numbering row and a blank row", (note) => [HEADER, ["A", "B", 1, 2], [], note, ...totalFirst(100_000_000)]],
  ["past a blank row, a fund's title over the total under it", (note) => [HEADER, [], note, rowWith("NGUỒN VỐN SỰ NGHIỆP", 1), ...totalFirst(100_000_000)]],
];

describe("a note line under the header is no area", () => {
  const cases = NOTES.flatMap((text) => [0, 1].flatMap((col) => SHAPES.map(([shape, rows]) => [`\`${text}\` in column ${"AB"[col]}, ${shape}`, rows(rowWith(text, col))] as const)));
  test.each(cases)("%s", (_name, rows) => {
    const report = readTwoDistrictSheet([...rows], PLAN);
    const reading = report.reading!;
    expect(reading.areas.filter((a) => a.role === "leaf").map((a) => a.name)).toEqual(COMMUNES);
    expect(reading.areas.filter((a) => a.role === "group").map((a) => a.name)).toEqual(["Huyện Ba Vì", "Huyện Quốc Oai"]);
    expect(reading.areas.filter((a) => a.role === "total").map((a) => a.name)).toEqual(["Tổng cộng"]);
    expect(reading.ignored).toEqual([]);
    expect(report.indicators.map((i) => i.allocated)).toEqual([5, 500_000_000]);
    expect(report.findings).toEqual([]);
    expect(reading.confidence.level).toBe("high");
  });
});

describe("a fund's title over the grand total, a blank row by it", () => {
  const TITLE = rowWith("NGUỒN VỐN SỰ NGHIỆP", 1);
  test.each([
    ["past a blank row", [HEADER, [], TITLE, ...totalFirst(100_000_000)]],
    ["past two blank rows", [HEADER, [], [], TITLE, ...totalFirst(100_000_000)]],
    ["before a blank row", [HEADER, TITLE, [], ...totalFirst(100_000_000)]],
  ])("%s: the table's title, no area", (_name, rows) => {
    const report = readTwoDistrictSheet(rows, PLAN);
    expect(report.reading!.areas.map((a) => a.name)).toEqual(["Tổng cộng", "Huyện Ba Vì", ...COMMUNES.slice(0, 2), "Huyện Quốc Oai", ...COMMUNES.slice(2)]);
    expect(report.findings).toEqual([]);
  });
});

describe("rows that are no note line stay the table's", () => {
  test("a commune whose row holds no figure, past a blank row under the header, is still a commune", () => {
    const rows = [HEADER, [], [1, "Xã Khánh Thượng", null, null], [2, "Xã Minh Quang", 2, 200_000_000], ...districtRows(100_000_000).slice(3), totalRow(100_000_000)];
    const report = readTwoDistrictSheet(rows, PLAN);
    expect(report.reading!.areas.filter((a) => a.role === "leaf").map((a) => a.name)).toEqual(COMMUNES);
  });

  test.each(["Biểu số liệu", "Mẫu Sơn"])("`%s` past a blank row, a district under it, is no note line: read as the table's row", (text) => {
    const report = readTwoDistrictSheet([HEADER, [], rowWith(text, 1), ...TOTAL_LAST(100_000_000)], PLAN);
    expect(report.reading!.areas.map((a) => a.name)).toContain(text);
  });
});
