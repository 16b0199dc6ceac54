/**
 * An en or em dash typed for the minus (`–5`, `—5`: Word's AutoCorrect, a
 * Vietnamese keyboard) reads as `-5` does, and a full-width rate (`８５％`) is
 * a rate to the layout as it is to the cell's reading; a dash alone is still
 * "nothing here".
 */
import { CELL, readCell, type LineMeasure } from "../../../src/core/cells/readCell";
import { isNumeric, isPercentAmountText } from "../../../src/core/layout/cells";
import type { CellValue } from "../../../src/core/model/workbook";
import { findingsOf, rows } from "./staffRows";

const COUNT: LineMeasure = { kind: "count", scale: 1 };
const MILLION: LineMeasure = { kind: "money", scale: 1e6 };
const PERCENT: LineMeasure = { kind: "percent", scale: 1 };

test.each<[CellValue, LineMeasure, number, number]>([
  ["–5", COUNT, -5, CELL.textNumber],
  ["—5", COUNT, -5, CELL.textNumber],
  ["– 150", MILLION, -150_000_000, CELL.textNumber],
  ["–", COUNT, 0, CELL.blank],
  ["—", COUNT, 0, CELL.blank],
  ["８５％", PERCENT, 85, CELL.textNumber],
  ["８５", COUNT, 85, CELL.textNumber],
])("%j in a %j line reads as %d (state %d)", (raw, measure, base, state) => {
  const reading = readCell(raw, null, measure);
  expect([reading.base, reading.state]).toEqual([base, state]);
});

test.each<[string, boolean]>([
  ["８５％", true],
  ["85%", true],
  ["８５ ％", true],
  ["％", false],
])("%j is a rate typed as text to the layout: %s", (text, expected) => {
  expect(isPercentAmountText(text)).toBe(expected);
  expect(isNumeric(text)).toBe(expected);
});

test("`８５％` counts 85 %: a text-number warning", () => {
  expect(findingsOf(rows([2, "８５％", 150, 100], [2, 85, 150, 100]))).toEqual(["text-number/warning@D6"]);
});

test.each(["–150", "—150", "−150"])("`%s` is the negative figure `-150` is: the same findings, its invalid-value at its cell", (dash) => {
  const typed = (minus: string) => findingsOf(rows([2, 80, 150, 100], [2, 85, minus, 100], [4, null, 0, 200], [8, null, 300, 400]));
  expect(typed(dash)).toEqual(typed("-150"));
  expect(typed(dash)).toContain("invalid-value/error@E7");
});
