import fc from "fast-check";
import { MergeIndex, sheetGrid, shownText, shownValue, transposeGrid } from "../../../src/core/layout";
import type { CellRange } from "../../../src/core/model/workbook";
import { range, sheet } from "./sheetBuilder";

describe("grid", () => {
  test("MergeIndex finds short and tall merges, and nothing outside them", () => {
    const index = new MergeIndex([range("A1:C1"), range("B2:B200"), range("D5:E6")]);
    expect(index.find(0, 2)).toEqual(range("A1:C1"));
    expect(index.find(150, 1)).toEqual(range("B2:B200"));
    expect(index.find(5, 4)).toEqual(range("D5:E6"));
    expect(index.find(150, 2)).toBeUndefined();
    expect(index.find(200, 1)).toBeUndefined();
  });

  test("MergeIndex finds, for any cell, the one merge that holds it, as a look through every merge does", () => {
    const merge = fc.record({ top: fc.nat(150), left: fc.nat(6), height: fc.nat(80), width: fc.nat(3) }).map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.height, right: m.left + m.width }));
    const overlap = (a: CellRange, b: CellRange) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
    fc.assert(
      fc.property(fc.array(merge, { maxLength: 8 }), (drawn) => {
        const merges = drawn.filter((m, i) => !drawn.slice(0, i).some((other) => overlap(m, other)));
        const index = new MergeIndex(merges);
        const wrong: string[] = [];
        for (let row = 0; row < 240; row++) {
          for (let col = 0; col < 11; col++) if (index.find(row, col) !== merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right)) wrong.push(`${row}:${col}`);
        }
        expect(wrong).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  test("a merged area shows its value in every cell; the transpose swaps rows, columns and merges", () => {
    const grid = sheetGrid(sheet("S", [["Kinh phí\n(triệu đồng)", null], [1, { error: "#REF!" }]], { merges: ["A1:B1"], formats: { A2: "0%" } }));
    expect(shownText(grid, 0, 1)).toBe("Kinh phí (triệu đồng)");
    expect(shownValue(grid, 1, 1)).toEqual({ error: "#REF!" });
    const t = transposeGrid(grid);
    expect([t.rowCount, t.colCount, t.transposed]).toEqual([2, 2, true]);
    expect(t.value(1, 0)).toBeNull();
    expect(shownText(t, 1, 0)).toBe("Kinh phí (triệu đồng)");
    expect(t.mergeAt(1, 0)).toEqual(range("A1:A2"));
    expect(t.numberFormat(0, 1)).toBe("0%");
    expect(transposeGrid(t).transposed).toBe(false);
  });
});
