/**
 * `WorkbookHost` inside Excel, through Office.js. Every call is one
 * `Excel.run({ delayForCellEdit: true })` (it waits for a cell edit to end
 * instead of failing) with as few round trips as Excel's limits allow:
 *
 *   listSheets, workbookName                      1 sync
 *   readWorkbook(names)                           1 sync for sizes, areas and the first 200 rows,
 *                                                 (+1 when some rows or columns are hidden, shared
 *                                                 with the merges' follow-up: hiddenLines.ts),
 *                                                 then one per ~4.8 MB of cells (blockRead.ts);
 *                                                 a request the host refuses (a fallback below)
 *                                                 costs one more, to remove its change handler;
 *                                                 a sheet read before and unchanged since costs
 *                                                 no cells, a changed one only its changed cells
 *   readWorkbook()                                1 more to list the visible sheets
 *   readSheetTops                                 1 sync (sizes and first rows of every visible sheet)
 *   sheetFingerprint                              none (Excel's change events, changeTracker.ts)
 *   writeSummary                                  2 + one per band of ~4 MB of the summary
 *                                                 (+1 on refresh: allocheck's previous chart)
 *   applyHighlights / clearHighlights             2 per batch of cells (3 when cells carry comments)
 *   selectCell                                    1 (2 for a hidden sheet, +1 to hide the one shown before)
 *   loadCorrections / saveCorrections             1 / 1–2 (documentSettings.ts)
 *   showReading                                   1 (selects the ranges)
 *   writeNewSheet                                 2
 *
 * It writes only to the summary sheet, the cells it highlights, a sheet it
 * creates with writeNewSheet, the visibility of a hidden sheet the user asks
 * to see (hidden again afterwards) and its own add-in settings. Every Office
 * error reaches the pane as an `OfficeActionError` in the user's language
 * (officeErrors.ts).
 */
import type { ReadingMark, SheetInfo, SummaryWritten, WorkbookHost } from "../../app/host";
import type { CorrectionSet } from "../../core/model/corrections";
import { loadCorrections, saveCorrections, selectRanges } from "./documentSettings";
import type { Highlight, SummarySheetModel } from "../../core/model/summary";
import type { CellValue, SheetData, WorkbookData } from "../../core/model/workbook";
import { isAllocheckSummary } from "../../core/summary/naming";
import { InputError } from "../../core/model/errors";
import { normalCell, rangeAddress } from "./addresses";
import { sheetNameKey as sheetKey } from "../../core/model/sheetName";
import {
  groupHighlights,
  liveEntries,
  planApply,
  protectedSheetOf,
  queueClearVerify,
  queueCommentLocations,
  queueFillReads,
  queueFillWrites,
  queueRestore,
  queueStateRead,
  queueStateWrite,
  stateFrom,
  uniqueHighlights,
  type ClearOutcome,
  type LiveSheetState,
} from "./highlights";
import { cellsIn, cellsOfEntries, entriesOf, type FillState, type SavedCell, type SavedEntry, type SheetFillState } from "./fillState";
import { shiftedCell } from "./shifts";
import { readSheets, type Cached, type SheetRead } from "./blockRead";
import { ChangeTracker, type ChangeEvent } from "./changeTracker";
import type { MergeMode } from "./readSheets";
import { detectFeatures, officeRuntime, type Features, type OfficeRuntime } from "./runtime";
import { queuePageLayout, queueSummaryWrite } from "./summaryWriter";
import { RequestBudget } from "./requestBudget";
import { errorCode, errorLocation, OfficeActionError, toUserError, type OfficeAction, type OfficePlace } from "./officeErrors";
import { lookUpProgressChart, queueProgressChart } from "./progressChart";
import { sheetInText } from "../../core/model/address";
import { inDate1900System } from "../../app/dateSystem";

const MAX_SHEET_NAME = 31;
/** Highlights per Excel.run (two syncs each). */
export const MAX_HIGHLIGHTS_PER_RUN = 20_000;
export const MAX_HIGHLIGHTS_PER_RUN_WITH_NOTES = 8_000;
/** The hidden sheet shown to select a finding, kept in the document so that a reopened pane can hide it again. */
export const SHOWN_SHEET_KEY = "allocheck.shownSheet";

interface ShownSheet {
  readonly id: string;
  readonly visibility: "Hidden" | "VeryHidden";
}

