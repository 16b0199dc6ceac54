/**
 * A fake Excel host for tests: an in-memory implementation of the part of the
 * Excel JavaScript API that `src/adapters/office` uses.
 *
 * Why a fake of our own and not `office-addin-mock`: the adapter's
 * correctness lives in the semantics that bite in real Excel, and the mock
 * has none of them. office-addin-mock (v4) answers an unloaded property with
 * a string instead of throwing PropertyNotLoaded, so a missing `load()` passes
 * in tests and fails in Excel; it applies writes at once instead of at
 * `sync()`, so it cannot tell one round trip from ten; it has no collections
 * (`worksheets.items`, `getItemOrNullObject`, `RangeAreas.areas`), no A1
 * address logic (`getRanges("A1,C3")`, used ranges, merges), no counting of
 * syncs or request bytes, and it needs a moduleNameMapper stub for an
 * ESM-only dependency. Here:
 *
 * - proxies queue operations; `context.sync()` applies them in order to an
 *   in-memory document and answers loads; reading a property not loaded by a
 *   completed sync throws the Office.js error (code `PropertyNotLoaded`, same
 *   message);
 * - `…OrNullObject` methods give null objects (`isNullObject` after sync);
 *   `getItem` of a missing sheet fails the sync with ItemNotFound;
 * - Excel's quirks that shape the adapter, each with its source (or the
 *   words "not documented; assumed", always on the stricter side) at the
 *   code that models it: no fill and a solid white fill both read
 *   `#FFFFFF` with `pattern` null, only `tintAndShade` (null for no fill)
 *   tells them apart (office-js #4900, #6218; proxies/format.ts); writing
 *   `values` parses strings (`=…` and `-x` become formulas, `007` a number)
 *   unless the cell is formatted `@`, `null` in a 2-D write leaves the cell
 *   and `""` empties it (document.ts, range.ts); formulas over 8 192
 *   characters fail (office-js #3256); unbounded (whole row/column) ranges
 *   read cell-level properties as null and refuse cell-level writes;
 *   `getRanges` refuses an address list over 8 192 characters with
 *   InvalidArgument (office-js #5198; worksheets.ts); a request or a
 *   response over 5 MB fails with RequestPayloadSizeLimitExceeded /
 *   ResponsePayloadSizeLimitExceeded, counted as UTF-8 bytes of Office.js's
 *   own request JSON (context.ts); cell reads over 5 000 000 cells give null
 *   `values`/`formulas` or fail with RangeExceedsLimit (office-js #4783,
 *   #6781; range.ts); document settings over ~1 MB of UTF-8 fail with
 *   InvalidArgument (office-js #621, #3957; settings.ts); protected sheets
 *   refuse cell, row, column and chart changes and a protected workbook
 *   structure refuses sheet changes, with AccessDenied (shared.ts);
 *   `worksheets.onChanged` handlers outlive their run, hear users' edits,
 *   row inserts and deletes and the add-in's own data writes, and are
 *   removed only through their own request context (document.ts,
 *   worksheets.ts); a workbook the user switched away from fails with
 *   GeneralException; notes one per single cell, not on a cell with a
 *   threaded comment (notes.ts); `getSpecialCells` (range.ts); hidden rows
 *   and columns: `rowHidden` / `columnHidden` null when a range mixes
 *   hidden and shown, visible cells as areas (range.ts); hidden sheets
 *   cannot be activated or selected, a workbook keeps one visible sheet, a
 *   VeryHidden sheet cannot be deleted (office-js #365), clearing formats
 *   does not unmerge, proxies die with their `Excel.run`;
 * - APIs newer than the simulated host's `ExcelApi` version fail the sync
 *   with ApiNotFound, and `isSetSupported` answers from that version;
 * - `stats` counts round trips (syncs that carry operations), request and
 *   response bytes (UTF-8 of what each sync carries), `Excel.run` calls
 *   and their options; `document.writes` lists every write, for tests that
 *   check the add-in wrote nowhere else;
 * - `reopen()` stands for save, close and reopen: a new host over a copy of
 *   the document without any in-memory state.
 *
 * Also: notes (ExcelApi 1.18) per cell, `Workbook.settings`.
 *
 * Not simulated: formula calculation (formula cells keep the cached value the
 * test gives them), events other than `onChanged`, tables, charts,
 * conditional formats.
 */
