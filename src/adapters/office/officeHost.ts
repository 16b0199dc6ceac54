/**
 * `WorkbookHost` inside Excel, through Office.js. Every call is one
 * `Excel.run({ delayForCellEdit: true })` (it waits for a cell edit to end
 * instead of failing) with as few round trips as the data allows:
 *
 *   listSheets, workbookName, sheetFingerprint   1 sync
 *   readWorkbook(names)                           1 sync for all sheets
 *   readWorkbook()                                1 after listSheets, else 2
 *   (+1 or +2 for merges if the host refuses reading them in one go;
 *    a sheet too large for one response: sizes, then ~50 000 cells per sync)
 *   writeSummary                                  2 (look up, then write all; 3 on refresh: the old chart)
 *   applyHighlights / clearHighlights             2 (apply: 2 per 20 000 cells, 8 000 with notes)
 *   selectCell                                    1 (2 for a hidden sheet)
 *   writeNewSheet                                 2
 *
 * It writes only to the summary sheet, the cells it highlights, a sheet it
 * creates with writeNewSheet, and its own add-in setting. Where the notes API
 * exists (ExcelApi 1.18) a highlighted cell's note carries the message, and
 * its original note is restored with its fill; older hosts get fills only.
 */
import type { SheetInfo, WorkbookHost } from "../../app/host";
import type { Highlight, SummarySheetModel } from "../../core/model/summary";
import type { WorkbookData } from "../../core/model/workbook";
import type { Lang } from "../../core/model/text";
import { InputError } from "../../core/model/errors";
import { normalCell, rangeAddress, sheetKey } from "./addresses";
import { RowHasher } from "./fingerprint";
import {
  groupHighlights,
  queueFillReads,
  queueFillWrites,
  queueRestore,
  queueStateRead,
  queueStateWrite,
  stateFrom,
  uniqueHighlights,
  hasNotes,
  queueNoteChecks,
  type NoteRestore,
} from "./highlights";
import { CELLS_PER_SYNC, fingerprintChunked, readSheetsChunked } from "./chunkedRead";
import { queueMergeFollowUp, queueSheetRead, toSheetData, type MergeMode, type QueuedSheetRead } from "./readSheets";
import { detectFeatures, officeRuntime, type Features, type OfficeRuntime } from "./runtime";
import { queuePageLayout, queueSummaryWrite } from "./summaryWriter";
import { lookUpProgressChart, queueProgressChart } from "./progressChart";

const MAX_SHEET_NAME = 31;
/** Highlights per Excel.run (two syncs each). */
export const MAX_HIGHLIGHTS_PER_RUN = 20_000;
export const MAX_HIGHLIGHTS_PER_RUN_WITH_NOTES = 8_000;

export class OfficeWorkbookHost implements WorkbookHost {
  readonly kind = "excel" as const;
  private readonly runtime: OfficeRuntime;
  private features: Features | null = null;
  /** Visible sheet names as the last listing saw them (lets readWorkbook() use one sync). */
  private lastVisible: string[] | null = null;
  private mergeMode: MergeMode = "areas";
  private noteLang: Lang = "vi";

  private readonly cellsPerSync: number;

  /**
   * `runtime`: Office.js (default) or a test double; `cellsPerSync`: the cells
   * per round trip when a sheet is too large to read in one response.
   */
  constructor(runtime?: OfficeRuntime, options: { cellsPerSync?: number } = {}) {
    this.runtime = runtime ?? officeRuntime();
    this.cellsPerSync = options.cellsPerSync ?? CELLS_PER_SYNC;
  }

  private get has(): Features {
    if (this.features === null) this.features = detectFeatures(this.runtime);
    return this.features;
  }

  private run<T>(batch: (context: Excel.RequestContext) => Promise<T>, write = false): Promise<T> {
    const options: Excel.RunOptions = { delayForCellEdit: true };
    if (write && this.has.undoGroup) options.mergeUndoGroup = true;
    return this.runtime.run(options, batch);
  }

