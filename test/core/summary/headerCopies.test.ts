/**
 * A table other than the last one (whose header is the sheet's print titles)
 * that runs over a printed page: a copy of its header starts each page it
 * runs onto, with a page break right before it, and the sheet's formulas still
 * add up the same rows (a SUBTOTAL over a copy skips its words). Workbooks of
 * 4 districts with many communes and numbers typed as text (findings), built
 * here, checked by the engine and laid out as the summary prints.
 */
import fc from "fast-check";
import { checkWorkbook } from "../../../src/core/check";
import { buildSummary } from "../../../src/core/summary";
import { withPrintLayout, printableArea } from "../../../src/core/summary/printLayout";
import { shiftLocalRows } from "../../../src/core/summary/headerCopies";
import { planPages } from "../../../src/core/summary/pageBreaks";
import { AREA_HEADER } from "../../../src/core/summary/labels";
import type { SummaryCell, SummarySheetModel } from "../../../src/core/model/summary";
import type { CellValue, WorkbookData } from "../../../src/core/model/workbook";

const LINES: ReadonlyArray<[string, string, number]> = [
  ["Tổ truyền thông cộng đồng", "tổ", 2],
  ["Câu lạc bộ thủ lĩnh của sự thay đổi", "CLB", 1],
  ["Kinh phí thực hiện", "triệu đồng", 50],
];
const DISTRICTS = ["Ba Vì", "Thạch Thất", "Quốc Oai", "Mỹ Đức"];

function workbook(perDistrict: number, asText: number): WorkbookData {
  const rows: CellValue[][] = [["BIỂU PHÂN BỔ NĂM 2024"], [], ["STT", "Đơn vị", ...LINES.map(([name]) => name)]];
  const total: CellValue[] = [null, "Tổng cộng", ...LINES.map(([, , each]) => each * perDistrict * DISTRICTS.length)];
  rows.push(total);
  const areas: CellValue[][] = [];
  let k = 0;
  DISTRICTS.forEach((d, i) => {
    rows.push(["I II III IV".split(" ")[i], `Huyện ${d}`, ...LINES.map(([, , each]) => each * perDistrict)]);
    for (let c = 1; c <= perDistrict; c++) {
      rows.push([c, `Xã ${d} ${c}`, ...LINES.map(([, , each], j) => (j === 0 && k < asText ? String(each) : each))]);
      areas.push([d, `${d} ${c}`]);
      k++;
    }
  });
  const plan: CellValue[][] = [["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"], ...LINES.map(([name, unit, each], j) => [String(j + 1), name, unit, each * perDistrict * DISTRICTS.length]), [], ["Huyện", "Xã"], ...areas];
  return {
    sheets: [
      { name: "Phân bổ", values: rows, merges: [] },
      { name: "Kế hoạch", values: plan, merges: [] },
    ],
  };
}

function summaryOf(perDistrict: number, asText: number): SummarySheetModel {
  const wb = workbook(perDistrict, asText);
  const result = checkWorkbook(wb, { workbookName: "lon.xlsx" });
  return buildSummary({ report: result.report, plan: result.plan, table: result.table, areaValues: result.areaValues, workbook: wb, lang: "vi" });
}

/**
 * The scale a sheet fitted to the page's width prints at in the program that prints it larger: LibreOffice measures a
 * column unit on DejaVu Sans (7 pt a digit, 3.75 pt of padding), Excel on Calibri (whole pixels of 7 a digit, at 0.75 pt).
 */
function largerFittedScale(model: SummarySheetModel): number {
  const width = printableArea(model.print.orientation).width;
  const libreOffice = model.columnWidths.reduce((sum, w) => sum + Math.max(0, w) * 7 + 3.75, 0);
  const excel = model.columnWidths.reduce((sum, w) => sum + Math.floor(((256 * Math.max(0, w) + 18) * 7) / 256) * 0.75, 0);
  return Math.max(Math.min(1, width / libreOffice), Math.min(1, width / excel));
}

