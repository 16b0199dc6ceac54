/**
 * The built command, as a user runs it: `node bin/allocheck.js check … --json`
 * on designed workbooks (exit codes, JSON on stdout and nothing else there),
 * unusable input (exit 2, one line on stderr, nothing written), and
 * `allocheck summary`, whose copy must keep every original cell value and
 * formula while the input file stays byte-identical.
 */
import { createHash } from "crypto";
import ExcelJS from "exceljs";
import { existsSync, readFileSync, statSync, writeFileSync } from "fs";
import { join } from "path";
import { readWorkbookFile } from "../../src/adapters/xlsx/readWorkbook";
import type { SheetData } from "../../src/core/model/workbook";
import { convertWithLibreOffice } from "../helpers/libreoffice";
import { bare, makeTempDir, writeFixture } from "../helpers/xlsxFixture";
import { caoBang, dakNong, dienBien, haGiang, laoCai, quangTri, scriptWritten, writeFixtureFiles, type Fixture } from "./fixtures";
import { allocheck, ensureBuilt, type Run } from "./command";
import { expectCounts, expectFindings, expectIndicators, type JsonReport } from "./support";

function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

const dir = makeTempDir("allocheck-cli-");

beforeAll(() => {
  ensureBuilt();
});

function expectReport(report: JsonReport, fixture: Fixture): void {
  expect(report.allocationSheet.normalize("NFC")).toBe(fixture.allocationSheet);
  expect(report.orientation).toBe(fixture.orientation);
  expectIndicators(report, fixture.indicators);
  expectFindings(report, fixture.findings, fixture.looseFindings);
  expectCounts(report, fixture.counts.error, fixture.counts.warning);
}

describe("allocheck check --json", () => {
  test("clean workbook: exit 0, the JSON report alone on stdout, no findings", async () => {
    const { workbook } = await writeFixtureFiles(dir, quangTri);
    const run = allocheck(["check", quangTri.fileName, "--json"], dir);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.workbook).toBe(quangTri.fileName);
    expect(report.findings).toEqual([]);
    expectReport(report, quangTri);
    expect(existsSync(workbook)).toBe(true);
  });

  test("indicators as rows with errors: exit 1 and exactly the planted findings", async () => {
    const { workbook } = await writeFixtureFiles(dir, haGiang);
    const run = allocheck(["check", workbook, "--json"], dir);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.workbook).toBe(workbook);
    expectReport(report, haGiang);
  });

  test("plan from a JSON file (--plan): exit 1, the plan's lines, areas and findings", async () => {
    const { workbook, plan } = await writeFixtureFiles(dir, caoBang);
    const run = allocheck(["check", workbook, "--plan", plan ?? "", "--json"], dir);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.planSource.startsWith("file:")).toBe(true);
    expect(report.planSource.endsWith(caoBang.fileName.replace(/\.xlsx$/, ".plan.json"))).toBe(true);
    expectReport(report, caoBang);
  });

  test("--lang en gives the same findings with English messages", async () => {
    const { workbook } = await writeFixtureFiles(dir, dienBien);
    const vi = JSON.parse(allocheck(["check", workbook, "--json"], dir).stdout) as JsonReport;
    const en = JSON.parse(allocheck(["check", workbook, "--json", "--lang", "en"], dir).stdout) as JsonReport;
    const strip = (r: JsonReport) => r.findings.map((x) => ({ ...x, message: undefined }));
    expect(strip(en)).toEqual(strip(vi));
    expect(en.findings.map((x) => x.message)).not.toEqual(vi.findings.map((x) => x.message));
    expectReport(vi, dienBien);
  });

  test("readable report (no --json): exit 1 and every finding's cell named", async () => {
    const { workbook } = await writeFixtureFiles(dir, laoCai);
    const run = allocheck(["check", workbook], dir);
    expect(run.status).toBe(1);
    for (const cell of ["E9", "G9", "E12", "F13", "B17", "G18", "H7"]) expect(run.stdout).toContain(cell);
  });
});

describe("a workbook saved without values (written by a script, never opened in Excel)", () => {
  test("a formula whose reference was deleted (=SUM(#REF!)) is an invalid value at its cell, not a formula without a value", async () => {
    const [alloc, plan] = scriptWritten.sheets;
    // D7 (Xã Phú Mãn's budget) lost its reference; D6 and D2 over it are formulas without values too.
    const broken = { ...alloc, rows: alloc.rows.map((row, r) => (r === 6 ? row.map((v, c) => (c === 3 ? bare("SUM(#REF!)") : v)) : row)) };
    const path = await writeFixture(dir, "viet-bang-script-ref.xlsx", [broken, plan]);
    const run = allocheck(["check", path, "--json"], dir);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expectFindings(report, [
      { rule: "ceiling", severity: "error", cell: "C2", indicator: "1", area: null, expected: 12, actual: 13 },
      { rule: "ceiling", severity: "warning", cell: "D2", indicator: "2", area: null, expected: 500_000_000, actual: 400_000_000 },
      { rule: "invalid-value", severity: "error", cell: "D7", indicator: "2", area: "Xã Phú Mãn", expected: null, actual: null },
    ]);
    expectCounts(report, 2, 1);
  });
});