  async workbookName(): Promise<string> {
    return this.run(async (context) => {
      const workbook = context.workbook;
      workbook.load("name");
      await context.sync();
      return workbook.name;
    });
  }

  async listSheets(): Promise<SheetInfo[]> {
    const sheets = await this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name,items/visibility");
      await context.sync();
      return worksheets.items.map((s) => ({ name: s.name, visible: s.visibility === "Visible" }));
    });
    this.lastVisible = sheets.filter((s) => s.visible).map((s) => s.name);
    return sheets;
  }

  async readWorkbook(sheetNames?: readonly string[]): Promise<WorkbookData> {
    return this.withMergeFallback(async () => {
      try {
        return await this.readOnce(sheetNames);
      } catch (error) {
        if (!isTooLarge(error)) throw error;
        return this.readLarge(sheetNames);
      }
    });
  }

  /**
   * If reading merges fails (a host that refuses loading the areas of a null
   * object, or more than 512 merged areas), step down to the next way of
   * reading them (`MergeMode`) and keep it for later reads.
   */
  private async withMergeFallback<T>(read: () => Promise<T>): Promise<T> {
    for (;;) {
      try {
        return await read();
      } catch (error) {
        const mode = this.readMode;
        if (mode === "none" || isItemNotFound(error) || isTooLarge(error) || error instanceof InputError) throw error;
        this.mergeMode = mode === "areas" ? "probe" : mode === "probe" ? "bands" : "none";
        console.warn(`allocheck: reading merged areas as "${this.mergeMode}"`, error);
      }
    }
  }

  /** Sheets whose cells do not fit one response: sizes first, then blocks of rows. */
  private async readLarge(sheetNames?: readonly string[]): Promise<WorkbookData> {
    const names =
      sheetNames !== undefined
        ? uniqueNames(sheetNames)
        : (await this.listSheets()).filter((s) => s.visible).map((s) => s.name);
    try {
      const sheets = await this.run((context) => readSheetsChunked(context, names, this.readMode, this.cellsPerSync));
      return { sheets };
    } catch (error) {
      if (isItemNotFound(error)) throw await this.missingSheetError(names, error);
      throw error;
    }
  }

  /** An InputError naming the sheets that do not exist (or `error` itself if they all do). */
  private async missingSheetError(names: readonly string[], error: unknown): Promise<unknown> {
    const present = new Set((await this.listSheets()).map((s) => sheetKey(s.name)));
    const absent = names.filter((n) => !present.has(sheetKey(n)));
    if (absent.length === 0) return error;
    const list = absent.map((n) => `"${n}"`).join(", ");
    return new InputError("sheet-not-found", {
      vi: `Không tìm thấy trang tính ${list} trong sổ làm việc.`,
      en: `Sheet ${list} not found in the workbook.`,
    });
  }

  private get readMode(): MergeMode {
    return this.has.mergedAreas ? this.mergeMode : "none";
  }

  private readOnce(sheetNames?: readonly string[]): Promise<WorkbookData> {
    if (sheetNames !== undefined) return this.readNamed(uniqueNames(sheetNames));
    const guess = this.lastVisible;
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name,items/visibility");
      // Read the sheets the last listing saw in the same round trip as the
      // current listing; a second one only if the workbook changed meanwhile.
      const reads = new Map<string, QueuedSheetRead>();
      if (guess !== null) {
        for (const name of guess) reads.set(sheetKey(name), queueSheetRead(worksheets.getItem(name), this.readMode));
      }
      try {
        await context.sync();
      } catch (error) {
        if (guess === null || !isItemNotFound(error)) throw error;
        reads.clear();
        worksheets.load("items/name,items/visibility");
        await context.sync();
      }
      const visible = worksheets.items.filter((s) => s.visibility === "Visible").map((s) => s.name);
      this.lastVisible = visible;
      const missing = visible.filter((name) => !reads.has(sheetKey(name)));
      for (const name of missing) reads.set(sheetKey(name), queueSheetRead(worksheets.getItem(name), this.readMode));
      if (missing.length > 0) await context.sync();
      await syncMergeFollowUps(context, [...reads.values()]);
      return { sheets: visible.map((name) => toSheetData(reads.get(sheetKey(name)) as QueuedSheetRead)) };
    });
  }

  private async readNamed(names: string[]): Promise<WorkbookData> {
    try {
      return await this.run(async (context) => {
        const worksheets = context.workbook.worksheets;
        const reads = names.map((name) => queueSheetRead(worksheets.getItem(name), this.readMode));
        await context.sync();
        await syncMergeFollowUps(context, reads);
        return { sheets: reads.map(toSheetData) };
      });
    } catch (error) {
      if (!isItemNotFound(error)) throw error;
      throw await this.missingSheetError(names, error);
    }
  }

  async sheetFingerprint(sheetName: string): Promise<string> {
    try {
      return await this.run(async (context) => {
        const used = context.workbook.worksheets.getItem(sheetName).getUsedRangeOrNullObject(true);
        used.load("rowIndex,columnIndex,values,formulas");
        await context.sync();
        const hasher = new RowHasher();
        if (!used.isNullObject) hasher.addRows(used.rowIndex, used.columnIndex, used.values, used.formulas);
        return hasher.hex();
      });
    } catch (error) {
      if (!isTooLarge(error)) throw error;
      return this.run((context) => fingerprintChunked(context, sheetName, this.cellsPerSync));
    }
  }

  async writeSummary(model: SummarySheetModel): Promise<void> {
    await this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      const existing = worksheets.getItemOrNullObject(model.name);
      existing.load("visibility");
      await context.sync();
      let sheet: Excel.Worksheet;
      if (existing.isNullObject) {
        sheet = worksheets.add(model.name);
      } else {
        // Refresh in place: deleting the sheet would clear the user's undo stack.
        sheet = existing;
        const all = sheet.getRange();
        all.clear("All");
        all.unmerge();
        sheet.freezePanes.unfreeze();
        if (existing.visibility !== "Visible") sheet.visibility = "Visible";
      }
      queueSummaryWrite(sheet, model);
      // A refreshed sheet may hold allocheck's previous chart: one more sync to find it.
      const previousChart = existing.isNullObject ? null : lookUpProgressChart(sheet);
      if (previousChart !== null) await context.sync();
      queueProgressChart(sheet, model.chart, previousChart);
      // Page layout goes last in the same request: a host that refuses a
      // print setting fails only that operation, after the summary is written.
      if (this.has.pageLayout) queuePageLayout(sheet, model);
      try {
        await context.sync();
      } catch (error) {
        if (!isPageLayoutError(error)) throw error;
        console.warn("allocheck: page layout not applied", error);
      }
    }, true);
  }

  async applyHighlights(highlights: readonly Highlight[]): Promise<void> {
    const unique = uniqueHighlights(highlights);
    // Each run reads the current fills of its cells (~120 bytes of response a
    // cell): past ~20 000 cells the response would near Excel on the web's 5 MB.
    // Notes add two operations a cell to the request: smaller runs.
    const perRun = this.has.notes ? MAX_HIGHLIGHTS_PER_RUN_WITH_NOTES : MAX_HIGHLIGHTS_PER_RUN;
    for (let start = 0; start < unique.length; start += perRun) {
      await this.applyHighlightBatch(unique.slice(start, start + perRun));
    }
  }

  private async applyHighlightBatch(highlights: readonly Highlight[]): Promise<void> {
    const groups = groupHighlights(highlights);
    await this.run(async (context) => {
      const setting = queueStateRead(context);
      const reads = queueFillReads(context, groups, this.has.notes);
      await context.sync();
      const state = queueFillWrites(reads, stateFrom(setting), this.noteLang);
      queueStateWrite(context, setting, state);
      await context.sync();
    }, true);
  }

  /** Language of the notes written with later highlights (default `vi`). */
  setNoteLanguage(lang: Lang): void {
    this.noteLang = lang;
  }

  async clearHighlights(): Promise<number> {
    try {
      return await this.clearOnce(false);
    } catch (error) {
      // A note allocheck wrote was removed by the user: look the notes up first.
      if (!isItemNotFound(error)) throw error;
      return this.clearOnce(true);
    }
  }

  private clearOnce(checkNotes: boolean): Promise<number> {
    return this.run(async (context) => {
      const setting = queueStateRead(context);
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/id,items/name");
      await context.sync();
      if (setting.isNullObject) return 0;
      const state = stateFrom(setting);
      let notes: NoteRestore = { kind: "optimistic" };
      if (checkNotes && hasNotes(state)) {
        notes = { kind: "checked", notes: queueNoteChecks(worksheets, state) };
        await context.sync();
      }
      const restored = queueRestore(worksheets, state, notes);
      setting.delete();
      await context.sync();
      return restored;
    }, true);
  }

  async selectCell(sheetName: string, cell: string): Promise<void> {
    const address = normalCell(cell);
    await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(address).select();
      try {
        await context.sync();
      } catch (error) {
        if (!isInvalidOperation(error)) throw error;
        // A hidden sheet cannot be activated: show it, then select.
        sheet.visibility = "Visible";
        sheet.activate();
        sheet.getRange(address).select();
        await context.sync();
      }
    });
  }

  async writeNewSheet(preferredName: string, rows: ReadonlyArray<ReadonlyArray<string | number | null>>): Promise<string> {
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      await context.sync();
      const name = freeSheetName(
        preferredName,
        worksheets.items.map((s) => s.name),
      );
      const sheet = worksheets.add(name);
      const width = Math.max(0, ...rows.map((r) => r.length));
      if (rows.length > 0 && width > 0) {
        const range = sheet.getRange(rangeAddress({ top: 0, left: 0, bottom: rows.length - 1, right: width - 1 }));
        range.numberFormat = rows.map((r) =>
          Array.from({ length: width }, (_, c) => (typeof r[c] === "string" ? "@" : "General")),
        );
        range.values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
      }
      sheet.activate();
      await context.sync();
      return name;
    }, true);
  }
}

