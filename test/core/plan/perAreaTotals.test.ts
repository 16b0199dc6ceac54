/**
 * A total row (`Tổng cộng`) under money written per area (`Kinh phí (triệu
 * đồng/xã)` beside the counts, a `triệu đồng/xã` unit cell, `Kế hoạch
 * (triệu đồng/xã)`), no quota column: checked against the lines' money —
 * for each area or the wholes, either agreeing — and said naming its cell
 * when neither does.
 */
import { readPlanFromWorkbook } from "../../../src/core/plan";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet, workbook } from "../progress/fixtures";
import { fiveCommuneRows } from "./fiveCommuneSheet";

const planOf = (rows: CellValue[][], areas = true) => readPlanFromWorkbook(workbook(sheet("Kế hoạch", [...rows, ...(areas ? [[], ["Huyện", "Xã"], ...fiveCommuneRows] : [])])));

type Shape = [name: string, rows: (total: number) => CellValue[][], cell: string, areas: boolean];
const shapes: Shape[] = [
  [
    "Kinh phí (triệu đồng/xã) beside Số lượng",
    (total) => [["STT", "Nội dung", "ĐVT", "Số lượng", "Kinh phí (triệu đồng/xã)"], ["1", "Tổ truyền thông", "tổ", 5, 10], ["2", "Câu lạc bộ", "CLB", 5, 20], [null, "Tổng cộng", null, 10, total]],
    "E4",
    true,
  ],
  [
    "triệu đồng/xã in the unit cells and the total's",
    (total) => [["STT", "Nội dung", "ĐVT", "Kế hoạch"], ["1", "Hỗ trợ tập huấn", "triệu đồng/xã", 10], ["2", "Hỗ trợ truyền thông", "triệu đồng/xã", 20], [null, "Tổng cộng", "triệu đồng/xã", total]],
    "D4",
    true,
  ],
  [
    "Kế hoạch (triệu đồng/xã), no unit column",
    (total) => [["STT", "Nội dung", "Kế hoạch (triệu đồng/xã)"], ["1", "Hỗ trợ tập huấn", 10], ["2", "Hỗ trợ truyền thông", 20], [null, "Tổng cộng", total]],
    "C4",
    true,
  ],
];

describe.each(shapes)("%s", (_name, rows, cell, areas) => {
  test.each([30, 150])("a total of %s (each area's, or the wholes'): nothing said", (total) => {
    const doubts = planOf(rows(total), areas).doubts ?? [];
    expect(doubts.filter((doubt) => doubt.en.includes("Tổng cộng"))).toEqual([]);
  });

  test("a total neither adds up to: said at its cell, with both sums", () => {
    const said = (planOf(rows(999), areas).doubts ?? []).filter((doubt) => doubt.en.includes("Tổng cộng"));
    expect(said.map((doubt) => doubt.en)).toEqual([
      expect.stringMatching(new RegExp(`^'Kế hoạch'!${cell}: the row "Tổng cộng" \\(no code\\) gives 999 million VND, but the lines .* add up to 30 million VND for each area, 150 million VND over all areas\\.`)),
    ]);
    expect(said[0].vi).toContain("cộng lại 30 triệu đồng cho mỗi địa bàn, cả các địa bàn 150 triệu đồng.");
  });
});

test("no list of areas: each area's sum checked alone", () => {
  const rows: CellValue[][] = [["STT", "Nội dung", "Kế hoạch (triệu đồng/xã)"], ["1", "Hỗ trợ tập huấn", 10], ["2", "Hỗ trợ truyền thông", 20]];
  expect((planOf([...rows, [null, "Tổng cộng", 30]], false).doubts ?? []).filter((doubt) => doubt.en.includes("Tổng cộng"))).toEqual([]);
  const said = (planOf([...rows, [null, "Tổng cộng", 999]], false).doubts ?? []).filter((doubt) => doubt.en.includes("Tổng cộng"));
  expect(said.map((doubt) => doubt.en)).toEqual([expect.stringContaining("add up to 30 million VND for each area. Correct the figure")]);
});

test("with a quota column the lines are wholes in the unit before the slash, and so is the total", () => {
  const rows = (total: number): CellValue[][] => [["STT", "Nội dung", "ĐVT", "Kế hoạch", "Định mức"], ["1", "Hỗ trợ tập huấn", "triệu đồng/xã", 50, 10], ["2", "Hỗ trợ truyền thông", "triệu đồng/xã", 100, 20], [null, "Tổng cộng", "triệu đồng/xã", total, null]];
  expect((planOf(rows(150)).doubts ?? []).filter((doubt) => doubt.en.includes("Tổng cộng"))).toEqual([]);
  expect((planOf(rows(30)).doubts ?? []).map((doubt) => doubt.en)).toEqual([expect.stringContaining("gives 30 million VND, but the lines 1 (D2), 2 (D3) add up to 150 million VND. Correct")]);
});