describe("--sheet and --plan-sheet", () => {
  test("a plan sheet with another name and two allocation sheets: the named ones are used", async () => {
    const sub = makeTempDir("allocheck-options-");
    const [alloc, plan, areas] = laoCai.sheets;
    // Last year's sheet: same layout, other numbers.
    const lastYear = { ...alloc, name: "Phân bổ 2024", rows: alloc.rows.map((row) => row.map((v) => (typeof v === "number" ? v * 2 : v))) };
    const path = await writeFixture(sub, "lao-cai-hai-nam.xlsx", [lastYear, alloc, { ...plan, name: "KH giao 2025" }, areas]);

    // No `Kế hoạch`/`Plan` sheet: the one sheet named like a plan (`KH …`) holding a plan table is the plan.
    const found = allocheck(["check", path, "--json"], sub);
    expect(found.status).toBe(1);
    expect((JSON.parse(found.stdout) as JsonReport).planSource).toBe("sheet:KH giao 2025");
    const run = allocheck(["check", path, "--plan-sheet", "KH giao 2025", "--sheet", laoCai.allocationSheet, "--json"], sub);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.planSource).toBe("sheet:KH giao 2025");
    expectReport(report, laoCai);

    const unknown = allocheck(["check", path, "--plan-sheet", "KH giao 2025", "--sheet", "Không có", "--json"], sub);
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe("");
  });
});

describe("unusable input: exit 2, one line on stderr, nothing written", () => {
  function expectUnusable(run: Run): void {
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    const lines = run.stderr.split("\n").filter((l) => l.trim() !== "");
    expect(lines).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  }

  test("missing file", () => {
    expectUnusable(allocheck(["check", join(dir, "khong-co.xlsx"), "--json"], dir));
  });

  test("not a workbook", () => {
    const path = join(dir, "not-a-workbook.xlsx");
    writeFileSync(path, "Đây không phải là tệp Excel\n", "utf8");
    expectUnusable(allocheck(["check", path], dir));
  });

  test("a plan file that is not valid JSON, or has no indicators", async () => {
    const { workbook } = await writeFixtureFiles(dir, caoBang);
    const broken = join(dir, "broken.plan.json");
    writeFileSync(broken, '{ "title": "Kế hoạch", "indicators": [ { "code": "1", ', "utf8");
    expectUnusable(allocheck(["check", workbook, "--plan", broken, "--json"], dir));
    const empty = join(dir, "empty.plan.json");
    writeFileSync(empty, JSON.stringify({ title: "Kế hoạch", indicators: [] }), "utf8");
    expectUnusable(allocheck(["check", workbook, "--plan", empty, "--json"], dir));
    expectUnusable(allocheck(["check", workbook, "--plan", join(dir, "khong-co.json"), "--json"], dir));
  });

  test("the allocation sheet named as the plan: the message says so and names the plan sheet's option", async () => {
    const { workbook } = await writeFixtureFiles(dir, laoCai);
    const run = allocheck(["check", workbook, "--plan-sheet", laoCai.allocationSheet], dir);
    expectUnusable(run);
    expect(run.stderr).toContain(`Trang "${laoCai.allocationSheet}"`);
    expect(run.stderr).toContain("có vẻ là biểu phân bổ");
    expect(run.stderr).toContain('(tùy chọn --plan-sheet "Plan")');
  });

  test("a sheet named with --sheet that holds no table: what was looked for, and the option that chooses the sheet", async () => {
    const path = await writeFixture(dir, "ghi-chu.xlsx", [...laoCai.sheets, { name: "Ghi chú", rows: [["Danh sách cán bộ phụ trách"], ["Nguyễn Văn A", "điện thoại"]] }]);
    const run = allocheck(["check", path, "--sheet", "Ghi chú", "--lang", "en"], dir);
    expectUnusable(run);
    expect(run.stderr).toContain('Sheet "Ghi chú": no allocation table found');
    expect(run.stderr).toContain("header row names the plan's lines");
    expect(run.stderr).toContain("(option --sheet)");
  });

  test("no plan in the workbook and none given", async () => {
    const sheets = caoBang.sheets;
    const path = join(dir, "no-plan.xlsx");
    await writeFixture(dir, "no-plan.xlsx", sheets);
    expectUnusable(allocheck(["check", path, "--json"], dir));
    const out = join(dir, "no-plan-summary.xlsx");
    expectUnusable(allocheck(["summary", path, "-o", out], dir));
    expect(existsSync(out)).toBe(false);
  });
});

