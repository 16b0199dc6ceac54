/**
 * One cause, one finding: a commune's `Tổng kinh phí` (=E6+F6 over its
 * parts) whose saved value was not recalculated after a part was changed
 * still shows the old figure. It is not taken as evidence against a part:
 * one `subtotal` finding at the stale total cell, saying it was not
 * recalculated (as for a stale SUM subtotal).
 */
import { checkWorkbook } from "../../../src/core/check";
import { sheet } from "../layout/sheetBuilder";
import { formulaSheet, transposeTyped, transposedAddress, type Typed } from "./formulaSheet";

const PLAN = sheet("Kế hoạch", [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["KP", "Tổng kinh phí", "triệu đồng", 1200],
  ["KP.1", "Kinh phí truyền thông", "triệu đồng", 800],
  ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400],
]);

const stale = (formula: string, shows: number) => ({ stale: formula, shows });

/** Four communes; the last one's row total `d6` and its first part `e6`. */
function allocation(d6: Typed, e6: number): Typed[][] {
  return [
    ["TT", "Đơn vị", "Tổng kinh phí (triệu đồng)", "Kinh phí truyền thông", "Kinh phí tập huấn"],
    [null, "Tổng cộng", "=SUM(C3:C6)", "=SUM(D3:D6)", "=SUM(E3:E6)"],
    [1, "Xã Mường Cơi", "=D3+E3", 200, 100],
    [2, "Xã Huy Hạ", "=D4+E4", 200, 100],
    [3, "Xã Tà Xùa", "=D5+E5", 200, 100],
    [4, "Xã Hồng Ngài", d6, e6, 100],
  ];
}

test.each<[string, () => Typed[][], [string, string][]]>([
  ["recalculated", () => allocation("=D6+E6", 200), []],
  ["a part corrected to the plan, the row total not recalculated", () => allocation(stale("D6+E6", 250), 200), [["subtotal", "C6"]]],
  // The part retyped off the plan and the total not recalculated: the stale total is told at itself (not as evidence
  // that the part should read 200), and the plan line the part now breaks keeps its own finding.
  ["a part retyped off the plan, the row total not recalculated", () => allocation(stale("D6+E6", 300), 250), [["ceiling", "D2"], ["subtotal", "C6"]]],
])("%s", (_name, make, expected) => {
  for (const across of [false, true]) {
    const data = formulaSheet("Phân bổ", across ? transposeTyped(make()) : make());
    const { report } = checkWorkbook({ sheets: [data, PLAN] }, { workbookName: "x.xlsx" });
    const cells = expected.map(([rule, cell]) => [rule, across ? transposedAddress(cell) : cell]);
    const byCell = (a: (string | null)[], b: (string | null)[]) => ((a[1] ?? "") < (b[1] ?? "") ? -1 : 1);
    expect(report.findings.map((f) => [f.rule, f.cell]).sort(byCell)).toEqual(cells.sort(byCell));
    for (const f of report.findings.filter((x) => x.rule === "subtotal")) expect(f.message.vi).toContain("chưa được tính lại");
  }
});
