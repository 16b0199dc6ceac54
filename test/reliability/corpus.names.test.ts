/**
 * Names that break naive writers: allocation sheets named with spaces,
 * apostrophes, `&`, `<` and non-Latin scripts — every formula of the summary
 * must reference them quoted correctly (checked by parsing every reference,
 * and by LibreOffice recalculating the copy to the figures allocheck wrote) —
 * and area names starting with `=`, `+`, `-`, `@`, which must come back as
 * text, never as formulas. LibreOffice missing is a failure, never a skip.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { readWorkbookBuffer } from "../../src/adapters/xlsx/readWorkbook";
import { cellFormula, cellValue, type SheetData, type WorkbookData } from "../../src/core/model/workbook";
import { runCli } from "../cli/runCli";
import { recalculateWithLibreOffice, sofficePath } from "../helpers/libreoffice";
import { allocationRows, CLEAN_LEAVES, partsOf, tempDir, workbookSheets, xlsxBytes } from "./support";

const SHEET_NAMES = [
  "Phân bổ 2024",
  "Bà Rịa's & <Vũng Tàu>",
  "O'Brien \"Q1\" 100%",
  "分配表 Раздел توزيع",
  "Tổng hợp",
];

let dir: string;
beforeAll(async () => {
  sofficePath(); // throws with the install command when LibreOffice is missing
  dir = await tempDir("allocheck-corpus-names-");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/**
 * Every sheet reference in an en-US formula: `'It''s'!A1` or `Name!A1`.
 * Strings in double quotes are skipped (they are not references).
 */
export function sheetReferences(formula: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < formula.length) {
    const c = formula[i];
    if (c === '"') {
      i = formula.indexOf('"', i + 1) + 1 || formula.length;
      while (formula[i] === '"') i = formula.indexOf('"', i + 1) + 1 || formula.length;
    } else if (c === "'") {
      let name = "";
      let j = i + 1;
      for (; j < formula.length; j++) {
        if (formula[j] === "'" && formula[j + 1] === "'") {
          name += "'";
          j++;
        } else if (formula[j] === "'") break;
        else name += formula[j];
      }
      if (formula[j + 1] !== "!") throw new Error(`a quoted name without "!" in ${formula}`);
      out.push(name);
      i = j + 2;
    } else {
      const bare = /^[A-Za-z_][A-Za-z0-9_.]*!/.exec(formula.slice(i));
      if (bare !== null && (i === 0 || /[^A-Za-z0-9_.]/.test(formula[i - 1]))) {
        out.push(bare[0].slice(0, -1));
        i += bare[0].length;
      } else i++;
    }
  }
  return out;
}

function formulasOf(sheet: SheetData): Array<{ cell: string; formula: string }> {
  const out: Array<{ cell: string; formula: string }> = [];
  sheet.values.forEach((row, r) =>
    (row ?? []).forEach((_v, c) => {
      const formula = cellFormula(sheet, r, c);
      if (formula !== undefined) out.push({ cell: `${r},${c}`, formula });
    }),
  );
  for (let r = 0; r < (sheet.formulas?.length ?? 0); r++) {
    (sheet.formulas?.[r] ?? []).forEach((formula, c) => {
      if (formula && !out.some((x) => x.cell === `${r},${c}`)) out.push({ cell: `${r},${c}`, formula });
    });
  }
  return out;
}

function summaryOf(workbook: WorkbookData, userSheets: readonly string[]): SheetData {
  const added = workbook.sheets.filter((s) => !userSheets.includes(s.name));
  expect(added.length).toBe(1);
  return added[0];
}

interface Summarized {
  readonly out: string;
  readonly copy: WorkbookData;
  readonly summary: SheetData;
}
const summarized = new Map<string, Promise<Summarized>>();

/** `allocheck summary` of a workbook whose allocation sheet is `sheetName` (one commune over: a finding and a highlight). */
function summarizeWithSheetName(sheetName: string): Promise<Summarized> {
  let done = summarized.get(sheetName);
  if (done === undefined) {
    done = (async () => {
      const index = SHEET_NAMES.indexOf(sheetName);
      const bytes = await xlsxBytes(workbookSheets(allocationRows([{ ...CLEAN_LEAVES[0], count: 4 }, ...CLEAN_LEAVES.slice(1)]), { name: sheetName }));
      await fs.writeFile(path.join(dir, `in-${index}.xlsx`), bytes);
      const run = await runCli(["summary", `in-${index}.xlsx`, "-o", `out-${index}.xlsx`], dir);
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 1, stderr: "" });
      const out = path.join(dir, `out-${index}.xlsx`);
      const copy = await readWorkbookBuffer(await fs.readFile(out));
      return { out, copy, summary: summaryOf(copy, [sheetName, "Kế hoạch"]) };
    })();
    summarized.set(sheetName, done);
  }
  return done;
}

