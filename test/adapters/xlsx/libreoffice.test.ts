/**
 * The live formulas of the summary, recalculated by a real spreadsheet program
 * (LibreOffice headless), give the engine's totals — text numbers in
 * Vietnamese notation, blanks, a #REF! and money kept in đồng included — and
 * follow later edits of the allocation sheet.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { readWorkbookFile } from "../../../src/adapters/xlsx/readWorkbook";
import { writeSummaryCopy } from "../../../src/adapters/xlsx/writeSummary";
import { buildHighlights, buildSummary } from "../../../src/core/summary";
import { cellValue, type SheetData } from "../../../src/core/model/workbook";
import type { SummarySheetModel } from "../../../src/core/model/summary";
import { EXPECTED, PLAN, REPORT, TABLE, AREA_VALUES } from "../../core/summary/fixture";
import { recalculateWithLibreOffice, sofficePath } from "../../helpers/libreoffice";
import { writeFixtureXlsx } from "./fixtureFile";

let dir: string;
let model: SummarySheetModel;
let recalculated: SheetData;
let edited: SheetData;
let originalAllocation: SheetData;
let libreOfficeFile: string;
let libreOfficeAllocation: SheetData;

function cellsOf(code: string): { allocated: number; difference: number; status: string; row: number } {
  const anchor = model.cells.find((c) => c.col === 0 && c.value === code && c.row < model.frozenRows + 10)!;
  const at = (col: number) => cellValue(recalculated, anchor.row, col);
  return { allocated: at(4) as number, difference: at(5) as number, status: at(7) as string, row: anchor.row };
}

beforeAll(async () => {
  sofficePath(); // fails (never skips) when LibreOffice is missing
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "allocheck-lo-"));
  const input = path.join(dir, "input.xlsx");
  const output = path.join(dir, "summary.xlsx");
  await writeFixtureXlsx(input);
  const workbook = await readWorkbookFile(input);
  model = buildSummary({ report: REPORT, plan: PLAN, table: TABLE, areaValues: AREA_VALUES, workbook });
  await writeSummaryCopy(input, output, model, buildHighlights(REPORT, "vi"));

  // A later edit in the allocation sheet: Ba Trại's 3 teams become 13, Khánh Thượng's "150,5" triệu becomes the number 160.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(output);
  const ws = wb.getWorksheet("Phân bổ")!;
  ws.getCell("C6").value = 13;
  ws.getCell("E7").value = 160;
  const editedInput = path.join(dir, "edited.xlsx");
  await wb.xlsx.writeFile(editedInput);

  const [a, b] = await Promise.all([
    recalculateWithLibreOffice(output, path.join(dir, "lo-summary")),
    recalculateWithLibreOffice(editedInput, path.join(dir, "lo-edited")),
  ]);
  libreOfficeFile = a;
  originalAllocation = workbook.sheets.find((s) => s.name === "Phân bổ")!;
  libreOfficeAllocation = (await readWorkbookFile(a)).sheets.find((s) => s.name === "Phân bổ")!;
  recalculated = (await readWorkbookFile(a)).sheets.find((s) => s.name === model.name)!;
  edited = (await readWorkbookFile(b)).sheets.find((s) => s.name === model.name)!;
}, 240_000);

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe("summary formulas recalculated by LibreOffice", () => {
  test.each([
    ["1", EXPECTED.count, -1, "Còn thiếu"],
    ["2", EXPECTED.percent, 0, "Đạt"],
    ["KP.1", EXPECTED.moneyMillions, 870.75, "Vượt kế hoạch"],
    ["KP.2", EXPECTED.moneyDongInMillions, -18.75, "Còn thiếu"],
  ])("line %s: allocated %d in the plan's unit, as the engine", (code, allocated, difference, status) => {
    const got = cellsOf(code);
    expect(got.allocated).toBeCloseTo(allocated, 9);
    expect(got.difference).toBeCloseTo(difference, 9);
    expect(got.status).toBe(status);
  });

  test("every formula of the model recalculates to the value the model expects", () => {
    const mismatches: string[] = [];
    for (const cell of model.cells) {
      if (cell.formula === undefined && cell.link === undefined) continue;
      const got = cellValue(recalculated, cell.row, cell.col);
      const want = cell.value ?? null;
      const same = typeof want === "number" && typeof got === "number" ? Math.abs(got - want) < 1e-9 * Math.max(1, Math.abs(want)) : got === want || (want === "" && got === null);
      if (!same) mismatches.push(`${cell.row},${cell.col}: ${cell.formula ?? "link"} → ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
    }
    expect(mismatches).toEqual([]);
  });

  test("the formulas are live: an edit in the allocation sheet changes the totals", () => {
    const at = (code: string, col: number) => {
      const row = cellsOf(code).row;
      return cellValue(edited, row, col);
    };
    expect(at("1", 4)).toBeCloseTo(EXPECTED.count + 10, 9);
    expect(at("KP.1", 4)).toBeCloseTo(EXPECTED.moneyMillions - 150.5 + 160, 9);
    expect(at("KP.2", 4)).toBeCloseTo(EXPECTED.moneyDongInMillions, 9);
    expect(at("1", 7)).toBe("Vượt kế hoạch");
  });
});

describe("the reader on a workbook LibreOffice wrote", () => {
  test("reads the same values, formulas and merges as from the ExcelJS original", () => {
    expect(libreOfficeAllocation.values).toEqual(originalAllocation.values);
    expect(libreOfficeAllocation.formulas).toEqual(originalAllocation.formulas);
    expect(libreOfficeAllocation.merges).toEqual(originalAllocation.merges);
  });
});

describe("a workbook saved by LibreOffice, summarised again", () => {
  test("keeps the user's cells and refreshes the one summary sheet LibreOffice kept", async () => {
    const before = await readWorkbookFile(libreOfficeFile);
    const again = path.join(dir, "again.xlsx");
    const workbook = before;
    const model2 = buildSummary({ report: REPORT, plan: PLAN, table: TABLE, areaValues: AREA_VALUES, workbook });
    expect(model2.name).toBe("Tổng hợp");
    await writeSummaryCopy(libreOfficeFile, again, model2, buildHighlights(REPORT, "vi"));
    const after = await readWorkbookFile(again);
    expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    for (const sheet of before.sheets.filter((s) => s.name !== "Tổng hợp")) {
      const copy = after.sheets.find((s) => s.name === sheet.name)!;
      expect(copy.values).toEqual(sheet.values);
      expect(copy.formulas).toEqual(sheet.formulas);
    }
  });
});