/**
 * What Excel answers for a property the host does not know (Office.js error
 * codes: https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
const DATE_SYSTEM_REFUSALS: ReadonlySet<string> = new Set(["ApiNotFound", "InvalidArgument", "PropertyNotLoaded"]);

export class OfficeWorkbookHost implements WorkbookHost {
  readonly kind = "excel" as const;
  private readonly runtime: OfficeRuntime;
  private features: Features | null = null;
  /** Whether the workbook counts its dates from 1904, as the last read loaded it (false where ExcelApi 1.16 is not there). */
  private date1904 = false;
  /**
   * Whether to ask Excel for the date system. Microsoft's pages list
   * `use1904DateSystem` in the Excel API preview lists before it reached a
   * requirement set, and this package's @types/office-js does not have it: a
   * host that says 1.16 yet refuses the property must not lose the whole read,
   * so a read refused while asking for it is run once more without it, and it
   * is never asked again (the dates are then read as Excel gives them).
   */
  private askDate1904: boolean | null = null;
  private mergeMode: MergeMode = "areas";
  /** False once Excel refused the visible cells of a sheet with hidden rows: hidden lines are then read as far as rowHidden tells. */
  private visibleCells = true;
  private readonly tracker = new ChangeTracker();
  private watching = false;
  /** Change handlers registered so far, and the one that listens (see readSheetsCached). */
  private handlerGeneration = 0;
  private listeningHandler = -1;
  /** The last read of each sheet, by id, and the name it had. */
  private readonly sheetCache = new Map<string, { name: string; data: SheetData }>();
  /** Fingerprints handed out when change events are not available: always new. */
  private unwatchedCount = 0;
  /** Set when a hidden sheet was shown for selectCell (checked once per pane from the document). */
  private shown: ShownSheet | null | undefined = undefined;
  private readonly targetBytes: number | undefined;
  private workbookIdentity: string | null = null;
  /** The workbook's name as loaded by the last read (handed out once by `workbookName`). */
  private nameFromRead: string | null = null;
  /**
   * For each sheet (by id) whose highlights this pane recorded: the tracker's
   * mark of the rows and columns inserted or deleted as of that record, so
   * that the recorded cells are looked for where they moved.
   */
  private readonly highlightMarks = new Map<string, number>();

  /**
   * `runtime`: Office.js (default) or a test double; `targetBytes`: response
   * bytes aimed at per sync when reading (default ~4.8 MB).
   */
  constructor(runtime?: OfficeRuntime, options: { targetBytes?: number } = {}) {
    this.runtime = runtime ?? officeRuntime();
    this.targetBytes = options.targetBytes;
  }

  private get has(): Features {
    if (this.features === null) this.features = detectFeatures(this.runtime);
    return this.features;
  }

  private async run<T>(action: OfficeAction, batch: (context: Excel.RequestContext) => Promise<T>, write = false, place?: OfficePlace): Promise<T> {
    const options: Excel.RunOptions = { delayForCellEdit: true };
    if (write && this.has.undoGroup) options.mergeUndoGroup = true;
    try {
      return await this.runtime.run(options, batch);
    } catch (error) {
      throw await this.explain(error, action, place);
    }
  }

  /**
   * The user's message for an error. GeneralException / InvalidRequestContext
   * after the workbook's name changed (or when it cannot be asked any more)
   * means the user switched or closed the workbook mid-run.
   */
  private async explain(error: unknown, action: OfficeAction, place?: OfficePlace): Promise<unknown> {
    const code = errorCode(error);
    if ((code === "GeneralException" || code === "InvalidRequestContext") && this.workbookIdentity !== null) {
      let now: string | null = null;
      try {
        now = await this.runtime.run({}, async (context) => {
          context.workbook.load("name");
          await context.sync();
          return context.workbook.name;
        });
      } catch (probe) {
        // Refused because the user is now editing a cell: the workbook is still there, the original error stands.
        if (errorCode(probe) === "InvalidOperationInCellEditMode") return toUserError(error, action, place);
        now = null;
      }
      if (now !== this.workbookIdentity) {
        return new OfficeActionError(
          "WorkbookChanged",
          {
            vi: `Sổ làm việc "${this.workbookIdentity}" đã đóng hoặc bạn đã chuyển sang sổ khác khi allocheck đang chạy. Hãy quay lại sổ làm việc đó và thử lại; không có gì được ghi vào sổ khác.`,
            en: `The workbook "${this.workbookIdentity}" was closed or you switched to another one while allocheck was running. Go back to it and try again; nothing was written to the other workbook.`,
          },
          error,
        );
      }
    }
    return toUserError(error, action, place);
  }

  async workbookName(): Promise<string> {
    // The name the last read loaded with its sizes, if nothing asked for it since (no extra sync).
    if (this.nameFromRead !== null) {
      const fresh = this.nameFromRead;
      this.nameFromRead = null;
      return fresh;
    }
    const name = await this.run("read", async (context) => {
      const workbook = context.workbook;
      workbook.load("name");
      await context.sync();
      return workbook.name;
    });
    this.workbookIdentity = name;
    return name;
  }

  /**
   * The sheets in workbook order. The pane's first listing also hides a sheet
   * a closed pane left shown for a selection (a second sync only then).
   */
  async listSheets(): Promise<SheetInfo[]> {
    if (this.shown !== undefined) await this.hideShownSheet();
    return this.run("read", async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name,items/visibility,items/id");
      const setting = this.shown === undefined ? context.workbook.settings.getItemOrNullObject(SHOWN_SHEET_KEY) : null;
      setting?.load("value");
      await context.sync();
      this.shown = null;
      if (setting !== null && !setting.isNullObject) {
        const shown = parseShown(setting.value);
        const sheet = shown === null ? undefined : worksheets.items.find((s) => s.id === shown.id);
        const othersVisible = worksheets.items.some((s) => s !== sheet && s.visibility === "Visible");
        if (shown !== null && sheet !== undefined && sheet.visibility === "Visible" && othersVisible) sheet.visibility = shown.visibility;
        setting.delete();
        await context.sync();
        if (sheet !== undefined) sheet.load("visibility");
        await context.sync();
      }
      return worksheets.items.map((s) => ({ name: s.name, visible: s.visibility === "Visible" }));
    });
  }

  private async visibleNames(): Promise<string[]> {
    return (await this.listSheets()).filter((s) => s.visible).map((s) => s.name);
  }

  async readWorkbook(sheetNames?: readonly string[]): Promise<WorkbookData> {
    const names = sheetNames !== undefined ? uniqueNames(sheetNames) : await this.visibleNames();
    if (sheetNames !== undefined) await this.hideShownSheet();
    const reads = await this.readSheetsCached(names, false);
    // Counted from 1900 as the CLI counts them (src/app/dateSystem.ts); the cache keeps the cells as Excel gave them.
    return inDate1900System({ sheets: reads.map((r) => r.data) }, this.date1904);
  }

  /**
   * The first rows of every visible sheet, to pick the plan and allocation
   * sheets when the pane opens (one sync, whatever the sheets' size). Sheets
   * longer than that come back cut; `readWorkbook` reads them whole.
   */
  async readSheetTops(sheetNames?: readonly string[]): Promise<{ workbook: WorkbookData; complete: readonly string[] }> {
    const names = sheetNames !== undefined ? uniqueNames(sheetNames) : await this.visibleNames();
    const reads = await this.readSheetsCached(names, true);
    return { workbook: inDate1900System({ sheets: reads.map((r) => r.data) }, this.date1904), complete: reads.filter((r) => r.complete).map((r) => r.data.name) };
  }

  private async readSheetsCached(names: string[], headOnly: boolean): Promise<SheetRead[]> {
    return this.withMergeFallback(async () => {
      const cache = new Map<string, Cached>();
      if (!headOnly && this.watching) {
        for (const [id, entry] of this.sheetCache) {
          if (!names.some((n) => sheetKey(n) === sheetKey(entry.name))) continue;
          const name = names.find((n) => sheetKey(n) === sheetKey(entry.name)) as string;
          cache.set(name, { id, data: entry.data, dirty: this.tracker.dirtyOf(id) });
        }
      }
      try {
        const reads = await this.run("read", async (context) => {
          // The change handler is registered with the first read, in its first request (no sync of its own), and
          // kept only when that read succeeds: a failed read removes it through this same request context (the one
          // way Excel removes a handler, https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-events),
          // so a read retried after a failure (the merged-areas, visible-cells or date-system fallbacks) leaves one
          // handler, not one per attempt. Should that removal fail too, only the handler of the read that
          // succeeded listens, so that no change is counted twice.
          let registered: { generation: number; handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> } | null = null;
          if (this.has.events && !this.watching) {
            const generation = ++this.handlerGeneration;
            const handler = context.workbook.worksheets.onChanged.add(async (event) => {
              if (generation === this.listeningHandler) this.tracker.handle(event as ChangeEvent);
            });
            registered = { generation, handler };
          }
          let result: SheetRead[];
          // The date system with the name, in the read's own syncs (no sync of its own); only where the host has it.
          this.askDate1904 ??= this.has.date1904;
          const date1904 = this.askDate1904;
          try {
            context.workbook.load(date1904 ? "name,use1904DateSystem" : "name");
            result = await readSheets(context, names, cache, {
              mode: this.readMode,
              specialCells: this.has.specialCells,
              targetBytes: this.targetBytes,
              headOnly,
              visibleCells: this.visibleCells,
            });
          } catch (error) {
            if (registered !== null) await removeHandler(context, registered.handler);
            throw error;
          }
          if (this.has.events) this.watching = true;
          if (registered !== null) this.listeningHandler = registered.generation;
          this.nameFromRead = context.workbook.name;
          this.workbookIdentity ??= this.nameFromRead;
          // Not in this package's @types/office-js, hence the cast.
          this.date1904 = date1904 && (context.workbook as unknown as { use1904DateSystem?: boolean }).use1904DateSystem === true;
          return result;
        });
        if (!headOnly) {
          for (const read of reads) {
            for (const [id, entry] of this.sheetCache) if (id !== read.id && sheetKey(entry.name) === sheetKey(read.data.name)) this.sheetCache.delete(id);
            this.sheetCache.set(read.id, { name: read.data.name, data: read.data });
            this.tracker.markRead(read.id, read.formulaRects);
          }
        }
        return reads;
      } catch (error) {
        if (error instanceof OfficeActionError && error.officeCode === "ItemNotFound") throw await this.missingSheetError(names, error);
        if (this.askDate1904 === true && error instanceof OfficeActionError && DATE_SYSTEM_REFUSALS.has(error.officeCode)) {
          this.askDate1904 = false;
          return this.readSheetsCached(names, headOnly);
        }
        throw error;
      }
    });
  }

  /**
   * If reading merges fails with an error of the merged-areas call itself (a
   * host that refuses loading the areas of a null object, or more than 512
   * merged areas), step down to the next way of reading them (`MergeMode`)
   * and keep it for later reads. Likewise, if Excel refuses the visible cells
   * asked for hidden rows (`getSpecialCells`), read on without them: hidden
   * lines are then known as far as `rowHidden`/`columnHidden` tell. Any other
   * error is the user's to see.
   */
  private async withMergeFallback<T>(read: () => Promise<T>): Promise<T> {
    for (;;) {
      try {
        return await read();
      } catch (error) {
        const mode = this.readMode;
        const cause = error instanceof OfficeActionError ? error.original : error;
        if (this.visibleCells && /getSpecialCells/i.test(errorLocation(cause))) {
          this.visibleCells = false;
          console.warn("allocheck: reading hidden rows without the visible cells", cause);
          continue;
        }
        if (mode === "none" || !/MergedAreas/i.test(errorLocation(cause))) throw error;
        this.mergeMode = mode === "areas" ? "probe" : mode === "probe" ? "bands" : "none";
        console.warn(`allocheck: reading merged areas as "${this.mergeMode}"`, cause);
      }
    }
  }

  /** An InputError naming the sheets that do not exist (or `error` itself if they all do). */
  private async missingSheetError(names: readonly string[], error: unknown): Promise<unknown> {
    const present = new Set((await this.listSheets()).map((s) => sheetKey(s.name)));
    const absent = names.filter((n) => !present.has(sheetKey(n)));
    if (absent.length === 0) return error;
    const list = absent.map((n) => sheetInText(n)).join(", ");
    return new InputError("sheet-not-found", {
      vi: `Không tìm thấy trang tính ${list} trong sổ làm việc.`,
      en: `Sheet ${list} not found in the workbook.`,
    });
  }

  private get readMode(): MergeMode {
    return this.has.mergedAreas ? this.mergeMode : "none";
  }

  /**
   * The sheet's version as Excel's change events tell it (no read): changes
   * when the sheet's cells change, or, for a sheet with formulas, when any
   * other sheet changes. Without change events, every call gives a new value.
   */
  async sheetFingerprint(sheetName: string): Promise<string> {
    if (!this.watching) return `unwatched:${++this.unwatchedCount}`;
    for (const [id, entry] of this.sheetCache) {
      if (sheetKey(entry.name) === sheetKey(sheetName)) {
        const dirty = this.tracker.dirtyOf(id);
        return `${id}:${this.tracker.version(id)}${dirty === undefined ? "" : "*"}`;
      }
    }
    return `unread:${++this.unwatchedCount}`;
  }

  /**
   * Writes the summary, or refreshes allocheck's own in place. A summary the
   * user hid stays hidden (with its Hidden or VeryHidden state): it is shown
   * only for the length of the request that rewrites it (a hidden sheet's
   * panes cannot be unfrozen, office-js #1463), hidden again in that same
   * request, and neither activated nor selected; the result says so, for the
   * pane to tell the user.
   */
  async writeSummary(model: SummarySheetModel): Promise<SummaryWritten> {
    await this.hideShownSheet();
    return this.run(
      "summary",
      async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name,items/id,items/visibility,items/protection/protected");
        context.workbook.protection.load("protected");
        await context.sync();
        const existing = worksheets.items.find((s) => sheetKey(s.name) === sheetKey(model.name));
        const structureLocked = context.workbook.protection.protected;
        if (existing === undefined && structureLocked) throw protectedStructure("summary", model.name);
        if (existing !== undefined && existing.protection.protected) throw protectedSheet("summary", existing.name);
        if (existing !== undefined && existing.visibility !== "Visible" && structureLocked) throw protectedStructure("summary", model.name);
        // A sheet of that name is refreshed only when it is allocheck's own (its title and marker in A1:A2): one made
        // by the user since the summary was named is never cleared. Allocheck's previous chart is looked up in the same sync.
        let previousChart: Excel.Chart | null = null;
        if (existing !== undefined) {
          const head = existing.getRange("A1:A2");
          head.load("values");
          previousChart = lookUpProgressChart(existing);
          await context.sync();
          if (!isAllocheckSummary({ name: existing.name, values: head.values as CellValue[][], merges: [] })) throw usersSheet(existing.name);
        }
        const budget = new RequestBudget(context);
        let sheet: Excel.Worksheet;
        // The user's choice to hide the summary is kept: hidden again at the end of this request.
        const hiddenAs = existing !== undefined && existing.visibility !== "Visible" ? existing.visibility : null;
        if (existing === undefined) {
          sheet = worksheets.add(model.name);
        } else {
          // Refresh in place: deleting the sheet would clear the user's undo stack.
          // Shown first: a hidden sheet's panes cannot be unfrozen (office-js #1463,
          // https://github.com/OfficeDev/office-js/issues/1463).
          sheet = existing;
          if (hiddenAs !== null) sheet.visibility = "Visible";
          const all = sheet.getRange();
          all.clear("All");
          all.unmerge();
          sheet.freezePanes.unfreeze();
        }
        await queueSummaryWrite(sheet, model, (bytes: number) => budget.spend(bytes), { activate: hiddenAs === null });
        queueProgressChart(sheet, model.chart, previousChart);
        // Page layout goes last in the same request: a host that refuses a
        // print setting fails only that operation, after the summary is written.
        sheet.load("id");
        if (this.has.pageLayout) queuePageLayout(sheet, model);
        if (hiddenAs !== null) sheet.visibility = hiddenAs;
        try {
          await context.sync();
        } catch (error) {
          if (!isPageLayoutError(error)) throw error;
          console.warn("allocheck: page layout not applied", error);
          // What followed the refused setting in the request did not run: hidden again here.
          sheet.load("id");
          if (hiddenAs !== null) sheet.visibility = hiddenAs;
          await context.sync();
        }
        // Its own changes (and later ones) move nothing allocheck reads.
        this.tracker.markOwn(sheet.id);
        return hiddenAs === "VeryHidden" ? { hidden: true, veryHidden: true } : { hidden: hiddenAs !== null };
      },
      true,
      { sheet: model.name },
    );
  }

  async applyHighlights(highlights: readonly Highlight[]): Promise<void> {
    await this.hideShownSheet();
    const unique = uniqueHighlights(highlights);
    // Each run reads the current fills of its cells (~200 bytes of response a
    // cell): past ~20 000 cells the response would near Excel on the web's 5 MB.
    // Notes add two operations a cell to the request: smaller runs.
    const perRun = this.has.notes ? MAX_HIGHLIGHTS_PER_RUN_WITH_NOTES : MAX_HIGHLIGHTS_PER_RUN;
    let done = 0;
    for (let start = 0; start < unique.length; start += perRun) {
      const batch = unique.slice(start, start + perRun);
      await this.applyHighlightBatch(batch, done, unique.length);
      done += batch.length;
    }
  }

  private async applyHighlightBatch(highlights: readonly Highlight[], done: number, total: number): Promise<void> {
    const groups = groupHighlights(highlights);
    await this.run(
      "highlight",
      async (context) => {
        const setting = queueStateRead(context);
        const reads = queueFillReads(context, groups, { notes: this.has.notes, comments: this.has.comments });
        await context.sync();
        const locked = protectedSheetOf(reads);
        if (locked !== null) throw protectedSheet("highlight", locked);
        if (queueCommentLocations(reads)) await context.sync();
        const followed = this.followShifts(stateFrom(setting));
        const plan = planApply(reads, followed.state);
        if (plan.encoded === null) throw stateTooLarge(done, total);
        // The state first: whatever Excel refuses later in this request, it describes every cell touched.
        queueStateWrite(context, setting, plan.state, plan.encoded);
        queueFillWrites(reads);
        await context.sync();
        followed.stored();
        for (const sheet of plan.state.sheets) {
          if (sheet.id === null || this.highlightMarks.has(sheet.id) || !this.watching) continue;
          const mark = this.tracker.shiftMark(sheet.id);
          if (mark !== null) this.highlightMarks.set(sheet.id, mark);
        }
      },
      true,
    );
  }

  /**
   * The recorded cells where they are now: moved by the rows and columns the
   * user inserted or deleted since this pane recorded them (Excel's change
   * events), dropped when their line was deleted. Sheets recorded before this
   * pane opened, or changed in ways not followed, are left as recorded (their
   * cells are then verified and skipped if they no longer hold allocheck's colour).
   */
  private followShifts(state: FillState): { state: FillState; stored: () => void } {
    const marks = new Map<string, number | null>();
    const sheets = state.sheets.map((sheet) => {
      if (sheet.id === null) return sheet;
      const mark = this.highlightMarks.get(sheet.id);
      if (mark === undefined) return sheet;
      const shifts = this.tracker.shiftsSince(sheet.id, mark);
      marks.set(sheet.id, this.tracker.shiftMark(sheet.id));
      if (shifts === null || shifts.length === 0) return sheet;
      const cells: SavedCell[] = [];
      for (const cell of cellsOfEntries(sheet.entries)) {
        const at = shiftedCell(cell.row, cell.col, shifts);
        if (at !== null) cells.push({ ...cell, row: at.row, col: at.col });
      }
      return { ...sheet, entries: entriesOf(cells) };
    });
    // Once the state as moved is stored, the marks move on with it.
    const stored = () => {
      for (const [id, mark] of marks) {
        if (mark === null) this.highlightMarks.delete(id);
        else this.highlightMarks.set(id, mark);
      }
    };
    return { state: { sheets }, stored };
  }

  /** Whether the workbook's saved highlight state names any cell (one sync, no cells read). */
  async hasHighlights(): Promise<boolean> {
    return this.run("read", async (context) => {
      const setting = queueStateRead(context);
      await context.sync();
      return stateFrom(setting).sheets.some((sheet) => sheet.entries.length > 0);
    });
  }

  async clearHighlights(): Promise<number> {
    return (await this.clearHighlightsReport()).restored;
  }

  /**
   * Restores every coloured cell that still holds allocheck's colour, in
   * batches; says which cells were left alone (see `ClearOutcome`).
   */
  async clearHighlightsReport(): Promise<ClearOutcome> {
    await this.hideShownSheet();
    let restored = 0;
    let notesLeft = 0;
    const skipped: string[] = [];
    for (;;) {
      const step = await this.clearBatch();
      restored += step.outcome.restored;
      notesLeft += step.outcome.notesLeft;
      skipped.push(...step.outcome.skipped);
      if (!step.more) break;
    }
    return { restored, skipped, notesLeft };
  }

  /** One batch of entries (up to ~MAX_HIGHLIGHTS_PER_RUN cells): verify, restore, store what remains. */
  private clearBatch(): Promise<{ outcome: ClearOutcome; more: boolean }> {
    return this.run(
      "clear",
      async (context) => {
        const setting = queueStateRead(context);
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/id,items/name,items/protection/protected");
        await context.sync();
        const none = { outcome: { restored: 0, skipped: [], notesLeft: 0 }, more: false };
        if (setting.isNullObject) return none;
        const followed = this.followShifts(stateFrom(setting));
        const state = followed.state;
        const live = liveEntries(worksheets, state);
        const locked = live.find((l) => l.sheet.protection.protected);
        if (locked) throw protectedSheet("clear", locked.sheet.name);
        // This batch: whole entries up to the cell budget; the rest stays stored for the next.
        const budget = this.has.notes ? MAX_HIGHLIGHTS_PER_RUN_WITH_NOTES : MAX_HIGHLIGHTS_PER_RUN;
        let cells = 0;
        const now: LiveSheetState[] = [];
        const later: SheetFillState[] = [];
        for (const { entry, sheet } of live) {
          const take: SavedEntry[] = [];
          const keep: SavedEntry[] = [];
          for (const e of entry.entries) {
            const size = cellsIn(e.rect);
            if (cells === 0 || cells + size <= budget) {
              take.push(e);
              cells += size;
            } else keep.push(e);
          }
          if (take.length > 0) now.push({ entry: { ...entry, entries: take }, sheet });
          if (keep.length > 0) later.push({ ...entry, entries: keep });
        }
        const verify = queueClearVerify(now, this.has.notes);
        await context.sync();
        // What remains first, as on apply: a refused restore leaves a state that still covers it.
        queueStateWrite(context, setting, { sheets: later });
        const outcome = queueRestore(verify, this.has.notes);
        await context.sync();
        followed.stored();
        // A sheet with nothing recorded any more is marked afresh at its next highlight.
        for (const id of [...this.highlightMarks.keys()]) if (!later.some((s) => s.id === id)) this.highlightMarks.delete(id);
        return { outcome, more: later.length > 0 };
      },
      true,
    );
  }

  /**
   * Selects a finding's cell. A hidden sheet is shown for it, and hidden again
   * (with its former Hidden or VeryHidden state) as soon as allocheck does
   * anything else — the next selection elsewhere, check, highlight or summary
   * — or, if the pane was closed meanwhile, when it opens again (the sheet is
   * recorded in the document's settings in the same request that shows it).
   */
  async selectCell(sheetName: string, cell: string): Promise<void> {
    const address = normalCell(cell);
    await this.hideShownSheet(sheetName);
    try {
      await this.run("select", async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        sheet.activate();
        sheet.getRange(address).select();
        await context.sync();
      }, false, { sheet: sheetName, cell: address });
      return;
    } catch (error) {
      // A hidden sheet cannot be activated (InvalidOperation): show it, then select.
      if (!(error instanceof OfficeActionError) || error.officeCode !== "InvalidOperation") throw error;
    }
    await this.run("select", async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.load("id,name,visibility");
      context.workbook.protection.load("protected");
      await context.sync();
      if (sheet.visibility !== "Visible") {
        if (context.workbook.protection.protected) throw protectedStructure("select", sheet.name);
        const shown: ShownSheet = { id: sheet.id, visibility: sheet.visibility === "VeryHidden" ? "VeryHidden" : "Hidden" };
        // Recorded in the same request that shows it: a pane closed now still hides it when it opens again.
        context.workbook.settings.add(SHOWN_SHEET_KEY, JSON.stringify(shown));
        sheet.visibility = "Visible";
        this.shown = shown;
      }
      sheet.activate();
      sheet.getRange(address).select();
      await context.sync();
    }, false, { sheet: sheetName, cell: address });
  }

  /**
   * Hides again the sheet `selectCell` showed (unless `keep` names it), and
   * forgets it. (`listSheets` does the same for one a closed pane left shown.)
   */
  private async hideShownSheet(keep?: string): Promise<void> {
    const shown = this.shown;
    if (shown === null || shown === undefined) return;
    await this.run("select", async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(SHOWN_SHEET_KEY);
      setting.load("value");
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/id,items/name,items/visibility");
      await context.sync();
      const sheet = worksheets.items.find((s) => s.id === shown.id);
      if (sheet !== undefined && keep !== undefined && sheetKey(sheet.name) === sheetKey(keep)) return;
      const othersVisible = worksheets.items.some((s) => s !== sheet && s.visibility === "Visible");
      if (sheet !== undefined && sheet.visibility === "Visible" && othersVisible) sheet.visibility = shown.visibility;
      if (!setting.isNullObject) setting.delete();
      await context.sync();
      this.shown = null;
    });
  }

  loadCorrections(): Promise<CorrectionSet> {
    return loadCorrections((batch, write) => this.run("settings", batch, write));
  }

  saveCorrections(set: CorrectionSet): Promise<void> {
    return saveCorrections((batch, write) => this.run("settings", batch, write), set);
  }

  showReading(sheetName: string, marks: readonly ReadingMark[]): Promise<void> {
    const multiArea = this.has.notes; // RangeAreas.select, like the notes API, is ExcelApi 1.18
    return selectRanges((batch, write) => this.run("select", batch, write), sheetName, marks.map((m) => m.range), multiArea);
  }

  async writeNewSheet(preferredName: string, rows: ReadonlyArray<ReadonlyArray<string | number | null>>): Promise<string> {
    return this.run(
      "new-sheet",
      async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name");
        context.workbook.protection.load("protected");
        await context.sync();
        const name = freeSheetName(
          preferredName,
          worksheets.items.map((s) => s.name),
        );
        if (context.workbook.protection.protected) throw protectedStructure("new-sheet", name);
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
      },
      true,
    );
  }
}

