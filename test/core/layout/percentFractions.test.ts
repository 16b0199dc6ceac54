/**
 * A percent line typed as fractions in a plain format (`0.85` against an
 * 80 % target) is read ×100, decided from the whole line, and the reading
 * says so; a line with any number above 1, or shown with a `%` format, is
 * read as typed.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet } from "./sheetBuilder";

const PLAN = sheet("Kế hoạch", [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["1", "Tổ truyền thông cộng đồng", "tổ", 4],
  ["2", "Tỷ lệ phụ nữ được tiếp cận thông tin", "%", 80],
]);

function run(pct: CellValue[], formats: Record<string, string> = {}) {
  const { report } = checkWorkbook(
    {
      sheets: [
        PLAN,
        sheet(
          "Phân bổ",
          [
            ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Tỷ lệ phụ nữ được tiếp cận thông tin (%)"],
            [null, "Tổng cộng", 4, null],
            [1, "Xã Ba Trại", 1, pct[0]],
            [2, "Xã Tản Lĩnh", 1, pct[1]],
            [3, "Xã Phú Mãn", 1, pct[2]],
            [4, "Xã Đông Xuân", 1, pct[3]],
          ],
          { formats },
        ),
      ],
    },
    { workbookName: "x.xlsx" },
  );
  return {
    findings: report.findings.map((f) => [f.rule, f.cell]),
    said: (report.reading?.confidence.reasons ?? []).some((r) => r.vi.includes("dạng số thập phân")),
  };
}

describe("percent lines typed as fractions", () => {
  test.each<[string, CellValue[], Record<string, string>, string[][], boolean]>([
    ["fractions, all met", [0.85, 0.9, 0.8, 0.82], {}, [], true],
    ["fractions, one short", [0.85, 0.9, 0.7, 0.82], {}, [["percent", "D5"]], true],
    ["fractions with a blank and a text fraction", [0.85, null, "0,7", 0.82], {}, [["percent", "D4"], ["percent", "D5"]], true],
    ["points as typed", [85, 90, 70, 82], {}, [["percent", "D5"]], false],
    ["fractions shown with %", [0.85, 0.9, 0.7, 0.82], { D3: "0%", D4: "0%", D5: "0%", D6: "0%" }, [["percent", "D5"]], false],
    ["one point among fractions: read as typed", [0.85, 90, 0.8, 82], {}, [["percent", "D3"], ["percent", "D5"]], false],
    // Three fractions and one `85`: the line is fractions, and the `85` (8 500 % so read) is told once, at its cell.
    ["one point among three fractions: fractions, the point told at its cell", [0.85, 0.9, 85, 0.82], {}, [["invalid-value", "D5"]], true],
    ["only zeros and ones: read as typed", [1, 1, 0, 1], {}, [["percent", "D3"], ["percent", "D4"], ["percent", "D5"], ["percent", "D6"]], false],
    ["rates typed as text with their sign", ["85%", "90 %", "70%", "82,5%"], {}, [["text-number", "D3"], ["text-number", "D4"], ["percent", "D5"], ["text-number", "D6"]], false],
  ])("%s", (_name, pct, formats, findings, said) => {
    const result = run(pct, formats);
    expect(result.findings).toEqual(findings);
    expect(result.said).toBe(said);
  });
});
