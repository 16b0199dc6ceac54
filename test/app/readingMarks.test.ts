import { markAt, parseTableRange, rangeOfAt, readingMarks } from "../../src/app/readingMarks";
import { COLUMNS_READING, ROWS_READING } from "../helpers/readings";

describe("readingMarks", () => {
  test("areas as rows: header rows and areas across the table, lines down it", () => {
    expect(readingMarks(ROWS_READING)).toEqual([
      { range: "A4:F12", kind: "table" },
      { range: "A4:F4", kind: "header" },
      { range: "A5:F5", kind: "header" },
      { range: "C4:C12", kind: "line", label: "1" },
      { range: "D4:D12", kind: "line", label: "2" },
      { range: "A6:F6", kind: "total" },
      { range: "A7:F7", kind: "group" },
      { range: "A8:F8", kind: "leaf" },
      { range: "A9:F9", kind: "leaf" },
      { range: "A10:F10", kind: "subtotal" },
      { range: "F4:F12", kind: "ignored" },
    ]);
  });

  test("indicators as rows: areas down the table, lines across it", () => {
    const marks = readingMarks(COLUMNS_READING);
    expect(marks).toContainEqual({ range: "A5:E5", kind: "line", label: "1" });
    expect(marks).toContainEqual({ range: "C3:C8", kind: "total" });
    expect(marks).toContainEqual({ range: "D3:D8", kind: "leaf" });
    expect(marks).toContainEqual({ range: "A8:E8", kind: "ignored" });
  });

  test.each([
    ["A4:N29", { top: 4, bottom: 29, left: 0, right: 13 }],
    ["$n$29:$a$4", { top: 4, bottom: 29, left: 0, right: 13 }],
    ["C7", { top: 7, bottom: 7, left: 2, right: 2 }],
    ["A:B", null],
    ["", null],
  ])("parseTableRange(%p)", (range, rect) => {
    expect(parseTableRange(range)).toEqual(rect);
  });

  test("rangeOfAt and markAt; a reading whose table is not a range gives no marks", () => {
    const table = parseTableRange("B2:AA30")!;
    expect(rangeOfAt(table, "17")).toBe("B17:AA17");
    expect(rangeOfAt(table, "ab")).toBe("AB2:AB30");
    expect(markAt(ROWS_READING, "7", "group")).toEqual({ range: "A7:F7", kind: "group" });
    expect(readingMarks({ ...ROWS_READING, table: "?" })).toEqual([]);
    expect(markAt({ ...ROWS_READING, table: "?" }, "7", "group")).toBeNull();
  });
});
