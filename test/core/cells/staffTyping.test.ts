/**
 * Value cells typed as text the way staff write them: a count per area
 * (`5 tổ/xã`) and a number closed by a full stop (`5.`) read as the number,
 * stored as text (a `text-number` warning), never as text left out.
 */
import { CELL, readCell, type LineMeasure } from "../../../src/core/cells/readCell";
import type { CellValue } from "../../../src/core/model/workbook";
import { findingsOf, rows } from "./staffRows";

const COUNT: LineMeasure = { kind: "count", scale: 1 };
const MILLION: LineMeasure = { kind: "money", scale: 1e6 };
const PERCENT: LineMeasure = { kind: "percent", scale: 1 };

test.each<[CellValue, LineMeasure, number, number]>([
  ["5 tổ/xã", COUNT, 5, CELL.textNumber],
  ["5 tổ / xã", COUNT, 5, CELL.textNumber],
  ["5 tổ/xã".normalize("NFD"), COUNT, 5, CELL.textNumber],
  ["5/xã", COUNT, 5, CELL.textNumber],
  ["2 CLB/phường", COUNT, 2, CELL.textNumber],
  ["5 tổ/huyện", COUNT, 5, CELL.textNumber],
  ["5 tổ/tháng", COUNT, 0, CELL.text],
  ["5/6", COUNT, 0, CELL.text],
  ["5.", COUNT, 5, CELL.textNumber],
  ["5 .", COUNT, 5, CELL.textNumber],
  ["150.", MILLION, 150_000_000, CELL.textNumber],
  ["1.250.", COUNT, 1250, CELL.textNumber],
  ["1,5.", MILLION, 1_500_000, CELL.textNumber],
  ["85.", PERCENT, 85, CELL.textNumber],
  ["5..", COUNT, 0, CELL.text],
  ["5,", COUNT, 5, CELL.textNumber],
  ["5;", COUNT, 5, CELL.textNumber],
  ["5 tổ,", COUNT, 5, CELL.textNumber],
  ["85%.", PERCENT, 85, CELL.textNumber],
  ["150 triệu.", MILLION, 150_000_000, CELL.textNumber],
  ["x.", COUNT, 0, CELL.text],
  [".", COUNT, 0, CELL.text],
])("%j in a %j line reads as %d (state %d)", (raw, measure, base, state) => {
  const reading = readCell(raw, null, measure);
  expect([reading.base, reading.state]).toEqual([base, state]);
});

test.each<[string, CellValue[][], string[]]>([
  ["`2 tổ/xã` counts 2: a text-number warning, nothing else", rows(["2 tổ/xã", 80, 150, 100], [2, 85, 150, 100]), ["text-number/warning@C6"]],
  ["`2.` counts 2: a text-number warning", rows([2, 80, 150, 100], ["2.", 85, 150, 100]), ["text-number/warning@C7"]],
])("%s", (_name, table, expected) => {
  expect(findingsOf(table)).toEqual(expected);
});

test.each<[string, CellValue[][]]>([
  ["every cell of the column typed per area, totals with their unit", [
    [null, "Tổng cộng", "8 tổ", null, 600, 400],
    ["I", "Huyện Ba Vì", "4 tổ", null, 300, 200],
    [1, "Xã Ba Trại", "2 tổ/xã", 80, 150, 100],
    [2, "Xã Tản Lĩnh", "2 tổ/xã", 85, 150, 100],
    ["II", "Huyện Quốc Oai", "4 tổ", null, 300, 200],
    [3, "Xã Phú Mãn", "2 tổ/xã", 80, 150, 100],
    [4, "Xã Sài Sơn", "2 tổ/xã", 90, 150, 100],
  ]],
  ["communes typed per area with and without the unit, totals typed as numbers", rows(["2 tổ/xã", 80, 150, 100], ["2/xã", 85, 150, 100]).map((row, i) => (i >= 5 ? [row[0], row[1], "2 tổ/xã", ...row.slice(3)] : row))],
])("a column of counts typed per area is a value column, not the label column: %s", (_name, table) => {
  const found = findingsOf(table);
  expect(found.every((f) => f.startsWith("text-number/warning@C"))).toBe(true);
  expect(found.length).toBeGreaterThan(0);
});

test("a column of counts each closed by a full stop is a value column, not the label column", () => {
  const table = rows(["2.", 80, 150, 100], ["2.", 85, 150, 100]).map((row, i) => (i >= 5 ? [row[0], row[1], "2.", ...row.slice(3)] : row));
  expect(findingsOf(table)).toEqual(["text-number/warning@C6", "text-number/warning@C7", "text-number/warning@C9", "text-number/warning@C10"]);
});

test("an STT column numbered `1.`, `2.` still numbers the rows", () => {
  const table = rows([2, 80, 150, 100], [2, 85, 150, 100]).map((row) => (typeof row[0] === "number" ? [`${row[0]}.`, ...row.slice(1)] : row));
  expect(findingsOf(table)).toEqual([]);
});
