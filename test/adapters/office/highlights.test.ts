/** Reversible highlights through Office.js: two syncs for any number of cells, exact restore. */
import { createFakeExcel, type FakeExcel } from "../../fakes/excel";
import { OfficeActionError } from "../../../src/adapters/office/officeErrors";
import { writeLog } from "../../fakes/excel/objects";
import { HIGHLIGHT_FILL, type Highlight } from "../../../src/core/model/summary";
import type { Severity } from "../../../src/core/model/finding";
import { a1, parseA1 } from "../../../src/core/model/address";
import { FILL_STATE_KEY } from "../../../src/adapters/office/fillState";
import { hostFor, measure } from "./helpers";

function highlight(sheet: string, cell: string, severity: Severity = "error"): Highlight {
  const { row, col } = parseA1(cell);
  return { sheet, cell, row, col, severity, note: "Sai" };
}

function workbook(): FakeExcel {
  const excel = createFakeExcel({
    sheets: [
      {
        name: "Phân bổ",
        rows: [
          ["Xã", "Số tổ", "Kinh phí"],
          ["Ba Trại", 3, 10],
          ["Ba Vì", 4, 20],
        ],
        fills: { B2: "#92D050", C3: "#FFFFFF" },
      },
      { name: "Kế hoạch", rows: [["x"]] },
    ],
  });
  // A patterned fill (pattern colour over a background colour).
  excel.document.requireSheet("Phân bổ").ensureCell(0, 2).fill = { color: "#FFFF00", pattern: "Gray25", patternColor: "#0000FF" };
  return excel;
}

const TARGETS = ["A1", "B2", "C3", "B3", "C1"];

