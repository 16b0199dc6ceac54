/**
 * The add-in inside Excel and the preview give the same result on the same
 * workbook: the pane's own services (detect, check, highlight, summary) run
 * once over the Office.js host on the fake Excel and once over the in-memory
 * host, on the built-in sample workbook.
 */
import { MemoryWorkbookHost } from "../../../src/adapters/memory";
import { buildSampleWorkbookData } from "../../../src/sample";
import { detectSheets } from "../../../src/app/detectSheets";
import { runCheck } from "../../../src/app/runCheck";
import { highlightFindings, clearFindingHighlights } from "../../../src/app/highlights";
import { writeSummarySheet } from "../../../src/app/summary";
import { HIGHLIGHT_FILL } from "../../../src/core/model/summary";
import type { WorkbookHost } from "../../../src/app/host";
import { fakeExcelFromWorkbook } from "../../fakes/excel/fromWorkbookData";
import { hostFor } from "./helpers";
import { typographicQuotes } from "../../../src/core/text/quotes";

async function paneFlow(host: WorkbookHost) {
  const choices = await detectSheets(host);
  const outcome = await runCheck(host, choices.detected);
  const highlighted = await highlightFindings(host, outcome, "vi");
  const summary = await writeSummarySheet(host, outcome, "vi");
  return { choices, outcome, highlighted, summary };
}

