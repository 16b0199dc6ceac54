/**
 * The pane's `Tô màu` run again after the user fixed a cell, in Excel (the
 * Office.js host on the fake Excel): what is coloured is exactly what the new
 * check finds; the fixed cell gets its original fill back and loses
 * allocheck's note; a fill the user gave another cell, or gave a coloured
 * cell instead of allocheck's, stays the user's.
 */
import { buildSampleWorkbookData } from "../../../src/sample";
import { detectSheets } from "../../../src/app/detectSheets";
import { runCheck } from "../../../src/app/runCheck";
import { highlightFindings } from "../../../src/app/highlights";
import { buildHighlights } from "../../../src/core/summary/highlights";
import { a1 } from "../../../src/core/model/address";
import { HIGHLIGHT_FILL } from "../../../src/core/model/summary";
import { fakeExcelFromWorkbook } from "../../fakes/excel/fromWorkbookData";
import type { FakeExcel } from "../../fakes/excel";
import { hostFor } from "./helpers";

const SHEET = "Phân bổ";
const USER_FILL = { color: "#00B050", pattern: "Solid", patternColor: null } as const;

/** Every cell that shows one of allocheck's colours: `Sheet!A1|colour`. */
function colouredCells(excel: FakeExcel): string[] {
  const colours = new Set<string>(Object.values(HIGHLIGHT_FILL));
  const out: string[] = [];
  for (const sheet of excel.document.liveSheets()) {
    for (const [key, cell] of sheet.cells) {
      if (cell.fill === undefined || cell.fill === null || !colours.has(cell.fill.color)) continue;
      const [r, c] = key.split(",").map(Number);
      out.push(`${sheet.name}!${a1(r, c)}|${cell.fill.color}`);
    }
  }
  return out.sort();
}

test("run again after a fix: the colours are the new check's, the user's fills stay", async () => {
  const excel = fakeExcelFromWorkbook(buildSampleWorkbookData());
  const host = hostFor(excel);
  const choices = await detectSheets(host);
  const outcome = await runCheck(host, choices.detected);
  const first = buildHighlights(outcome.report, "vi");
  const quota = first.filter((h) => h.sheet === SHEET && outcome.report.findings.some((f) => f.rule === "quota" && f.cell === h.cell));
  expect(quota.length).toBeGreaterThanOrEqual(2);
  await highlightFindings(host, outcome, "vi");
  const [fixed, refilled] = quota;
  expect(excel.document.fillAt(SHEET, fixed.cell)).toBe(HIGHLIGHT_FILL[fixed.severity]);
  const before = excel.document.cellAt(SHEET, fixed.cell)?.fill ?? null;
  expect(before).not.toBeNull();

  // The user fixes both quota cells, fills one of them and an untouched cell green.
  excel.document.userEdit(SHEET, fixed.cell, 1);
  excel.document.userEdit(SHEET, refilled.cell, 1);
  excel.document.requireSheet(SHEET).ensureCell(refilled.row, refilled.col).fill = { ...USER_FILL };
  excel.document.requireSheet(SHEET).ensureCell(1, 0).fill = { ...USER_FILL };
  await excel.document.settle();

  const again = await highlightFindings(host, outcome, "vi");
  expect(again.rechecked).toBe(true);
  const now = buildHighlights((await runCheck(host, choices.detected)).report, "vi");
  expect(now.some((h) => h.cell === fixed.cell && h.sheet === SHEET)).toBe(false);
  // Exactly the new findings' cells carry allocheck's colours…
  expect(colouredCells(excel)).toEqual(now.map((h) => `${h.sheet}!${h.cell}|${HIGHLIGHT_FILL[h.severity]}`).sort());
  // …the fixed cell has its fill from before the first run (the sample's cells have none), and no note of allocheck's…
  expect(excel.document.fillAt(SHEET, fixed.cell)).toBeNull();
  expect(excel.document.requireSheet(SHEET).notes.get(fixed.cell) ?? "").not.toMatch(/allocheck|định mức/);
  // …and the user's fills stay.
  expect(excel.document.fillAt(SHEET, refilled.cell)).toBe(USER_FILL.color);
  expect(excel.document.fillAt(SHEET, "A2")).toBe(USER_FILL.color);
});
