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

test("a second table in other columns: its rows are not plan lines, and the reading says so at its row", () => {
  const plan = planOf([H, [1, "Tổ truyền thông", "tổ", 14], [2, "Câu lạc bộ", "CLB", 6], [], ["II. KINH PHÍ"], ["STT", "Nội dung", "Kinh phí (triệu đồng)"], [1, "Truyền thông", 600], [2, "Tập huấn", 400]]);
  expect(plan.lines.map((line) => [line.code, line.target])).toEqual([
    ["1", 14],
    ["2", 6],
  ]);
  expect(plan.doubts?.map((doubt) => doubt.en)).toEqual([
    `Sheet "Kế hoạch", row 6: another table starts, headed in other columns than the plan's; the rows from there down were not read as plan lines. If they are, put them in the one table (the same columns).`,
  ]);
});
