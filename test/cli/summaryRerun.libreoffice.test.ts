/**
 * `allocheck summary` run three times, each on the copy the run before wrote:
 * the third copy opens in LibreOffice (which recalculates the summary's
 * formulas to the values the copy carries) and in ExcelJS (each summary cell
 * looking as in the first copy), and its styles part is the second copy's.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbookFile } from "../../src/adapters/xlsx/readWorkbook";
import { cellValue, columnCount, rowCount, type SheetData } from "../../src/core/model/workbook";
import { recalculateWithLibreOffice, sofficePath } from "../helpers/libreoffice";
import { runCli } from "./runCli";

const SUMMARY = "Tổng hợp";
let dir: string;
let copies: string[];

async function stylesXml(file: string): Promise<string> {
  return (await JSZip.loadAsync(await fs.readFile(file))).file("xl/styles.xml")!.async("string");
}

function summarySheet(sheets: readonly SheetData[]): SheetData {
  const sheet = sheets.find((s) => s.name === SUMMARY);
  expect(sheet).toBeDefined();
  return sheet!;
}

beforeAll(async () => {
  sofficePath(); // fails (never skips) when LibreOffice is missing
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "allocheck-rerun-lo-"));
  expect((await runCli(["demo", "-o", dir], dir)).stderr).toBe("");
  let from = path.join(dir, "ke-hoach-257-phan-bo.xlsx");
  copies = [];
  for (const n of [1, 2, 3]) {
    const to = path.join(dir, `copy-${n}.xlsx`);
    expect((await runCli(["summary", from, "-o", to], dir)).stderr).toBe("");
    copies.push(to);
    from = to;
  }
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("the third copy's styles part is the second's", async () => {
  expect(await stylesXml(copies[2])).toBe(await stylesXml(copies[1]));
});

test("the third copy opens in LibreOffice with the summary's values recalculated as the copy carries them", async () => {
  const third = summarySheet((await readWorkbookFile(copies[2])).sheets);
  const lo = summarySheet((await readWorkbookFile(await recalculateWithLibreOffice(copies[2], path.join(dir, "lo")))).sheets);
  let cells = 0;
  for (let r = 0; r < rowCount(third); r++)
    for (let c = 0; c < columnCount(third); c++) {
      const value = cellValue(third, r, c);
      if (value === null) continue;
      cells++;
      const got = cellValue(lo, r, c);
      expect({ r, c, value: typeof got === "number" ? Number(got.toFixed(9)) : got }).toEqual({ r, c, value: typeof value === "number" ? Number(value.toFixed(9)) : value });
    }
  expect(cells).toBeGreaterThan(100);
});

/** Each summary cell's look as ExcelJS reads it: font, fill, border, alignment and number format, by address. */
async function looks(file: string): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(SUMMARY);
  expect(ws).toBeDefined();
  const out = new Map<string, string>();
  ws!.eachRow((row) => row.eachCell((cell) => void out.set(cell.address, JSON.stringify([cell.font, cell.fill, cell.border, cell.alignment, cell.numFmt]))));
  return out;
}

test("the third copy opens in ExcelJS, each summary cell looking as in the first copy", async () => {
  const [first, third] = await Promise.all([looks(copies[0]), looks(copies[2])]);
  expect(first.size).toBeGreaterThan(100);
  expect([...first.values()].filter((look) => look.includes('"bold":true')).length).toBeGreaterThan(5);
  expect(third).toEqual(first);
});
