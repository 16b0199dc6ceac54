/**
 * The in-memory workbook behind the fake Excel host: what Excel itself holds
 * (cells with values, formulas, number formats, fills, hyperlinks; merges;
 * column widths; frozen rows; page layout; sheet visibility; the active sheet
 * and selection). The proxies in `objects.ts` read and write it only inside
 * `context.sync()`. Tests use it directly to set up a workbook and to inspect
 * the result, and `clone()` stands for save, close and reopen.
 */
import { a1, columnIndex, columnLetters, quoteSheetName } from "../../../src/core/model/address";
import type { CellRange } from "../../../src/core/model/workbook";
import { FakeOfficeError, invalidArgument } from "./errors";

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export type Rect = CellRange;

export interface Fill {
  /** `#RRGGBB` (upper case). */
  readonly color: string;
  readonly pattern: string;
  readonly patternColor: string | null;
  /** Lighter (> 0) or darker (< 0) than `color`, as a theme tint; 0 when absent. */
  readonly tintAndShade?: number;
  readonly patternTintAndShade?: number;
}

export interface Hyperlink {
  readonly address?: string;
  readonly documentReference?: string;
  readonly textToDisplay?: string;
  readonly screenTip?: string;
}

export interface FakeCell {
  /** Cached value: number, string (text), boolean, or null when empty. */
  value: number | string | boolean | null;
  /** An error value such as `#REF!` (then `value` is null). */
  error?: string;
  /** Formula with its leading `=`. */
  formula?: string;
  numberFormat?: string;
  fill?: Fill;
  font?: { bold?: boolean; italic?: boolean; color?: string; size?: number; underline?: string };
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  hyperlink?: Hyperlink;
  /** The cell's own sides' borders, as set through `RangeFormat.borders` (proxies/borders.ts). */
  borders?: Partial<Record<BorderSide, BorderLine>>;
}

export type BorderSide = "top" | "bottom" | "left" | "right";
export interface BorderLine {
  style: string;
  weight?: string;
  color?: string;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface PageLayoutState {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printOrder?: string;
  /** Margins in points. */
  leftMargin?: number;
  rightMargin?: number;
  topMargin?: number;
  bottomMargin?: number;
  headerMargin?: number;
  footerMargin?: number;
  /** Rows and columns repeated on every printed page, as whole-row/column addresses (`$5:$5`, `$A:$B`). */
  printTitleRows?: string;
  printTitleColumns?: string;
  /** `headersFooters.defaultForAllPages.centerFooter`, in Excel's header/footer codes (`&P`, `&N`). */
  centerFooter?: string;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  merges: Rect[] = [];
  /** Notes (ExcelApi 1.18) by canonical A1 address. */
  readonly notes = new Map<string, string>();
  /** Threaded comments (ExcelApi 1.10) by canonical A1 address. */
  readonly comments = new Map<string, string>();
  /** Column widths in points, by 0-based column. */
  readonly columnWidths = new Map<number, number>();
  /** Row heights in points, by 0-based row. */
  readonly rowHeights = new Map<number, number>();
  /** Manual page breaks: 0-based rows that start a printed page. */
  rowBreaks: number[] = [];
  frozenRows = 0;
  /** Hidden rows and columns (by hand or by a filter), 0-based: `Range.rowHidden` / `columnHidden`, ExcelApi 1.2. */
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  visibility: Visibility = "Visible";
  /** Worksheet protection (`Worksheet.protection.protect()`): cell writes fail with AccessDenied. */
  protected = false;
  pageLayout: PageLayoutState = { orientation: "Portrait", paperSize: "Letter", zoom: { scale: 100 } };
  /** Set by `Worksheet.delete()`; a deleted sheet leaves the collection. */
  deleted = false;
  /**
   * Every sheet ever created gets a new id, kept when it is renamed or moved
   * and when the file is reopened, as Excel's `Worksheet.id` ("remains the
   * same even when the worksheet is renamed or moved": Microsoft's Excel
   * JavaScript API reference, Excel.Worksheet id).
   */
  readonly id: string;

  constructor(
    public name: string,
    serial: number,
    id?: string,
  ) {
    this.id = id ?? `{FAKE-SHEET-${serial}}`;
  }

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(cellKey(row, col));
  }

