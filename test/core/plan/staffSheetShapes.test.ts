/**
 * Plan sheets as staff make them around the table: a title merged over the
 * columns, a `Ghi chú` column, notes rows and a signature block below, the
 * columns' units in a row under the header (`| | (tổ) | (triệu đồng)`).
 * Each reads its lines at their cells, in their units, with nothing else
 * taken for a line and nothing said.
 */
import { readPlanFromWorkbook } from "../../../src/core/plan";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";

const H: CellValue[] = ["STT", "Nội dung", "ĐVT", "Kế hoạch"];
const LINES: CellValue[][] = [
  ["1", "Tổ truyền thông cộng đồng", "tổ", 6],
  ["2", "Kinh phí tập huấn", "triệu đồng", 300],
];
const READ: [string, string, number, string][] = [
  ["1", "count", 6, "D"],
  ["2", "money", 300e6, "D"],
];

type Shape = [name: string, values: CellValue[][], merges: SheetData["merges"], firstRow: number];
const shapes: Shape[] = [
  ["a title merged over the columns", [["ỦY BAN NHÂN DÂN XÃ"], ["KẾ HOẠCH THỰC HIỆN NĂM 2026"], [], H, ...LINES], [{ top: 0, left: 0, bottom: 0, right: 3 }, { top: 1, left: 0, bottom: 1, right: 3 }], 5],
  ["a Ghi chú column with notes, years and figures", [[...H, "Ghi chú"], [...LINES[0], "Năm 2026: 3 tổ"], [...LINES[1], 2026]], [], 2],
  ["notes rows below", [H, ...LINES, [], ["Ghi chú: Kinh phí năm 2026 là 100 triệu đồng"], ["* Số liệu tính đến 31/12/2025"]], [], 2],
  ["a note in the name column below, its code cell blank", [H, ...LINES, [null, "Ghi chú: chỉ tiêu 1 gồm 3 xã"]], [], 2],
  [
    "a signature block below",
    [H, ...LINES, [], [null, null, null, "Hà Nội, ngày 15 tháng 01 năm 2026"], [null, "NGƯỜI LẬP BIỂU", null, "CHỦ TỊCH"], [null, "(Ký, ghi rõ họ tên)", null, "(Ký tên, đóng dấu)"], [], [null, "Nguyễn Văn A", null, "Trần Thị B"]],
    [],
    2,
  ],
  ["the column numbers under the header", [H, ["(1)", "(2)", "(3)", "(4)"], ...LINES], [], 3],
  // No `STT` header: `Nội dung` merged over the codes' column and the names'.
  ["the name header merged over the codes and the names", [["Nội dung", null, "ĐVT", "Kế hoạch"], ...LINES], [{ top: 0, left: 0, bottom: 0, right: 1 }], 2],
  [
    "the name header merged over the codes and the names, a section heading merged across",
    [["KẾ HOẠCH THỰC HIỆN NĂM 2026"], [], ["Nội dung", null, "ĐVT", "Kế hoạch"], ["I. CHỈ TIÊU", null, null, null], ...LINES],
    [{ top: 0, left: 0, bottom: 0, right: 3 }, { top: 2, left: 0, bottom: 2, right: 1 }, { top: 3, left: 0, bottom: 3, right: 3 }],
    5,
  ],
];

test.each(shapes)("%s", (_name, values, merges, firstRow) => {
  const plan = readPlanFromWorkbook({ sheets: [{ name: "Kế hoạch", values, merges }] });
  expect(plan.lines.map((line) => [line.code, line.kind, line.target, line.source?.cell])).toEqual(READ.map(([code, kind, target, col], i) => [code, kind, target, `${col}${firstRow + i}`]));
  expect(plan.doubts ?? []).toEqual([]);
});

test("a name header merged over two columns of names, no codes: the code column is still missing", () => {
  const values: CellValue[][] = [["Nội dung", null, "ĐVT", "Kế hoạch"], ["Tổ truyền thông", "cộng đồng", "tổ", 6], ["Tập huấn", "cán bộ", "lượt người", 30]];
  expect(() => readPlanFromWorkbook({ sheets: [{ name: "Kế hoạch", values, merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] }] })).toThrow(/missing column code/);
});

