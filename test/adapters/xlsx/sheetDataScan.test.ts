/**
 * The hand-written sheet-data scanner, tested differentially:
 * 1. random workbooks written with ExcelJS (shared strings, inline rich text,
 *    str, formulas with and without cached values, errors, booleans, dates as
 *    numbers, merged cells, XML specials, multi-byte UTF-8), read by
 *    allocheck's reader and by SheetJS, equal cell by cell and equal to what
 *    was written;
 * 2. random serialisations of the same cells (namespace prefixes, attribute
 *    order and quotes, white space, entities and character references, CDATA,
 *    comments, CR LF line ends), read by the scanner and by saxes, equal.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import * as XLSX from "xlsx";
import { readWorkbookBuffer } from "../../../src/adapters/xlsx/readWorkbook";
import { findSheetData, scanSheetData, type ScannedCell } from "../../../src/adapters/xlsx/sheetDataScan";
import { scanXml, StringItemText, XmlError } from "../../../src/adapters/xlsx/xml";
import type { CellValue } from "../../../src/core/model/workbook";
import { columnLetters } from "../../../src/core/model/address";
import { ERRORS, number, style, text, writeSheet, xmlCell } from "./sheetXmlWriter";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "allocheck-scan-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A written cell: what ExcelJS is given, and what a reader should give back (value, formula). */
interface WrittenCell {
  readonly input: ExcelJS.CellValue;
  readonly value: CellValue;
  readonly formula: string | null;
}

const cell: fc.Arbitrary<WrittenCell> = fc.oneof(
  number.map((n) => ({ input: n, value: n, formula: null })),
  text.map((s) => ({ input: s, value: s, formula: null })),
  fc.array(text, { minLength: 1, maxLength: 3 }).map((runs) => ({
    input: { richText: runs.map((t, i) => (i % 2 ? { text: t, font: { bold: true } } : { text: t })) } as ExcelJS.CellValue,
    value: runs.join(""),
    formula: null,
  })),
  fc.boolean().map((b) => ({ input: b, value: b, formula: null })),
  fc.constantFrom(...ERRORS).map((e) => ({ input: { error: e } as ExcelJS.CellValue, value: { error: e }, formula: null })),
  // A date: the file holds its serial number (whole days from 1900, 1900-03-01 onwards).
  fc.integer({ min: 61, max: 60000 }).map((serial) => ({ input: new Date(Date.UTC(1899, 11, 30) + serial * 86400000), value: serial, formula: null })),
  fc
    .tuple(fc.constantFrom("SUM(A1:B2)", "A1*2", 'IF(A1>0,"có","không")', "B3&\"<&>\""), fc.option(fc.oneof(number, text, fc.boolean()), { nil: undefined }))
    .map(([f, result]) => ({
      input: (result === undefined ? { formula: f } : { formula: f, result }) as ExcelJS.CellValue,
      value: result === undefined ? null : result,
      formula: f,
    })),
  fc.tuple(fc.constantFrom("1/0", "NA()"), fc.constantFrom(...ERRORS)).map(([f, e]) => ({ input: { formula: f, result: { error: e } } as ExcelJS.CellValue, value: { error: e }, formula: f })),
);

interface SheetModel {
  readonly cells: ReadonlyArray<{ row: number; col: number; cell: WrittenCell }>;
  readonly merges: ReadonlyArray<{ top: number; left: number; bottom: number; right: number }>;
}

/** Random cells on distinct positions; merges placed below them (a merge's other cells are empty). */
const sheetModel: fc.Arbitrary<SheetModel> = fc
  .tuple(
    fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 12 })), { minLength: 1, maxLength: 60, selector: ([r, c]) => `${r},${c}` }),
    fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), { maxLength: 3 }),
  )
  .chain(([positions, mergeSizes]) =>
    fc.tuple(fc.array(cell, { minLength: positions.length, maxLength: positions.length }), fc.constant(positions), fc.constant(mergeSizes)),
  )
  .map(([cells, positions, mergeSizes]) => ({
    cells: positions.map(([row, col], i) => ({ row, col, cell: cells[i] })),
    merges: mergeSizes
      .filter(([h, w]) => h + w > 0)
      .map(([h, w], i) => ({ top: 40 + 5 * i, left: i, bottom: 40 + 5 * i + h, right: i + w })),
  }));