/**
 * Removes an event handler through the request context that added it, at
 * once (its own sync). A refusal here is not the user's concern: the read's
 * own error is what they see, and the handler, if it stayed, never listens.
 */
async function removeHandler(context: Excel.RequestContext, handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>): Promise<void> {
  try {
    handler.remove();
    await context.sync();
  } catch (error) {
    console.warn("allocheck: a change handler could not be removed", error);
  }
}

function parseShown(value: unknown): ShownSheet | null {
  try {
    const parsed = JSON.parse(String(value)) as Partial<ShownSheet>;
    if (typeof parsed.id !== "string") return null;
    return { id: parsed.id, visibility: parsed.visibility === "VeryHidden" ? "VeryHidden" : "Hidden" };
  } catch {
    return null;
  }
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

/** An error raised by a page-layout operation (Office.js names the object in debugInfo.errorLocation). */
function isPageLayoutError(error: unknown): boolean {
  // The page's footer (`HeaderFooter.centerFooter`) is a print setting too: refused, the summary stays written.
  return /pagelayout|headerfooter/i.test(errorLocation(error));
}

const DOING: Record<OfficeAction, { vi: string; en: string }> = {
  read: { vi: "đọc", en: "read" },
  highlight: { vi: "tô sáng", en: "highlight" },
  clear: { vi: "xoá tô sáng", en: "clear the highlights" },
  summary: { vi: "ghi bảng tổng hợp", en: "write the summary" },
  select: { vi: "chọn ô", en: "select the cell" },
  "new-sheet": { vi: "tạo trang tính", en: "add the sheet" },
  settings: { vi: "lưu cách đọc biểu", en: "save how the sheet is read" },
};

/** A protected sheet, found before anything was written. */
function protectedSheet(action: OfficeAction, sheet: string): OfficeActionError {
  return new OfficeActionError("SheetProtected", {
    vi: `Trang tính ${sheetInText(sheet)} đang được bảo vệ nên allocheck không ${DOING[action].vi} được; chưa có gì thay đổi. Hãy bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) rồi thử lại.`,
    en: `The sheet ${sheetInText(sheet)} is protected, so allocheck cannot ${DOING[action].en}; nothing was changed. Unprotect it (Review → Unprotect Sheet) and try again.`,
  });
}

/** A sheet with the summary's name that is not allocheck's (made by the user after the summary was named). */
function usersSheet(sheet: string): OfficeActionError {
  return new OfficeActionError("UserSheet", {
    vi: `Trang tính ${sheetInText(sheet)} không phải bảng tổng hợp do allocheck tạo nên allocheck không ghi đè lên nó; chưa có gì thay đổi. Hãy bấm Tạo bảng tổng hợp lần nữa: bảng sẽ được ghi vào một trang mới bên cạnh.`,
    en: `The sheet ${sheetInText(sheet)} is not a summary allocheck wrote, so allocheck does not write over it; nothing was changed. Press Write summary sheet again: the summary goes to a new sheet beside it.`,
  });
}

/** A workbook whose structure is protected (no sheet can be added, shown or hidden). */
function protectedStructure(action: OfficeAction, sheet: string): OfficeActionError {
  return new OfficeActionError("WorkbookStructureProtected", {
    vi: `Cấu trúc sổ làm việc đang được bảo vệ nên allocheck không ${DOING[action].vi} được (trang tính ${sheetInText(sheet)}); chưa có gì thay đổi. Hãy bỏ chọn Xem lại → Bảo vệ sổ làm việc rồi thử lại.`,
    en: `The workbook structure is protected, so allocheck cannot ${DOING[action].en} (sheet ${sheetInText(sheet)}); nothing was changed. Turn off Review → Protect Workbook and try again.`,
  });
}

/** The stored highlight state would pass what document settings reliably hold. */
function stateTooLarge(done: number, total: number): OfficeActionError {
  return new OfficeActionError("HighlightStateTooLarge", {
    vi: `Quá nhiều ô để tô sáng mà vẫn khôi phục được đúng màu cũ: đã tô ${done} trên ${total} ô, dừng lại trước giới hạn lưu trữ của sổ làm việc. Hãy sửa bớt các lỗi rồi tô lại, hoặc xem danh sách đầy đủ trong bảng tổng hợp.`,
    en: `Too many cells to highlight while keeping their original fills restorable: ${done} of ${total} cells highlighted, stopped before the workbook's settings limit. Fix some of the problems and highlight again, or see the full list in the summary sheet.`,
  });
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
