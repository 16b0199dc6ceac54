/**
 * Invariants of the summary copy (.xlsx), as properties over generated
 * tables in both orientations, the user's cells given random fills, fonts,
 * borders and number formats: writing the summary twice gives the identical
 * package; every original part is kept byte for byte except the few the copy
 * must edit; in those, every original cell keeps its value, its formula and
 * its style — the highlighted ones all of their style but the fill, which is
 * allocheck's colour.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { readWorkbookBuffer } from "../../src/adapters/xlsx/readWorkbook";
import { summaryCopyBuffer } from "../../src/adapters/xlsx/writeSummary";
import { checkWorkbook } from "../../src/core/check";
import { HIGHLIGHT_FILL } from "../../src/core/model/summary";
import { buildHighlights, buildSummary } from "../../src/core/summary";
import { partsOf } from "./support";
import { plantedTable, tableWorkbook, type Table } from "./tables";

const SEED = Number(process.env.PROPERTY_SEED ?? 13013);
const RUNS = Number(process.env.PROPERTY_PACKAGE_RUNS ?? 25);

interface Look {
  readonly fill?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly color?: string;
  readonly border?: boolean;
  readonly numFmt?: string;
}

const look: fc.Arbitrary<Look> = fc.record(
  {
    fill: fc.constantFrom("FFFFFF00", "FFD9E1F2", "FFFFFFFF", "FF92D050"),
    bold: fc.boolean(),
    italic: fc.boolean(),
    color: fc.constantFrom("FF0000FF", "FF7030A0"),
    border: fc.boolean(),
    numFmt: fc.constantFrom("#,##0", "0.0", "#,##0;[Red]-#,##0"),
  },
  { requiredKeys: [] },
);

/** A generated table written by ExcelJS, some of its cells styled. */
const styledWorkbook = fc.tuple(plantedTable, fc.array(fc.tuple(fc.nat(40), fc.nat(8), look), { maxLength: 25 })).map(([table, looks]) => ({ table, looks }));

async function write(table: Table, looks: ReadonlyArray<readonly [number, number, Look]>): Promise<Buffer> {
  const data = tableWorkbook(table);
  const workbook = new ExcelJS.Workbook();
  for (const sheet of data.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.values.forEach((row, r) => row?.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
    }));
  }
  const ws = workbook.getWorksheet("Phân bổ")!;
  for (const [r, c, l] of looks) {
    const cell = ws.getCell(r + 1, c + 1);
    if (l.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: l.fill } };
    if (l.bold !== undefined || l.italic !== undefined || l.color) cell.font = { bold: l.bold, italic: l.italic, ...(l.color ? { color: { argb: l.color } } : {}) };
    if (l.border) cell.border = { top: { style: "thin" }, bottom: { style: "thin" } };
    if (l.numFmt) cell.numFmt = l.numFmt;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function summaryCopy(input: Buffer): Promise<{ copy: Buffer; highlighted: Map<string, string> }> {
  const workbook = await readWorkbookBuffer(input);
  const result = checkWorkbook(workbook, { workbookName: "property.xlsx" });
  const model = buildSummary({ report: result.report, plan: result.plan, table: result.table, areaValues: result.areaValues, workbook, lang: "vi" });
  const highlights = buildHighlights(result.report, "vi");
  const copy = await summaryCopyBuffer(input, model, highlights);
  // Cell → the colour of its highlight (one per cell: the most severe finding's).
  const colours = new Map<string, string>();
  for (const h of highlights) if (h.sheet === "Phân bổ" && !colours.has(h.cell)) colours.set(h.cell, HIGHLIGHT_FILL[h.severity].slice(1).toUpperCase());
  return { copy, highlighted: colours };
}