async function writeWorkbook(model: SheetModel, streaming: boolean): Promise<Buffer> {
  const fill = (ws: ExcelJS.Worksheet) => {
    for (const { row, col, cell: c } of model.cells) ws.getCell(row + 1, col + 1).value = c.input;
    for (const m of model.merges) {
      ws.getCell(m.top + 1, m.left + 1).value = "gộp";
      ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    }
  };
  if (!streaming) {
    const wb = new ExcelJS.Workbook();
    fill(wb.addWorksheet("Phân bổ"));
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
  // The streaming writer without shared strings writes `str` and inline rich text.
  const file = path.join(dir, `s${Math.random().toString(36).slice(2)}.xlsx`);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: true });
  const ws = wb.addWorksheet("Phân bổ");
  fill(ws as unknown as ExcelJS.Worksheet);
  ws.commit();
  await wb.commit();
  const bytes = await fs.readFile(file);
  await fs.rm(file);
  return bytes;
}

/** SheetJS's reading of a cell, as allocheck's `CellValue`. */
function sheetJsValue(c: XLSX.CellObject | undefined): CellValue {
  if (c === undefined || c.t === "z" || c.v === undefined) return null;
  if (c.t === "e") return { error: XLSX.utils.format_cell(c) };
  return c.v as CellValue;
}

