/**
 * One check, many views: on every designed workbook (and the built-in
 * sample), the JSON report, the text report, the summary sheet as LibreOffice
 * recalculates it, the highlights and the pane's table say the same figures
 * and the same words for every plan line and every finding. Each view is read
 * back as a user or a script meets it (the text as printed, the summary from
 * the written .xlsx after recalculation, the pane's table rendered to HTML),
 * and compared with the one result `checkWorkbook` returned. LibreOffice
 * missing is a failure, never a skip.
 */
import { readFile } from "fs/promises";
import { basename, join } from "path";
import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { readWorkbookFile } from "../../src/adapters/xlsx/readWorkbook";
import { writeSummaryCopy } from "../../src/adapters/xlsx/writeSummary";
import { writeWorkbookSpec } from "../../src/adapters/exceljs/writeWorkbook";
import { checkWorkbook, type CheckResult } from "../../src/core/check";
import { cellValue, type SheetData } from "../../src/core/model/workbook";
import type { IndicatorResult } from "../../src/core/model/report";
import { readPlanJson } from "../../src/core/plan";
import { renderTextReport, toJsonReport } from "../../src/core/report";
import { buildHighlights, buildSummary } from "../../src/core/summary";
import { LINE_HEADERS } from "../../src/core/summary/labels";
import { formatFigure } from "../../src/core/text/format";
import { sheetTotalWords, statusWord, WORDS } from "../../src/core/words";
import { buildSampleSpec } from "../../src/sample";
import { IndicatorTable } from "../../src/taskpane/components/IndicatorTable";
import { STRINGS } from "../../src/i18n";
import { recalculateWithLibreOffice, sofficePath } from "../helpers/libreoffice";
import { makeTempDir } from "../helpers/xlsxFixture";
import { ALL_FIXTURES, writeFixtureFiles } from "./fixtures";
import { typographicQuotes } from "../../src/core/text/quotes";

jest.setTimeout(300_000);

interface Views {
  readonly result: CheckResult;
  readonly json: ReturnType<typeof toJsonReport>;
  readonly text: string;
  readonly summary: SheetData;
  readonly pane: string;
}

/**
 * Lines whose recalculated summary may differ from the engine by design: a
 * formula saved without a value that allocheck cannot evaluate counts as blank
 * (`no-value`), while LibreOffice — like Excel — computes it (the fixture says
 * which lines, with the figure the recalculation gives).
 */
const RECALCULATED_APART = new Map(ALL_FIXTURES.map((fixture) => [fixture.fileName, new Set(Object.keys(fixture.recalculatedAllocated ?? {}))]));

const CASES: ReadonlyArray<readonly [string, (dir: string) => Promise<{ workbook: string; plan?: string }>]> = [
  ...ALL_FIXTURES.map((fixture) => [fixture.fileName, (dir: string) => writeFixtureFiles(dir, fixture)] as const),
  [
    "sample (Hà Nội KH 257)",
    async (dir: string) => {
      const workbook = join(dir, "mau-kh257.xlsx");
      await writeWorkbookSpec(buildSampleSpec(), workbook);
      return { workbook };
    },
  ],
];

async function viewsOf(write: (dir: string) => Promise<{ workbook: string; plan?: string }>): Promise<Views> {
  const dir = makeTempDir("allocheck-projection-");
  const files = await write(dir);
  const workbook = await readWorkbookFile(files.workbook);
  const plan = files.plan === undefined ? undefined : readPlanJson(JSON.parse(await readFile(files.plan, "utf8")), basename(files.plan));
  const result = checkWorkbook(workbook, { workbookName: basename(files.workbook), ...(plan !== undefined ? { plan } : {}) });
  const { report } = result;
  const model = buildSummary({ report, plan: result.plan, table: result.table, areaValues: result.areaValues, workbook, lang: "vi" });
  const out = join(dir, "tong-hop.xlsx");
  await writeSummaryCopy(files.workbook, out, model, buildHighlights(report, "vi"));
  const recalculated = await readWorkbookFile(await recalculateWithLibreOffice(out, join(dir, "libreoffice")));
  const summary = recalculated.sheets.find((sheet) => sheet.name === model.name);
  if (summary === undefined) throw new Error(`no ${model.name} sheet after recalculation`);
  const pane = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <IndicatorTable indicators={report.indicators} lang="vi" strings={STRINGS.vi} />
    </FluentProvider>,
  );
  return { result, json: toJsonReport(report, "vi"), text: renderTextReport(report, "vi"), summary, pane };
}

