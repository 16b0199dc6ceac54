import fc from "fast-check";
import { buildSummary } from "../../../src/core/summary";
import { displayedNumber, displayedNumberWidth, printedColumnPoints, withPrintLayout } from "../../../src/core/summary/printLayout";
import { planSourceLabel } from "../../../src/core/summary/labels";
import { LINE_PADDING, textWidth, wrappedLines } from "../../../src/core/summary/textMeasure";
import type { SummaryCell, SummarySheetModel } from "../../../src/core/model/summary";
import { AREA_VALUES, PLAN, REPORT, TABLE, fixtureWorkbook } from "./fixture";

const model = buildSummary({ report: REPORT, plan: PLAN, table: TABLE, areaValues: AREA_VALUES, workbook: fixtureWorkbook() });

test.each([
  [1234567, "#,##0", "1,234,567"],
  [1234.5, "#,##0.###", "1,234.5"],
  [-12, "#,##0", "-12"],
  [0.795, "0.0%", "79.5%"],
  [50, '0.0"%"', "50.0%"],
  [3, undefined, "3"],
  [123, "#,##0", "123"],
  [1234, "#,##0", "1,234"],
  [123456, "#,##0.00", "123,456.00"],
  [-9876543210.5, "#,##0.0", "-9,876,543,210.5"],
  [1e21, "#,##0", "1e+21"],
])("displayedNumber(%p, %p) = %p", (value, format, shown) => {
  expect(displayedNumber(value, format)).toBe(shown);
});

test("a number's width, measured without writing its text, is exactly the width of its text", () => {
  const formats = fc.constantFrom(undefined, "General", "#,##0", "#,##0.###", "#,##0.00", "0.0%", '0.0"%"', "0.0", '#,##0" đồng"', '0" m²"');
  const value = fc.oneof(
    fc.double({ noNaN: false }),
    fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
    fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
    fc.constantFrom(0, -0, 0.0005, 999.9995, 1e21, -1e21, 1e-7, 123456789.123, 9, 10, 99, 100, 999, 1000, 99999, 100000, 999999, 1e6, 2 ** 53, 2 ** 53 + 2, 1e20, 999999999999999900000, -1e20, 0.5, 2.5, -0.5, 1234.5),
    // Whole numbers of every length up to 1e21, and their neighbours.
    fc.integer({ min: 0, max: 20 }).chain((k) => fc.constantFrom(10 ** k, 10 ** k - 1, 10 ** k + 1, -(10 ** k), 3 * 10 ** k)),
    fc.double({ min: -1e22, max: 1e22, noNaN: true }).map(Math.round),
  );
  const fonts = fc.constantFrom({ size: 11, bold: false }, { size: 11, bold: true }, { size: 14, bold: true });
  fc.assert(
    fc.property(value, formats, fonts, (v, format, font) => {
      expect(displayedNumberWidth(v, format, font)).toBe(textWidth(displayedNumber(v, format), font));
    }),
    { numRuns: 3000 },
  );
});

test.each([
  ["short", 20, 1],
  ["một hai ba bốn năm sáu bảy tám chín mười", 10, 5],
  ["Xã", 3, 1],
  ["line one\nline two", 40, 2],
])("wrappedLines(%p, %p) = %p", (text, width, lines) => {
  expect(wrappedLines(text, width)).toBe(lines);
});

test("a word longer than the line fills whole lines", () => {
  const word = "x".repeat(30);
  expect(wrappedLines(word, 10)).toBe(Math.ceil(textWidth(word) / (10 - LINE_PADDING)));
});

