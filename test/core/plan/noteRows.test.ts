/**
 * A note row (`Ghi chú: …`) ends the plan table — numbered notes may follow
 * it — but what it could hide is said at its cells, never dropped in
 * silence: a figure under the target column on the note's own row, and rows
 * below it shaped like plan lines (a code and a figure under the target).
 */
import { readPlanFromWorkbook } from "../../../src/core/plan";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet, workbook } from "../layout/sheetBuilder";

const H: CellValue[] = ["STT", "Nội dung", "ĐVT", "Kế hoạch"];
const LINES: CellValue[][] = [
  [1, "Tổ truyền thông cộng đồng", "tổ", 6],
  [2, "Câu lạc bộ Mẹ và bé", "CLB", 10],
];
const planOf = (rows: CellValue[][]) => readPlanFromWorkbook(workbook(sheet("Kế hoạch", [H, ...rows])));
const figureOnNote = (cell: string, shown: string, note: string) =>
  `'Kế hoạch'!${cell}: the figure ${shown} is on the note row "${note}": not read as a plan line. If it is a line, make it a coded row of the table.`;
const linesBelow = (row: number, note: string, count: number, cells: string) =>
  `Sheet "Kế hoạch", row ${row}: the note "${note}" ends the plan table; ${count} row(s) under it have a code and a figure like plan lines (${cells}) but were not read as plan lines. If they are, move the note below the table.`;

test.each<[string, CellValue[][], string[], string[]]>([
  ["a figure on the note row below the lines", [...LINES, ["Ghi chú: kinh phí dự phòng", null, "triệu đồng", 50]], ["1", "2"], [figureOnNote("D4", "50", "Ghi chú: kinh phí dự phòng")]],
  ["a figure typed as text on the note row, the note in the name column", [...LINES, [null, "Ghi chú: dự phòng", null, "1.250"]], ["1", "2"], [figureOnNote("D4", "1.250", "Ghi chú: dự phòng")]],
  ["a note between the lines", [LINES[0], ["Ghi chú: tổ thành lập mới"], LINES[1]], ["1"], [linesBelow(3, "Ghi chú: tổ thành lập mới", 1, "D4")]],
  [
    "a note with a figure between the lines, three below",
    [LINES[0], [null, "Ghi chú: dự phòng", "triệu đồng", 50], LINES[1], [3, "Hội thi", "cuộc", 2], [4, "Tập huấn", "lớp", 4], [5, "Truyền thông", "cuộc", 8]],
    ["1"],
    [figureOnNote("D3", "50", "Ghi chú: dự phòng"), linesBelow(3, "Ghi chú: dự phòng", 4, "D4, D5, D6 …")],
  ],
])("%s: the lines above read, the rest said", (_name, rows, codes, said) => {
  const plan = planOf(rows);
  expect(plan.lines.map((line) => line.code)).toEqual(codes);
  expect(plan.doubts?.map((doubt) => doubt.en)).toEqual(said);
  expect(plan.doubts?.[0].vi).toMatch(/^(?:'Kế hoạch'!D\d: số .+ nằm ở dòng ghi chú|Trang "Kế hoạch", dòng \d+: ghi chú)/);
});

test.each<[string, CellValue[][]]>([
  ["notes in words below", [...LINES, [], ["Ghi chú: Kinh phí năm 2026 là 100 triệu đồng"], ["* Số liệu tính đến 31/12/2025"]]],
  ["numbered notes below, their text in the code column", [...LINES, ["Ghi chú:"], ["1. Kinh phí trên đã gồm 50 triệu đồng dự phòng"], ["2. Số tổ tính đến năm 2026"]]],
  ["numbered notes below, the number in the code column, no figure under the target", [...LINES, ["Ghi chú:"], [1, "Kinh phí trên đã gồm 50 triệu đồng dự phòng"], [2, "Năm 2026: 3 tổ"]]],
  ["a date under the target column of the signature rows", [...LINES, ["Ghi chú: số liệu tạm tính"], [null, null, null, "Hà Nội, ngày 15 tháng 3 năm 2026"], [null, null, null, "Người lập biểu"]]],
  ["the areas' table below the note", [...LINES, ["Ghi chú: địa bàn"], ["STT", "Huyện", "Xã", null], [1, "Huyện A", "Xã B", null]]],
])("%s: nothing said", (_name, rows) => {
  const plan = planOf(rows);
  expect(plan.lines.map((line) => line.code)).toEqual(["1", "2"]);
  expect(plan.doubts ?? []).toEqual([]);
});