describe("sheet data scanner against SheetJS and what ExcelJS wrote", () => {
  test("random workbooks read cell by cell as SheetJS reads them", async () => {
    await fc.assert(
      fc.asyncProperty(sheetModel, fc.boolean(), async (model, streaming) => {
        const bytes = await writeWorkbook(model, streaming);
        const ours = (await readWorkbookBuffer(bytes)).sheets[0];
        const theirs = XLSX.read(bytes, { type: "buffer", cellFormula: true, cellDates: false, cellHTML: false, cellNF: false, cellText: false, sheetStubs: true }).Sheets["Phân bổ"];
        const rows = Math.max(ours.values.length, 60);
        for (let r = 0; r < rows; r++) {
          for (let c = 0; c < 16; c++) {
            const address = `${columnLetters(c)}${r + 1}`;
            const sj = theirs[address] as XLSX.CellObject | undefined;
            const value = ours.values[r]?.[c] ?? null;
            expect({ address, value }).toEqual({ address, value: sheetJsValue(sj) });
            const formula = ours.formulas?.[r]?.[c] ?? null;
            expect({ address, formula }).toEqual({ address, formula: sj?.f ?? null });
          }
        }
        for (const { row, col, cell: written } of model.cells) {
          expect(ours.values[row]?.[col] ?? null).toEqual(written.value);
          expect(ours.formulas?.[row]?.[col] ?? null).toBe(written.formula);
        }
        const sjMerges = (theirs["!merges"] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
        expect([...ours.merges].sort((a, b) => a.top - b.top)).toEqual(sjMerges.sort((a, b) => a.top - b.top));
        expect(sjMerges).toHaveLength(model.merges.length);
      }),
      { numRuns: 40 },
    );
  });
});

// ---- 2. Serialisations of the XML, against saxes ----

/** What the scanner reports for each cell, through saxes: the reading the scanner replaced. */
function saxesCells(xml: string): ScannedCell[] {
  const out: ScannedCell[] = [];
  let row = -1;
  let col = -1;
  let inData = false;
  let current: ScannedCell | null = null;
  let inInline = false;
  let target = 0;
  const item = new StringItemText();
  const refRe = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
  scanXml(xml, {
    open: (tag) => {
      const local = tag.local;
      if (current) {
        if (inInline) item.open(local, tag.selfClosing);
        else if (local === "v") {
          target = tag.selfClosing ? 0 : 1;
          if (!tag.selfClosing) current.value = "";
        } else if (local === "f") {
          current.formula = "";
          current.formulaType = tag.attributes.t;
          current.formulaIndex = tag.attributes.si;
          target = tag.selfClosing ? 0 : 2;
        } else if (local === "is") {
          current.inline = "";
          inInline = !tag.selfClosing;
          target = inInline ? 3 : 0;
        }
        return;
      }
      if (!inData) {
        if (local === "sheetData") inData = !tag.selfClosing;
        return;
      }
      if (local === "row") {
        const r = tag.attributes.r;
        row = r !== undefined && /^\d+$/.test(r.trim()) ? Number(r) - 1 : row + 1;
        col = -1;
      } else if (local === "c") {
        const m = refRe.exec((tag.attributes.r ?? "").trim());
        if (m) {
          col = [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
          row = Number(m[2]) - 1;
        } else {
          col += 1;
          if (row < 0) row = 0;
        }
        if (tag.selfClosing) return;
        const s = tag.attributes.s;
        current = { row, col, type: tag.attributes.t, style: s !== undefined && /^\s*\d+\s*$/.test(s) ? Number(s) : undefined, value: undefined, formula: undefined, formulaType: undefined, formulaIndex: undefined, inline: undefined, integer: NaN };
        target = 0;
      }
    },
    close: (local) => {
      if (!current) {
        if (local === "sheetData") inData = false;
        return;
      }
      if (inInline) {
        if (local === "is") {
          current.inline = item.take();
          inInline = false;
          target = 0;
        } else item.close(local);
      } else if (local === "c") {
        // A number or shared-string index written as a plain integer: the scanner gives it as a number.
        const t = current.type;
        if ((t === undefined || t === "n" || t === "s") && current.value !== undefined && /^-?\d{1,15}$/.test(current.value)) {
          current.integer = Number(current.value);
          current.value = undefined;
        }
        out.push(current);
        current = null;
      } else target = 0;
    },
    text: (t) => {
      if (!current) return;
      if (target === 1) current.value = (current.value ?? "") + t;
      else if (target === 2) current.formula = (current.formula ?? "") + t;
      else if (target === 3) item.add(t);
    },
  });
  return out;
}

function scannerCells(xml: string): ScannedCell[] {
  const out: ScannedCell[] = [];
  const bounds = findSheetData(xml);
  if (bounds) scanSheetData(xml, bounds, (c) => out.push({ ...c }));
  return out;
}

describe("sheet data scanner against saxes", () => {
  test("random serialisations of random cells read the same", () => {
    fc.assert(
      fc.property(fc.array(fc.array(xmlCell, { maxLength: 8 }), { maxLength: 12 }), style, (rows, st) => {
        const xml = writeSheet(rows, st);
        expect(scannerCells(xml)).toEqual(saxesCells(xml));
      }),
      { numRuns: 400 },
    );
  });

  test("malformed sheet data is an XmlError", () => {
    const sheet = (data: string) => `<worksheet><sheetData>${data}</sheetData></worksheet>`;
    for (const data of [
      '<row r="1"><c r="A1"><v>1</v></row>',
      '<row r="1"><c r="A1"><v>1</x:v></c></row>',
      '<row r="1"><c r="A1><v>1</v></c></row>',
      "<row r=1><c><v>1</v></c></row>",
      '<row r="1"><c r="A1" t="str"><v>a &nbsp; b</v></c></row>',
      '<row r="1"><c r="A1" t="str"><v>a & b</v></c></row>',
      '<row r="1"><c r="A1"><v>1</v></c><!-- open',
      '<row r="1"><c r="A1" t="str"><v><![CDATA[x</v></c></row>',
      '<row r="1"><c r="A<1"><v>1</v></c></row>',
      '<row r="1"><c r="A1"/ ></row>',
    ]) {
      const xml = sheet(data);
      expect(() => scannerCells(xml)).toThrow(XmlError);
      expect(() => saxesCells(xml)).toThrow(XmlError);
    }
    expect(() => scannerCells('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>')).toThrow(XmlError);
  });
});