test.each(SHEET_NAMES)("allocation sheet %j: every formula of the summary references only sheets that exist, quoted where they must be", async (sheetName) => {
  const { copy, summary } = await summarizeWithSheetName(sheetName);
  const formulas = formulasOf(summary);
  expect(formulas.length).toBeGreaterThan(0);
  const names = new Set(copy.sheets.map((s) => s.name));
  const referenced = new Set<string>();
  for (const { formula } of formulas) {
    for (const name of sheetReferences(formula)) {
      expect({ formula, exists: names.has(name) }).toEqual({ formula, exists: true });
      referenced.add(name);
    }
  }
  expect([...referenced]).toContain(sheetName);
});

// LibreOffice on the names that need quoting (an apostrophe, `&`, `<`, quotes, non-Latin scripts).
const QUOTED = SHEET_NAMES.filter((name) => /['&<"]|[^\u0020-\u024f\u1e00-\u1eff]/.test(name));

test("the names recalculated by LibreOffice are the hard ones", () => {
  expect(QUOTED).toEqual(["Bà Rịa's & <Vũng Tàu>", "O'Brien \"Q1\" 100%", "分配表 Раздел توزيع"]);
});

test.each(QUOTED)("allocation sheet %j: LibreOffice recalculates every formula of the summary to the figure allocheck wrote", async (sheetName) => {
  const { out, summary } = await summarizeWithSheetName(sheetName);
  const recalculated = await readWorkbookBuffer(await fs.readFile(await recalculateWithLibreOffice(out, path.join(dir, `lo-${SHEET_NAMES.indexOf(sheetName)}`))));
  const again = recalculated.sheets.find((s) => s.name === summary.name);
  expect(again).toBeDefined();
  let compared = 0;
  for (const { cell } of formulasOf(summary)) {
    const [r, c] = cell.split(",").map(Number);
    const written = cellValue(summary, r, c);
    const recalc = cellValue(again!, r, c);
    if (typeof written === "number") {
      expect({ cell, value: typeof recalc === "number" ? Math.round(recalc * 1e6) / 1e6 : recalc }).toEqual({ cell, value: Math.round(written * 1e6) / 1e6 });
      compared++;
    } else if (written !== null && typeof written !== "object") {
      expect({ cell, value: recalc }).toEqual({ cell, value: written });
      compared++;
    }
  }
  expect(compared).toBeGreaterThan(0);
}, 180_000);

describe("area names that start with =, +, -, @: written back as text, never as formulas", () => {
  // Not in the plan: each gets a coverage finding, so the summary's findings table writes it back.
  const NAMES = ["=Xã Tân Lập", "+84 Xã Hòa Bình", "-Xã Minh Khai", "@Xã Yên Sở", "=cmd|' /C calc'!A0"];
  let copyBytes: Buffer;
  let summary: SheetData;

  beforeAll(async () => {
    const rows = allocationRows();
    NAMES.forEach((name, i) => {
      if (i < 4) rows[2 + i][1] = name;
      else rows.push([5, name, 1, 0]);
    });
    const input = path.join(dir, "injection.xlsx");
    await fs.writeFile(input, await xlsxBytes(workbookSheets(rows)));
    const run = await runCli(["summary", "injection.xlsx", "-o", "injection-out.xlsx"], dir);
    expect([0, 1]).toContain(run.code);
    expect(run.stderr).toBe("");
    copyBytes = await fs.readFile(path.join(dir, "injection-out.xlsx"));
    summary = summaryOf(await readWorkbookBuffer(copyBytes), ["Phân bổ", "Kế hoạch"]);
  });

  test("each name is in the summary as text, and no formula of the summary holds it", () => {
    const texts = summary.values.flatMap((row) => (row ?? []).filter((v): v is string => typeof v === "string"));
    for (const name of NAMES) expect({ name, asText: texts.some((t) => t.includes(name)) }).toEqual({ name, asText: true });
    for (const { formula } of formulasOf(summary)) {
      for (const name of NAMES) expect(formula.includes(name.slice(1))).toBe(false);
    }
  });

  test("in the package, the cells holding them are string cells (shared or inline), never <f>", async () => {
    const parts = await partsOf(copyBytes);
    const xml = parts.filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p.name)).map((p) => p.data.toString("utf8"));
    for (const sheetXml of xml) {
      for (const f of sheetXml.match(/<f[^>]*>[^<]*<\/f>/g) ?? []) {
        expect(f).not.toMatch(/cmd\||Tân Lập|Hòa Bình|Minh Khai|Yên Sở/);
      }
    }
  });
});

test("a first commune labelled `=SUM(1,2)` is read as an area, not as a header row", async () => {
  const rows = allocationRows();
  rows[2][1] = "=SUM(1,2)";
  const input = path.join(dir, "formula-label.xlsx");
  await fs.writeFile(input, await xlsxBytes(workbookSheets(rows)));
  const run = await runCli(["check", "formula-label.xlsx", "--json"], dir);
  const report = JSON.parse(run.stdout) as { indicators: Array<{ code: string; allocated: number }>; findings: Array<{ cell: string | null }> };
  const counted = report.indicators.find((i) => i.code === "1")!.allocated;
  expect(counted === 12 || report.findings.some((x) => x.cell === "B3")).toBe(true);
});