  /** The cell at (row, col), created empty when missing. */
  ensureCell(row: number, col: number): FakeCell {
    const key = cellKey(row, col);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: null };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Drops cells that hold nothing at all (keeps the map small and used ranges right). */
  prune(row: number, col: number): void {
    const key = cellKey(row, col);
    const cell = this.cells.get(key);
    if (cell && isBlankCell(cell)) this.cells.delete(key);
  }

  /**
   * The used range: cells with a value or formula (`valuesOnly`), or with
   * anything at all (formats, hyperlinks) otherwise. Null when there is none.
   */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      const used = valuesOnly ? hasContent(cell) : !isBlankCell(cell);
      if (!used) continue;
      const [row, col] = splitKey(key);
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    if (!valuesOnly) {
      for (const m of this.merges) {
        top = Math.min(top, m.top);
        left = Math.min(left, m.left);
        bottom = Math.max(bottom, m.bottom);
        right = Math.max(right, m.right);
      }
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

/** What a `WorksheetChanged` event handler receives (ExcelApi 1.7 `WorksheetChangedEventArgs`). */
export interface ChangedEvent {
  readonly type: "WorksheetChanged";
  readonly worksheetId: string;
  readonly address: string;
  readonly changeType: "RangeEdited" | "RowInserted" | "RowDeleted" | "ColumnInserted" | "ColumnDeleted";
  readonly source: "Local" | "Remote";
}

export interface Selection {
  readonly sheet: string;
  readonly address: string;
}

export class FakeDocument {
  /** The file name (`Workbook.name`). */
  name = "Book1.xlsx";
  readonly sheets: FakeSheet[] = [];
  /** The add-in's document settings (`Workbook.settings`), saved with the file. */
  readonly settings = new Map<string, unknown>();
  activeSheet: string | null = null;
  selection: Selection | null = null;
  /** Protect Workbook (structure): sheets cannot be added, removed, renamed, hidden or shown. */
  structureProtected = false;
  /** The workbook counts its dates from 1904 (`Workbook.use1904DateSystem`); cells hold the serials of that system. */
  date1904 = false;
  /** Set by `FakeExcel.switchAway()`: the workbook the pane ran against is gone. */
  closed = false;
  private nextId = 1;
  /** Every sheet `delete()` ever removed, by name (tests assert it stays empty). */
  readonly deletedSheets: string[] = [];
  /** `worksheets.onChanged` handlers registered by the add-in (they outlive their `Excel.run`). */
  readonly changeHandlers: Array<(event: ChangedEvent) => unknown> = [];
  private pendingEvents: Promise<void> = Promise.resolve();

  /**
   * Raises `onChanged` for a data change, after the change, asynchronously:
   * Excel delivers events after the batch or user action that caused them
   * ("Work with Events using the Excel JavaScript API",
   * https://learn.microsoft.com/en-sg/office/dev/add-ins/excel/excel-add-ins-events). That the
   * add-in's own data writes raise onChanged too is the stricter reading
   * (the page offers `context.runtime.enableEvents` to turn events off
   * during batch operations, so they do fire); format writes raise
   * onFormatChanged, not modelled.
   */
  emitChanged(sheet: FakeSheet, address: string, changeType: ChangedEvent["changeType"]): void {
    if (this.changeHandlers.length === 0) return;
    const event: ChangedEvent = { type: "WorksheetChanged", worksheetId: sheet.id, address, changeType, source: "Local" };
    const handlers = [...this.changeHandlers];
    this.pendingEvents = this.pendingEvents.then(
      () =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            void Promise.all(handlers.map((h) => h(event))).finally(resolve);
          }, 0),
        ),
    );
  }

  /** Resolves when every event raised so far has been delivered. */
  settle(): Promise<void> {
    return this.pendingEvents;
  }

  /** A user types into a cell (no add-in involved): the value changes and onChanged fires. */
  userEdit(sheetName: string, address: string, value: number | string | null): void {
    const sheet = this.requireSheet(sheetName);
    const { top, left } = parseRect(address);
    const cell = sheet.ensureCell(top, left);
    enterValue(cell, value === null ? "" : value);
    sheet.prune(top, left);
    this.emitChanged(sheet, rectAddress({ top, left, bottom: top, right: left }), "RangeEdited");
  }

  /**
   * A user inserts (count > 0) or deletes (count < 0) whole rows at 0-based
   * row `at`: cells, notes and merges below move, onChanged fires with
   * RowInserted / RowDeleted and the rows' address (`5:6`).
   */
  userShiftRows(sheetName: string, at: number, count: number): void {
    const sheet = this.requireSheet(sheetName);
    const moved = new Map<string, FakeCell>();
    for (const [key, cell] of sheet.cells) {
      const [r, c] = splitKey(key);
      if (r < at) moved.set(key, cell);
      else if (count < 0 && r < at - count) continue;
      else moved.set(cellKey(r + count, c), cell);
    }
    sheet.cells.clear();
    for (const [key, cell] of moved) sheet.cells.set(key, cell);
    const notes = new Map<string, string>();
    for (const [address, note] of sheet.notes) {
      const rect = parseRect(address);
      if (rect.top < at) notes.set(address, note);
      else if (count < 0 && rect.top < at - count) continue;
      else notes.set(rectAddress({ ...rect, top: rect.top + count, bottom: rect.top + count }), note);
    }
    sheet.notes.clear();
    for (const [address, note] of notes) sheet.notes.set(address, note);
    sheet.merges = sheet.merges.filter((m) => count > 0 || m.bottom < at || m.top >= at - count).map((m) => (m.top >= at ? { ...m, top: m.top + count, bottom: m.bottom + count } : m));
    const rows = `${at + 1}:${at + Math.abs(count)}`;
    this.emitChanged(sheet, rows, count > 0 ? "RowInserted" : "RowDeleted");
  }

  addSheet(name: string, id?: string): FakeSheet {
    const sheet = new FakeSheet(name, this.nextId++, id);
    this.sheets.push(sheet);
    if (this.activeSheet === null) this.activeSheet = name;
    return sheet;
  }

  findSheet(name: string): FakeSheet | undefined {
    const key = sheetKey(name);
    return this.sheets.find((s) => !s.deleted && sheetKey(s.name) === key);
  }

  requireSheet(name: string): FakeSheet {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`fake workbook: no sheet ${name}`);
    return sheet;
  }

  liveSheets(): FakeSheet[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  /**
   * What survives save, close and reopen: everything but the selection, as a
   * new document (the fake's stand-in for a saved .xlsx file).
   */
  clone(): FakeDocument {
    const copy = new FakeDocument();
    copy.name = this.name;
    copy.date1904 = this.date1904;
    for (const [key, value] of this.settings) copy.settings.set(key, structuredClone(value));
    for (const sheet of this.liveSheets()) {
      const s = copy.addSheet(sheet.name, sheet.id);
      for (const [key, cell] of sheet.cells) s.cells.set(key, structuredClone(cell));
      s.merges = sheet.merges.map((m) => ({ ...m }));
      for (const [cell, note] of sheet.notes) s.notes.set(cell, note);
      for (const [cell, comment] of sheet.comments) s.comments.set(cell, comment);
      for (const [col, width] of sheet.columnWidths) s.columnWidths.set(col, width);
      for (const [row, height] of sheet.rowHeights) s.rowHeights.set(row, height);
      s.rowBreaks = [...sheet.rowBreaks];
      s.frozenRows = sheet.frozenRows;
      for (const row of sheet.hiddenRows) s.hiddenRows.add(row);
      for (const col of sheet.hiddenColumns) s.hiddenColumns.add(col);
      s.visibility = sheet.visibility;
      s.protected = sheet.protected;
      s.pageLayout = structuredClone(sheet.pageLayout);
    }
    copy.activeSheet = this.activeSheet;
    copy.structureProtected = this.structureProtected;
    return copy;
  }

  // ---- Convenience for tests ------------------------------------------------

  /** The cell at an A1 address, or undefined. */
  cellAt(sheetName: string, address: string): FakeCell | undefined {
    const { top, left } = parseRect(address);
    return this.requireSheet(sheetName).cell(top, left);
  }

  /** Fill colour at a cell, or null for no fill. */
  fillAt(sheetName: string, address: string): string | null {
    return this.cellAt(sheetName, address)?.fill?.color ?? null;
  }
}