import { FakeRequestContext, FakeStats, versionAtLeast } from "./context";
import { FakeDocument, type Fill, enterFormula, enterValue, parseRect, type Visibility } from "./document";
import { FakeWorkbook } from "./objects";
import type { CellValue } from "../../../src/core/model/workbook";
import { a1, parseA1 } from "../../../src/core/model/address";

export { FakeDocument, FakeSheet } from "./document";
export { FakeStats, REQUEST_LIMIT_BYTES } from "./context";
export { FakeOfficeError } from "./errors";
export { writeLog, type WriteRecord } from "./objects";

export interface FakeSheetSpec {
  readonly name: string;
  /** Rows of cell values from A1; `{ error: "#REF!" }` for an error value. */
  readonly rows?: ReadonlyArray<ReadonlyArray<CellValue | undefined>>;
  /** Formulas by A1 address (with or without `=`); the cell's value in `rows` is its cached result. */
  readonly formulas?: Readonly<Record<string, string>>;
  /** Merged ranges such as `A1:C1`. */
  readonly merges?: readonly string[];
  /** Solid fills by A1 address, `#RRGGBB`. */
  readonly fills?: Readonly<Record<string, string>>;
  /** Number formats by A1 address. */
  readonly numberFormats?: Readonly<Record<string, string>>;
  /** Notes (ExcelApi 1.18) by A1 address. */
  readonly notes?: Readonly<Record<string, string>>;
  /** Threaded comments (ExcelApi 1.10) by A1 address. */
  readonly comments?: Readonly<Record<string, string>>;
  /** Worksheet protection: cell writes fail with AccessDenied. */
  readonly protected?: boolean;
  /** Cells that hold text even when it looks like a number (entered with `'`). */
  readonly text?: Readonly<Record<string, string>>;
  readonly visibility?: Visibility;
  /** Hidden rows and columns, 0-based (by hand or by a filter: Excel tells them apart only in the filter). */
  readonly hiddenRows?: readonly number[];
  readonly hiddenColumns?: readonly number[];
}

export interface FakeExcelOptions {
  readonly sheets?: readonly FakeSheetSpec[];
  /** ExcelApi version of the simulated host (default `1.20`). */
  readonly apiVersion?: string;
  /**
   * Loading a child collection of a null object fails the sync with
   * InvalidObjectPath (default `true`). Not documented either way; the
   * stricter reading is the default, `false` models a host that loads such
   * a collection as empty (for tests that pin sync counts on that host).
   */
  readonly strictNullChildren?: boolean;
  /** Response size limit in bytes (default 5 MB, as Excel on the web). */
  readonly responseLimitBytes?: number;
  /** The workbook counts its dates from 1904 (`Workbook.use1904DateSystem`, ExcelApi 1.16). */
  readonly date1904?: boolean;
}

type Batch<T> = (context: FakeRequestContext & { workbook: FakeWorkbook }) => Promise<T>;

export class FakeExcel {
  readonly stats = new FakeStats();
  readonly apiVersion: string;

  constructor(
    readonly document: FakeDocument,
    apiVersion = "1.20",
    readonly strictNullChildren = true,
    readonly responseLimitBytes?: number,
  ) {
    this.apiVersion = apiVersion;
  }

  /**
   * `Excel.run`: `run(batch)` or `run(options, batch)`. Operations still queued
   * when the batch returns are sent in a final sync; the context's proxies are
   * dead afterwards.
   */
  /** Set while the user is editing a cell (`beginCellEdit` … `endCellEdit`). */
  private cellEdit: { readonly ended: Promise<void>; readonly end: () => void } | null = null;

  /**
   * The user starts editing a cell (F2, or typing). Until `endCellEdit`, a
   * run with `delayForCellEdit: true` waits before its batch starts ("if the
   * user is in cell edit mode then the batch request is delayed until the
   * user exits cell edit mode"); any other run's syncs fail with
   * InvalidOperationInCellEditMode ("When false, if the user is in cell edit
   * when the batch request is processed by the host, the batch automatically
   * fails") — both https://learn.microsoft.com/en-us/javascript/api/excel/excel.runoptions.
   * Which requirement set honours the option is not documented; every
   * simulated version is assumed to.
   */
  beginCellEdit(): void {
    if (this.cellEdit !== null) return;
    let end = () => {};
    const ended = new Promise<void>((resolve) => (end = resolve));
    this.cellEdit = { ended, end };
  }