describe("OfficeWorkbookHost highlights", () => {
  test("says whether the workbook holds allocheck's highlights, from the saved state, in one sync", async () => {
    const excel = workbook();
    const host = hostFor(excel);
    expect(await host.hasHighlights()).toBe(false);
    await host.applyHighlights(TARGETS.map((cell) => highlight("Phân bổ", cell)));
    const syncs = excel.stats.syncs;
    expect(await host.hasHighlights()).toBe(true);
    expect(excel.stats.syncs - syncs).toBe(1);
    // A new pane over the same workbook (reopened) sees them too; after clearing, none.
    expect(await hostFor(excel).hasHighlights()).toBe(true);
    await host.clearHighlights();
    expect(await host.hasHighlights()).toBe(false);
  });

  test("colours the cells by severity in at most two syncs", async () => {
    const excel = workbook();
    const host = hostFor(excel);
    const { syncs } = await measure(excel, () =>
      host.applyHighlights([
        highlight("Phân bổ", "A1", "info"),
        highlight("Phân bổ", "B2", "warning"),
        highlight("Phân bổ", "C3", "error"),
        highlight("phân bổ", "$B$3", "warning"),
        highlight("Phân bổ", "B3", "error"),
        highlight("Phân bổ", "C1", "warning"),
      ]),
    );
    expect(syncs).toBeLessThanOrEqual(2);
    const fill = (a: string) => excel.document.fillAt("Phân bổ", a);
    expect(fill("A1")).toBe(HIGHLIGHT_FILL.info);
    expect(fill("B2")).toBe(HIGHLIGHT_FILL.warning);
    expect(fill("C3")).toBe(HIGHLIGHT_FILL.error);
    expect(fill("B3")).toBe(HIGHLIGHT_FILL.error); // the worst severity of the cell
    expect(fill("A2")).toBeNull();
    expect(excel.stats.runOptions).toEqual([{ delayForCellEdit: true, mergeUndoGroup: true }]);
  });

  test("clearing restores every original exactly — no fill, white, colour, pattern — in three syncs", async () => {
    const excel = workbook();
    const before = TARGETS.map((a) => excel.document.cellAt("Phân bổ", a)?.fill ?? null);
    const host = hostFor(excel);
    await host.applyHighlights(TARGETS.map((c) => highlight("Phân bổ", c)));
    const { result, syncs } = await measure(excel, () => host.clearHighlights());
    expect(result).toBe(TARGETS.length);
    // state, then each cell checked to still hold allocheck's colour, then the restore.
    expect(syncs).toBeLessThanOrEqual(3);
    expect(TARGETS.map((a) => excel.document.cellAt("Phân bổ", a)?.fill ?? null)).toEqual(before);
    expect(excel.document.settings.has(FILL_STATE_KEY)).toBe(false);
    expect(await host.clearHighlights()).toBe(0);
  });

  test("re-applying never records allocheck's own colour as the original", async () => {
    const excel = workbook();
    const host = hostFor(excel);
    await host.applyHighlights([highlight("Phân bổ", "A1", "warning"), highlight("Phân bổ", "B2", "warning")]);
    await host.applyHighlights([highlight("Phân bổ", "A1", "error"), highlight("Phân bổ", "B2", "info")]);
    expect(excel.document.fillAt("Phân bổ", "A1")).toBe(HIGHLIGHT_FILL.error);
    // A fresh adapter (the pane reloaded) sees the same state.
    await hostFor(excel).applyHighlights([highlight("Phân bổ", "A1", "warning")]);
    expect(await host.clearHighlights()).toBe(2);
    expect(excel.document.fillAt("Phân bổ", "A1")).toBeNull();
    expect(excel.document.fillAt("Phân bổ", "B2")).toBe("#92D050");
  });

  test("restores after save, close and reopen, from a fresh adapter, even after a rename", async () => {
    const excel = workbook();
    await hostFor(excel).applyHighlights(TARGETS.map((c) => highlight("Phân bổ", c)));
    const reopened = excel.reopen();
    reopened.document.requireSheet("Phân bổ").name = "Phân bổ 2026";
    expect(reopened.document.fillAt("Phân bổ 2026", "A1")).toBe(HIGHLIGHT_FILL.error);
    const restored = await hostFor(reopened).clearHighlights();
    expect(restored).toBe(TARGETS.length);
    expect(reopened.document.fillAt("Phân bổ 2026", "A1")).toBeNull();
    expect(reopened.document.fillAt("Phân bổ 2026", "B2")).toBe("#92D050");
    expect(reopened.document.cellAt("Phân bổ 2026", "C1")?.fill).toEqual({
      color: "#FFFF00",
      pattern: "Gray25",
      patternColor: "#0000FF",
    });
  });

  test("5 000 cells: two syncs, every request under Excel's limits, exact restore", async () => {
    const cells: string[] = [];
    for (let r = 0; r < 250; r++) for (let c = 0; c < 20; c++) cells.push(a1(r + 5, c * 2));
    const excel = createFakeExcel({ sheets: [{ name: "Lớn" }] });
    const sheet = excel.document.requireSheet("Lớn");
    cells.forEach((cell, i) => {
      if (i % 3 === 0) {
        const { row, col } = parseA1(cell);
        sheet.ensureCell(row, col).fill = { color: i % 2 ? "#AABBCC" : "#FFFFFF", pattern: "Solid", patternColor: null };
      }
    });
    const before = cells.map((c) => excel.document.cellAt("Lớn", c)?.fill ?? null);
    const host = hostFor(excel);
    const severities: Severity[] = ["error", "warning", "info"];
    const applied = await measure(excel, () =>
      host.applyHighlights(cells.map((c, i) => highlight("Lớn", c, severities[i % 3]))),
    );
    expect(applied.syncs).toBeLessThanOrEqual(2);
    expect(applied.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    cells.forEach((c, i) => expect(excel.document.fillAt("Lớn", c)).toBe(HIGHLIGHT_FILL[severities[i % 3]]));

    const reopened = excel.reopen();
    const cleared = await measure(reopened, () => hostFor(reopened).clearHighlights());
    expect(cleared.result).toBe(5000);
    expect(cleared.syncs).toBeLessThanOrEqual(3);
    expect(cleared.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(cells.map((c) => reopened.document.cellAt("Lớn", c)?.fill ?? null)).toEqual(before);
  });

  test("more than 20 000 cells go in runs of two syncs each; a cell listed twice keeps its worst severity", async () => {
    // ExcelApi 1.17: no notes API, fills only (with notes, runs are of 8 000 cells).
    const excel = createFakeExcel({ sheets: [{ name: "Lớn" }], apiVersion: "1.17" });
    const cells: string[] = [];
    for (let r = 0; r < 1100; r++) for (let c = 0; c < 20; c++) cells.push(a1(r, c));
    const list = cells.map((c) => highlight("Lớn", c, "info"));
    list.push(highlight("Lớn", cells[0], "error"));
    const { syncs, maxRequestBytes } = await measure(excel, () => hostFor(excel).applyHighlights(list));
    expect(syncs).toBe(4);
    expect(Math.max(...excel.stats.history.map((h) => h.responseBytes))).toBeLessThan(5 * 1024 * 1024);
    expect(maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(excel.document.fillAt("Lớn", cells[0])).toBe(HIGHLIGHT_FILL.error);
    expect(excel.document.fillAt("Lớn", cells[21_999])).toBe(HIGHLIGHT_FILL.info);
    expect(await hostFor(excel.reopen()).clearHighlights()).toBe(22_000);
  });

  test("writes only the highlighted cells", async () => {
    const excel = workbook();
    const host = hostFor(excel);
    await host.applyHighlights([highlight("Phân bổ", "B2"), highlight("Phân bổ", "C3")]);
    await host.clearHighlights();
    const writes = writeLog(excel.document);
    expect(writes.length).toBeGreaterThan(0);
    for (const w of writes) {
      expect(w.sheet).toBe("Phân bổ");
      for (const rect of w.rects) expect(["B2", "C3"]).toContain(a1(rect.top, rect.left));
    }
  });

  test("a lost or garbled state clears nothing and does not fail", async () => {
    const excel = workbook();
    excel.document.settings.set(FILL_STATE_KEY, "{not json");
    expect(await hostFor(excel).clearHighlights()).toBe(0);
    expect(excel.document.fillAt("Phân bổ", "B2")).toBe("#92D050");
  });
});

describe("OfficeWorkbookHost highlight notes (ExcelApi 1.18)", () => {
  function withNotes(apiVersion = "1.20"): FakeExcel {
    return createFakeExcel({
      apiVersion,
      sheets: [{ name: "Phân bổ", rows: [["Xã", 1, 2]], notes: { B1: "ghi chú của người dùng" } }],
    });
  }

  test("the note carries the message; clearing restores the user's note and removes allocheck's", async () => {
    const excel = withNotes();
    const host = hostFor(excel);
    const msg = (note: string): Highlight => ({ ...highlight("Phân bổ", "A1"), note });
    const { syncs } = await measure(excel, () =>
      host.applyHighlights([msg("Sai ở A1"), { ...highlight("Phân bổ", "B1", "warning"), note: "Sai ở B1" }]),
    );
    expect(syncs).toBe(2);
    const notes = excel.document.requireSheet("Phân bổ").notes;
    expect(Object.fromEntries(notes)).toEqual({ A1: "Sai ở A1", B1: "Sai ở B1" });
    // Re-applying does not take allocheck's note for the user's.
    await hostFor(excel).applyHighlights([{ ...highlight("Phân bổ", "B1"), note: "Again" }]);
    const reopened = excel.reopen();
    const again = await measure(reopened, () => hostFor(reopened).clearHighlights());
    expect(again).toMatchObject({ result: 2, syncs: 3 });
    expect(Object.fromEntries(reopened.document.requireSheet("Phân bổ").notes)).toEqual({ B1: "ghi chú của người dùng" });
  });

  test("a note the user removed meanwhile: the restore looks the notes up and still completes", async () => {
    const excel = withNotes();
    const host = hostFor(excel);
    await host.applyHighlights([highlight("Phân bổ", "A1"), highlight("Phân bổ", "B1")]);
    const notes = excel.document.requireSheet("Phân bổ").notes;
    notes.delete("A1");
    notes.delete("B1");
    expect(await host.clearHighlights()).toBe(2);
    expect(Object.fromEntries(notes)).toEqual({ B1: "ghi chú của người dùng" });
    expect(excel.document.fillAt("Phân bổ", "A1")).toBeNull();
    expect(excel.document.settings.has(FILL_STATE_KEY)).toBe(false);
  });

  test("without the notes API (ExcelApi 1.17): fills only (a notes call would fail on this host)", async () => {
    const excel = withNotes("1.17");
    const host = hostFor(excel);
    await host.applyHighlights([highlight("Phân bổ", "A1")]);
    expect(Object.fromEntries(excel.document.requireSheet("Phân bổ").notes)).toEqual({ B1: "ghi chú của người dùng" });
    expect(excel.document.fillAt("Phân bổ", "A1")).toBe(HIGHLIGHT_FILL.error);
    expect(await host.clearHighlights()).toBe(1);
  });
});

describe("OfficeWorkbookHost.selectCell and writeNewSheet", () => {
  test("selects a cell in one sync, showing a hidden sheet first", async () => {
    const excel = workbook();
    excel.document.requireSheet("Kế hoạch").visibility = "Hidden";
    const host = hostFor(excel);
    const visible = await measure(excel, () => host.selectCell("Phân bổ", "c3"));
    expect(visible.syncs).toBe(1);
    expect(excel.document.selection).toEqual({ sheet: "Phân bổ", address: "'Phân bổ'!C3" });
    await host.selectCell("Kế hoạch", "A1");
    expect(excel.document.requireSheet("Kế hoạch").visibility).toBe("Visible");
    expect(excel.document.activeSheet).toBe("Kế hoạch");
  });

  test("a finding's sheet deleted or renamed since the check: the message names the sheet and cell it looked for", async () => {
    const host = hostFor(workbook());
    const error = await host.selectCell("Giải ngân 2024", "e21").then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OfficeActionError);
    expect((error as OfficeActionError).officeCode).toBe("ItemNotFound");
    expect((error as OfficeActionError).text.vi).toMatch(/^Không chọn ô được \(trang “Giải ngân 2024”, ô E21\)\. /);
    expect((error as OfficeActionError).text.en).toMatch(/^Could not select the cell \(sheet “Giải ngân 2024”, cell E21\)\. /);
  });

  test("a new sheet never overwrites one: `Kế hoạch (2)`, text kept as text", async () => {
    const excel = workbook();
    const host = hostFor(excel);
    const { result, syncs } = await measure(excel, () =>
      host.writeNewSheet("kế hoạch", [
        ["Mã", "Chỉ tiêu", "Chỉ tiêu"],
        ["1.1", "-5 tổ", 120],
        ["007", "=not a formula", null],
      ]),
    );
    expect(result).toBe("kế hoạch (2)");
    expect(syncs).toBe(2);
    const cell = (a: string) => excel.document.cellAt("kế hoạch (2)", a);
    expect(cell("A2")?.value).toBe("1.1");
    expect(cell("B2")?.value).toBe("-5 tổ");
    expect(cell("C2")?.value).toBe(120);
    expect(cell("A3")?.value).toBe("007");
    expect(cell("B3")?.formula).toBeUndefined();
    expect(cell("C3")?.value ?? null).toBeNull();
    expect(excel.document.cellAt("Kế hoạch", "A1")?.value).toBe("x");
    expect(await host.writeNewSheet("Kế hoạch", [])).toBe("Kế hoạch (3)");
  });
});