/** Every cell of `sheet` as [address, value] (formulas as {formula, result}), for comparison. */
function cellMap(sheet: ExcelJS.Worksheet): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const value = cell.value;
      if (value === null || value === undefined) return;
      cells.set(cell.address, JSON.parse(JSON.stringify(value)) as unknown);
    });
  });
  return cells;
}

/** A sheet's values and formulas with trailing empty cells and rows dropped (styled blanks are not content). */
function content(sheet: SheetData): { values: unknown[][]; formulas: unknown[][] } {
  const trim = (rows: ReadonlyArray<ReadonlyArray<unknown> | undefined> | undefined): unknown[][] => {
    const out = (rows ?? []).map((row) => {
      const cells = [...(row ?? [])].map((v) => (v === undefined ? null : v));
      while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
      return cells;
    });
    while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
    return out;
  };
  return { values: trim(sheet.values), formulas: trim(sheet.formulas) };
}

/** Every input sheet, as allocheck's own reader sees it, is the same in the copy. */
async function expectSameContent(input: string, copy: string): Promise<void> {
  const before = await readWorkbookFile(input);
  const after = await readWorkbookFile(copy);
  for (const sheet of before.sheets) {
    const copied = after.sheets.find((s) => s.name === sheet.name);
    expect(copied).toBeDefined();
    if (copied === undefined) continue;
    expect(content(copied)).toEqual(content(sheet));
    expect([...copied.merges].sort((a, b) => a.top - b.top || a.left - b.left)).toEqual(
      [...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left),
    );
  }
}

