import type { CellValue } from "../../../src/core/model/workbook";
import { context, plan, planLine, table, type RowSpec } from "./fixtures";

const LINES = [
  { header: "Tổ truyền thông", planCode: "1" },
  { header: "Kinh phí (triệu đồng)", planCode: "2", unit: "triệu đồng" },
];
const p = plan([planLine("1", "Tổ truyền thông", "tổ", 100), planLine("2", "Kinh phí", "triệu đồng", 1000)]);

/** Tổng cộng over two districts: Ba Vì (two communes), Quốc Oai (a commune and a heading with a commune). */
function rows(a: CellValue[], b: CellValue[]): RowSpec[] {
  return [
    { label: "Tổng cộng", kind: "total", parent: null, values: [null, null] },
    { label: "Huyện Ba Vì", kind: "group", parent: 0, values: [null, null] },
    { label: "Xã Ba Trại", kind: "leaf", parent: 1, values: a },
    { label: "Xã Ba Vì", kind: "leaf", parent: 1, values: b },
    { label: "Huyện Quốc Oai", kind: "group", parent: 0, values: [null, null] },
    { label: "Xã Đông Yên", kind: "leaf", parent: 4, values: [1, 1] },
    { label: "Các thôn", kind: "heading", parent: 4, values: [null, null] },
    { label: "Thôn Một", kind: "leaf", parent: 6, values: [1, 1] },
  ];
}

describe("leaf sums of groups of leaves, added while the rows are read", () => {
  test.each<[string, CellValue[], CellValue[], number[]]>([
    ["typed numbers, in base units", [2, 1.5], [3, 2], [5, 3_500_000]],
    ["a blank adds nothing", [null, 1], [3, null], [3, 1_000_000]],
    ["a number typed as text counts", ["2", 1], [3, 1], [5, 2_000_000]],
    ["an error or text makes the sum unknown", [{ error: "#REF!" }, 1], [3, "hai"], [Number.NaN, Number.NaN]],
    ["a negative or fractional figure is added as it is", [-2, 0.25], [3, 0.5], [1, 750_000]],
  ])("%s", (_name, a, b, expected) => {
    const ctx = context(p, table(LINES, rows(a, b)));
    const sums = ctx.leafChildSums!;
    // Only Ba Vì has leaves alone for children: the total holds districts, Quốc Oai a heading.
    expect(Array.from(sums.at).map((at) => at >= 0)).toEqual([false, true, false, false, false, false, false, false]);
    expect(Array.from(sums.rows[sums.at[1]])).toEqual(expected);
  });

  test("areas as columns (lines as rows): none (subtotal adds the leaves itself)", () => {
    const ctx = context(p, table(LINES, rows([1, 1], [1, 1]), { orientation: "indicators-as-rows" }));
    expect(ctx.leafChildSums).toBeUndefined();
  });
});
