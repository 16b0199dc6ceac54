import { MergeIndex, sheetGrid, shownText, shownValue, transposeGrid } from "../../../src/core/layout";
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
