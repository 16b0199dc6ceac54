/**
 * Exact restore: what a cell looked like before allocheck coloured it is what
 * it looks like after clearing — no fill stays no fill (not white), tints and
 * patterns come back — and a partial failure can always be undone.
 */
import { createFakeExcel, FakeExcel } from "../../fakes/excel";
import type { Fill } from "../../fakes/excel/document";
import { writeLog } from "../../fakes/excel/objects";
import { OfficeWorkbookHost, type OfficeRuntime } from "../../../src/adapters/office";
import { FILL_STATE_KEY, STATE_LIMIT_BYTES, decodeFillState } from "../../../src/adapters/office/fillState";
import { OfficeActionError } from "../../../src/adapters/office/officeErrors";
import { HIGHLIGHT_FILL, type Highlight } from "../../../src/core/model/summary";
import { a1, parseA1 } from "../../../src/core/model/address";
import { hostFor, measure } from "./helpers";

function highlight(sheet: string, cell: string, severity: Highlight["severity"] = "error"): Highlight {
  const { row, col } = parseA1(cell);
  return { sheet, cell, row, col, severity, note: `Sai ở ${cell}` };
}

const FILLS: Record<string, Fill | undefined> = {
  A1: undefined, // no fill
  B1: { color: "#FFFFFF", pattern: "Solid", patternColor: null }, // white (hides gridlines)
  C1: { color: "#4472C4", pattern: "Solid", patternColor: null, tintAndShade: 0.6 }, // a theme colour, lighter 60 %
  D1: { color: "#FFFF00", pattern: "Gray25", patternColor: "#0000FF", patternTintAndShade: -0.25 },
  E1: { color: "#92D050", pattern: "Solid", patternColor: null },
};

function workbook(apiVersion = "1.20"): FakeExcel {
  const excel = createFakeExcel({ apiVersion, sheets: [{ name: "Phân bổ", rows: [[1, 2, 3, 4, 5], [6, 7, 8, 9, 10]] }] });
  const sheet = excel.document.requireSheet("Phân bổ");
  for (const [cell, fill] of Object.entries(FILLS)) {
    const { row, col } = parseA1(cell);
    if (fill) sheet.ensureCell(row, col).fill = fill;
  }
  return excel;
}

const fillsOf = (excel: FakeExcel, cells: string[]) => cells.map((c) => excel.document.cellAt("Phân bổ", c)?.fill ?? null);

