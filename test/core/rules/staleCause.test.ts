/**
 * One cause, one finding: a SUM subtotal whose saved value was not
 * recalculated after a commune's figure was changed (calculation set to
 * manual) still shows the old figure, and so does the grand total over it —
 * the plan's. Counted from the communes the line is off its plan by exactly
 * that stale gap: one `subtotal` finding at the stale formula, saying it was
 * not recalculated and naming the plan comparison; no `ceiling` of its own.
 * A line off its plan by more than the stale gap keeps its `ceiling`.
 */
import { checkWorkbook } from "../../../src/core/check";
import { sheet } from "../layout/sheetBuilder";
import { formulaSheet, transposeTyped, transposedAddress, type Typed } from "./formulaSheet";

const PLAN = sheet("Kế hoạch", [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["1", "Tổ truyền thông cộng đồng", "tổ", 12],
  ["2", "Kinh phí hỗ trợ", "triệu đồng", 300],
]);
const AREAS = sheet("Địa bàn", [["Huyện", "Xã"], ["Phù Yên", "Mường Cơi"], ["Phù Yên", "Huy Hạ"], ["Bắc Yên", "Tà Xùa"], ["Bắc Yên", "Hồng Ngài"]]);

/** Districts with SUM subtotals; `phuYen` and `grand` the two totals of line 1 (a stale one or a live formula). */
function allocation(huyHa: number, phuYen: Typed, grand: Typed, money: { huyHa: number; phuYen: Typed } = { huyHa: 70, phuYen: "=SUM(D4:D5)" }): Typed[][] {
  return [
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"],
    [null, "Tổng cộng", grand, "=D3+D6"],
    ["I", "Huyện Phù Yên", phuYen, money.phuYen],
    [1, "Xã Mường Cơi", 4, 80],
    [2, "Xã Huy Hạ", huyHa, money.huyHa],
    ["II", "Huyện Bắc Yên", "=SUM(C7:C8)", "=SUM(D7:D8)"],
    [1, "Xã Tà Xùa", 3, 75],
    [2, "Xã Hồng Ngài", 3, 75],
  ];
}

const stale = (formula: string, shows: number) => ({ stale: formula, shows });

describe("a SUM not recalculated is one finding at it", () => {
  test.each<[string, () => Typed[][], [string, string][]]>([
    ["all recalculated", () => allocation(2, "=SUM(C4:C5)", "=C3+C6"), []],
    ["a commune raised, not recalculated: over the plan", () => allocation(3, stale("SUM(C4:C5)", 6), "=C3+C6"), [["subtotal", "C3"]]],
    ["a commune lowered, not recalculated: under the plan", () => allocation(1, stale("SUM(C4:C5)", 6), "=C3+C6"), [["subtotal", "C3"]]],
    ["the grand total stale over the districts too", () => allocation(3, stale("SUM(C4:C5)", 6), stale("C3+C6", 12)), [["subtotal", "C3"]]],
    ["money raised, not recalculated", () => allocation(2, "=SUM(C4:C5)", "=C3+C6", { huyHa: 90, phuYen: stale("SUM(D4:D5)", 150) }), [["subtotal", "D3"]]],
    // Off the plan by more than the stale gap: a second cause, its ceiling kept.
    ["stale, and the grand total not the plan's", () => allocation(3, stale("SUM(C4:C5)", 5), "=C3+C6"), [["ceiling", "C2"], ["subtotal", "C3"]]],
  ])("%s", (_name, make, expected) => {
    for (const across of [false, true]) {
      const data = formulaSheet("Phân bổ", across ? transposeTyped(make()) : make());
      const { report } = checkWorkbook({ sheets: [data, PLAN, AREAS] }, { workbookName: "x.xlsx" });
      const cells = expected.map(([rule, cell]) => [rule, across ? transposedAddress(cell) : cell]);
      expect(report.findings.map((f) => [f.rule, f.cell])).toEqual(across ? cells.sort((a, b) => (a[1] < b[1] ? -1 : 1)) : cells);
      const told = report.findings.find((f) => f.rule === "subtotal");
      if (told !== undefined) expect(told.message.vi).toContain("chưa được tính lại");
    }
  });
});
