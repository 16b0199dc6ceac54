/**
 * The plan's header written again under its lines: a page's repeated header
 * or a second table in the same columns is read on (its lines numbered in
 * their section); a second table in other columns is not read as plan lines,
 * and the reading says so at its row — never lines read from the wrong
 * columns, nor dropped in silence.
 */
import { readPlanFromWorkbook } from "../../../src/core/plan";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet, workbook } from "../layout/sheetBuilder";

const H: CellValue[] = ["STT", "Nội dung", "ĐVT", "Kế hoạch"];

function planOf(rows: CellValue[][]) {
  return readPlanFromWorkbook(workbook(sheet("Kế hoạch", rows)));
}

test.each<[string, CellValue[][], [string, number][]]>([
  ["a second table in the same columns under its section title", [H, ["I", "CHỈ TIÊU", null, null], [1, "Tổ truyền thông", "tổ", 14], [], ["II. KINH PHÍ"], H, [1, "Truyền thông", "triệu đồng", 600]], [["I.1", 14], ["II.1", 600e6]]],
  ["a page's repeated header with its column numbers", [H, ["(1)", "(2)", "(3)", "(4)"], [1, "Tổ truyền thông", "tổ", 14], H, ["(1)", "(2)", "(3)", "(4)"], [2, "Câu lạc bộ", "CLB", 6]], [["1", 14], ["2", 6]]],
  ["the header again in capitals, without diacritics", [H, [1, "Tổ truyền thông", "tổ", 14], ["STT", "NOI DUNG", "DVT", "KE HOACH"], [2, "Câu lạc bộ", "CLB", 6]], [["1", 14], ["2", 6]]],
])("%s: read on, nothing said", (_name, rows, lines) => {
  const plan = planOf(rows);
  expect(plan.lines.map((line) => [line.code, line.target])).toEqual(lines);
  expect(plan.doubts ?? []).toEqual([]);
});

test("a second table in other columns, its unit in the target's header: read in its own columns, numbered in its section", () => {
  const plan = planOf([H, [1, "Tổ truyền thông", "tổ", 14], [2, "Câu lạc bộ", "CLB", 6], [], ["II. KINH PHÍ"], ["STT", "Nội dung", "Kinh phí (triệu đồng)"], [1, "Truyền thông", 600], [2, "Tập huấn", 400]]);
  expect(plan.lines.map((line) => [line.code, line.target, line.kind, line.source?.cell])).toEqual([
    ["1", 14, "count", "D2"],
    ["2", 6, "count", "D3"],
    ["II.1", 600e6, "money", "C7"],
    ["II.2", 400e6, "money", "C8"],
  ]);
  expect(plan.doubts ?? []).toEqual([]);
});

test("a second table in other columns with no target column: its rows are not plan lines, and the reading says why at its row", () => {
  const plan = planOf([H, [1, "Tổ truyền thông", "tổ", 14], [2, "Câu lạc bộ", "CLB", 6], [], [null, "STT", "Nội dung", "ĐVT", "Ghi chú"], [null, 1, "Truyền thông", "cuộc", "quý II"]]);
  expect(plan.lines.map((line) => [line.code, line.target])).toEqual([
    ["1", 14],
    ["2", 6],
  ]);
  expect(plan.doubts).toHaveLength(1);
  expect(plan.doubts?.[0].en).toMatch(/^Sheet "Kế hoạch", row 5: another table starts, headed in other columns than the plan's and with no column Kế hoạch \/ .*; its rows were not read as plan lines\./);
  expect(plan.doubts?.[0].vi).toContain("dòng 5: một bảng khác bắt đầu");
});
