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

describe("the same header written again over codes that start over", () => {
  const H2: CellValue[] = ["STT", "Nội dung", "ĐVT", "Kế hoạch"];
  const repeats = `Sheet "Kế hoạch", row 5: another plan table starts, but its codes repeat the table's above (no section I, II tells them apart); its rows were not read as plan lines. If they are, add a section row (e.g. "II. Kinh phí") over it or give other codes.`;
  const first: CellValue[][] = [
    ["1", "Tổ truyền thông", "tổ", 6],
    ["2", "Câu lạc bộ", "CLB", 10],
  ];

  test.each<[string, CellValue[][]]>([
    ["copied exactly", [H2]],
    ["copied with its column numbers", [H2, ["(1)", "(2)", "(3)", "(4)"]]],
  ])("%s: another table, not read and said — never a refusal of the plan", (_name, again) => {
    const plan = planOf([H2, ...first, [], ...again, ["1", "Tập huấn", "lớp", 3], ["2", "Hội thi", "cuộc", 2]]);
    expect(plan.lines.map((line) => [line.code, line.target, line.source?.cell])).toEqual([
      ["1", 6, "D2"],
      ["2", 10, "D3"],
    ]);
    expect(plan.doubts?.map((doubt) => doubt.en)).toEqual([repeats]);
  });

  test("a page's repeated header numbering on: one table, nothing said", () => {
    const plan = planOf([H2, ...first, H2, ["3", "Tập huấn", "lớp", 3]]);
    expect(plan.lines.map((line) => line.code)).toEqual(["1", "2", "3"]);
    expect(plan.doubts ?? []).toEqual([]);
  });

  test("the header again under a section row, numbered 1 again: codes in their sections", () => {
    const plan = planOf([["I", "Chỉ tiêu", null, null], H2, ...first, ["II", "Kinh phí", null, null], H2, ["1", "Tập huấn", "triệu đồng", 300]]);
    expect(plan.lines.map((line) => line.code)).toEqual(["1", "2", "II.1"]);
    expect(plan.doubts ?? []).toEqual([]);
  });

  test("the header again, a section heading first under it: read on in that section", () => {
    const plan = planOf([H2, ...first, H2, ["II", "Kinh phí", null, null], ["1", "Tập huấn", "triệu đồng", 300]]);
    expect(plan.lines.map((line) => line.code)).toEqual(["1", "2", "II.1"]);
    expect(plan.doubts ?? []).toEqual([]);
  });
});