// ---- Keys and addresses ------------------------------------------------------

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

export function splitKey(key: string): [number, number] {
  const comma = key.indexOf(",");
  return [Number(key.slice(0, comma)), Number(key.slice(comma + 1))];
}

/** Excel compares sheet names case-insensitively (see validateSheetName in proxies/worksheets.ts for the source). */
export function sheetKey(name: string): string {
  return name.normalize("NFC").toLocaleUpperCase();
}

export function hasContent(cell: FakeCell): boolean {
  return (cell.value !== null && cell.value !== "") || cell.error !== undefined || cell.formula !== undefined;
}

export function isBlankCell(cell: FakeCell): boolean {
  return (
    !hasContent(cell) &&
    cell.numberFormat === undefined &&
    cell.fill === undefined &&
    cell.font === undefined &&
    cell.horizontalAlignment === undefined &&
    cell.verticalAlignment === undefined &&
    cell.wrapText === undefined &&
    cell.borders === undefined &&
    cell.hyperlink === undefined
  );
}

/** `A1`, `$B$2:C10`, `A:C` (whole columns), `3:5` (whole rows); no sheet part. */
export function parseRect(address: string): Rect {
  const text = address.trim().replace(/\$/g, "").toUpperCase();
  const cell = /^([A-Z]{1,3})(\d+)$/;
  const parts = text.split(":");
  if (parts.length === 1) {
    const m = cell.exec(parts[0]);
    if (!m) throw invalidArgument(`Range '${address}'`);
    const row = Number(m[2]) - 1;
    const col = columnIndex(m[1]);
    return checkRect({ top: row, left: col, bottom: row, right: col }, address);
  }
  if (parts.length !== 2) throw invalidArgument(`Range '${address}'`);
  const [a, b] = parts;
  const ma = cell.exec(a);
  const mb = cell.exec(b);
  if (ma && mb) {
    const r1 = Number(ma[2]) - 1;
    const r2 = Number(mb[2]) - 1;
    const c1 = columnIndex(ma[1]);
    const c2 = columnIndex(mb[1]);
    return checkRect(
      { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) },
      address,
    );
  }
  if (/^[A-Z]{1,3}$/.test(a) && /^[A-Z]{1,3}$/.test(b)) {
    const c1 = columnIndex(a);
    const c2 = columnIndex(b);
    return checkRect({ top: 0, left: Math.min(c1, c2), bottom: MAX_ROWS - 1, right: Math.max(c1, c2) }, address);
  }
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const r1 = Number(a) - 1;
    const r2 = Number(b) - 1;
    return checkRect({ top: Math.min(r1, r2), left: 0, bottom: Math.max(r1, r2), right: MAX_COLS - 1 }, address);
  }
  throw invalidArgument(`Range '${address}'`);
}

