/**
 * Plan targets typed as staff type them: full-width (`８５％`), closed by a
 * full stop (`14.`, `85%.`), and a dash in a section heading's target cell
 * (`I | Chỉ tiêu chung | -`), a heading, not a target that is not a number.
 */
import { readPlanFromWorkbook } from "../../../src/core/plan";
import type { CellValue } from "../../../src/core/model/workbook";

function planOf(rows: CellValue[][]) {
  return readPlanFromWorkbook({ sheets: [{ name: "Kế hoạch", values: [["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"], ...rows], merges: [] }] });
}

test.each<[string, CellValue, string, number]>([
  ["full-width percent", "８５％", "%", 85],
  ["a percent closed by a full stop", "85%.", "%", 85],
  ["a count closed by a full stop", "14.", "tổ", 14],
  ["thousands closed by a full stop", "1.250.", "tổ", 1250],
  ["money closed by a full stop", "3,1.", "tỷ đồng", 3_100_000_000],
])("a target typed as %s", (_name, target, unit, expected) => {
  expect(planOf([["1", "A", unit, target]]).lines[0].target).toBe(expected);
});

test("a dash in a section heading's target cell is a heading, the lines under it read", () => {
  const plan = planOf([
    ["I", "Chỉ tiêu chung", null, "-"],
    ["1", "Tổ truyền thông", "tổ", 14],
    ["II", "Kinh phí", null, "–"],
    ["1", "Kinh phí truyền thông", "triệu đồng", 600],
  ]);
  expect(plan.lines.map((line) => [line.code, line.target])).toEqual([
    ["I.1", 14],
    ["II.1", 600_000_000],
  ]);
});

test("a dash as a line's target is none planned: a target of 0 (see dashedTargets.test.ts)", () => {
  expect(planOf([["1", "Tổ truyền thông", "tổ", "-"]]).lines.map((line) => line.target)).toEqual([0]);
});