  endCellEdit(): void {
    const edit = this.cellEdit;
    this.cellEdit = null;
    edit?.end();
  }

  run<T>(optionsOrBatch: unknown, maybeBatch?: Batch<T>): Promise<T> {
    const batch = (maybeBatch ?? optionsOrBatch) as Batch<T>;
    const options = maybeBatch ? optionsOrBatch : undefined;
    const delays = (options as { delayForCellEdit?: boolean } | undefined)?.delayForCellEdit === true;
    this.stats.runs++;
    this.stats.runOptions.push(options === undefined ? undefined : structuredClone(options));
    const context = new FakeRequestContext(
      {
        document: this.document,
        stats: this.stats,
        apiVersion: this.apiVersion,
        strictNullChildren: this.strictNullChildren,
        responseLimitBytes: this.responseLimitBytes,
        cellEditRefuses: () => this.cellEdit !== null && !delays,
      },
      (ctx) => new FakeWorkbook(ctx),
    ) as FakeRequestContext & { workbook: FakeWorkbook };
    return (async () => {
      if (delays && this.cellEdit !== null) await this.cellEdit.ended;
      try {
        const result = await batch(context);
        await context.sync();
        return result;
      } finally {
        context.closed = true;
      }
    })();
  }

  /** `Office.context.requirements.isSetSupported` for this host. */
  isSetSupported(name: string, version?: string): boolean {
    if (name !== "ExcelApi") return false;
    return versionAtLeast(this.apiVersion, version ?? "1.1");
  }

  /** Save, close and reopen: a new host over a copy of the document (same API version). */
  reopen(): FakeExcel {
    return new FakeExcel(this.document.clone(), this.apiVersion, this.strictNullChildren, this.responseLimitBytes);
  }
}

/** A fake Excel host holding the sheets given. */
export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const document = new FakeDocument();
  for (const spec of options.sheets ?? []) addSheetFromSpec(document, spec);
  if (document.liveSheets().length === 0) document.addSheet("Sheet1");
  document.date1904 = options.date1904 ?? false;
  return new FakeExcel(document, options.apiVersion ?? "1.20", options.strictNullChildren ?? true, options.responseLimitBytes);
}

export function addSheetFromSpec(document: FakeDocument, spec: FakeSheetSpec): void {
  const sheet = document.addSheet(spec.name);
  spec.rows?.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === undefined || value === null) return;
      const cell = sheet.ensureCell(r, c);
      if (typeof value === "object") cell.error = value.error;
      else cell.value = value;
    }),
  );
  for (const [address, formula] of Object.entries(spec.formulas ?? {})) {
    const { row, col } = parseA1(address);
    const cell = sheet.ensureCell(row, col);
    const cached = cell.value;
    const error = cell.error;
    enterFormula(cell, formula.startsWith("=") ? formula : `=${formula}`);
    cell.value = cached;
    if (error !== undefined) cell.error = error;
  }
  for (const [address, format] of Object.entries(spec.numberFormats ?? {})) {
    const { row, col } = parseA1(address);
    sheet.ensureCell(row, col).numberFormat = format;
  }
  for (const [address, text] of Object.entries(spec.text ?? {})) {
    const { row, col } = parseA1(address);
    enterValue(sheet.ensureCell(row, col), `'${text}`);
  }
  for (const [address, color] of Object.entries(spec.fills ?? {})) {
    const { row, col } = parseA1(address);
    const fill: Fill = { color: color.toUpperCase(), pattern: "Solid", patternColor: null };
    sheet.ensureCell(row, col).fill = fill;
  }
  sheet.merges = (spec.merges ?? []).map((m) => parseRect(m));
  for (const [address, note] of Object.entries(spec.notes ?? {})) {
    const { row, col } = parseA1(address);
    sheet.notes.set(a1(row, col), note);
  }
  for (const [address, comment] of Object.entries(spec.comments ?? {})) {
    const { row, col } = parseA1(address);
    sheet.comments.set(a1(row, col), comment);
  }
  if (spec.protected) sheet.protected = true;
  if (spec.visibility) sheet.visibility = spec.visibility;
  for (const row of spec.hiddenRows ?? []) sheet.hiddenRows.add(row);
  for (const col of spec.hiddenColumns ?? []) sheet.hiddenColumns.add(col);
}

/** `A1` of a 0-based position (re-exported for tests). */
export { a1 };
