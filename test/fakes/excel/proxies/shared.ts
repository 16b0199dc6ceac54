/**
 * What the proxy families share: the write log, object-path helpers, cell
 * walks, and the three proxy shapes that recur (a part of a sheet, a part of
 * some cells such as a format, a collection whose `load()` loads its items).
 */
import { FakeClientObject, type FakeRequestContext, loadPaths } from "../context";
import { type FakeCell, type FakeDocument, type FakeSheet, type Rect, rectAddress, rectCellCount, splitKey } from "../document";
import { accessDenied, invalidOperation, itemNotFound } from "../errors";

/** A write the add-in made, for tests that check it wrote nowhere else. */
export interface WriteRecord {
  readonly sheet: string;
  readonly rects: readonly Rect[];
  readonly what: string;
}

/** "a range is limited to five million cells for get operations" (see NULL_WHEN_TOO_LARGE in range.ts for the sources). */
export const READ_CELL_LIMIT = 5_000_000;

/**
 * A protected sheet refuses changes to its cells (values, formats, merges,
 * notes), to its rows and columns (heights, widths, hiding) and to its
 * objects (charts) with AccessDenied (Excel.ErrorCodes.accessDenied,
 * https://learn.microsoft.com/zh-cn/javascript/api/excel/excel.errorcodes?view=excel-js-preview).
 * Each of these is only allowed on a protected sheet by an option of the
 * protection (allowFormatCells, allowFormatRows, allowFormatColumns,
 * allowEditObjects, … in
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetprotectionoptions);
 * the fake models every write refused, whatever the options (the strictest
 * case). The error code for a refused API write is not documented; assumed
 * AccessDenied.
 */
export function assertWritable(sheet: FakeSheet, what: string): void {
  if (sheet.protected) throw accessDenied(`${what} on the protected sheet '${sheet.name}'`);
}

/**
 * A workbook whose structure is protected refuses adding, deleting, renaming,
 * hiding or showing sheets (Workbook.protection, WorkbookProtection,
 * ExcelApi 1.7; Excel's "Protect Workbook – structure"). Not documented for
 * the API beyond the `protected` flag; the fake assumes the stricter reading
 * (AccessDenied for each of these).
 */
export function assertStructureWritable(document: FakeDocument, what: string): void {
  if (document.structureProtected) throw accessDenied(`${what}: the workbook structure is protected`);
}

export interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly rect: Rect;
}

export interface AreasTarget {
  readonly sheet: FakeSheet;
  readonly rects: readonly Rect[];
}

export type LoadSpec = string | string[] | Record<string, unknown>;

export function quoteJson(text: string): string {
  return JSON.stringify(text);
}

/** Resolves once, at the first operation that needs it, then stays bound. */
export function once<T>(find: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = find();
      done = true;
    }
    return value;
  };
}

export function writeLog(document: FakeDocument): WriteRecord[] {
  const doc = document as FakeDocument & { writes?: WriteRecord[] };
  if (!doc.writes) doc.writes = [];
  return doc.writes;
}

/** Writes that change data (and so raise `onChanged`); format writes raise onFormatChanged instead. */
const DATA_WRITES = new Set(["values", "formulas", "hyperlink", "merge", "clear:All", "clear:Contents"]);

export function recordWrite(document: FakeDocument, sheet: FakeSheet, rects: readonly Rect[], what: string): void {
  writeLog(document).push({ sheet: sheet.name, rects: rects.map((r) => ({ ...r })), what });
  if (DATA_WRITES.has(what)) for (const rect of rects) document.emitChanged(sheet, rectAddress(rect), "RangeEdited");
}

