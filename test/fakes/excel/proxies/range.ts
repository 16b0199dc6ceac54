/**
 * `Range`: values, formulas, number formats, hyperlinks, clear, merge and
 * unmerge, select, `getCell` and the merged areas of a range.
 */
import { FakeClientObject, type FakeRequestContext } from "../context";
import {
  type FakeCell,
  type FakeDocument,
  type Rect,
  MAX_COLS,
  MAX_ROWS,
  contains,
  enterFormula,
  enterValue,
  fullAddress,
  intersects,
  readFormula,
  readValue,
  readValueType,
  rectCellCount,
} from "../document";
import { FakeOfficeError, invalidArgument, invalidOperation } from "../errors";
import { FakeRangeAreas } from "./areas";
import { FakeRangeFormat } from "./format";
import { type AreasTarget, type RangeTarget, READ_CELL_LIMIT, assertWritable, existingCells, FakeBoundProxy, forEachCell, once, recordWrite } from "./shared";

type Matrix = unknown[][];

/**
 * Cell-level reads of a range over 5 000 000 cells ("On all platforms, a
 * range is limited to five million cells for get operations",
 * https://github.com/OfficeDev/office-js-docs-pr/pull/1423 and the
 * performance page it edits): Excel does not always throw — `values`/`text`/
 * `formulas` come back null (office-js #4783,
 * https://github.com/OfficeDev/office-js/issues/4783; #6781,
 * https://github.com/OfficeDev/office-js/issues/6781; the note added to
 * docs/excel/performance.md in office-js-docs-pr #5821,
 * https://github.com/OfficeDev/office-js-docs-pr/pull/5821), the other
 * arrays fail with RangeExceedsLimit (Excel.ErrorCodes.rangeExceedsLimit,
 * https://learn.microsoft.com/zh-cn/javascript/api/excel/excel.errorcodes?view=excel-js-preview).
 */
const NULL_WHEN_TOO_LARGE = new Set(["values", "text", "formulas"]);

/**
 * Unbounded ranges (whole rows or columns): "Cell-level properties (like
 * values, text, numberFormat, or formulas) come back as null for unbounded
 * reads" and "You can't set cell-level properties on an unbounded range.
 * This returns an error."
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-unbounded).
 * `valueTypes` is not named there; the fake takes the stricter reading (null
 * too). The page names no error code for the write; the fake uses
 * InvalidArgument (not documented; assumed).
 */
const CELL_LEVEL = new Set(["values", "text", "formulas", "numberFormat", "valueTypes"]);

export function isUnbounded(rect: Rect): boolean {
  return (rect.top === 0 && rect.bottom === MAX_ROWS - 1) || (rect.left === 0 && rect.right === MAX_COLS - 1);
}

function readMatrix(target: RangeTarget, read: (cell: FakeCell | undefined) => unknown, property = ""): Matrix {
  const { rect } = target;
  if (isUnbounded(rect) && CELL_LEVEL.has(property)) return null as unknown as Matrix;
  if (rectCellCount(rect) > READ_CELL_LIMIT) {
    if (NULL_WHEN_TOO_LARGE.has(property)) return null as unknown as Matrix;
    throw new FakeOfficeError("RangeExceedsLimit", "The cell count in the range has exceeded the maximum supported number.", "Range");
  }
  const rows: Matrix = [];
  for (let r = target.rect.top; r <= target.rect.bottom; r++) {
    const row: unknown[] = [];
    for (let c = target.rect.left; c <= target.rect.right; c++) row.push(read(target.sheet.cell(r, c)));
    rows.push(row);
  }
  return rows;
}

/**
 * Applies a 2-D input (or one value for every cell) to a rectangle. `null`
 * inside the array leaves that cell as it is, `null` for the whole property
 * is refused, and `""` empties a cell ("specify null for all other cells in
 * the 2-D array"; "null isn't valid for single properties like range.values";
 * "Empty strings ('') clear or reset property values",
 * https://learn.microsoft.com/en-nz/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
 * The shape must match (the InvalidArgument text below is Excel's; not
 * verified against a page found here).
 */