/** The figures a reader sees for a line: plan, allocated, difference (signed) and status, in the plan's unit. */
function figures(line: IndicatorResult): string[] {
  const unit = { kind: line.kind, scale: line.scale };
  return [formatFigure(line.target, unit, "vi"), formatFigure(line.allocated, unit, "vi"), formatFigure(line.difference, unit, "vi", true), statusWord(line.status, line.rule, "vi")];
}

/** The summary's table 1, read under its `Mã … Trạng thái` header: code → the row's cells. */
function summaryLines(sheet: SheetData): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  let header = -1;
  let cols: number[] = [];
  // Each column under its header, wherever the print layout put it (one page wide, the figures stand at the page's right edge).
  for (let r = 0; r < sheet.values.length && header < 0; r++) {
    if (cellValue(sheet, r, 0) !== "Mã") continue;
    const row = sheet.values[r] ?? [];
    cols = LINE_HEADERS.map((h) => row.findIndex((v) => v === h.vi));
    if (cols.every((c) => c >= 0)) header = r;
  }
  for (let r = header + 1; header >= 0 && r < sheet.values.length; r++) {
    const code = cellValue(sheet, r, 0);
    if (code === null || code === "") break;
    out.set(String(code), cols.map((c) => cellValue(sheet, r, c)));
  }
  return out;
}

/** The summary's findings table: message, severity, rule, sheet, cell per row (in the columns its header gives them: printed, it spans the page). */
function summaryFindings(sheet: SheetData): string[][] {
  const headings = ["Nội dung", "Mức độ", "Quy tắc", "Trang tính", "Ô"];
  let header = -1;
  let cols: number[] = [];
  for (let r = 0; r < sheet.values.length && header < 0; r++) {
    if (cellValue(sheet, r, 1) !== "Nội dung") continue;
    const row = sheet.values[r] ?? [];
    cols = headings.map((h) => row.findIndex((v) => v === h));
    if (cols.every((c) => c >= 0)) header = r;
  }
  const rows: string[][] = [];
  for (let r = header + 1; header >= 0 && r < sheet.values.length; r++) {
    if (typeof cellValue(sheet, r, 0) !== "number") break;
    // A short column's words wrap where the layout counts its lines (printLayout.ts): read as one line, as printed words.
    rows.push(cols.map((c) => String(cellValue(sheet, r, c) ?? "").replace(/\n/g, " ")));
  }
  return rows;
}

/** The pane's rendered table: per row (by code) the text of its cells. */
function paneRows(html: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const row of html.matchAll(/<tr[^>]*data-code="([^"]*)"[^>]*>(.*?)<\/tr>/g)) {
    const cells = [...row[2].matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((cell) => cell[1].replace(/<[^>]+>/g, "").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">"));
    out.set(row[1].replace(/&amp;/g, "&"), cells);
  }
  return out;
}

const close = (a: unknown, b: number) => typeof a === "number" && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

beforeAll(() => {
  sofficePath(); // throws with the install command when LibreOffice is missing
});

/** How many lines of all cases had a sheet total other than the count (some must, or the test below proves nothing). */
let sheetTotalsSeen = 0;
afterAll(() => {
  expect(sheetTotalsSeen).toBeGreaterThan(0);
});

