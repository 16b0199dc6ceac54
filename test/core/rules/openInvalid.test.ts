/**
 * One cause, one finding (CONTRACT §3): under totals that follow the
 * communes (SUM formulas, or none), a commune's cell holding an error value,
 * TRUE or a negative figure leaves its line's total unknown. Where the line
 * falls short of the plan by more than the cell's plain correction tells (a
 * gap no commune would hold; a sign dropped that does not close it), the
 * shortfall is told in the cell's `invalid-value` error, not as a `ceiling`
 * of its own.
 */
import type { CellValue } from "../../../src/core/model/workbook";
import { checkTotals, told, withFigure, type Layout, SIX_COMMUNES_PLAN as PLAN, SIX_COMMUNES_HEADERS as HEADERS, SIX_COMMUNES as DISTRICTS } from "./totalsSheet";

const LAYOUTS: [string, Layout, string][] = [
  ["formula totals, district rows", { totals: "formula", districtRows: true }, "D5"],
  ["formula totals, no district rows", { totals: "formula", districtRows: false }, "D4"],
  ["no totals, district rows", { totals: "none", districtRows: true }, "D5"],
  ["no totals, no district rows", { totals: "none", districtRows: false }, "D4"],
];

// Xã Minh Quang's addresses (3, more than any other commune's 2) typed otherwise.
const VALUES: [string, CellValue, string][] = [
  ["#VALUE!", { error: "#VALUE!" }, "Tính ô này là 0, tổng phân bổ của Địa chỉ tin cậy"],
  ["#N/A", { error: "#N/A" }, "còn thiếu 3 địa chỉ so với kế hoạch"],
  ["TRUE", true, "chưa biết ô này đã giữ bao nhiêu"],
  ["-1 (its sign dropped, still short)", -1, "bỏ dấu trừ vẫn còn thiếu 2 địa chỉ"],
];

describe.each(LAYOUTS)("%s", (_layout, layout, cell) => {
  test.each(VALUES)("%s: one finding, at the cell, telling the shortfall", (_name, value, note) => {
    const findings = checkTotals(PLAN, DISTRICTS, withFigure(DISTRICTS, 0, 1, 1, value), layout, HEADERS);
    expect(told(findings)).toEqual([`invalid-value ${cell}`]);
    expect(findings[0].message.vi).toContain(note);
  });
});