describe("allocheck summary keeps the user's workbook", () => {
  test.each([
    ["lao-cai", laoCai],
    ["dak-nong", dakNong],
    ["dien-bien", dienBien],
  ] as const)("%s: every original value and formula unchanged; input byte-identical", async (_name, fixture) => {
    const sub = makeTempDir("allocheck-summary-");
    const { workbook } = await writeFixtureFiles(sub, fixture);
    const before = sha256(workbook);
    const mtime = statSync(workbook).mtimeMs;
    const out = join(sub, "tong-hop.xlsx");

    const run = allocheck(["summary", workbook, "-o", out], sub);
    expect(run.stderr.includes("\n    at ")).toBe(false);
    expect([0, 1]).toContain(run.status);
    expect(sha256(workbook)).toBe(before);
    expect(statSync(workbook).mtimeMs).toBe(mtime);
    expect(existsSync(out)).toBe(true);

    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(workbook);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);

    const copyNames = copy.worksheets.map((s) => s.name);
    expect(copyNames).toContain("Tổng hợp");
    for (const sheet of original.worksheets) {
      const copied = copy.getWorksheet(sheet.name);
      expect(copied).toBeDefined();
      if (copied === undefined) continue;
      const want = cellMap(sheet);
      const got = cellMap(copied);
      // Same addresses and same values/formulas (highlights are fills and notes only).
      expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
      for (const [address, value] of want) expect({ address, value: got.get(address) }).toEqual({ address, value });
      expect([...(copied.model.merges ?? [])].sort()).toEqual([...(sheet.model.merges ?? [])].sort());
    }

    await expectSameContent(workbook, out);

    // Running summary again on its own output refreshes the sheet; it does not add a second one.
    const again = join(sub, "tong-hop-2.xlsx");
    const rerun = allocheck(["summary", out, "-o", again], sub);
    expect([0, 1]).toContain(rerun.status);
    const twice = new ExcelJS.Workbook();
    await twice.xlsx.readFile(again);
    expect(twice.worksheets.map((s) => s.name)).toEqual(copyNames);
  });

  test("a workbook saved by LibreOffice: same findings, and the summary copy keeps every value and formula", async () => {
    const sub = makeTempDir("allocheck-lo-");
    const { workbook } = await writeFixtureFiles(sub, laoCai);
    const [saved] = await convertWithLibreOffice(workbook, join(sub, "libreoffice"));
    expect(saved).toMatch(/\.xlsx$/);
    const run = allocheck(["check", saved, "--json"], sub);
    expect(run.status).toBe(1);
    expectReport(JSON.parse(run.stdout) as JsonReport, laoCai);

    const before = sha256(saved);
    const out = join(sub, "lo-tong-hop.xlsx");
    const summary = allocheck(["summary", saved, "-o", out], sub);
    expect([0, 1]).toContain(summary.status);
    expect(sha256(saved)).toBe(before);
    await expectSameContent(saved, out);
  });

  test("a user's own `Tổng hợp` sheet is kept (allocheck writes `Tổng hợp (2)`); user text starting with - or + stays text", async () => {
    const sub = makeTempDir("allocheck-summary-");
    // Quảng Trị with bullet-style commune labels and the user's own summary sheet.
    const bullets: Record<string, string> = { "Xã Hướng Lập": "- Xã Hướng Lập", "Xã Tân Long": "+ Xã Tân Long" };
    const alloc = quangTri.sheets[0];
    const sheets = [
      { ...alloc, rows: alloc.rows.map((row) => row.map((v) => (typeof v === "string" && v in bullets ? bullets[v] : v))) },
      quangTri.sheets[1],
      { name: "Tổng hợp", rows: [["Bảng tổng hợp của phòng Kế hoạch"], ["Ghi chú", "=không phải công thức"], [1, 2]] },
    ];
    const workbook = await writeFixture(sub, "quang-tri-tong-hop.xlsx", sheets);
    const check = allocheck(["check", workbook, "--json"], sub);
    expect(check.status).toBe(0);
    const report = JSON.parse(check.stdout) as JsonReport;
    expect(report.allocationSheet).toBe("Phân bổ");
    expect(report.findings).toEqual([]);

    const out = join(sub, "out.xlsx");
    const run = allocheck(["summary", workbook, "-o", out], sub);
    expect(run.status).toBe(0);
    await expectSameContent(workbook, out);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    expect(copy.worksheets.map((w) => w.name)).toEqual(["Phân bổ", "Kế hoạch", "Tổng hợp", "Tổng hợp (2)"]);
    const summary = copy.getWorksheet("Tổng hợp (2)");
    const texts: string[] = [];
    summary?.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (typeof v === "object" && v !== null && "formula" in v) {
          // No user text ever became a formula.
          expect(v.formula).not.toMatch(/Xã|Hướng|Tân Long/);
        }
        if (typeof v === "string") texts.push(v);
      }),
    );
    expect(texts).toContain("- Xã Hướng Lập");
    expect(texts).toContain("+ Xã Tân Long");
  });

  test("offending cells get a red or amber fill and a note; --no-highlight leaves the user's cells as they were", async () => {
    const sub = makeTempDir("allocheck-highlight-");
    const { workbook } = await writeFixtureFiles(sub, laoCai);
    const report = JSON.parse(allocheck(["check", workbook, "--json"], sub).stdout) as JsonReport;
    const out = join(sub, "highlighted.xlsx");
    expect([0, 1]).toContain(allocheck(["summary", workbook, "-o", out], sub).status);
    const plain = join(sub, "plain.xlsx");
    expect([0, 1]).toContain(allocheck(["summary", workbook, "-o", plain, "--no-highlight"], sub).status);

    const read = async (file: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.getWorksheet(laoCai.allocationSheet);
      expect(ws).toBeDefined();
      return ws as ExcelJS.Worksheet;
    };
    const fillOf = (cell: ExcelJS.Cell) => {
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      return fill?.type === "pattern" && fill.pattern === "solid" ? (fill.fgColor?.argb ?? "").slice(-6).toUpperCase() : null;
    };
    const noteOf = (cell: ExcelJS.Cell) => {
      const note = cell.note as string | { texts?: { text: string }[] } | undefined;
      return typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
    };
    const highlighted = await read(out);
    const untouched = await read(plain);
    const original = await read(workbook);
    const worst = new Map<string, string>();
    for (const x of report.findings) {
      if (x.cell === null || x.sheet?.normalize("NFC") !== laoCai.allocationSheet) continue;
      if (worst.get(x.cell) !== "error") worst.set(x.cell, x.severity);
    }
    expect(worst.size).toBeGreaterThanOrEqual(5);
    for (const [cell, severity] of worst) {
      expect({ cell, fill: fillOf(highlighted.getCell(cell)) }).toEqual({ cell, fill: severity === "error" ? "F8B4B4" : "FFE08A" });
      expect(noteOf(highlighted.getCell(cell)).trim().length).toBeGreaterThan(0);
      expect({ cell, fill: fillOf(untouched.getCell(cell)), note: noteOf(untouched.getCell(cell)) }).toEqual({
        cell,
        fill: fillOf(original.getCell(cell)),
        note: noteOf(original.getCell(cell)),
      });
    }
    // A cell without a finding keeps its look.
    expect(fillOf(highlighted.getCell("C11"))).toBe(fillOf(original.getCell("C11")));
  });

  test("never writes over its input", async () => {
    const sub = makeTempDir("allocheck-summary-");
    const { workbook } = await writeFixtureFiles(sub, quangTri);
    const before = sha256(workbook);
    const run = allocheck(["summary", workbook, "-o", workbook], sub);
    expect(run.status).not.toBe(0);
    expect(sha256(workbook)).toBe(before);
  });
});