describe.each(CASES.map(([name, write]) => [name, write] as const))("%s", (name, write) => {
  const apart = RECALCULATED_APART.get(name) ?? new Set<string>();
  let views: Views;
  beforeAll(async () => {
    views = await viewsOf(write);
  });

  test("every plan line: the same figures and status word in the JSON, the text report, the recalculated summary and the pane", () => {
    const { result, json, text, summary, pane } = views;
    const textRows = text.split("\n");
    const sheetRows = summaryLines(summary);
    const panes = paneRows(pane);
    expect(json.indicators.map((i) => i.code)).toEqual(result.report.indicators.map((i) => i.code));
    for (const [index, line] of result.report.indicators.entries()) {
      const expected = figures(line);
      const [target, allocated, difference, status] = expected;
      // JSON: base units, as the result holds them.
      expect(json.indicators[index]).toMatchObject({ target: line.target, allocated: line.allocated, difference: line.difference, status: line.status });
      // Text report: the line's row ends with the four figures.
      const textRow = textRows.find((row) => row.startsWith(`${line.code} `));
      expect({ code: line.code, text: textRow?.split(/\s{2,}/).slice(-4) }).toEqual({ code: line.code, text: expected });
      // Pane: the row's cells after code and name.
      expect({ code: line.code, pane: panes.get(line.code)?.slice(2) }).toEqual({ code: line.code, pane: [target, allocated, difference, status] });
      // Summary, recalculated by LibreOffice: numbers in the plan's unit and the same status word.
      const row = sheetRows.get(line.code);
      expect({ code: line.code, found: row !== undefined }).toEqual({ code: line.code, found: true });
      if (apart.has(line.code)) continue;
      expect({ code: line.code, status: row![7] }).toEqual({ code: line.code, status });
      expect({ code: line.code, target: close(row![3], line.target / line.scale) }).toEqual({ code: line.code, target: true });
      if (line.allocated !== null && line.difference !== null) {
        expect({ code: line.code, allocated: row![4], ok: close(row![4], line.allocated / line.scale) }).toMatchObject({ ok: true });
        expect({ code: line.code, difference: row![5], ok: close(row![5], line.difference / line.scale) }).toMatchObject({ ok: true });
      }
    }
  });

  test("a sheet total other than the count: the same figures in the JSON, the text report, the summary and the pane", () => {
    const { result, json, text, summary, pane } = views;
    const notes = summary.values.flat().filter((v): v is string => typeof v === "string");
    for (const [index, line] of result.report.indicators.entries()) {
      const both = sheetTotalWords(line, "vi");
      if (both === undefined) {
        expect({ code: line.code, note: notes.some((n) => n.startsWith(`Mã ${line.code}`) && n.includes(": bảng tính ghi")) }).toEqual({ code: line.code, note: false });
        continue;
      }
      sheetTotalsSeen++;
      expect(json.indicators[index].sheetTotal).toBe(line.sheetTotal);
      // Each names the cell that shows the other figure, as the pane does (`Mã 2 (ô D6): bảng tính ghi 158, đếm được 170.`).
      const note = `Mã ${line.code}${line.totalCell === null ? "" : ` (ô ${line.totalCell})`}: ${both}.`;
      expect(text).toContain(note);
      expect(notes).toContain(note);
      expect(paneRows(pane).get(line.code)?.join(" ")).toContain(both);
    }
  });

  // The JSON keeps the engine's message as it is; what a person reads (the text report, the summary, the notes) has it with typographic quotes.
  test("every finding: the same message, severity and rule words in the JSON, the text report, the summary and the highlight notes", () => {
    const { result, json, text, summary } = views;
    const findings = result.report.findings;
    expect(json.findings.map((f) => [f.rule, f.severity, f.cell, f.message])).toEqual(findings.map((f) => [f.rule, f.severity, f.cell, f.message.vi]));
    expect(json.counts).toEqual(result.report.counts);
    for (const finding of findings) expect(text).toContain(typographicQuotes(finding.message.vi));
    expect(summaryFindings(summary)).toEqual(
      findings.map((f) => [typographicQuotes(f.message.vi), WORDS.vi.severity[f.severity], WORDS.vi.rules[f.rule], f.sheet ?? "", f.cell ?? ""]),
    );
    const highlights = buildHighlights(result.report, "vi");
    const atCells = findings.filter((f) => f.sheet !== null && f.cell !== null);
    expect(new Set(highlights.map((h) => `${h.sheet}!${h.cell}`))).toEqual(new Set(atCells.map((f) => `${f.sheet}!${f.cell}`)));
    for (const h of highlights) {
      const here = atCells.filter((f) => f.sheet === h.sheet && f.cell === h.cell);
      for (const f of here) expect(h.note.split("\n")).toContain(typographicQuotes(f.message.vi));
      const worst = here.some((f) => f.severity === "error") ? "error" : here.some((f) => f.severity === "warning") ? "warning" : "info";
      expect(h.severity).toBe(worst);
    }
  });
});