function checkRect(rect: Rect, address: string): Rect {
  if (rect.top < 0 || rect.left < 0 || rect.bottom >= MAX_ROWS || rect.right >= MAX_COLS) {
    throw invalidArgument(`Range '${address}'`);
  }
  return rect;
}

/** Splits `Sheet1!A1` / `'My sheet'!A1:B2` into sheet name (or null) and the rest. */
export function splitSheetAddress(address: string): { sheet: string | null; local: string } {
  const text = address.trim();
  if (text.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < text.length) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += text[i++];
    }
    if (text[i + 1] !== "!") throw invalidArgument(`Range '${address}'`);
    return { sheet: name, local: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf("!");
  return bang < 0 ? { sheet: null, local: text } : { sheet: text.slice(0, bang), local: text.slice(bang + 1) };
}

export function rectAddress(rect: Rect): string {
  const start = a1(rect.top, rect.left);
  if (rect.top === rect.bottom && rect.left === rect.right) return start;
  return `${start}:${columnLetters(rect.right)}${rect.bottom + 1}`;
}

/** As Excel reports a range's address: `Sheet1!A1:B2`, `'Kế hoạch'!C3`. */
export function fullAddress(sheet: string, rect: Rect): string {
  return `${quoteSheetName(sheet)}!${rectAddress(rect)}`;
}

export function rectCellCount(rect: Rect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}

// ---- Writing values as Excel parses them --------------------------------------

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Formulas are limited to 8 192 characters: Excel.ErrorCodes lists
 * `FormulaLengthExceedsLimit`
 * (https://learn.microsoft.com/zh-cn/javascript/api/excel/excel.errorcodes?view=excel-js-preview),
 * and office-js #3256 (https://github.com/OfficeDev/office-js/issues/3256)
 * shows a long string starting with `-` written as a value — which Excel
 * parses as a formula — failing the sync from about 8 200 characters (there
 * with GeneralException). The exact limit is Excel's own (not documented on
 * the API pages found); the fake refuses a formula over 8 192 characters with
 * FormulaLengthExceedsLimit.
 */