describe("the layout of a summary", () => {
  test("one height per row, enough for the lines of its wrapped text", () => {
    expect(model.rowHeights).toHaveLength(model.rowCount);
    const merged = new Set(model.merges.map((m) => `${m.top}:${m.left}`));
    const wrapped = model.cells.filter((c) => c.wrap === true && typeof c.value === "string" && !merged.has(`${c.row}:${c.col}`));
    expect(wrapped.length).toBeGreaterThan(0);
    for (const cell of wrapped) {
      const lines = wrappedLines(String(cell.value), model.columnWidths[cell.col]);
      expect(model.rowHeights![cell.row]).toBeGreaterThanOrEqual(lines * 15);
    }
  });

  test("a row of 11-pt table text is exactly as tall as its lines, 15 pt a line: no part of a line left empty below the last", () => {
    const bigger = new Set(model.cells.filter((c) => c.style === "title" || c.style === "subtitle").map((c) => c.row));
    const wrappedRows = new Set(model.cells.filter((c) => c.wrap === true && !bigger.has(c.row)).map((c) => c.row));
    expect(wrappedRows.size).toBeGreaterThan(0);
    for (const row of wrappedRows) {
      const height = model.rowHeights![row];
      expect({ row, height, lines: height / 15 }).toEqual({ row, height, lines: Math.round(height / 15) });
    }
  });

  test("text wider than its column wraps", () => {
    const merged = new Set(model.merges.map((m) => `${m.top}:${m.left}`));
    const wide = model.cells.filter(
      (c) => typeof c.value === "string" && !merged.has(`${c.row}:${c.col}`) && textWidth(c.value) > model.columnWidths[c.col] + 1,
    );
    expect(wide.length).toBeGreaterThan(0);
    for (const c of wide) expect({ cell: c.value, wrap: c.wrap }).toEqual({ cell: c.value, wrap: true });
  });

  test("nothing merged over other content", () => {
    const at = new Map(model.cells.map((c) => [`${c.row}:${c.col}`, c]));
    for (const m of model.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          if (r === m.top && c === m.left) continue;
          const inside = at.get(`${r}:${c}`);
          expect(inside?.value ?? null).toBeNull();
        }
      }
    }
  });

  test("the last table's header repeats on every page (the area table's: the fixture's findings fit on a page); A4 landscape", () => {
    const header = model.cells.find((c) => c.style === "header" && c.value === "Địa bàn" && c.col === 1)!;
    expect(model.print).toMatchObject({ paper: "A4", orientation: "landscape", titleRows: { first: header.row, last: header.row } });
  });

  test("one page wide only while 11 pt text prints at 8 pt or more; else a readable scale over pages across", () => {
    const widen = (m: SummarySheetModel, extra: number): SummarySheetModel => {
      const header = m.cells.find((c) => c.style === "header" && c.value === "Địa bàn")!;
      const cells: SummaryCell[] = [...m.cells];
      for (let i = 0; i < extra; i++) cells.push({ row: header.row, col: m.columnCount + i, value: `Chỉ tiêu rất dài số ${i} (triệu đồng)`, style: "header" });
      for (let i = 0; i < extra; i++) cells.push({ row: header.row + 1, col: m.columnCount + i, value: 123456789, numFmt: "#,##0", style: "number" });
      return { ...m, cells, columnCount: m.columnCount + extra, columnWidths: [] };
    };
    const printable = 841.89 - 0.8 * 72;
    for (const extra of [0, 4, 30]) {
      const laid = withPrintLayout(widen(model, extra));
      const points = laid.columnWidths.reduce((s, w) => s + printedColumnPoints(w), 0);
      if (laid.print.fitToWidth) expect((11 * printable) / points).toBeGreaterThanOrEqual(8);
      else {
        expect((11 * printable) / points).toBeLessThan(8);
        expect(laid.print.scale).toBeGreaterThanOrEqual(73);
        expect(laid.print.titleColumns).toEqual({ first: 0, last: 1 });
      }
      if (extra === 30) expect(laid.print.fitToWidth).toBe(false);
      if (extra === 0) expect(laid.print.fitToWidth).toBe(true);
    }
  });

  test("no internal codes: where the plan came from, in words", () => {
    expect(planSourceLabel("sheet:Kế hoạch")).toEqual({ vi: "trang tính “Kế hoạch” trong sổ tính này", en: "the sheet “Kế hoạch” in this workbook" });
    expect(planSourceLabel("file:plan.json")).toEqual({ vi: "tệp plan.json", en: "the file plan.json" });
    expect(model.cells.some((c) => typeof c.value === "string" && /\b(sheet|file):/.test(c.value))).toBe(false);
  });
});