describe("exact restore", () => {
  test("no fill, white, a tinted theme fill and a pattern come back exactly (no fill by fill.clear())", async () => {
    const excel = workbook();
    const cells = Object.keys(FILLS);
    const before = fillsOf(excel, cells);
    const host = hostFor(excel);
    await host.applyHighlights(cells.map((c) => highlight("Phân bổ", c)));
    expect(fillsOf(excel, cells).every((f) => f?.color === HIGHLIGHT_FILL.error)).toBe(true);
    // Saved, closed and reopened: the state travels in the file.
    const reopened = excel.reopen();
    const cleared = await hostFor(reopened).clearHighlightsReport();
    expect(cleared).toEqual({ restored: cells.length, skipped: [], notesLeft: 0 });
    expect(fillsOf(reopened, cells)).toEqual(before);
    expect(writeLog(reopened.document).some((w) => w.what === "fill.clear" && w.rects.some((r) => r.top === 0 && r.left === 0))).toBe(true);
    void host;
  });

  test("the state is written before the colours: a request failing half-way can still be undone", async () => {
    const excel = workbook();
    // Between reading and writing, someone adds a note to C2: allocheck's notes.add for C2 then fails.
    let syncs = 0;
    const runtime: OfficeRuntime = {
      run: (options, batch) =>
        excel.run(options, (async (context: { sync: () => Promise<void> }) => {
          const sync = context.sync.bind(context);
          context.sync = async () => {
            if (++syncs === 2) excel.document.requireSheet("Phân bổ").notes.set("C2", "ghi chú mới");
            return sync();
          };
          return batch(context as unknown as Excel.RequestContext);
        }) as never),
      isSetSupported: (set, version) => excel.isSetSupported(set, version),
    };
    const host = new OfficeWorkbookHost(runtime);
    const error = await host.applyHighlights(["A2", "B2", "C2", "D2"].map((c) => highlight("Phân bổ", c))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeActionError);
    // Colours and the notes before C2 were applied; the state covers them.
    expect(excel.document.fillAt("Phân bổ", "A2")).toBe(HIGHLIGHT_FILL.error);
    expect(excel.document.requireSheet("Phân bổ").notes.get("A2")).toBe("Sai ở A2");
    expect(excel.document.settings.has(FILL_STATE_KEY)).toBe(true);
    const report = await hostFor(excel).clearHighlightsReport();
    expect(report.restored).toBe(4);
    expect(["A2", "B2", "C2", "D2"].map((c) => excel.document.fillAt("Phân bổ", c))).toEqual([null, null, null, null]);
    // allocheck's notes are gone. (C2's note, added by someone else in the instant between
    // allocheck's read and write, cannot be told from allocheck's and is removed too.)
    const notes = excel.document.requireSheet("Phân bổ").notes;
    expect(notes.has("A2")).toBe(false);
    expect(notes.has("B2")).toBe(false);
  });

  test("no note on a cell with a threaded comment (ExcelApi 1.10)", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "Phân bổ", rows: [[1, 2]], comments: { B1: "Chị Lan: kiểm tra lại" } }] });
    const host = hostFor(excel);
    const { syncs } = await measure(excel, () => host.applyHighlights([highlight("Phân bổ", "A1"), highlight("Phân bổ", "B1")]));
    expect(syncs).toBe(3); // read, comment locations, write
    const notes = excel.document.requireSheet("Phân bổ").notes;
    expect(notes.get("A1")).toBe("Sai ở A1");
    expect(notes.has("B1")).toBe(false);
    expect(excel.document.fillAt("Phân bổ", "B1")).toBe(HIGHLIGHT_FILL.error);
    await host.clearHighlights();
    expect(notes.size).toBe(0);
  });

  test("clearing on a host without the notes API restores the fills and says which notes stay", async () => {
    const excel = workbook("1.18");
    await hostFor(excel).applyHighlights([highlight("Phân bổ", "A1"), highlight("Phân bổ", "B1")]);
    const older = new FakeExcel(excel.document, "1.17");
    const report = await hostFor(older).clearHighlightsReport();
    expect(report).toEqual({ restored: 2, skipped: [], notesLeft: 2 });
    expect(excel.document.fillAt("Phân bổ", "A1")).toBeNull();
    // …and highlighting still works there (no notes API touched).
    await hostFor(older).applyHighlights([highlight("Phân bổ", "C1")]);
    expect(excel.document.fillAt("Phân bổ", "C1")).toBe(HIGHLIGHT_FILL.error);
  });

  test("the state is compact: rectangles, not cells", async () => {
    const excel = createFakeExcel({ apiVersion: "1.17", sheets: [{ name: "Phân bổ", rows: [[1]] }] });
    const cells: Highlight[] = [];
    for (let r = 2; r <= 1001; r++) for (const c of ["C", "D", "E"]) cells.push(highlight("Phân bổ", `${c}${r}`));
    await hostFor(excel).applyHighlights(cells);
    const stored = String(excel.document.settings.get(FILL_STATE_KEY));
    expect(stored.length).toBeLessThan(300);
    expect(decodeFillState(stored).sheets[0].entries.map((e) => e.rect)).toEqual([{ top: 1, left: 2, bottom: 1000, right: 4 }]);
  });

  test("capped before the settings limit with a clear message; what was written stays restorable", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "Phân bổ", rows: [[1]] }] });
    const sheet = excel.document.requireSheet("Phân bổ");
    const cells: Highlight[] = [];
    // Each cell has a note of its own that must be kept (≈ 40 bytes each in the state).
    for (let i = 0; i < 30_000; i++) {
      const cell = a1(i, 1);
      sheet.notes.set(cell, `Ghi chú riêng của ô số ${i}`);
      cells.push(highlight("Phân bổ", cell));
    }
    const error = (await hostFor(excel).applyHighlights(cells).catch((e: unknown) => e)) as OfficeActionError;
    expect(error).toBeInstanceOf(OfficeActionError);
    expect(error.officeCode).toBe("HighlightStateTooLarge");
    expect(error.text.vi).toMatch(/Quá nhiều ô/);
    const stored = String(excel.document.settings.get(FILL_STATE_KEY));
    expect(new TextEncoder().encode(stored).length).toBeLessThanOrEqual(STATE_LIMIT_BYTES);
    const report = await hostFor(excel).clearHighlightsReport();
    expect(report.restored).toBeGreaterThan(0);
    expect(sheet.notes.get("B1")).toBe("Ghi chú riêng của ô số 0");
    expect([...sheet.cells.values()].filter((c) => c.fill).length).toBe(0);
  });

  test("clearing runs in batches, each request under 5 MB", async () => {
    const excel = createFakeExcel({ apiVersion: "1.17", sheets: [{ name: "Phân bổ", rows: [[1]] }] });
    const cells: Highlight[] = [];
    // A checkerboard: no two cells form a rectangle, 45 000 entries.
    for (let i = 0; i < 45_000; i++) cells.push(highlight("Phân bổ", a1(Math.floor(i / 10) * 2 + (i % 2), (i % 10) * 2)));
    await hostFor(excel).applyHighlights(cells);
    const cleared = await measure(excel, () => hostFor(excel).clearHighlights());
    expect(cleared.result).toBe(45_000);
    expect(excel.stats.runs).toBeGreaterThan(1);
    for (const h of excel.stats.history) expect(h.requestBytes).toBeLessThan(5_000_000);
    expect(excel.document.settings.has(FILL_STATE_KEY)).toBe(false);
  });

  test("rows inserted between highlight and clear: no wrong cell restored, the moved ones reported", async () => {
    const excel = createFakeExcel({
      apiVersion: "1.17",
      sheets: [{ name: "Phân bổ", rows: [["Xã"], ["A"], ["B"], ["C"], ["D"]], fills: { A6: "#FFC000" } }],
    });
    const host = hostFor(excel);
    await host.applyHighlights([highlight("Phân bổ", "A5")]);
    excel.document.userShiftRows("Phân bổ", 1, 1); // a row inserted above: A5 → A6, the user's A6 → A7
    const report = await host.clearHighlightsReport();
    expect(report.restored).toBe(0);
    expect(report.skipped).toEqual(["Phân bổ!A5"]);
    expect(excel.document.fillAt("Phân bổ", "A5")).toBeNull(); // not painted with A5's old fill
    expect(excel.document.fillAt("Phân bổ", "A7")).toBe("#FFC000"); // the user's fill untouched
  });
});
