/**
 * A grand total typed with the plan's figure over formula district subtotals
 * that follow a mistyped commune: its `subtotal` and the line's `ceiling`,
 * both at the grand total's cell, are one cause and name each other.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";

type Row = CellValue[];
const PLAN: Row[] = [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600],
];

function check(grand: number) {
  const rows: Row[] = [
    [null, "Tổng cộng", grand],
    ["I", "Huyện Ba Vì", 320],
    [1, "Xã Ba Trại", 170],
    [2, "Xã Tản Lĩnh", 150],
    ["II", "Huyện Quốc Oai", 300],
    [1, "Xã Sài Sơn", 150],
    [2, "Xã Cấn Hữu", 150],
  ];
  const formulas: (string | null)[][] = [];
  formulas[2] = [null, null, "SUM(C4:C5)"];
  formulas[5] = [null, null, "SUM(C7:C8)"];
  const sheets: SheetData[] = [
    { name: "Kế hoạch", merges: [], values: PLAN },
    { name: "Phân bổ", merges: [], values: [["STT", "Đơn vị", "Kinh phí truyền thông (triệu đồng)"], ...rows], formulas },
  ];
  return checkWorkbook({ sheets }, { workbookName: "x.xlsx" }).report.findings;
}

describe("the grand total's subtotal and ceiling at one cell", () => {
  test.each([
    // Typed with the plan's figure: one cause, the two findings name each other.
    ["the grand total shows the plan", 600, true],
    // Typed with neither the plan nor the parts: two gaps of their own.
    ["the grand total shows another figure", 610, false],
  ])("%s", (_name, grand, named) => {
    const findings = check(grand);
    expect(findings.map((f) => `${f.rule} ${f.cell}`).sort()).toEqual(["ceiling C2", "subtotal C2"]);
    const subtotal = findings.find((f) => f.rule === "subtotal");
    const ceiling = findings.find((f) => f.rule === "ceiling");
    expect(subtotal?.message.vi.includes("tổng phân bổ của Kinh phí truyền thông so với kế hoạch (C2) cùng khớp")).toBe(named);
    expect(subtotal?.message.en.includes("the allocated total of Kinh phí truyền thông against the plan (C2) right together")).toBe(named);
    expect(ceiling?.message.vi.includes("ô cộng của Tổng cộng (C2)")).toBe(named);
    expect(ceiling?.message.en.includes("the total of Tổng cộng (C2)")).toBe(named);
  });
});