describe("Office.js host and in-memory host agree", () => {
  test("same sheets detected, same report, same highlights, same summary", async () => {
    const data = buildSampleWorkbookData();
    const excel = fakeExcelFromWorkbook(data);
    const office = hostFor(excel);
    const memory = new MemoryWorkbookHost(buildSampleWorkbookData(), "Book1.xlsx");

    const inExcel = await paneFlow(office);
    const inPreview = await paneFlow(memory);

    expect(inExcel.choices.detected).toEqual(inPreview.choices.detected);
    expect(inExcel.outcome.report.findings.length).toBeGreaterThan(0);
    expect(inExcel.outcome.report).toEqual(inPreview.outcome.report);
    expect(inExcel.highlighted.value).toBe(inPreview.highlighted.value);
    expect(inExcel.summary.value).toBe(inPreview.summary.value);

    // The same cells are coloured, with the same colours.
    const colours = new Set(Object.values(HIGHLIGHT_FILL));
    const coloured: string[] = [];
    for (const sheet of excel.document.liveSheets()) {
      for (const [key, cell] of sheet.cells) {
        if (cell.fill && colours.has(cell.fill.color)) {
          const [r, c] = key.split(",").map(Number);
          coloured.push(`${sheet.name}!${String.fromCharCode(65 + c)}${r + 1}|${cell.fill.color}`);
        }
      }
    }
    const expected = memory.highlightedCells().map((ref) => {
      const [sheet, cell] = ref.split("!");
      return `${ref}|${memory.getFill(sheet, cell)}`;
    });
    expect(coloured.sort()).toEqual(expected.sort());
    // …with the same notes (ExcelApi 1.18).
    for (const ref of memory.highlightedCells()) {
      const [sheet, cell] = ref.split("!");
      expect(excel.document.requireSheet(sheet).notes.get(cell)).toBe(memory.getNote(sheet, cell));
    }

    // The summary sheet holds the same constants and formulas.
    const name = inExcel.summary.value;
    const [fromExcel] = (await office.readWorkbook([name])).sheets;
    const [fromMemory] = (await memory.readWorkbook([name])).sheets;
    // Excel holds links as HYPERLINK formulas around what the cell shows; the preview holds the value.
    const links = new Map<string, { shown: string | number; formula: string | null }>();
    fromExcel.formulas?.forEach((row, r) =>
      row?.forEach((f, c) => {
        const m = f ? /^HYPERLINK\("#'(?:[^']|'')+'![A-Z]+\d+",(.*)\)$/s.exec(f) : null;
        if (!m) return;
        const inner = m[1];
        const literal = /^"((?:[^"]|"")*)"$/.exec(inner);
        links.set(`${r},${c}`, literal ? { shown: literal[1].replace(/""/g, '"'), formula: null } : /^-?\d+(\.\d+)?$/.test(inner) ? { shown: Number(inner), formula: null } : { shown: "", formula: inner });
      }),
    );
    expect(links.size).toBeGreaterThan(0);
    const formulaMap = (sheet: typeof fromExcel, unwrap: boolean) => {
      const out: Record<string, string> = {};
      sheet.formulas?.forEach((row, r) =>
        row?.forEach((f, c) => {
          const link = unwrap ? links.get(`${r},${c}`) : undefined;
          if (link) {
            if (link.formula !== null) out[`${r},${c}`] = link.formula;
          } else if (f) out[`${r},${c}`] = f;
        }),
      );
      return out;
    };
    expect(Object.keys(formulaMap(fromExcel, true)).length).toBeGreaterThan(0);
    expect(formulaMap(fromExcel, true)).toEqual(formulaMap(fromMemory, false));
    const constants = (sheet: typeof fromExcel, unwrap: boolean) =>
      Array.from({ length: sheet.values.length }, (_, r) =>
        (sheet.values[r] ?? []).map((v, c) => {
          const link = unwrap ? links.get(`${r},${c}`) : undefined;
          if (link) return link.formula === null ? link.shown : "(formula)";
          return sheet.formulas?.[r]?.[c] ? "(formula)" : v;
        }),
      );
    // An empty string in a cell is an empty cell in Excel.
    const trim = (rows: unknown[][]) =>
      rows.map((row) => {
        const out = row.map((v) => (v === "" ? null : v));
        while (out.length && out[out.length - 1] === null) out.pop();
        return out;
      });
    expect(trim(constants(fromExcel, true))).toEqual(trim(constants(fromMemory, false)));
    expect(fromExcel.merges).toEqual(fromMemory.merges);

    // Clearing restores the sample's fills (none) in both.
    expect(await clearFindingHighlights(office)).toBe(await clearFindingHighlights(memory));
    const left = excel.document.liveSheets().flatMap((s) => [...s.cells.values()].filter((c) => c.fill && colours.has(c.fill.color)));
    expect(left).toEqual([]);
  });

  test("round trips of the whole pane flow in Excel", async () => {
    const excel = fakeExcelFromWorkbook(buildSampleWorkbookData());
    const office = hostFor(excel);
    excel.stats.reset();
    await paneFlow(office);
    // detect: list 1 + first rows 1; check: list 1 + read 1 (the name comes with it) + the saved
    // corrections 1, fingerprints none (change events); highlight: clear 1 (no state yet) + apply 2;
    // summary: list 1 + write 2.
    expect(excel.stats.syncs).toBeLessThanOrEqual(11);
    expect(excel.stats.runOptions.every((o) => (o as { delayForCellEdit?: boolean }).delayForCellEdit === true)).toBe(true);
    console.log(`pane flow on the sample: ${excel.stats.syncs} round trips, ${excel.stats.requestBytes} request bytes, ${excel.stats.responseBytes} response bytes`);
  });
});

describe("notes on highlighted cells inside Excel", () => {
  test.each(["vi", "en"] as const)("are written in the pane's language (%s)", async (lang) => {
    const excel = fakeExcelFromWorkbook(buildSampleWorkbookData(), "1.18");
    const host = hostFor(excel);
    const outcome = await runCheck(host, (await detectSheets(host)).detected);
    await highlightFindings(host, outcome, lang);
    const finding = outcome.report.findings.find((f) => f.sheet !== null && f.cell !== null)!;
    const atCell = outcome.report.findings.filter((f) => f.sheet === finding.sheet && f.cell === finding.cell);
    const note = excel.document.requireSheet(finding.sheet!).notes.get(finding.cell!);
    expect(note).toBe(atCell.map((f) => typographicQuotes(f.message[lang])).join("\n"));
  });
});
