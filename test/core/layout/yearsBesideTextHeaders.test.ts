/**
 * A two-row header whose lower row names the count lines by text and the
 * money line's parts by year, the money's header merged over the years
 * (`Chỉ tiêu` over `Tổ truyền thông | CLB`, `Kinh phí hỗ trợ` over `2026 |
 * 2027 | Tổng`), the years typed as numbers or as text, a row numbering the
 * columns under it (`1 | 2 | … | 7=5+6`) or none: the lower row is a header
 * row — not skipped as a heading (the count lines then unread, the
 * numbering's `3` taken for a plan code) nor read as the first row of
 * figures.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = planOf([
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 7 },
  { code: "2", name: "Câu lạc bộ thủ lĩnh của sự thay đổi", unit: "CLB", target: 4 },
  { code: "3", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 300 },
]);

/** [STT, name, tổ, CLB, 2026, 2027] of each row (the total column added). */
const BODY: [CellValue, string, number, number, number, number][] = [
  [null, "Tổng cộng", 7, 4, 140, 160],
  ["I", "Huyện Ba Vì", 4, 2, 80, 90],
  [1, "Xã Ba Trại", 2, 1, 40, 45],
  [2, "Xã Tản Lĩnh", 2, 1, 40, 45],
  ["II", "Huyện Quốc Oai", 3, 2, 60, 70],
  [1, "Xã Phú Mãn", 3, 2, 60, 70],
];

function check(years: [CellValue, CellValue], numbering: boolean, slip?: [number, number, number]) {
  const rows: CellValue[][] = [
    ["BIỂU PHÂN BỔ CHỈ TIÊU VÀ KINH PHÍ"],
    [null, null, null, null, null, null, "ĐVT: triệu đồng"],
    ["STT", "Đơn vị", "Chỉ tiêu", null, "Kinh phí hỗ trợ (triệu đồng)", null, null, "Ghi chú"],
    [null, null, "Tổ truyền thông cộng đồng (tổ)", "CLB thủ lĩnh của sự thay đổi (CLB)", ...years, "Tổng", null],
    ...(numbering ? [["1", "2", "3", "4", "5", "6", "7=5+6", "8"]] : []),
    ...BODY.map(([stt, name, t, c, a, b]): CellValue[] => [stt, name, t, c, a, b, a + b, null]),
  ];
  if (slip !== undefined) rows[slip[0]][slip[1]] = slip[2];
  const data = sheet("Phân bổ", rows, { merges: ["A1:H1", "A3:A4", "B3:B4", "C3:D3", "E3:G3", "H3:H4"] });
  return checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
}

const CASES: [string, [CellValue, CellValue], boolean][] = [
  ["years as numbers, a numbering row", [2026, 2027], true],
  ["years as text, a numbering row", ["2026", "2027"], true],
  ["years as numbers, no numbering row", [2026, 2027], false],
  ["years as text, no numbering row", ["2026", "2027"], false],
  ["`Năm 2026`, a numbering row", ["Năm 2026", "Năm 2027"], true],
];

describe("text headers and years under a merged header in one row", () => {
  test.each(CASES)("%s: every line read by name, the years the money's parts, nothing told", (_name, years, numbering) => {
    const report = check(years, numbering);
    expect(report.reading!.headerRows).toEqual(numbering ? [3, 4, 5] : [3, 4]);
    expect(report.reading!.lines.map((l) => [l.code, l.at, l.how])).toEqual([["1", "C", "name"], ["2", "D", "name"], ["3", "G", "name"]]);
    expect(report.reading!.ignored.filter((i) => i.why === "part of a total line").map((i) => i.at)).toEqual(["E", "F"]);
    expect(report.reading!.confidence.level).toBe("high");
    expect(report.findings).toEqual([]);
  });

  test.each(CASES)("%s: a commune's 2026 figure mistyped is one finding at its cell", (_name, years, numbering) => {
    // Xã Ba Trại's row: title, units, two header rows, [numbering], total, district, then it.
    const row = numbering ? 7 : 6;
    const report = check(years, numbering, [row, 4, 50]);
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([`subtotal@E${row + 1}`]);
  });

  test("two years that are a commune's figures (no merged header over them) are no header", () => {
    const rows: CellValue[][] = [
      ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Kinh phí hỗ trợ (triệu đồng)", "Kinh phí khác (triệu đồng)"],
      [null, "Tổng cộng", 7, 4000, 4002],
      [1, "Xã Ba Trại", 4, 2000, 2001],
      [2, "Xã Tản Lĩnh", 3, 2000, 2001],
    ];
    const report = checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
    expect(report.reading!.headerRows).toEqual([1]);
    expect(report.reading!.areas.map((a) => a.name)).toEqual(["Tổng cộng", "Xã Ba Trại", "Xã Tản Lĩnh"]);
  });
});
