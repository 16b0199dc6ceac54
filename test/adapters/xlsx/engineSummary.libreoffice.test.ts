/**
 * The whole path a user takes with `allocheck summary`: a workbook read from
 * .xlsx, checked by the real engine, its summary written to a copy, the copy
 * opened and recalculated in LibreOffice. The live formulas must give the
 * engine's allocated totals (in the plan's unit) for every plan line — on the
 * mess fixture (text numbers, blanks, #REF!, đồng and triệu), the same table
 * turned round (indicators as rows), and the built-in KH 257 sample.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { readWorkbookFile } from "../../../src/adapters/xlsx/readWorkbook";
import { writeSummaryCopy } from "../../../src/adapters/xlsx/writeSummary";
import { writeWorkbookSpec } from "../../../src/adapters/exceljs/writeWorkbook";
import { LINE_HEADERS } from "../../../src/core/summary/labels";
import { checkWorkbook } from "../../../src/core/check";
import { buildHighlights, buildSummary } from "../../../src/core/summary";
import type { SummarySheetModel } from "../../../src/core/model/summary";
import type { Report } from "../../../src/core/model/report";
import type { Plan } from "../../../src/core/model/plan";
import { cellValue, type SheetData, type WorkbookData } from "../../../src/core/model/workbook";
import { buildSampleSpec } from "../../../src/sample";
import { recalculateWithLibreOffice, sofficePath } from "../../helpers/libreoffice";
import { writeFixtureXlsx, writeSourceSplitXlsx, writeTransposedFixtureXlsx } from "./fixtureFile";

interface Case {
  report: Report;
  plan: Plan;
  model: SummarySheetModel;
  before: WorkbookData;
  recalculated: WorkbookData;
}

let dir: string;
const cases = new Map<string, Case>();

async function runCase(name: string, write: (file: string) => Promise<void>): Promise<Case> {
  const input = path.join(dir, `${name}.xlsx`);
  const output = path.join(dir, `${name}-tong-hop.xlsx`);
  await write(input);
  const before = await readWorkbookFile(input);
  const { report, plan, table, areaValues } = checkWorkbook(before, { workbookName: `${name}.xlsx` });
  const model = buildSummary({ report, plan, table, areaValues, workbook: before });
  await writeSummaryCopy(input, output, model, buildHighlights(report, "vi"));
  const recalculated = await readWorkbookFile(await recalculateWithLibreOffice(output, path.join(dir, `lo-${name}`)));
  return { report, plan, model, before, recalculated };
}

beforeAll(async () => {
  sofficePath(); // fails (never skips) when LibreOffice is missing
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "allocheck-engine-lo-"));
  const [fixture, transposed, sample, sources] = await Promise.all([
    runCase("fixture", (file) => writeFixtureXlsx(file)),
    runCase("transposed", (file) => writeTransposedFixtureXlsx(file)),
    runCase("sample", (file) => writeWorkbookSpec(buildSampleSpec(), file)),
    runCase("sources", (file) => writeSourceSplitXlsx(file)),
  ]);
  cases.set("fixture", fixture);
  cases.set("transposed", transposed);
  cases.set("sample", sample);
  cases.set("sources", sources);
}, 240_000);

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

function summarySheet(c: Case): SheetData {
  return c.recalculated.sheets.find((s) => s.name === c.model.name)!;
}

test("the turned-round fixture is read as indicators-as-rows with the same totals", () => {
  const a = cases.get("fixture")!.report;
  const b = cases.get("transposed")!.report;
  expect(a.orientation).toBe("areas-as-rows");
  expect(b.orientation).toBe("indicators-as-rows");
  expect(b.indicators.map((r) => [r.code, r.allocated])).toEqual(a.indicators.map((r) => [r.code, r.allocated]));
});

test("a line split by funding source with no total column: its progress cell is a live formula over every source, as its cell by area", () => {
  const c = cases.get("sources")!;
  expect(c.report.indicators.find((r) => r.code === "KP")?.progress?.achieved).toBe(305_000_000);
  const withSources = c.model.cells.filter((cell) => cell.formula !== undefined && /'Thực hiện 6 tháng 2024'!C4:C7,'Thực hiện 6 tháng 2024'!D4:D7/.test(cell.formula));
  expect(withSources.map((cell) => cell.value)).toEqual([305]);
  expect(c.model.cells.some((cell) => cell.formula === "N('Phân bổ'!C7)+N('Phân bổ'!D7)" && cell.value === 160)).toBe(true);
});

describe.each(["fixture", "transposed", "sample", "sources"])("%s: the summary recalculated by LibreOffice", (name) => {
  test("every plan line's allocated total equals the engine's, in the plan's unit", () => {
    const c = cases.get(name)!;
    const sheet = summarySheet(c);
    const mapped = c.report.indicators.filter((r) => r.allocated !== null);
    expect(mapped.length).toBeGreaterThan(0);
    for (const result of c.report.indicators) {
      const anchor = c.model.cells.find((cell) => cell.col === 0 && cell.value === result.code && cell.row >= c.model.frozenRows)!;
      // The line table's `Đã phân bổ` column (one page wide, its figures stand at the page's right edge).
      const allocatedCol = c.model.cells.find((cell) => cell.row === c.model.frozenRows - 1 && cell.style === "header" && (cell.value === LINE_HEADERS[4].vi || cell.value === LINE_HEADERS[4].en))!.col;
      const got = cellValue(sheet, anchor.row, allocatedCol);
      if (result.allocated === null) {
        expect(got).toBeNull();
        continue;
      }
      const planLine = c.plan.lines.find((l) => l.code === result.code)!;
      const scale = planLine.kind === "money" ? planLine.scale : 1;
      expect({ code: result.code, allocated: got }).toEqual({ code: result.code, allocated: expect.closeTo(result.allocated / scale, 6) });
    }
  });

  test("every formula recalculates to the value the model wrote", () => {
    const c = cases.get(name)!;
    const sheet = summarySheet(c);
    const mismatches: string[] = [];
    for (const cell of c.model.cells) {
      if (cell.formula === undefined && cell.link === undefined) continue;
      const got = cellValue(sheet, cell.row, cell.col);
      const want = cell.value ?? null;
      const same =
        typeof want === "number" && typeof got === "number"
          ? Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want))
          : got === want || (want === "" && got === null);
      if (!same) mismatches.push(`${cell.row},${cell.col}: ${cell.formula ?? "link"} → ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
    }
    expect(mismatches).toEqual([]);
  });

  test("the user's sheets read the same after LibreOffice", () => {
    const c = cases.get(name)!;
    for (const sheet of c.before.sheets) {
      const copy = c.recalculated.sheets.find((s) => s.name === sheet.name)!;
      expect(copy.values).toEqual(sheet.values);
    }
  });
});