/** Up to two more syncs for merges (probe, bands), only when a sheet needs them. */
async function syncMergeFollowUps(context: Excel.RequestContext, reads: readonly QueuedSheetRead[]): Promise<void> {
  if (!queueMergeFollowUp(reads)) return;
  await context.sync();
  if (queueMergeFollowUp(reads)) await context.sync();
}

function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = sheetKey(n);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : undefined;
}

/** A read the host refused for its size (response over 5 MB on the web, or over 5 000 000 cells). */
function isTooLarge(error: unknown): boolean {
  const code = errorCode(error);
  if (code === "ResponsePayloadSizeLimitExceeded") return true;
  const message = error instanceof Error ? error.message : "";
  return /too large|payload size|5,?000,?000 cells/i.test(message);
}

function isItemNotFound(error: unknown): boolean {
  return errorCode(error) === "ItemNotFound";
}

/** An error raised by a page-layout operation (Office.js names the object in debugInfo.errorLocation). */
function isPageLayoutError(error: unknown): boolean {
  const info = typeof error === "object" && error !== null ? (error as { debugInfo?: { errorLocation?: unknown } }).debugInfo : undefined;
  return typeof info?.errorLocation === "string" && /pagelayout/i.test(info.errorLocation);
}

function isInvalidOperation(error: unknown): boolean {
  return errorCode(error) === "InvalidOperation" || errorCode(error) === "InvalidOperationInCellEditMode";
}

/** A valid sheet name not in `taken` (case-insensitive): `Kế hoạch`, `Kế hoạch (2)`, … */
export function freeSheetName(preferred: string, taken: readonly string[]): string {
  const used = new Set(taken.map(sheetKey));
  const cleaned = preferred.replace(/[:\\/?*[\]]/g, "-").replace(/^'+|'+$/g, "").trim();
  const base = (cleaned === "" ? "Sheet" : cleaned).slice(0, MAX_SHEET_NAME);
  if (!used.has(sheetKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(sheetKey(candidate))) return candidate;
  }
}
