import fc from "fast-check";
import type { CellValue } from "../../../src/core/model/workbook";
import { numberedGroup, romanStt } from "../../../src/core/layout/areas";
import type { Frame } from "../../../src/core/layout/frame";
import { sheetGrid } from "../../../src/core/layout/grid";
import { SttMarks } from "../../../src/core/layout/sttMarks";

/** STT cells as sheets write them: whole numbers, item numbers, marks, Roman numerals, letters, blanks. */
const STT: readonly CellValue[] = [null, 1, 2, 3.5, 1.1, "1", " 2. ", "1.1", "2,3", "-", "+", "•", "a", "a)", "b.", "c", "A", "B.", "C", "I", "II.", "iv", "x", "", " ", "Ghi chú", true];
const LABEL: readonly CellValue[] = [null, "", "  ", "Xã A", "Huyện B", 7, "\u00a0"];

function frameOf(rows: readonly (readonly [CellValue, CellValue])[], stt: boolean): Frame {
  const grid = sheetGrid({ name: "S", values: rows.map(([s, l]) => [s, l, 1]), merges: [] });
  return {
    grid,
    orientation: "areas-as-rows",
    headerRows: [],
    codeRow: null,
    unitsRow: null,
    sttCol: stt ? 0 : null,
    areaCols: [1],
    areaPositions: rows.map((_r, i) => i),
    linePositions: [2],
  };
}

test("SttMarks answers as romanStt and numberedGroup do, row by row", () => {
  const rows = fc.array(fc.tuple(fc.constantFrom(...STT), fc.constantFrom(...LABEL)), { maxLength: 12 });
  fc.assert(
    fc.property(rows, fc.boolean(), (list, stt) => {
      const frame = frameOf(list, stt);
      const marks = new SttMarks(frame, 1);
      // Asked in the order rows are read, then again (the answers are kept).
      for (let pass = 0; pass < 2; pass++) {
        for (let k = 0; k < list.length; k++) {
          expect(marks.roman(k)).toBe(romanStt(frame, k));
          expect(marks.numberedGroup(k)).toBe(numberedGroup(frame, frame.areaPositions, k, 1));
        }
      }
    }),
    { numRuns: 2000 },
  );
});

test("a whole number over an item number is a numbered group; a blank label between them is skipped", () => {
  const frame = frameOf([[1, "Huyện A"], [null, ""], ["1.1", "Xã B"], [2, "Xã C"], [3, "Xã D"]], true);
  const marks = new SttMarks(frame, 1);
  expect([0, 1, 2, 3, 4].map((k) => marks.numberedGroup(k))).toEqual([true, false, false, false, false]);
});

describe("one-letter Roman numerals in a lettered column", () => {
  test.each<[string, CellValue[], boolean[]]>([
    ["C after A, B is a letter", ["A", 1, "B", 1, "C", 1], [false, false, false, false, false, false]],
    ["I, II under A, B stay Roman", ["A", 1, "B", "I", 1, "II"], [false, false, false, true, false, true]],
    ["c after a, b is a letter; v stays Roman", ["a", "b", "c", "v"], [false, false, false, true]],
    ["C alone is Roman", ["I", "II", "C"], [true, true, true]],
  ])("%s", (_name, column, roman) => {
    const frame = frameOf(column.map((s) => [s, "Ba Vì"] as const), true);
    const marks = new SttMarks(frame, 1);
    expect(column.map((_s, k) => marks.roman(k))).toEqual(roman);
  });
});