export const MAX_FORMULA_CHARS = 8192;

function setFormula(cell: FakeCell, formula: string): void {
  if (formula.length > MAX_FORMULA_CHARS) {
    throw new FakeOfficeError("FormulaLengthExceedsLimit", "The formula is longer than Excel allows.", "Range");
  }
  cell.formula = formula;
  cell.value = null;
}

/**
 * Stores what a user (or `range.values = …`) enters into a cell, the way
 * Excel parses it. Only partly documented: a string starting with `-` is
 * taken as a formula (office-js #3256,
 * https://github.com/OfficeDev/office-js/issues/3256) and `""` empties a
 * cell (https://learn.microsoft.com/en-nz/office/dev/add-ins/excel/excel-add-ins-blank-null-values);
 * the rest is Excel's data entry as the fake assumes it (no page found
 * here states it for the API): in a cell formatted as text (`@`) everything stays text;
 * otherwise a string starting with `=` (or `+`/`-`/`@` followed by something
 * that is not a number) becomes a formula, numeric text becomes a number,
 * `TRUE`/`FALSE` become booleans, a leading apostrophe forces text and is
 * dropped, and `""` empties the cell.
 */
export function enterValue(cell: FakeCell, input: unknown): void {
  delete cell.error;
  delete cell.formula;
  if (input === null || input === undefined || input === "") {
    cell.value = null;
    return;
  }
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    return;
  }
  if (typeof input !== "string") throw invalidArgument("Range.values", `unsupported value ${JSON.stringify(input)}`);
  if (cell.numberFormat === "@") {
    cell.value = input;
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    return;
  }
  if (input.startsWith("=")) {
    setFormula(cell, input);
    return;
  }
  const trimmed = input.trim();
  if (NUMBER_TEXT.test(trimmed)) {
    cell.value = Number(trimmed);
    return;
  }
  if (/^[+\-@]/.test(input)) {
    setFormula(cell, `=${input.startsWith("+") ? input.slice(1) : input}`);
    return;
  }
  if (/^(TRUE|FALSE)$/i.test(trimmed)) {
    cell.value = trimmed.toUpperCase() === "TRUE";
    return;
  }
  cell.value = input;
}

/** What `range.formulas = …` stores: a leading `=` is a formula, anything else is entered as a value. */
export function enterFormula(cell: FakeCell, input: unknown): void {
  if (typeof input === "string" && input.startsWith("=") && cell.numberFormat !== "@") {
    delete cell.error;
    setFormula(cell, input);
    return;
  }
  enterValue(cell, input);
}

/** `range.values` of one cell as Excel returns it: `""` for an empty cell ("Empty strings in responses indicate cells contain no data", https://learn.microsoft.com/en-nz/office/dev/add-ins/excel/excel-add-ins-blank-null-values). */
export function readValue(cell: FakeCell | undefined): number | string | boolean {
  if (!cell) return "";
  if (cell.error !== undefined) return cell.error;
  return cell.value === null ? "" : cell.value;
}

/** `range.formulas` of one cell. */
export function readFormula(cell: FakeCell | undefined): number | string | boolean {
  if (cell?.formula !== undefined) return cell.formula;
  return readValue(cell);
}

/** `range.valueTypes` of one cell (Excel.RangeValueType names; not checked against a page found here). */
export function readValueType(cell: FakeCell | undefined): string {
  if (!cell) return "Empty";
  if (cell.error !== undefined) return "Error";
  if (cell.value === null || cell.value === "") return "Empty";
  if (typeof cell.value === "number") return "Double";
  if (typeof cell.value === "boolean") return "Boolean";
  return "String";
}

/** Normalises a colour as Excel reports it (`#RRGGBB`; "HTML color code … in the form #RRGGBB … or as a named HTML color", https://learn.microsoft.com/en-us/javascript/api/excel/excel.interfaces.rangefilldata); accepts only a few names (stricter). */
export function normalizeColor(color: string): string {
  const names: Record<string, string> = { red: "#FF0000", yellow: "#FFFF00", white: "#FFFFFF", black: "#000000" };
  const named = names[color.toLowerCase()];
  if (named) return named;
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!m) throw invalidArgument("RangeFill.color", `not a colour: ${color}`);
  return `#${m[1].toUpperCase()}`;
}