/** The item properties a collection's `load()` asks for (`items/name`, `name` or `{ name: true }`). */
export function collectionPaths(spec: LoadSpec | undefined, all: readonly string[]): string[] {
  if (spec === undefined) return [...all];
  return loadPaths(spec, all)
    .map((s) => s.trim().replace(/^items\//, ""))
    .filter((s) => s !== "" && s !== "items");
}

export function forEachCell(rect: Rect, visit: (row: number, col: number) => void): void {
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) visit(r, c);
}

/** Cells of `sheet` inside `rect` that exist (sparse: fast on huge rectangles). */
export function existingCells(sheet: FakeSheet, rect: Rect): Array<[number, number, FakeCell]> {
  const out: Array<[number, number, FakeCell]> = [];
  if (rectCellCount(rect) <= sheet.cells.size * 4) {
    forEachCell(rect, (r, c) => {
      const cell = sheet.cell(r, c);
      if (cell) out.push([r, c, cell]);
    });
    return out;
  }
  for (const [key, cell] of sheet.cells) {
    const [r, c] = splitKey(key);
    if (r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right) out.push([r, c, cell]);
  }
  return out;
}

/**
 * A property of many cells: the common value, or null when they differ ("If
 * a property does not have consistent values on all the ranges in the
 * RangeAreas, then it is null", https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-multiple-ranges;
 * "Properties return null when a range contains multiple different values",
 * https://learn.microsoft.com/en-nz/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
 */
export function common<T>(values: Iterable<T>): T | null {
  let first = true;
  let result: T | null = null;
  for (const value of values) {
    if (first) {
      result = value;
      first = false;
    } else if (JSON.stringify(value) !== JSON.stringify(result)) return null;
  }
  return result;
}

/** Cells read for a format property; past the get limit the read fails (the error code Excel uses for format reads is not documented; assumed InvalidOperation). */
export function cellsOf(target: AreasTarget): Array<FakeCell | undefined> {
  const out: Array<FakeCell | undefined> = [];
  for (const rect of target.rects) {
    if (rectCellCount(rect) > READ_CELL_LIMIT) throw invalidOperation("Range", "The range is too large to read.");
    forEachCell(rect, (r, c) => out.push(target.sheet.cell(r, c)));
  }
  return out;
}

/** A proxy bound to what `find` resolves at sync time, or a null object (`…OrNullObject`) when it finds nothing. */
export abstract class FakeBoundProxy<T> extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    path: string,
    protected readonly find: () => T | null,
  ) {
    super(context, path);
  }

  resolveTarget(): T | null {
    return this.find();
  }

  /** The target, for an operation that cannot run on a null object. */
  target(): T {
    const t = this.find();
    if (!t) throw itemNotFound(this.path);
    return t;
  }
}

/** A proxy that belongs to one worksheet (freeze panes, page layout, notes). */
export abstract class FakeSheetPart extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    path: string,
    protected readonly sheet: () => FakeSheet,
  ) {
    super(context, path);
  }

  resolveTarget(): unknown {
    return this.sheet();
  }
}

/** A proxy over the cells of a range or of range areas (format, fill, font). */
export abstract class FakeCellsPart extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    path: string,
    protected readonly find: () => AreasTarget,
  ) {
    super(context, path);
  }

  /** `format`, `fill` or `font`: writes are logged as `<family>.<property>`. */
  protected abstract readonly family: string;

  resolveTarget(): unknown {
    return this.find();
  }

  /** Queues a property write that `apply` makes to every cell of every area. */
  protected setEachCell(name: string, value: unknown, apply: (cell: FakeCell, value: unknown) => void, requires?: string): void {
    this.queueSet(name, value, (v) => {
      const t = this.find();
      assertWritable(t.sheet, `${this.family}.${name}`);
      for (const rect of t.rects) {
        forEachCell(rect, (r, c) => {
          apply(t.sheet.ensureCell(r, c), v);
          t.sheet.prune(r, c);
        });
      }
      recordWrite(this.context.document, t.sheet, t.rects, `${this.family}.${name}`);
    }, requires);
  }
}

/** An item a collection load reads now (inside sync) and hands its values to after the sync. */
export interface LoadableItem extends FakeClientObject {
  snapshot(paths: readonly string[]): Record<string, unknown>;
}

/** A collection (`worksheets`, `RangeAreas.areas`): `load()` loads `items` and their properties. */
export abstract class FakeItemCollection<T extends LoadableItem> extends FakeClientObject {
  protected readonly scalarProperties: readonly string[] = [];
  private loadedItems: T[] | null = null;

  /** What `load()` with no argument loads on each item. */
  protected abstract readonly itemProperties: readonly string[];

  /** The items as they are now (called inside sync). */
  protected abstract makeItems(): T[];

  protected readScalar(): unknown {
    return undefined;
  }

  get items(): T[] {
    if (this.loadedItems === null) return this.loaded<T[]>("items");
    return this.loadedItems;
  }

  override load(spec?: LoadSpec): this {
    const paths = collectionPaths(spec, this.itemProperties);
    this.enqueue("load", "items", [paths], () => {
      const proxies = this.makeItems();
      const data = proxies.map((proxy) => proxy.snapshot(paths));
      this.context.respond(() => {
        proxies.forEach((proxy, i) => proxy.acceptLoaded(data[i]));
        this.loadedItems = proxies;
      }, data);
    });
    return this;
  }
}