/** Each cell's resolved style: its xf with the font, fill, border and number format it points to spelled out. */
function cellStyles(sheetXml: string, stylesXml: string): Map<string, { fill: string; rest: string }> {
  const list = (tag: string, item: string) => {
    const block = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(stylesXml)?.[1] ?? "";
    return block.match(new RegExp(`<${item}\\b[^>]*/>|<${item}\\b[^>]*>[\\s\\S]*?</${item}>`, "g")) ?? [];
  };
  const fonts = list("fonts", "font");
  const fills = list("fills", "fill");
  const borders = list("borders", "border");
  const xfs = list("cellXfs", "xf");
  const formats = new Map((list("numFmts", "numFmt")).map((f) => [/numFmtId="(\d+)"/.exec(f)![1], /formatCode="([^"]*)"/.exec(f)![1]]));
  const attr = (xml: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(xml)?.[1] ?? "0";
  const out = new Map<string, { fill: string; rest: string }>();
  for (const cell of sheetXml.match(/<c\b[^>]*>/g) ?? []) {
    const ref = attr(cell, "r");
    const xf = xfs[Number(attr(cell, "s"))] ?? "";
    const numFmtId = attr(xf, "numFmtId");
    const alignment = /<alignment\b[^>]*\/>/.exec(xf)?.[0] ?? "";
    out.set(ref, {
      fill: fills[Number(attr(xf, "fillId"))] ?? "",
      rest: JSON.stringify([fonts[Number(attr(xf, "fontId"))], borders[Number(attr(xf, "borderId"))], formats.get(numFmtId) ?? numFmtId, alignment]),
    });
  }
  return out;
}

/** Parts the copy must edit: the package's and the workbook's lists of parts, the styles, the allocation sheet (highlights), its relationships, the app properties (sheet titles). */
const EDITED = new Set([
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/worksheets/sheet1.xml",
  "xl/worksheets/_rels/sheet1.xml.rels",
  "docProps/app.xml",
]);

describe("invariants of the summary copy (.xlsx)", () => {
  test("written twice from the same input, the summary copy is the identical package", async () => {
    await fc.assert(
      fc.asyncProperty(styledWorkbook, async ({ table, looks }) => {
        const input = await write(table, looks);
        const first = await summaryCopy(input);
        const second = await summaryCopy(input);
        expect(second.copy.equals(first.copy)).toBe(true);
      }),
      { seed: SEED + 10, numRuns: RUNS },
    );
  }, 120_000);

  test("the copy does not depend on the clock: two writes more than a second apart give the identical package", async () => {
    const [{ table, looks }] = fc.sample(styledWorkbook, { seed: SEED + 12, numRuns: 1 });
    const input = await write(table, looks);
    const first = await summaryCopy(input);
    await new Promise((resolve) => setTimeout(resolve, 2100)); // zip time stamps have a 2-second resolution
    const second = await summaryCopy(input);
    expect(second.copy.equals(first.copy)).toBe(true);
  });

  test("every original part is kept byte for byte but the few it must edit; every original cell keeps its value, formula and style (the fill only where highlighted)", async () => {
    await fc.assert(
      fc.asyncProperty(styledWorkbook, async ({ table, looks }) => {
        const input = await write(table, looks);
        const { copy, highlighted } = await summaryCopy(input);
        const before = new Map((await partsOf(input)).map((p) => [p.name, p.data] as const));
        const after = new Map((await partsOf(copy)).map((p) => [p.name, p.data] as const));
        for (const [name, data] of before) {
          expect({ name, kept: after.has(name) }).toEqual({ name, kept: true });
          if (!EDITED.has(name)) expect({ name, same: after.get(name)!.equals(data) }).toEqual({ name, same: true });
        }
        // Values and formulas of every user sheet, through the reader.
        const original = await readWorkbookBuffer(input);
        const summarized = await readWorkbookBuffer(copy);
        for (const sheet of original.sheets) {
          const again = summarized.sheets.find((s) => s.name === sheet.name)!;
          expect(again.values).toEqual(sheet.values);
          expect(again.formulas).toEqual(sheet.formulas);
          expect(again.merges).toEqual(sheet.merges);
        }
        // Styles, cell by cell, of the allocation sheet.
        const styles = (parts: Map<string, Buffer>) => cellStyles(parts.get("xl/worksheets/sheet1.xml")!.toString("utf8"), parts.get("xl/styles.xml")!.toString("utf8"));
        const was = styles(before);
        const now = styles(after);
        for (const [ref, style] of was) {
          const copied = now.get(ref);
          expect(copied).toBeDefined();
          expect({ ref, rest: copied!.rest }).toEqual({ ref, rest: style.rest });
          if (highlighted.has(ref)) expect(copied!.fill.toUpperCase()).toContain(highlighted.get(ref)!);
          else expect({ ref, fill: copied!.fill }).toEqual({ ref, fill: style.fill });
        }
        for (const [ref, colour] of highlighted) expect({ ref, fill: (now.get(ref)?.fill ?? "").toUpperCase().includes(colour) }).toEqual({ ref, fill: true });
      }),
      { seed: SEED + 11, numRuns: RUNS },
    );
  }, 180_000);
});