function writeMatrix(target: RangeTarget, input: unknown, what: string, write: (cell: FakeCell, value: unknown) => void): void {
  const { sheet, rect } = target;
  if (isUnbounded(rect)) throw invalidArgument(`Range.${what}`, "Cell-level properties cannot be set on an unbounded range.");
  assertWritable(sheet, `Range.${what}`);
  if (input === null || input === undefined) throw invalidArgument(`Range.${what}`);
  const height = rect.bottom - rect.top + 1;
  const width = rect.right - rect.left + 1;
  if (Array.isArray(input)) {
    if (input.length !== height || input.some((row) => !Array.isArray(row) || row.length !== width)) {
      throw invalidArgument(
        `Range.${what}`,
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      );
    }
  }
  forEachCell(rect, (r, c) => {
    const value = Array.isArray(input) ? (input[r - rect.top] as unknown[])[c - rect.left] : input;
    if (value === null) return;
    write(sheet.ensureCell(r, c), value);
    sheet.prune(r, c);
  });
}


export function clearCells(document: FakeDocument, target: AreasTarget, applyTo: string): void {
  const mode = applyTo || "All";
  if (!["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks"].includes(mode)) {
    throw invalidArgument("Range.clear", `applyTo ${mode}`);
  }
  const { sheet } = target;
  assertWritable(sheet, "Range.clear");
  for (const rect of target.rects) {
    for (const [r, c, cell] of existingCells(sheet, rect)) {
      if (mode === "All" || mode === "Contents") {
        cell.value = null;
        delete cell.formula;
        delete cell.error;
      }
      if (mode === "All" || mode === "Formats") {
        delete cell.numberFormat;
        delete cell.fill;
        delete cell.font;
        delete cell.horizontalAlignment;
        delete cell.verticalAlignment;
        delete cell.wrapText;
      }
      if (mode === "All" || mode === "Hyperlinks" || mode === "RemoveHyperlinks") delete cell.hyperlink;
      sheet.prune(r, c);
    }
    // Merges are left as they are: that clearing formats unmerges is not
    // documented (no page or issue found); the stricter reading keeps them,
    // so a caller must call `unmerge()` itself.
  }
  recordWrite(document, sheet, target.rects, `clear:${mode}`);
}

export class FakeRange extends FakeBoundProxy<RangeTarget> {
  protected readonly scalarProperties = [
    "address",
    "values",
    "formulas",
    "numberFormat",
    "valueTypes",
    "text",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
    "cellCount",
    "hyperlink",
    "rowHidden",
    "columnHidden",
  ] as const;
  readonly format: FakeRangeFormat;

  constructor(context: FakeRequestContext, path: string, find: () => RangeTarget | null) {
    super(context, path, find);
    this.format = new FakeRangeFormat(context, `${path}.format`, () => {
      const t = this.target();
      return { sheet: t.sheet, rects: [t.rect] };
    });
  }

  queueInstantiate(): void {
    this.instantiate();
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return name === "format" ? this.format : undefined;
  }

  protected readScalar(name: string): unknown {
    const t = this.target();
    switch (name) {
      case "address":
        return fullAddress(t.sheet.name, t.rect);
      case "values":
        return readMatrix(t, readValue, name);
      case "formulas":
        return readMatrix(t, readFormula, name);
      case "valueTypes":
        return readMatrix(t, readValueType, name);
      case "numberFormat":
        return readMatrix(t, (cell) => cell?.numberFormat ?? "General", name);
      case "text":
        return readMatrix(t, (cell) => String(readValue(cell)), name);
      case "rowIndex":
        return t.rect.top;
      case "columnIndex":
        return t.rect.left;
      case "rowCount":
        return t.rect.bottom - t.rect.top + 1;
      case "columnCount":
        return t.rect.right - t.rect.left + 1;
      case "cellCount":
        return rectCellCount(t.rect);
      case "hyperlink": {
        const link = t.sheet.cell(t.rect.top, t.rect.left)?.hyperlink;
        return link ? { ...link } : null;
      }
      case "rowHidden":
        return allOrNone(t.sheet.hiddenRows, t.rect.top, t.rect.bottom);
      case "columnHidden":
        return allOrNone(t.sheet.hiddenColumns, t.rect.left, t.rect.right);
    }
    return undefined;
  }

