/**
 * A nameless row and an unreadable figure (#REF!) on one money line, where
 * only the two together explain the plan line's gap: the `ceiling` is the
 * same cause, let go, and both findings name it and each other.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";

type Row = CellValue[];
const ROWS: Row[] = [
  [null, "Tổng cộng", 600],
  ["I", "Huyện Ba Vì", 300],
  [1, "Xã Ba Trại", 150],
  [2, null, 150],
  ["II", "Huyện Quốc Oai", 300],
  [1, "Xã Sài Sơn", "#REF!"],
  [2, "Xã Cấn Hữu", 150],
];

function check(target: number) {
  const plan: Row[] = [
    ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
    ["KP.1", "Kinh phí truyền thông", "triệu đồng", target],
  ];
  const sheets: SheetData[] = [
    { name: "Kế hoạch", merges: [], values: plan },
    { name: "Phân bổ", merges: [], values: [["STT", "Đơn vị", "Kinh phí truyền thông (triệu đồng)"], ...ROWS] },
  ];
  return checkWorkbook({ sheets }, { workbookName: "x.xlsx" }).report.findings;
}

describe("a nameless row and an invalid figure that explain a plan line together", () => {
  test.each([
    // Both together bring the line to the plan the grand total shows: one finding each, naming each other and the ceiling.
    ["together they put the plan right", 600, ["invalid-value C7", "subtotal B5"], true],
    // The line stays off the plan even with both put right: the ceiling is a gap of its own.
    ["the plan stays off with both", 650, ["ceiling C2", "invalid-value C7", "subtotal B5"], false],
  ])("%s", (_name, target, expected, named) => {
    const findings = check(target);
    expect(findings.map((f) => `${f.rule} ${f.cell}`).sort()).toEqual(expected);
    for (const cell of ["B5", "C7"]) {
      const finding = findings.find((f) => f.cell === cell);
      expect(finding?.message.vi.includes("Ghi tên cho dòng 5 và ghi lại ô C7 thành 150 triệu đồng")).toBe(named);
      expect(finding?.message.vi.includes("tổng phân bổ của Kinh phí truyền thông so với kế hoạch (C2) cùng khớp")).toBe(named);
      expect(finding?.message.en.includes("cell C7 holds 150 million VND")).toBe(named);
    }
  });
});
