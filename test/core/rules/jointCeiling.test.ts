/**
 * A plan line whose gap is two cells' mistakes, each told at its cell by its
 * own step (a `(12)` its district's subtotal gives as 500, a `1,200` its
 * subtotal reads as 1 200): with the grand total on the plan and no subtotal
 * left disagreeing, the ceiling only repeats them — let go, named in both.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";

type Row = CellValue[];

/** Ba Vì typed 1 000 over Xã Ba Trại (`baTrai`) and Xã Tản Lĩnh (`first`); Thạch Thất typed `district` over Xã Bình Yên (`second`) and 300. */
function check(target: number, grand: number, baTrai: number, first: CellValue, second: CellValue, district: number) {
  const plan: Row[] = [
    ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
    ["KP", "Kinh phí thực hiện", "triệu đồng", target],
  ];
  const rows: Row[] = [
    [null, "Tổng cộng", grand],
    ["I", "Huyện Ba Vì", 1000],
    [1, "Xã Ba Trại", baTrai],
    [2, "Xã Tản Lĩnh", first],
    ["II", "Huyện Thạch Thất", district],
    [1, "Xã Bình Yên", second],
    [2, "Xã Cần Kiệm", 300],
  ];
  const sheets: SheetData[] = [
    { name: "Kế hoạch", merges: [], values: plan },
    { name: "Phân bổ", merges: [], values: [["STT", "Đơn vị", "Kinh phí thực hiện (triệu đồng)"], ...rows] },
  ];
  return checkWorkbook({ sheets }, { workbookName: "x.xlsx" }).report.findings;
}

describe("a ceiling that only two cells' told mistakes explain together", () => {
  test.each<[string, number, number, number, CellValue, CellValue, string[], boolean]>([
    ["`(12)` and `1,200` under two typed subtotals, the grand total on the plan", 2500, 2500, 500, "(12)", "1,200", ["invalid-value C5", "text-number C7"], true],
    ["#REF! and `1,200`", 2500, 2500, 500, { error: "#REF!" }, "1,200", ["invalid-value C5", "text-number C7"], true],
    // The plan differs from the grand total: the ceiling is a gap of its own.
    ["the grand total off the plan", 2600, 2500, 500, "(12)", "1,200", ["ceiling C2", "invalid-value C5", "text-number C7"], false],
    // Xã Ba Trại alone exceeds Ba Vì's subtotal: the #REF! beside it can hold nothing the subtotal allows, what it held is unknown.
    ["an unread figure the subtotal cannot give", 2500, 2500, 1100, { error: "#REF!" }, "1,200", ["ceiling C2", "invalid-value C5", "text-number C7"], false],
  ])("%s", (_name, target, grand, baTrai, first, second, expected, named) => {
    const findings = check(target, grand, baTrai, first, second, 1500);
    expect(findings.map((f) => `${f.rule} ${f.cell}`).sort()).toEqual(expected);
    for (const cell of ["C5", "C7"]) {
      expect(findings.find((f) => f.cell === cell)?.message.vi.includes("thì tổng phân bổ của Kinh phí thực hiện so với kế hoạch (C2) cũng khớp") ?? false).toBe(named);
    }
  });
});

test("two findings at one cell (a negative typed as text that a SUM skips) are one cell, not two that explain the ceiling together", () => {
  const plan: Row[] = [
    ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
    ["1", "Tổ truyền thông", "tổ", 20],
  ];
  const rows: Row[] = [
    ["STT", "Đơn vị", "Tổ truyền thông"],
    [null, "Tổng cộng", 20],
    ["I", "Huyện Ba Vì", 8],
    [1, "Xã Ba Trại", 4],
    [2, "Xã Tản Lĩnh", "(2)"],
    [3, "Xã Vân Hòa", 4],
    ["II", "Huyện Thạch Thất", 12],
    [1, "Xã Bình Yên", 12],
  ];
  const sheets: SheetData[] = [
    { name: "Kế hoạch", merges: [], values: plan },
    { name: "Phân bổ", merges: [], values: rows, formulas: [[], [], [null, null, "SUM(C4:C6)"]] },
  ];
  const findings = checkWorkbook({ sheets }, { workbookName: "x.xlsx" }).report.findings;
  expect(findings.map((f) => `${f.rule} ${f.cell}`).sort()).toEqual(["ceiling C2", "invalid-value C5"]);
  expect(findings.some((f) => f.message.vi.includes("cùng ô  thì"))).toBe(false);
});

test("a number typed as text that a formula subtotal skips carries none of the gap: a grand total on the plan by that coincidence leaves the ceiling", () => {
  const plan: Row[] = [
    ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
    ["1", "Tổ truyền thông", "tổ", 12],
  ];
  // Ba Vì typed with the -4 as written (7); Thạch Thất a SUM skipping the "1" (5); the grand total adds them: 12.
  const rows: Row[] = [
    ["STT", "Đơn vị", "Tổ truyền thông"],
    [null, "Tổng cộng", 12],
    ["I", "Huyện Ba Vì", 7],
    [1, "Xã Ba Trại", 5],
    [2, "Xã Tản Lĩnh", -4],
    [3, "Xã Vân Hòa", 6],
    ["II", "Huyện Thạch Thất", 5],
    [1, "Xã Bình Yên", 5],
    [2, "Xã Cần Kiệm", "1"],
  ];
  const formulas = [[], [null, null, "C3+C7"], [], [], [], [], [null, null, "SUM(C8:C9)"]];
  const sheets: SheetData[] = [
    { name: "Kế hoạch", merges: [], values: plan },
    { name: "Phân bổ", merges: [], values: rows, formulas },
  ];
  const findings = checkWorkbook({ sheets }, { workbookName: "x.xlsx" }).report.findings;
  expect(findings.map((f) => `${f.rule} ${f.severity} ${f.cell}`).sort()).toEqual(["ceiling error C2", "invalid-value error C5", "text-number error C9"]);
  expect(findings.some((f) => f.message.vi.includes("cũng khớp"))).toBe(false);
});
