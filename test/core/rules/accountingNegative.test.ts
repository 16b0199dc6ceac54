/**
 * A figure typed as text the way an accounting format shows a negative,
 * `(12)` or `(1.500.000)`: read as the negative number it shows, so the
 * negative-figure rule applies as for −12, in one finding at the cell that
 * also says it is text (and, when a formula total skips it, what that total
 * shows). The summary's live formula reads it the same way.
 */
import { checkWorkbook } from "../../../src/core/check";
import { CELL, readCell, type LineMeasure } from "../../../src/core/cells/readCell";
import { cellTerm } from "../../../src/core/summary/formulas";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { readCellNumber } from "../../../src/core/text/vnNumber";

const COUNT: LineMeasure = { kind: "count", scale: 1 };
const DONG: LineMeasure = { kind: "money", scale: 1 };
const MILLION: LineMeasure = { kind: "money", scale: 1e6 };

describe("accounting negatives typed as text", () => {
  test.each<[CellValue, LineMeasure, number, number]>([
    ["(12)", COUNT, -12, CELL.textNumber],
    [" ( 12 ) ", COUNT, -12, CELL.textNumber],
    ["'(12)", COUNT, -12, CELL.textNumber],
    ["(1.500.000)", DONG, -1500000, CELL.textNumber],
    ["(1,500,000)", DONG, -1500000, CELL.textNumber],
    ["(500,000)", DONG, -500000, CELL.textNumber],
    ["(1.500)", MILLION, -1.5e9, CELL.textNumber],
    ["(2,5)", MILLION, -2.5e6, CELL.textNumber],
    ["(0)", COUNT, 0, CELL.textNumber],
    // Not a figure in parentheses: text.
    ["(a)", COUNT, 0, CELL.text],
    ["(12", COUNT, 0, CELL.text],
    ["(-12)", COUNT, 0, CELL.text],
    ["()", COUNT, 0, CELL.text],
  ])("%j in %j → %d", (raw, measure, base, state) => {
    const reading = readCell(raw, null, measure);
    expect([reading.base, reading.state]).toEqual([base, state]);
  });

  test.each([
    ["(12)", `IFERROR(IF(ISTEXT(A1),-NUMBERVALUE(SUBSTITUTE(SUBSTITUTE(A1,"(",""),")",""),",","."),N(A1)),0)`],
    ["(1.500.000)", `IFERROR(IF(ISTEXT(A1),-NUMBERVALUE(SUBSTITUTE(SUBSTITUTE(A1,"(",""),")",""),",","."),N(A1)),0)`],
    ["(1,500,000)", `IFERROR(IF(ISTEXT(A1),-NUMBERVALUE(SUBSTITUTE(SUBSTITUTE(A1,"(",""),")",""),".",","),N(A1)),0)`],
  ])("the summary formula reads %j as the engine does", (text, term) => {
    expect(cellTerm("A1", readCellNumber(text))).toBe(term);
  });
});

type Row = CellValue[];

function check(rows: Row[], formulas: (string | null)[][] = []) {
  const plan: Row[] = [
    ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
    ["1", "Tổ truyền thông cộng đồng", "tổ", 20],
  ];
  const sheets: SheetData[] = [
    { name: "Kế hoạch", merges: [], values: plan },
    { name: "Phân bổ", merges: [], values: [["STT", "Đơn vị", "Tổ truyền thông cộng đồng"], ...rows], formulas: [[], ...formulas] },
  ];
  return checkWorkbook({ sheets }, { workbookName: "x.xlsx" }).report.findings.filter((f) => f.rule !== "ceiling");
}

describe("an accounting negative typed as text in a commune", () => {
  const typed: Row[] = [
    [null, "Tổng cộng", 8],
    ["I", "Huyện Ba Vì", 8],
    [1, "Xã Ba Trại", 4],
    [2, "Xã Tản Lĩnh", "(12)"],
    [3, "Xã Vân Hòa", 4],
  ];
  const summed: (string | null)[][] = [[null, null, "C3"], [null, null, "SUM(C4:C6)"]];
  test.each<[string, Row[], (string | null)[][], string[], string[]]>([
    ["typed totals", typed, [], ["invalid-value C5 -12"], ["Số âm -12 tổ", `"(12)" là số lưu dạng văn bản (số âm ghi trong ngoặc đơn theo kiểu kế toán): allocheck đọc là -12 tổ`]],
    ["a SUM that skips it", typed, summed, ["invalid-value C5 -12"], ["Số âm -12 tổ", "(số âm ghi trong ngoặc đơn theo kiểu kế toán): hàm SUM ở ô C3"]],
    ["`-12` typed as text", typed.map((r) => (r[2] === "(12)" ? [r[0], r[1], "-12"] : r)), [], ["invalid-value C5 -12"], ["Số âm -12 tổ", `"-12" là số lưu dạng văn bản: allocheck đọc là -12 tổ`]],
  ])("%s: one finding at the cell, negative and stored as text", (_name, rows, formulas, expected, texts) => {
    const findings = check(rows, formulas);
    expect(findings.map((f) => `${f.rule} ${f.cell} ${f.actual}`)).toEqual(expected);
    for (const text of texts) expect(findings[0].message.vi).toContain(text);
  });
});