const rowText = (model: SummarySheetModel, row: number): string =>
  model.cells
    .filter((c) => c.row === row)
    .sort((a, b) => a.col - b.col)
    .map((c) => String(c.value ?? ""))
    .join("|");

/** The header rows of the area table: its own first, then its copies. */
function areaHeaders(model: SummarySheetModel): number[] {
  return model.cells.filter((c) => c.col === 1 && c.style === "header" && c.value === AREA_HEADER.vi).map((c) => c.row).sort((a, b) => a - b);
}

/** Printed pages as the layout counts them: the rows between breaks. */
function pagesOf(model: SummarySheetModel): Array<{ first: number; last: number }> {
  const breaks = model.print.rowBreaks ?? [];
  const starts = [0, ...breaks];
  return starts.map((s, i) => ({ first: s, last: (starts[i + 1] ?? model.rowCount) - 1 }));
}

/** A SUBTOTAL(9, …) of the sheet's own cells, summed from the model's values (words skipped, as Excel does). */
function subtotal(model: SummarySheetModel, formula: string): number | null {
  const m = /^SUBTOTAL\(9,([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(formula);
  if (m === null) return null;
  const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [from, to] = [Number(m[2]) - 1, Number(m[4]) - 1];
  let sum = 0;
  for (const c of model.cells) if (c.col === col && c.row >= from && c.row <= to && typeof c.value === "number" && c.formula?.startsWith("SUBTOTAL") !== true) sum += c.value;
  return sum;
}

describe.each([
  // Communes per district, of which numbers typed as text (findings): the findings run over a page, take more paper than the areas and go last.
  [30, 60],
  [40, 150],
  [25, 120],
])("%d communes per district, %d findings", (perDistrict, asText) => {
  const model = summaryOf(perDistrict, asText);
  const title = model.print.titleRows!.first;
  const headers = areaHeaders(model);

  test("the findings are last with their header as print titles; the area table before them runs over pages", () => {
    expect(rowText(model, title)).toMatch(/^STT\|Nội dung/);
    expect(headers[0]).toBeLessThan(title);
    expect(headers.length).toBeGreaterThan(1);
  });

  test("each page the area table runs onto starts with a copy of its header, right after a break", () => {
    const own = rowText(model, headers[0]);
    const breaks = new Set(model.print.rowBreaks ?? []);
    for (const copy of headers.slice(1)) {
      expect(rowText(model, copy)).toBe(own);
      expect(breaks.has(copy)).toBe(true);
    }
    // Every page holding area rows (before the findings) starts with the area header, bar the page the table starts on.
    const areaEnd = model.cells.filter((c) => c.style === "subtitle" && c.row > headers[0]).map((c) => c.row).sort((a, b) => a - b)[0];
    for (const page of pagesOf(model)) {
      if (page.first > headers[0] && page.first < areaEnd) expect(headers).toContain(page.first);
    }
  });

  test("the pages fit: the rows between breaks take no more than a page at the print scale, in LibreOffice and in Excel", () => {
    const page = printableArea(model.print.orientation);
    const scale = largerFittedScale(model);
    for (const p of pagesOf(model)) {
      if (p.last >= title) continue; // the findings: the spreadsheet breaks them itself, under the print titles
      let height = 0;
      for (let r = p.first; r <= p.last; r++) height += model.rowHeights![r];
      expect(height * scale).toBeLessThanOrEqual(page.height + 1e-6);
    }
  });

  test("the pages are full: each page the area table runs onto (bar its last) fills at least 93 % of A4 less its margins in the program printing it larger (Excel)", () => {
    const body = (model.print.orientation === "landscape" ? 595.28 : 841.89) - (model.print.margins!.top + model.print.margins!.bottom) * 72;
    expect(printableArea(model.print.orientation).height).toBeCloseTo(body, 6);
    const scale = model.print.fitToWidth ? largerFittedScale(model) : (model.print.scale ?? 100) / 100;
    const areaPages = pagesOf(model).filter((p) => headers.includes(p.first) && headers.includes(p.last + 1));
    expect(areaPages.length).toBeGreaterThan(0);
    for (const p of areaPages) {
      let height = 0;
      for (let r = p.first; r <= p.last; r++) height += model.rowHeights![r];
      expect(height * scale).toBeGreaterThanOrEqual(0.93 * body);
    }
  });

  test("the sheet's own formulas add up the same: each line's allocated total and each district's subtotal", () => {
    const sums = model.cells.filter((c): c is SummaryCell & { formula: string } => c.formula !== undefined && /^SUBTOTAL\(9,[A-Z]+\d+:[A-Z]+\d+\)$/.test(c.formula));
    expect(sums.length).toBeGreaterThan(LINES.length);
    for (const c of sums) expect(subtotal(model, c.formula)).toBeCloseTo(c.value as number, 6);
  });

  test("laying out again changes nothing", () => {
    expect(withPrintLayout(model)).toEqual(model);
  });
});

describe("an area table taller than findings that run over a page (45 communes per district, 80 findings)", () => {
  const model = summaryOf(45, 80);
  const title = model.print.titleRows!.first;
  /** The findings' header rows: its own first, then its copies. */
  const findingHeaders = model.cells.filter((c) => c.col === 1 && c.style === "header" && c.value === "Nội dung").map((c) => c.row).sort((a, b) => a - b);

  test("the area table goes last with its header as print titles: no copy of it among its rows (on screen either)", () => {
    expect(rowText(model, title)).toMatch(/^STT\|Địa bàn/);
    expect(areaHeaders(model)).toEqual([title]);
  });

  test("the findings before it get a copy of their header on the page they run onto, right after a break", () => {
    expect(findingHeaders[0]).toBeLessThan(title);
    expect(findingHeaders.length).toBeGreaterThan(1);
    const breaks = new Set(model.print.rowBreaks ?? []);
    for (const copy of findingHeaders.slice(1)) {
      expect(rowText(model, copy)).toBe(rowText(model, findingHeaders[0]));
      expect(breaks.has(copy)).toBe(true);
    }
  });

  test("laying out again changes nothing", () => {
    expect(withPrintLayout(model)).toEqual(model);
  });
});

test.each([
  ["SUBTOTAL(9,C10:C40)", "SUBTOTAL(9,C10:C42)"],
  ["$C$12+D41", "$C$13+D43"],
  ["'Phân bổ'!C12+'Phân bổ'!C40", "'Phân bổ'!C12+'Phân bổ'!C40"],
  ['IF(F5="C12","",F12)', 'IF(F5="C12","",F13)'],
  ["ROUND(E8-D8,0)", "ROUND(E8-D8,0)"],
  ["Sheet_2!A20*LOG10(B30)", "Sheet_2!A20*LOG10(B31)"],
  ["'Hội LHPN''s'!B12:C40+B12", "'Hội LHPN''s'!B12:C40+B13"],
  ['IF(A11="x""C12",B11,"")', 'IF(A12="x""C12",B12,"")'],
  ["SUM(Data.2024!D12:D40,D12:D40)", "SUM(Data.2024!D12:D40,D13:D42)"],
  ["-$AB$40/ $C12", "-$AB$42/ $C13"],
])("a formula's own rows move down past the copies, other sheets' cells do not: %s", (formula, moved) => {
  // Copies of one row inserted before rows 11 and 40 (0-based 10 and 39).
  const shift = (row: number) => row + (row >= 10 ? 1 : 0) + (row >= 39 ? 1 : 0);
  expect(shiftLocalRows(formula, shift)).toBe(moved);
});

describe("planPages: where the copies go", () => {
  // Rows of 10 pt on a page of 100 pt: `above` rows, then a table (its subtitle and 2 rows before the header, the header, then rows to row `above + 40`).
  const plan = (above: number) =>
    planPages({
      heights: Array.from({ length: above + 40 }, () => 10),
      starts: [above + 2],
      pageHeight: 100,
      scale: 1,
      repeatable: [{ header: { first: above + 3, last: above + 3 }, end: above + 40 }],
    });

  test("a copy of the header starts each page the table runs onto, a little before the page is full", () => {
    expect(plan(0)).toEqual({ breaks: [9, 17, 25, 33], copies: [9, 17, 25, 33].map((before) => ({ before, header: { first: 3, last: 3 } })) });
  });

  test("a table whose subtitle, header and two rows would fill the page past that share starts the next page: no copy under its own header", () => {
    // At row 6 the page holds 60 pt: the table's first four rows (40 pt) end at the page's foot.
    const planned = plan(4);
    expect(planned.breaks.slice(0, 2)).toEqual([6, 15]);
    expect(planned.copies[0]).toEqual({ before: 15, header: { first: 7, last: 7 } });
  });
});

describe("shiftLocalRows against a regular expression of the same references", () => {
  // The reference reading the scan replaces: a string literal, a reference qualified by a sheet's name, or one of
  // this sheet's (its column part, its row), not inside a name nor a function's name.
  const TOKENS = /"[^"]*"?|(?:'[^']*(?:''[^']*)*'|[A-Za-z0-9_.]+)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|(?<![A-Za-z0-9_.])(\$?[A-Z]{1,3}\$?)(\d+)(?![A-Za-z0-9_(])/g;
  const byExpression = (formula: string, shift: (row: number) => number) =>
    formula.replace(TOKENS, (token: string, column: string | undefined, row: string | undefined) =>
      column === undefined || row === undefined ? token : `${column}${shift(Number(row) - 1) + 1}`,
    );
  const PIECES = ["SUM(", "SUBTOTAL(9,", "'Phân bổ'", "'a''b'", "Sheet_2", "!", "$", "C", "AB", "ABCD", "x", "_", ".", "1", "12", "40", "7", ":", "(", ")", ",", "+", '"', "'", " ", "LOG10(", "IF("];
  const shift = (row: number) => row + (row >= 10 ? 1 : 0) + (row >= 39 ? 1 : 0);

  test("the same text for a sum, lowest or cell of another sheet, whole or nearly (the shape a large summary's formulas have)", () => {
    const name = fc.constantFrom("'Phân bổ'", "'a''b'", "'x''''y'", "Sheet_2", "S.1", "''", "'a'", "A1", "Phân");
    const ref = fc.constantFrom("C", "AB", "XFD", "ABCD", "$C", "c", "").chain((letters) => fc.constantFrom("7", "12", "40", "", "1x").map((digits) => letters + digits));
    const head = fc.constantFrom("SUM(", "MIN(", "", "SUBTOTAL(9,", "LOG10(", "SUM((");
    const tail = fc.constantFrom(")", "", "))", ")+C7", ",C7)");
    const suffix = fc.constantFrom("", "/1000", "*1000", "/1E3", "*0.5", "/", "+1");
    fc.assert(
      fc.property(head, name, fc.constantFrom("!", "", "!!"), ref, fc.option(ref, { nil: undefined }), tail, suffix, (h, n, bang, first, second, t, s) => {
        const formula = `${h}${n}${bang}${first}${second === undefined ? "" : `:${second}`}${t}${s}`;
        expect(shiftLocalRows(formula, shift)).toBe(byExpression(formula, shift));
      }),
      { numRuns: 5000 },
    );
    expect(shiftLocalRows("SUM('Phân bổ'!C12:C40)/1000", shift)).toBe("SUM('Phân bổ'!C12:C40)/1000");
    expect(shiftLocalRows("SUM('Phân bổ'!C12:C40)+C12", shift)).toBe("SUM('Phân bổ'!C12:C40)+C13");
  });

  test("the same text for any formula made of references, names, strings and sheet names", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (pieces) => {
        const formula = pieces.join("");
        expect(shiftLocalRows(formula, shift)).toBe(byExpression(formula, shift));
      }),
      { numRuns: 5000 },
    );
  });

  test("a formula with nothing to move is given back as it is", () => {
    const formula = "SUM('Phân bổ'!C12:C40)";
    expect(shiftLocalRows(formula, shift)).toBe(formula);
  });
});
