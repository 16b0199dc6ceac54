/**
 * The summary stays live at any size: on the benchmark's 100 000-row table
 * (100 000 areas × 30 lines, written by scripts/bench.js's generator) every
 * line's `Đã phân bổ` cell is a formula — one SUBTOTAL over the table by
 * area, whose rows read each commune's cell once — and LibreOffice,
 * recalculating the copy, gives the engine's totals (and the generator's).
 * The sheet's untouched parts are copied byte for byte. LibreOffice missing
 * is a failure, never a skip.
 */
import { spawnSync } from "child_process";
import { promises as fs } from "fs";
import { join } from "path";
import { readWorkbookFile } from "../../src/adapters/xlsx/readWorkbook";
import { openRawZip, rawEntryBytes } from "../../src/adapters/xlsx/zipCopy";
import { cellFormula, cellValue, type SheetData } from "../../src/core/model/workbook";
import { convertWithLibreOffice, sofficePath } from "../helpers/libreoffice";
import { makeTempDir } from "../helpers/xlsxFixture";
import { ensureBuilt, ROOT } from "./command";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const bench = require("../../scripts/bench.js") as {
  COLUMNS: number;
  generateRows(rows: number): { total: number[] };
  writeXlsx(rows: number, file: string): Promise<void>;
};

const ROWS = 100_000;
const TIMEOUT = 900_000;

/** A CSV line's fields (LibreOffice's export: `,` between fields, `"` around text with commas, quotes doubled). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(field);
      field = "";
    } else field += ch;
  }
  out.push(field);
  return out;
}

/** The first table's rows under its `Mã … Đã phân bổ` header, as [row, cells]. */
function lineRows(rows: ReadonlyArray<readonly unknown[] | undefined>): Array<{ row: number; cells: readonly unknown[] }> {
  const header = rows.findIndex((r) => r !== undefined && r[0] === "Mã" && r[4] === "Đã phân bổ");
  expect(header).toBeGreaterThanOrEqual(0);
  const out: Array<{ row: number; cells: readonly unknown[] }> = [];
  for (let r = header + 1; r < rows.length; r++) {
    const cells = rows[r];
    if (cells === undefined || cells[0] === undefined || cells[0] === null || cells[0] === "") break;
    // A copy of the header where the table runs onto the next page (the first table stays under the identity block).
    if (cells[0] === "Mã" && cells[4] === "Đã phân bổ") continue;
    out.push({ row: r, cells });
  }
  return out;
}

describe("summary of a 100 000-row table", () => {
  let dir: string;
  let input: string;
  let output: string;
  let summary: SheetData;

  beforeAll(async () => {
    sofficePath(); // throws with the install command when LibreOffice is missing
    ensureBuilt();
    dir = makeTempDir("allocheck-large-summary-");
    input = join(dir, `alloc-${ROWS}.xlsx`);
    output = join(dir, "tong-hop.xlsx");
    await bench.writeXlsx(ROWS, input);
    const run = spawnSync(process.execPath, [join(ROOT, "bin/allocheck.js"), "summary", input, "-o", output], { cwd: dir, encoding: "utf8", timeout: TIMEOUT });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const found = (await readWorkbookFile(output)).sheets.find((s) => s.name === "Tổng hợp");
    expect(found).toBeDefined();
    summary = found!;
  }, TIMEOUT);

  test("every line's allocated cell is a short formula over the table by area, holding the engine's total", () => {
    const lines = lineRows(summary.values);
    expect(lines).toHaveLength(bench.COLUMNS);
    const { total } = bench.generateRows(ROWS);
    lines.forEach(({ row, cells }, j) => {
      const formula = cellFormula(summary, row, 4);
      expect({ line: cells[0], formula }).toEqual({ line: cells[0], formula: expect.stringMatching(/^SUBTOTAL\(9,[A-Z]+\d+:[A-Z]+\d+\)$/) });
      // The engine's value, as the copy carries it; money lines are in tỷ (the sheet in triệu).
      const expected = j >= 20 ? total[j] / 1000 : total[j];
      expect(cellValue(summary, row, 4)).toBeCloseTo(expected, 6);
    });
  });

  test("LibreOffice's recalculation gives the engine's totals", async () => {
    const lines = lineRows(summary.values);
    const sheetNumber = 3; // Phân bổ, Kế hoạch, Tổng hợp
    const [csv] = await convertWithLibreOffice(output, join(dir, "libreoffice"), {
      format: `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheetNumber}`,
      timeoutMs: TIMEOUT,
    });
    const rows = (await fs.readFile(csv, "utf8")).split(/\r?\n/).map(csvFields);
    const recalculated = lineRows(rows);
    expect(recalculated).toHaveLength(lines.length);
    recalculated.forEach(({ cells }, j) => {
      expect(cells[0]).toBe(String(lines[j].cells[0]));
      const engine = cellValue(summary, lines[j].row, 4) as number;
      expect({ line: cells[0], allocated: Math.round(Number(cells[4]) * 1e6) / 1e6 }).toEqual({ line: cells[0], allocated: Math.round(engine * 1e6) / 1e6 });
    });
  }, TIMEOUT);

  test("the parts the summary does not edit are copied byte for byte", async () => {
    const before = openRawZip(await fs.readFile(input))!;
    const after = openRawZip(await fs.readFile(output))!;
    const edited = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml"]);
    for (const [name, entry] of before.entries) {
      const copy = after.entries.get(name);
      expect({ name, kept: copy !== undefined }).toEqual({ name, kept: true });
      if (edited.has(name)) continue;
      expect({ name, same: rawEntryBytes(after, copy!).equals(rawEntryBytes(before, entry)) }).toEqual({ name, same: true });
    }
  });
});