  get address(): string {
    return this.loaded("address");
  }
  get values(): Matrix {
    return this.loaded("values");
  }
  set values(input: Matrix) {
    this.queueSet("values", input, (v) => {
      const t = this.target();
      writeMatrix(t, v, "values", enterValue);
      recordWrite(this.context.document, t.sheet, [t.rect], "values");
    });
  }
  get formulas(): Matrix {
    return this.loaded("formulas");
  }
  set formulas(input: Matrix) {
    this.queueSet("formulas", input, (v) => {
      const t = this.target();
      writeMatrix(t, v, "formulas", enterFormula);
      recordWrite(this.context.document, t.sheet, [t.rect], "formulas");
    });
  }
  get numberFormat(): Matrix {
    return this.loaded("numberFormat");
  }
  set numberFormat(input: Matrix) {
    this.queueSet("numberFormat", input, (v) => {
      const t = this.target();
      writeMatrix(t, v, "numberFormat", (cell, value) => {
        if (typeof value !== "string") throw invalidArgument("Range.numberFormat");
        if (value === "General") delete cell.numberFormat;
        else cell.numberFormat = value;
      });
      recordWrite(this.context.document, t.sheet, [t.rect], "numberFormat");
    });
  }
  get valueTypes(): Matrix {
    return this.loaded("valueTypes");
  }
  get text(): Matrix {
    return this.loaded("text");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get cellCount(): number {
    return this.loaded("cellCount");
  }
  get hyperlink(): Record<string, string> | null {
    return this.loaded("hyperlink");
  }
  set hyperlink(link: Record<string, string> | null) {
    this.queueSet("hyperlink", link, (v) => {
      const t = this.target();
      assertWritable(t.sheet, "Range.hyperlink");
      forEachCell(t.rect, (r, c) => {
        const cell = t.sheet.ensureCell(r, c);
        if (v === null) delete cell.hyperlink;
        else {
          const link = v as Record<string, string>;
          cell.hyperlink = { ...link };
          // The text to display becomes the cell's content (as text).
          if (typeof link.textToDisplay === "string") {
            cell.value = link.textToDisplay;
            delete cell.formula;
            delete cell.error;
          }
        }
        t.sheet.prune(r, c);
      });
      recordWrite(this.context.document, t.sheet, [t.rect], "hyperlink");
    });
  }

  /**
   * `Range.rowHidden` / `columnHidden` (ExcelApi 1.2): true when all rows
   * of the range are hidden, false when none are, null when some are — the
   * Office.js Range reference says so, but the search here did not return
   * that page; the null for a mixed range also follows the general rule
   * "Properties return null when a range contains multiple different
   * values" (https://learn.microsoft.com/en-nz/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
   * One answer for the whole range, never a list. Setting it hides or shows
   * every row (column) the range spans; refused on a protected sheet.
   */
  get rowHidden(): boolean | null {
    return this.loaded("rowHidden");
  }
  set rowHidden(hidden: boolean | null) {
    this.queueSet("rowHidden", hidden, (v) => {
      const t = this.target();
      assertWritable(t.sheet, "Range.rowHidden");
      setHidden(t.sheet.hiddenRows, t.rect.top, t.rect.bottom, v);
    }, "ExcelApi 1.2");
  }
  get columnHidden(): boolean | null {
    return this.loaded("columnHidden");
  }
  set columnHidden(hidden: boolean | null) {
    this.queueSet("columnHidden", hidden, (v) => {
      const t = this.target();
      assertWritable(t.sheet, "Range.columnHidden");
      setHidden(t.sheet.hiddenColumns, t.rect.left, t.rect.right, v);
    }, "ExcelApi 1.2");
  }

  clear(applyTo?: string): void {
    this.enqueue("call", "clear", [applyTo ?? "All"], () => {
      const t = this.target();
      clearCells(this.context.document, { sheet: t.sheet, rects: [t.rect] }, applyTo ?? "All");
    });
  }

  /**
   * `Range.merge(across)`: "True to merge cells in each row of the specified
   * range as separate merged cells"; "The value of a merged range is
   * specified in the cell of the range's upper-left corner" (Excel's
   * Range.Merge, https://learn.microsoft.com/en-us/previous-versions/office/developer/office-2010/ms259294(v=office.14);
   * the Office.js Range page was not found by the search here). The other
   * cells' values are dropped here (Excel asks the user first; the API's
   * behaviour is not documented — dropping is assumed). A merge partly over
   * another fails (not documented; the stricter reading assumed).
   */
  merge(across = false): void {
    this.enqueue("call", "merge", [across], () => {
      const t = this.target();
      assertWritable(t.sheet, "Range.merge");
      const parts: Rect[] = across
        ? Array.from({ length: t.rect.bottom - t.rect.top + 1 }, (_, i) => ({
            top: t.rect.top + i,
            bottom: t.rect.top + i,
            left: t.rect.left,
            right: t.rect.right,
          }))
        : [t.rect];
      for (const part of parts) {
        if (rectCellCount(part) < 2) continue;
        for (const m of t.sheet.merges) {
          if (intersects(m, part) && !contains(part, m)) {
            throw invalidOperation("Range.merge", "Cannot merge a range that partly overlaps a merged area.");
          }
        }
        t.sheet.merges = t.sheet.merges.filter((m) => !contains(part, m));
        t.sheet.merges.push({ ...part });
        // Only the top-left cell keeps its value.
        forEachCell(part, (r, c) => {
          if (r === part.top && c === part.left) return;
          const cell = t.sheet.cell(r, c);
          if (cell) {
            cell.value = null;
            delete cell.formula;
            delete cell.error;
            t.sheet.prune(r, c);
          }
        });
      }
      recordWrite(this.context.document, t.sheet, [t.rect], "merge");
    });
  }

  unmerge(): void {
    this.enqueue("call", "unmerge", [], () => {
      const t = this.target();
      assertWritable(t.sheet, "Range.unmerge");
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.rect));
      recordWrite(this.context.document, t.sheet, [t.rect], "unmerge");
    });
  }

  /** A hidden sheet's range cannot be selected (InvalidOperation): not documented; the stricter reading assumed. */
  select(): void {
    this.enqueue("call", "select", [], () => {
      const t = this.target();
      if (t.sheet.visibility !== "Visible") throw invalidOperation("Range.select", "The sheet is hidden.");
      this.context.document.activeSheet = t.sheet.name;
      this.context.document.selection = { sheet: t.sheet.name, address: fullAddress(t.sheet.name, t.rect) };
    });
  }

  /** A cell relative to this range; outside the sheet it fails with InvalidArgument (not documented; assumed). */
  getCell(row: number, column: number): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}.getCell(${row},${column})`,
      once(() => {
        const t = this.target();
        const r = t.rect.top + row;
        const c = t.rect.left + column;
        if (r < 0 || c < 0 || r >= MAX_ROWS || c >= MAX_COLS) throw invalidArgument(`Range.getCell(${row},${column})`);
        return { sheet: t.sheet, rect: { top: r, left: c, bottom: r, right: c } };
      }),
    );
  }

  /** The used range inside this range (ExcelApi 1.4): null object when nothing is used there. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const proxy = new FakeRange(
      this.context,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`,
      once(() => {
        const t = this.target();
        const used = t.sheet.usedRect(valuesOnly);
        if (used === null || !intersects(used, t.rect)) return null;
        return {
          sheet: t.sheet,
          rect: {
            top: Math.max(used.top, t.rect.top),
            left: Math.max(used.left, t.rect.left),
            bottom: Math.min(used.bottom, t.rect.bottom),
            right: Math.min(used.right, t.rect.right),
          },
        };
      }),
    );
    proxy.queueInstantiate();
    return proxy;
  }

  /**
   * ExcelApi 1.9: the cells of this range holding formulas (`Formulas`) or
   * constants (`Constants`), optionally only those whose value is an error
   * (`Errors`), as a RangeAreas, or a null object when there are none
   * ("Find special cells within a range",
   * https://learn.microsoft.com/nl-nl/office/dev/add-ins/excel/excel-add-ins-ranges-special-cells).
   * How Excel cuts the cells into rectangles is not documented: here, runs
   * of a row, stacked when rows repeat. Like Excel's Go To Special, it looks
   * only inside the used range (assumed).
   *
   * `Visible` (Excel.SpecialCellType.visible; the enum page was not found by
   * the search here): the
   * cells of this range whose row and column are both shown. How Excel cuts
   * them into areas is not documented, so the fake cuts them as finely as a
   * grid (every run of shown rows times every run of shown columns): a reader
   * must not count on whole rows coming as one area.
   */
  getSpecialCellsOrNullObject(cellType: string, cellValueType = "All"): FakeRangeAreas {
    const proxy = new FakeRangeAreas(
      this.context,
      `${this.path}.getSpecialCellsOrNullObject(${JSON.stringify(cellType)},${JSON.stringify(cellValueType)})`,
      once(() => {
        const t = this.target();
        if (cellType === "Visible") {
          const rects = visibleRects(t.sheet.hiddenRows, t.sheet.hiddenColumns, t.rect);
          return rects.length > 0 ? { sheet: t.sheet, rects } : null;
        }
        if (cellType !== "Formulas" && cellType !== "Constants") throw invalidArgument("Range.getSpecialCells", `cellType ${cellType}`);
        if (cellValueType !== "All" && cellValueType !== "Errors") throw invalidArgument("Range.getSpecialCells", `cellValueType ${cellValueType}`);
        const cells: Array<[number, number]> = [];
        for (const [r, c, cell] of existingCells(t.sheet, t.rect)) {
          const isFormula = cell.formula !== undefined;
          const hasValue = isFormula || cell.error !== undefined || (cell.value !== null && cell.value !== "");
          if (!hasValue || isFormula !== (cellType === "Formulas")) continue;
          if (cellValueType === "Errors" && cell.error === undefined) continue;
          cells.push([r, c]);
        }
        const rects = rectanglesOf(cells);
        return rects.length > 0 ? { sheet: t.sheet, rects } : null;
      }),
    );
    proxy.queueInstantiate("ExcelApi 1.9");
    return proxy;
  }

  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    const proxy = new FakeRangeAreas(
      this.context,
      `${this.path}.getMergedAreasOrNullObject()`,
      once(() => {
        const t = this.target();
        // As Excel does (office-js #3611, https://github.com/OfficeDev/office-js/issues/3611;
        // also #1590, https://github.com/OfficeDev/office-js/issues/1590): only merges whose
        // top-left cell is in the range. The 512-area limit below is not documented (no page or
        // issue found); assumed, on the stricter side.
        const rects = t.sheet.merges
          .filter((m) => m.top >= t.rect.top && m.top <= t.rect.bottom && m.left >= t.rect.left && m.left <= t.rect.right)
          .map((m) => ({ ...m }));
        if (rects.length > 512) {
          throw invalidOperation("Range.getMergedAreasOrNullObject", "The merged areas count in this range is more than 512.");
        }
        return rects.length ? { sheet: t.sheet, rects } : null;
      }),
    );
    proxy.queueInstantiate("ExcelApi 1.13");
    return proxy;
  }

  snapshot(paths: readonly string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const path of paths) out[path] = this.readPath(path);
    return out;
  }
}

