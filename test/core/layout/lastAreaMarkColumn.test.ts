/**
 * Areas across the columns on a sheet of one line: a bare-named commune in
 * the last area column, its one cell `x` in place of a figure, is that
 * commune's column (the `x` an invalid value at its cell) when the header row
 * places it among the areas — the end of the sheet or a `Ghi chú` after it.
 * A real `Ghi chú` column of marks stays a note, and a title-less flag word
 * (`Ưu tiên`) after the areas is no commune.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "./sheetBuilder";

const plan = (target: number) => readPlanJson({ title: "Kế hoạch thử", indicators: [{ code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target }] }, "plan.json");
const check = (rows: CellValue[][], target: number) => checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: plan(target), sheet: "Phân bổ" });
const told = (rows: CellValue[][], target: number) => check(rows, target).report.findings.map((f) => `${f.rule}@${f.cell}`);

describe("a bare commune in the last area column, its one cell `x`", () => {
  test("at the sheet's end, after a total column and the district: an invalid value at it", () => {
    const rows: CellValue[][] = [
      ["STT", "Nội dung", "Tổng cộng", "Huyện Bắc Hà", "Bản Liền", "Tà Chải", "Cốc Ly"],
      [1, "Tổ truyền thông cộng đồng", 5, 5, 2, 3, "x"],
    ];
    expect(told(rows, 5)).toEqual(["invalid-value@G2"]);
    expect(check(rows, 5).report.reading!.areas.map((a) => `${a.at}:${a.role}`)).toEqual(["C:total", "D:group", "E:leaf", "F:leaf", "G:leaf"]);
  });

  test("with a `Ghi chú` column after it: the commune read, the note column left a note", () => {
    const rows: CellValue[][] = [
      ["STT", "Nội dung", "Tổng cộng", "Huyện Bắc Hà", "Bản Liền", "Tà Chải", "Cốc Ly", "Ghi chú"],
      [1, "Tổ truyền thông cộng đồng", 5, 5, 2, 3, "x", "Giao bổ sung"],
    ];
    expect(told(rows, 5)).toEqual(["invalid-value@G2"]);
    expect(check(rows, 5).report.reading!.ignored.map((i) => `${i.at}:${i.why}`)).toEqual(["H:text column"]);
  });

  test("a real `Ghi chú` column of marks after the areas stays a note", () => {
    const rows: CellValue[][] = [
      ["STT", "Nội dung", "Tổng cộng", "Huyện Bắc Hà", "Bản Liền", "Tà Chải", "Ghi chú"],
      [1, "Tổ truyền thông cộng đồng", 5, 5, 2, 3, "x"],
    ];
    expect(told(rows, 5)).toEqual([]);
    expect(check(rows, 5).report.reading!.ignored.map((i) => `${i.at}:${i.why}`)).toEqual(["G:text column"]);
  });

  test("a flag word in lower case after the areas (`Ưu tiên`) is no commune", () => {
    const rows: CellValue[][] = [
      ["STT", "Nội dung", "Tổng cộng", "Huyện Bắc Hà", "Bản Liền", "Tà Chải", "Ưu tiên"],
      [1, "Tổ truyền thông cộng đồng", 5, 5, 2, 3, "x"],
    ];
    expect(told(rows, 5)).toEqual([]);
  });
});
