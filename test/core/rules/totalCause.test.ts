/**
 * A grand total typed with the plan's figure over formula district subtotals
 * that follow a mistyped commune: its `subtotal` and the line's `ceiling`,
 * both at the grand total's cell, are one cause: the subtotal is told, saying
 * what the communes add up to against the plan. A grand total showing
 * another figure keeps both.
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
  test("the grand total shows the plan: one finding, the subtotal, naming the ceiling", () => {
    const findings = check(600);
    expect(findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(["subtotal C2"]);
    const [subtotal] = findings;
    expect(subtotal.message.vi).toEqual(expect.stringContaining("tổng phân bổ của Kinh phí truyền thông so với kế hoạch (C2) cùng khớp"));
    expect(subtotal.message.en).toEqual(expect.stringContaining("the allocated total of Kinh phí truyền thông against the plan (C2) right together"));
    expect(subtotal.message.vi).toEqual(expect.stringContaining("Tính từ các địa bàn, so với kế hoạch (C2): Tổng phân bổ 620 triệu đồng vượt kế hoạch 600 triệu đồng (vượt 20 triệu đồng)."));
    expect(subtotal.message.en).toEqual(expect.stringContaining("Counted from the areas, against the plan (C2): Allocated"));
  });

  test("the grand total shows another figure: two gaps of their own", () => {
    const findings = check(610);
    expect(findings.map((f) => `${f.rule} ${f.cell}`).sort()).toEqual(["ceiling C2", "subtotal C2"]);
    const subtotal = findings.find((f) => f.rule === "subtotal");
    expect(subtotal?.message.vi.includes("so với kế hoạch (C2) cùng khớp")).toBe(false);
  });
});