/** Cells as rectangles: runs along each row, then identical runs of consecutive rows stacked. */
export function rectanglesOf(cells: ReadonlyArray<[number, number]>): Rect[] {
  type Mutable = { top: number; left: number; bottom: number; right: number };
  const sorted = [...cells].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const runs: Mutable[] = [];
  for (const [r, c] of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.top === r && last.right === c - 1) last.right = c;
    else runs.push({ top: r, bottom: r, left: c, right: c });
  }
  const open = new Map<string, Mutable>();
  const out: Mutable[] = [];
  for (const run of runs) {
    const key = `${run.left}:${run.right}`;
    const above = open.get(key);
    if (above && above.bottom === run.top - 1) above.bottom = run.top;
    else {
      const rect = { ...run };
      open.set(key, rect);
      out.push(rect);
    }
  }
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** `rowHidden`/`columnHidden` of the span [from, to]: true, false, or null when mixed (Excel's answer). */
function allOrNone(hidden: ReadonlySet<number>, from: number, to: number): boolean | null {
  let count = 0;
  if (hidden.size < to - from + 1) {
    for (const i of hidden) if (i >= from && i <= to) count++;
  } else {
    for (let i = from; i <= to; i++) if (hidden.has(i)) count++;
  }
  return count === 0 ? false : count === to - from + 1 ? true : null;
}

function setHidden(hidden: Set<number>, from: number, to: number, value: unknown): void {
  if (typeof value !== "boolean") throw invalidArgument("Range.rowHidden");
  for (let i = from; i <= to; i++) {
    if (value) hidden.add(i);
    else hidden.delete(i);
  }
}

/** Runs of indexes in [from, to] not in `hidden`. */
function shownRuns(hidden: ReadonlySet<number>, from: number, to: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  for (let i = from; i <= to + 1; i++) {
    const shown = i <= to && !hidden.has(i);
    if (shown && start < 0) start = i;
    if (!shown && start >= 0) {
      runs.push([start, i - 1]);
      start = -1;
    }
  }
  return runs;
}

/** The visible cells of `rect` as a grid of rectangles (shown row runs × shown column runs). */
function visibleRects(hiddenRows: ReadonlySet<number>, hiddenColumns: ReadonlySet<number>, rect: Rect): Rect[] {
  const rows = shownRuns(hiddenRows, rect.top, rect.bottom);
  const cols = shownRuns(hiddenColumns, rect.left, rect.right);
  const out: Rect[] = [];
  for (const [top, bottom] of rows) for (const [left, right] of cols) out.push({ top, bottom, left, right });
  return out;
}
