/**
 * Areas across the columns on a sheet of one line: a bare-named commune in
 * the last area column, its one cell `x` in place of a figure, is that
 * commune's column (the `x` an invalid value at its cell) when the header row
 * places it among the areas — the end of the sheet or a `Ghi chú` after it.
 * So too its name typed in capitals (`CỐC LY`, was left a note), and two such
 * communes side by side (the second was left a note). A real `Ghi chú`
 * column of marks stays a note, and a flag word or a kind of commune after
 * the areas (`Ưu tiên`, `ƯU TIÊN`, `ĐẶC BIỆT KHÓ KHĂN`) is no commune.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "./sheetBuilder";

const plan = (target: number) => readPlanJson({ title: "Kế hoạch thử", indicators: [{ code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target }] }, "plan.json");
const check = (rows: CellValue[][], target: number) => checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: plan(target), sheet: "Phân bổ" });
const told = (rows: CellValue[][], target: number) => check(rows, target).report.findings.map((f) => `${f.rule}@${f.cell}`);

/** The header's columns past `STT | Nội dung`, and the line's cells under them. */
const row = (headers: string[], cells: CellValue[]): CellValue[][] => [
  ["STT", "Nội dung", ...headers],
  [1, "Tổ truyền thông cộng đồng", ...cells],
];

describe("a bare commune in the last area column, its one cell `x`", () => {
  /** Where the commune's column stands; the columns left out as notes. */
  const CASES: readonly [string, CellValue[][], string[]][] = [
    ["at the sheet's end, after a total column and the district", row(["Tổng cộng", "Huyện Bắc Hà", "Bản Liền", "Tà Chải", "Cốc Ly"], [5, 5, 2, 3, "x"]), []],
    ["with a `Ghi chú` column after it", row(["Tổng cộng", "Huyện Bắc Hà", "Bản Liền", "Tà Chải", "Cốc Ly", "Ghi chú"], [5, 5, 2, 3, "x", "Giao bổ sung"]), ["H:text column"]],
    ["typed in capitals, at the sheet's end", row(["Tổng cộng", "Huyện Bắc Hà", "Bản Liền", "Tà Chải", "CỐC LY"], [5, 5, 2, 3, "x"]), []],
    ["typed in capitals, a `GHI CHÚ` column after it", row(["Tổng cộng", "Huyện Bắc Hà", "Bản Liền", "Tà Chải", "CỐC LY", "GHI CHÚ"], [5, 5, 2, 3, "x", "Giao bổ sung"]), ["H:text column"]],
    ["the whole header in capitals", row(["TỔNG CỘNG", "HUYỆN BẮC HÀ", "BẢN LIỀN", "TÀ CHẢI", "CỐC LY"], [5, 5, 2, 3, "x"]), []],
  ];
  test.each(CASES)("%s: the commune's column, an invalid value at its cell", (_name, rows, notes) => {
    expect(told(rows, 5)).toEqual(["invalid-value@G2"]);
    const reading = check(rows, 5).report.reading!;
    expect(reading.areas.map((a) => `${a.at}:${a.role}`)).toEqual(["C:total", "D:group", "E:leaf", "F:leaf", "G:leaf"]);
    expect(reading.ignored.map((i) => `${i.at}:${i.why}`)).toEqual(notes);
  });

  test.each([
    ["in the middle of the district's communes", row(["Tổng cộng", "Huyện Bắc Hà", "Bản Liền", "Cốc Ly", "Nậm Mòn", "Tà Chải"], [5, 5, 2, "x", "x", 3]), ["invalid-value@F2", "invalid-value@G2"]],
    ["at the sheet's end", row(["Tổng cộng", "Huyện Bắc Hà", "Bản Liền", "Tà Chải", "Cốc Ly", "Nậm Mòn"], [5, 5, 2, 3, "x", "x"]), ["invalid-value@G2", "invalid-value@H2"]],
    ["typed in capitals, at the sheet's end", row(["Tổng cộng", "Huyện Bắc Hà", "Bản Liền", "Tà Chải", "CỐC LY", "NẬM MÒN"], [5, 5, 2, 3, "x", "x"]), ["invalid-value@G2", "invalid-value@H2"]],
  ])("two such communes side by side, %s: both communes' columns", (_name, rows, findings) => {
    expect(told(rows, 5)).toEqual(findings);
    const reading = check(rows, 5).report.reading!;
    expect(reading.areas.filter((a) => a.role === "leaf")).toHaveLength(4);
    expect(reading.ignored).toEqual([]);
  });
});

describe("a column of marks after the areas that is no commune stays a note", () => {
  test.each([
    ["a real `Ghi chú` column", "Ghi chú"],
    ["`GHI CHÚ` in capitals", "GHI CHÚ"],
    ["a flag word in lower case (`Ưu tiên`)", "Ưu tiên"],
    ["a flag word in capitals (`ƯU TIÊN`)", "ƯU TIÊN"],
    ["a kind of commune in capitals (`ĐẶC BIỆT KHÓ KHĂN`)", "ĐẶC BIỆT KHÓ KHĂN"],
    ["a kind of commune, each word opened by a capital (`Biên Giới`)", "Biên Giới"],
    ["an abbreviation in capitals (`DTTS`)", "DTTS"],
    ["a zone in capitals (`KV III`)", "KV III"],
  ])("%s: no finding, the column left out", (_name, header) => {
    const rows = row(["Tổng cộng", "Huyện Bắc Hà", "Bản Liền", "Tà Chải", header], [5, 5, 2, 3, "x"]);
    expect(told(rows, 5)).toEqual([]);
    expect(check(rows, 5).report.reading!.ignored.map((i) => `${i.at}:${i.why}`)).toEqual(["G:text column"]);
  });

  test("`ƯU TIÊN` after a header typed all in capitals: no commune", () => {
    expect(told(row(["TỔNG CỘNG", "HUYỆN BẮC HÀ", "BẢN LIỀN", "TÀ CHẢI", "ƯU TIÊN"], [5, 5, 2, 3, "x"]), 5)).toEqual([]);
  });
});
