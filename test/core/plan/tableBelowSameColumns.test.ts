/**
 * A second plan table below the first in the same columns, headed again
 * with other words or another unit (`STT | Nội dung | Kinh phí (triệu
 * đồng)` under `STT | Nội dung | Số lượng (tổ)`): a table of its own, read
 * with its own header and unit — never its money read in the first's unit.
 * A page's repeated header (the same words, case and diacritics aside) is
 * read on as before.
 */
import { readPlanFromWorkbook } from "../../../src/core/plan";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet, workbook } from "../progress/fixtures";

const planOf = (rows: CellValue[][]) => readPlanFromWorkbook(workbook(sheet("Kế hoạch", rows)));

const COUNTS: CellValue[][] = [
  ["1", "Tổ truyền thông cộng đồng", 6],
  ["2", "Câu lạc bộ", 10],
];

test.each<[string, CellValue[], CellValue[], (row: CellValue[]) => CellValue[], [string, string, string, number, string][]]>([
  [
    "Số lượng (tổ) then Kinh phí (triệu đồng), no unit column",
    ["STT", "Nội dung", "Số lượng (tổ)"],
    ["STT", "Nội dung", "Kinh phí (triệu đồng)"],
    (row) => row,
    [
      ["1", "tổ", "count", 6, "C2"],
      ["2", "tổ", "count", 10, "C3"],
      ["3", "triệu đồng", "money", 300e6, "C6"],
      ["4", "triệu đồng", "money", 120e6, "C7"],
    ],
  ],
  [
    "Kế hoạch (tổ) then Kinh phí (triệu đồng)",
    ["STT", "Nội dung", "Kế hoạch (tổ)"],
    ["STT", "Nội dung", "Kinh phí (triệu đồng)"],
    (row) => row,
    [
      ["1", "tổ", "count", 6, "C2"],
      ["2", "tổ", "count", 10, "C3"],
      ["3", "triệu đồng", "money", 300e6, "C6"],
      ["4", "triệu đồng", "money", 120e6, "C7"],
    ],
  ],
  [
    "ĐVT | Kế hoạch then ĐVT | Kinh phí, each line's unit its own",
    ["STT", "Nội dung", "ĐVT", "Kế hoạch"],
    ["STT", "Nội dung", "ĐVT", "Kinh phí"],
    (row) => [row[0], row[1], typeof row[2] === "number" && row[2] > 50 ? "triệu đồng" : "tổ", row[2]],
    [
      ["1", "tổ", "count", 6, "D2"],
      ["2", "tổ", "count", 10, "D3"],
      ["3", "triệu đồng", "money", 300e6, "D6"],
      ["4", "triệu đồng", "money", 120e6, "D7"],
    ],
  ],
])("%s: each table read in its own unit, at its cells, nothing said", (_name, first, second, shape, lines) => {
  const money: CellValue[][] = [
    ["3", "Kinh phí tập huấn", 300],
    ["4", "Kinh phí truyền thông", 120],
  ];
  const plan = planOf([first, ...COUNTS.map(shape), [], second, ...money.map(shape)]);
  expect(plan.lines.map((line) => [line.code, line.unit, line.kind, line.target, line.source?.cell])).toEqual(lines);
  expect(plan.doubts ?? []).toEqual([]);
});

test.each<[string, CellValue[]]>([
  ["no unit column, the unit in the target headers", ["STT", "Nội dung", "Kinh phí (triệu đồng)"]],
  ["a unit column in both", ["STT", "Nội dung", "ĐVT", "Kinh phí"]],
])("the money table numbered 1, 2 again (%s): not read, said at its header row — never a refusal nor counts", (_name, second) => {
  const unitCol = second.length === 4;
  const rows: CellValue[][] = [
    unitCol ? ["STT", "Nội dung", "ĐVT", "Kế hoạch"] : ["STT", "Nội dung", "Số lượng (tổ)"],
    ...COUNTS.map((row) => (unitCol ? [row[0], row[1], "tổ", row[2]] : row)),
    [],
    second,
    unitCol ? ["1", "Kinh phí tập huấn", "triệu đồng", 300] : ["1", "Kinh phí tập huấn", 300],
  ];
  const plan = planOf(rows);
  expect(plan.lines.map((line) => [line.code, line.kind, line.target])).toEqual([
    ["1", "count", 6],
    ["2", "count", 10],
  ]);
  expect(plan.doubts?.map((doubt) => doubt.en)).toEqual([
    `Sheet "Kế hoạch", row 5: another plan table starts, but its codes repeat the table's above (no section I, II tells them apart); its rows were not read as plan lines. If they are, add a section row (e.g. "II. Kinh phí") over it or give other codes.`,
  ]);
});

test("the money table under its section title, numbered 1 again: read in its unit, its codes in its section (the II a title gives)", () => {
  const plan = planOf([["I. CHỈ TIÊU"], ["STT", "Nội dung", "Số lượng (tổ)"], ...COUNTS, [], ["II. KINH PHÍ"], ["STT", "Nội dung", "Kinh phí (triệu đồng)"], ["1", "Kinh phí tập huấn", 300]]);
  expect(plan.lines.map((line) => [line.code, line.kind, line.target, line.source?.cell])).toEqual([
    ["1", "count", 6, "C3"],
    ["2", "count", 10, "C4"],
    ["II.1", "money", 300e6, "C8"],
  ]);
  expect(plan.doubts ?? []).toEqual([]);
});

test.each<[string, CellValue[]]>([
  ["the same words", ["STT", "Nội dung", "Kinh phí (triệu đồng)"]],
  ["in capitals, without diacritics", ["STT", "NOI DUNG", "KINH PHI (TRIEU DONG)"]],
])("a page's repeated header (%s): read on as one table", (_name, again) => {
  const plan = planOf([["STT", "Nội dung", "Kinh phí (triệu đồng)"], ["1", "Tập huấn", 300], again, ["2", "Truyền thông", 120]]);
  expect(plan.lines.map((line) => [line.code, line.kind, line.target])).toEqual([
    ["1", "money", 300e6],
    ["2", "money", 120e6],
  ]);
  expect(plan.doubts ?? []).toEqual([]);
});

test("a page's repeated header writing the unit header otherwise (ĐVT for Đơn vị tính): read on as one table", () => {
  const plan = planOf([["STT", "Nội dung", "Đơn vị tính", "Kế hoạch"], ["1", "Tổ truyền thông", "tổ", 6], ["STT", "Nội dung", "ĐVT", "Kế hoạch"], ["2", "Câu lạc bộ", "CLB", 10]]);
  expect(plan.lines.map((line) => [line.code, line.target, line.source?.cell])).toEqual([
    ["1", 6, "D2"],
    ["2", 10, "D4"],
  ]);
  expect(plan.doubts ?? []).toEqual([]);
});
