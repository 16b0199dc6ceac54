import type { CellValue } from "../../../src/core/model/workbook";
import { leafExtremes } from "../../../src/core/rules/leafExtremes";
import { lineRanges } from "../../../src/core/rules/scaleCause";
import { context, plan, planLine, table, type RowSpec } from "./fixtures";

const LINES = [
  { header: "Tổ truyền thông", planCode: "1" },
  { header: "Câu lạc bộ", planCode: "2" },
  { header: "Địa chỉ tin cậy", planCode: "3" },
];
const P = plan([planLine("1", "Tổ truyền thông", "tổ", 100), planLine("2", "Câu lạc bộ", "CLB", 100), planLine("3", "Địa chỉ tin cậy", "địa chỉ", 100)]);

/** A district (its own figures left out: no leaf) over communes holding `figures`, one row each. */
function ctx(figures: CellValue[][]) {
  const rows: RowSpec[] = [
    { label: "Huyện Ba Vì", kind: "group", parent: null, values: [99, 99, 99] },
    ...figures.map((values, i): RowSpec => ({ label: `Xã ${i + 1}`, kind: "leaf", parent: 0, values })),
  ];
  return context(P, table(LINES, rows));
}

describe("leafExtremes: each line's extremes over the communes, read once", () => {
  test("the two largest and two smallest positive figures, their first communes, the count, zero and below zero", () => {
    const c = ctx([
      [5, 0, 3],
      [9, 2, -1],
      [9, null, 7],
      [1, 4, 3],
    ]);
    const e = leafExtremes(c);
    expect(Array.from(e.largest)).toEqual([9, 4, 7]);
    expect(Array.from(e.nextLargest)).toEqual([9, 2, 3]);
    expect(Array.from(e.largestAt)).toEqual([2, 4, 3]);
    expect(Array.from(e.smallest)).toEqual([1, 2, 3]);
    expect(Array.from(e.nextSmallest)).toEqual([5, 4, 3]);
    expect(Array.from(e.smallestAt)).toEqual([4, 2, 1]);
    expect(Array.from(e.positives)).toEqual([4, 2, 3]);
    expect(Array.from(e.zero)).toEqual([0, 1, 0]);
    expect(Array.from(e.negative)).toEqual([0, 0, 1]);
    expect(Array.from(e.textPositive)).toEqual([0, 0, 0]);
  });

  test("a number typed as text is flagged, not counted", () => {
    const e = leafExtremes(ctx([[5, "7", 1], [3, 2, 1]]));
    expect(Array.from(e.textPositive)).toEqual([0, 1, 0]);
    expect(e.positives[1]).toBe(1);
    expect(e.largest[1]).toBe(2);
  });

  test("made once per context", () => {
    const c = ctx([[1, 2, 3]]);
    expect(leafExtremes(c)).toBe(leafExtremes(c));
    expect(leafExtremes(ctx([[1, 2, 3]]))).not.toBe(leafExtremes(c));
  });

  test("a line with no text and nothing below zero: the same range `lineRanges` reads", () => {
    const c = ctx([
      [5, 0, 3],
      [9, 2, 8],
      [9, null, 7],
      [1, 4, 3],
    ]);
    const e = leafExtremes(c);
    const ranges = lineRanges(c, [0, 1, 2]);
    for (const line of [0, 1, 2]) {
      expect(ranges.get(line)).toEqual({ count: e.positives[line], max1: e.largest[line], max2: e.nextLargest[line], min1: e.smallest[line], min2: e.nextSmallest[line] });
    }
  });
});