describe("the units in a row under the header", () => {
  test.each<[string, CellValue[][], [string, string, string, number, string][]]>([
    [
      "Số lượng | Kinh phí over (tổ) | (triệu đồng)",
      [["STT", "Nội dung", "Số lượng", "Kinh phí"], [null, null, "(tổ)", "(triệu đồng)"], ["1", "Tổ truyền thông", 3, 100], ["2", "Câu lạc bộ", 2, 50]],
      [
        ["1", "tổ", "count", 3, "C3"],
        ["1-KP", "triệu đồng", "money", 100e6, "D3"],
        ["2", "tổ", "count", 2, "C4"],
        ["2-KP", "triệu đồng", "money", 50e6, "D4"],
      ],
    ],
    [
      "ĐVT | Kế hoạch over | (triệu đồng), the unit cells blank",
      [H, [null, null, null, "(triệu đồng)"], ["1", "Kinh phí tập huấn", null, 100], ["2", "Kinh phí truyền thông", null, 50]],
      [
        ["1", "triệu đồng", "money", 100e6, "D3"],
        ["2", "triệu đồng", "money", 50e6, "D4"],
      ],
    ],
    [
      "Số lượng | Kinh phí over tổ | triệu đồng, no parentheses",
      [["STT", "Nội dung", "Số lượng", "Kinh phí"], [null, null, "tổ", "triệu đồng"], ["1", "Tổ truyền thông", 3, 100]],
      [
        ["1", "tổ", "count", 3, "C3"],
        ["1-KP", "triệu đồng", "money", 100e6, "D3"],
      ],
    ],
    [
      "ĐVT | Kế hoạch over | triệu đồng, the unit cells blank",
      [H, [null, null, null, "triệu đồng"], ["1", "Kinh phí tập huấn", null, 100]],
      [["1", "triệu đồng", "money", 100e6, "D3"]],
    ],
    [
      "Kế hoạch merged over Số lượng | Kinh phí, the units a row under",
      [["STT", "Nội dung", "Kế hoạch", null], [null, null, "Số lượng", "Kinh phí"], [null, null, "(tổ)", "(triệu đồng)"], ["1", "Tổ truyền thông", 3, 100]],
      [
        ["1", "tổ", "count", 3, "C4"],
        ["1-KP", "triệu đồng", "money", 100e6, "D4"],
      ],
    ],
    [
      "Kế hoạch over (ĐVT: người), no unit column",
      [["STT", "Nội dung", "Kế hoạch"], [null, null, "(ĐVT: người)"], ["1", "Người được tập huấn", 120]],
      [["1", "người", "count", 120, "C3"]],
    ],
  ])("%s: read in those units", (name, values, lines) => {
    const merges = name.includes("merged") ? [{ top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 1, bottom: 1, right: 1 }, { top: 0, left: 2, bottom: 0, right: 3 }] : [];
    const plan = readPlanFromWorkbook({ sheets: [{ name: "Kế hoạch", values, merges }] });
    expect(plan.lines.map((line) => [line.code, line.unit, line.kind, line.target, line.source?.cell])).toEqual(lines);
    expect(plan.doubts ?? []).toEqual([]);
  });

  test("a line's own unit cell still wins over the row's, and the disagreement is said", () => {
    const plan = readPlanFromWorkbook({ sheets: [{ name: "Kế hoạch", values: [H, [null, null, null, "(triệu đồng)"], ["1", "Kinh phí tập huấn", "đồng", 100000]], merges: [] }] });
    expect(plan.lines.map((line) => [line.unit, line.target])).toEqual([["đồng", 100000]]);
    expect(plan.doubts?.map((doubt) => doubt.en)).toEqual([expect.stringContaining(`cell C3 gives the unit "đồng", unlike "triệu đồng" in the target header (cell D2)`)]);
  });
});
