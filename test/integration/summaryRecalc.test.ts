/**
 * The summary's live formulas on messy workbooks: `allocheck summary` writes
 * the copy, LibreOffice headless recalculates every formula, and the
 * `Đã phân bổ` column must give the totals this test expects from the
 * contract (the fixtures' indicators) — text numbers in Vietnamese notation,
 * amounts typed with their unit, `#REF!`, blanks, percent cells, merged
 * district labels and money in the plan's unit included. LibreOffice missing
 * is a failure, never a skip.
 */
import { join } from "path";
import { readWorkbookFile } from "../../src/adapters/xlsx/readWorkbook";
import { cellValue, type SheetData } from "../../src/core/model/workbook";
import { parseUnit } from "../../src/core/text/units";
import { recalculateWithLibreOffice, sofficePath } from "../helpers/libreoffice";
import { makeTempDir } from "../helpers/xlsxFixture";
import { WORKBOOK_PLAN_FIXTURES, writeFixtureFiles } from "./fixtures";
import { allocheck, ensureBuilt } from "./command";
import { build, SEEDS } from "./generator";
import { writeFixture } from "../helpers/xlsxFixture";

beforeAll(() => {
  sofficePath(); // throws with the install command when LibreOffice is missing
  ensureBuilt();
});

/** Rows of the summary's first table: code → allocated (as recalculated), read under the `Mã … Đã phân bổ` header. */
function allocatedByCode(sheet: SheetData): Map<string, unknown> {
  const out = new Map<string, unknown>();
  let header = -1;
  let col = -1;
  // The column under its header, wherever the print layout put it (one page wide, the figures stand at the page's right edge).
  for (let r = 0; r < sheet.values.length && header < 0; r++) {
    if (cellValue(sheet, r, 0) !== "Mã") continue;
    col = (sheet.values[r] ?? []).findIndex((v) => v === "Đã phân bổ");
    if (col >= 0) header = r;
  }
  expect(header).toBeGreaterThanOrEqual(0);
  for (let r = header + 1; r < sheet.values.length; r++) {
    const code = cellValue(sheet, r, 0);
    if (code === null || code === "") break;
    out.set(String(code), cellValue(sheet, r, col));
  }
  return out;
}

/** `allocheck summary` on `workbook`, recalculated by LibreOffice: the summary sheet as read back. */
async function recalculatedSummary(dir: string, workbook: string): Promise<SheetData> {
  const out = join(dir, "tong-hop.xlsx");
  const run = allocheck(["summary", workbook, "-o", out], dir);
  expect(run.stderr.includes("\n    at ")).toBe(false);
  expect([0, 1]).toContain(run.status);
  const recalculated = await recalculateWithLibreOffice(out, join(dir, "libreoffice"));
  const sheets = (await readWorkbookFile(recalculated)).sheets;
  const found = sheets.find((s) => s.name === "Tổng hợp");
  expect(found).toBeDefined();
  return found as SheetData;
}

function expectAllocated(summary: SheetData, expected: ReadonlyArray<{ code: string; allocated: number | null; scale: number }>): void {
  const byCode = allocatedByCode(summary);
  for (const { code, allocated, scale } of expected) {
    if (allocated === null) continue;
    const got = byCode.get(code);
    expect({ code, isNumber: typeof got === "number" }).toEqual({ code, isNumber: true });
    expect({ code, allocated: Math.round((got as number) * 1e6) / 1e6 }).toEqual({ code, allocated: Math.round((allocated / scale) * 1e6) / 1e6 });
  }
}

describe.each(WORKBOOK_PLAN_FIXTURES.map((fixture) => [fixture.fileName, fixture] as const))("%s", (_name, fixture) => {
  let summary: SheetData;

  beforeAll(async () => {
    const dir = makeTempDir("allocheck-recalc-");
    const { workbook } = await writeFixtureFiles(dir, fixture);
    summary = await recalculatedSummary(dir, workbook);
  });

  test("the recalculated `Đã phân bổ` column gives every mapped line's allocated total, money in the plan's unit", () => {
    expectAllocated(
      summary,
      fixture.indicators.map((i) => ({
        code: i.code,
        allocated: fixture.recalculatedAllocated?.[i.code] ?? i.allocated,
        scale: i.kind === "money" ? planScale(fixture, i.code) : 1,
      })),
    );
  });
});

/** Generated workbooks (see generator.ts): the first 8 seeds. */
describe.each(SEEDS.slice(0, 8).map((seed) => [seed]))("generated workbook, seed %i", (seed) => {
  const c = build(seed);
  let summary: SheetData;

  beforeAll(async () => {
    const dir = makeTempDir("allocheck-recalc-gen-");
    const workbook = await writeFixture(dir, `generated-${seed}.xlsx`, [
      { name: "Phân bổ", rows: c.workbook, merges: c.merges },
      { name: "Kế hoạch", rows: c.plan },
    ]);
    summary = await recalculatedSummary(dir, workbook);
  });

  test("the recalculated `Đã phân bổ` column gives every mapped line's allocated total", () => {
    const unitOf = new Map(c.plan.filter((row) => row.length >= 4).map((row) => [String(row[0]), String(row[2])]));
    expectAllocated(
      summary,
      c.indicators.map((i) => ({ code: i.code, allocated: i.allocated, scale: i.kind === "money" ? parseUnit(unitOf.get(i.code) ?? "").scale : 1 })),
    );
  });
});

/** Đồng per unit of the plan line's unit, as the fixture's plan sheet writes it. */
function planScale(fixture: (typeof WORKBOOK_PLAN_FIXTURES)[number], code: string): number {
  for (const sheet of fixture.sheets) {
    if (sheet.name.normalize("NFC") === fixture.allocationSheet) continue; // the plan's own rows only
    for (const row of sheet.rows) {
      if (row.length >= 4 && String(row[0]) === code && typeof row[2] === "string") {
        const unit = parseUnit(row[2]);
        if (unit.kind === "money") return unit.scale;
      }
    }
  }
  throw new Error(`no money unit for plan line ${code} in ${fixture.fileName}`);
}
