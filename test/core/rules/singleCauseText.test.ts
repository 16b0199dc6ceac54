/**
 * One cause, one finding where a district's formula subtotal skips a number
 * typed as text (told by `text-number`) and a commune's part is typed wrong
 * in the same district: the formula still adds up its parts as allocheck
 * counts them, so the wrong part is seen through it — one `subtotal` at the
 * commune's part, none at the commune's typed total, the district's
 * `Tổng kinh phí` or the grand total it puts off.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";

const PLAN: CellValue[][] = [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["KP", "Tổng kinh phí", "triệu đồng", 1200],
  ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600],
  ["KP.2", "Kinh phí tập huấn", "triệu đồng", 600],
];
const HEADER = ["STT", "Đơn vị", "Tổng kinh phí (triệu đồng)", "Kinh phí truyền thông", "Kinh phí tập huấn"];

/** Xã Cam Thượng's Kinh phí truyền thông (D6) typed 170 for 150; `text` is where a "150" is typed as text. */
function rows(text: "D4" | "D5"): CellValue[][] {
  return [
    [null, "Tổng cộng", 1200, 600, 600],
    ["I", "Huyện Ba Vì", 900, 320, 450],
    [1, "Xã Ba Trại", 300, text === "D4" ? "150" : 150, 150],
    [2, "Xã Tản Lĩnh", 300, text === "D5" ? "150" : 150, 150],
    [3, "Xã Cam Thượng", 300, 170, 150],
    ["II", "Huyện Quốc Oai", 300, 150, 150],
    [1, "Xã Sài Sơn", 300, 150, 150],
  ];
}

describe("a formula district subtotal skipping text beside a mistyped commune part", () => {
  test.each<[string, "D4" | "D5", string[]]>([
    ["text in the first commune", "D4", ["subtotal D6", "text-number D4"]],
    ["text in the second commune", "D5", ["subtotal D6", "text-number D5"]],
  ])("%s", (_name, text, expected) => {
    const formulas: (string | null)[][] = [[], [], [null, null, "SUM(C4:C6)", "SUM(D4:D6)", "SUM(E4:E6)"]];
    const sheets: SheetData[] = [
      { name: "Kế hoạch", merges: [], values: PLAN },
      { name: "Phân bổ", merges: [], values: [HEADER, ...rows(text)], formulas },
    ];
    const findings = checkWorkbook({ sheets }, { workbookName: "x.xlsx" }).report.findings;
    expect(findings.map((f) => `${f.rule} ${f.cell}`).sort()).toEqual([...expected].sort());
    const part = findings.find((f) => f.rule === "subtotal");
    expect(part?.message.vi).toEqual(expect.stringContaining("chỉ khớp khi ô này là 150 triệu đồng"));
    expect(part?.message.vi).toEqual(expect.stringContaining("tổng phân bổ của Kinh phí truyền thông so với kế hoạch (D2) cũng khớp"));
    expect(part?.message.en).toEqual(expect.stringContaining("add up only when it is 150 million VND"));
    expect(part?.message.en).toEqual(expect.stringContaining("the allocated total of Kinh phí truyền thông against the plan (D2) right"));
    expect(findings.find((f) => f.rule === "text-number")?.severity).toBe("error");
  });
});
