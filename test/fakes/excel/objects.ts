/**
 * The proxy objects of the fake Excel API: Workbook, WorksheetCollection,
 * Worksheet, Range, RangeAreas, RangeCollection, RangeFormat, RangeFill,
 * RangeFont, WorksheetFreezePanes, PageLayout. Each method or property write
 * queues an operation; the operation touches the document only inside
 * `context.sync()`. Objects are resolved at sync time and then stay bound to
 * what they found (as an Office.js object path is).
 */
import { FakeClientObject, type FakeRequestContext } from "./context";
import {
  type FakeCell,
  type FakeDocument,
  type FakeSheet,
  type Rect,
  type Visibility,
  cellKey,
  contains,
  enterFormula,
  enterValue,
  fullAddress,
  intersects,
  MAX_COLS,
  MAX_ROWS,
  normalizeColor,
  parseRect,
  readFormula,
  readValue,
  readValueType,
  rectAddress,
  rectCellCount,
  splitKey,
  splitSheetAddress,
} from "./document";
import { FakeOfficeError, invalidArgument, invalidObjectPath, invalidOperation, itemNotFound } from "./errors";

/** A write the add-in made, for tests that check it wrote nowhere else. */
export interface WriteRecord {
  readonly sheet: string;
  readonly rects: readonly Rect[];
  readonly what: string;
}

const READ_CELL_LIMIT = 5_000_000;
const WHOLE_SHEET: Rect = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };

function quoteJson(text: string): string {
  return JSON.stringify(text);
}

/** Resolves once, at the first operation that needs it, then stays bound. */
function once<T>(find: () => T): () => T {
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

function recordWrite(document: FakeDocument, sheet: FakeSheet, rects: readonly Rect[], what: string): void {
  writeLog(document).push({ sheet: sheet.name, rects: rects.map((r) => ({ ...r })), what });
}

// ---- Workbook -------------------------------------------------------------------

export class FakeWorkbook extends FakeClientObject {
  protected readonly scalarProperties: readonly string[] = ["name"];
  readonly worksheets: FakeWorksheetCollection;

  constructor(context: FakeRequestContext) {
    super(context, "workbook");
    this.worksheets = new FakeWorksheetCollection(context);
    this.settings = new FakeSettingCollection(context);
  }

  /** ExcelApi 1.4. */
  readonly settings: FakeSettingCollection;

  resolveTarget(): unknown {
    return this.context.document;
  }

  protected readScalar(name: string): unknown {
    return name === "name" ? this.context.document.name : undefined;
  }

  /** ExcelApi 1.7. */
  get name(): string {
    return this.loaded("name");
  }

  getActiveWorksheet(): FakeWorksheet {
    return this.worksheets.getActiveWorksheet();
  }
}

// ---- Worksheets -------------------------------------------------------------------

export class FakeWorksheetCollection extends FakeClientObject {
  protected readonly scalarProperties: readonly string[] = [];
  private loadedItems: FakeWorksheet[] | null = null;

  constructor(context: FakeRequestContext) {
    super(context, "workbook.worksheets");
  }

  resolveTarget(): unknown {
    return this.context.document.liveSheets();
  }

  protected readScalar(): unknown {
    return undefined;
  }

  get items(): FakeWorksheet[] {
    if (this.loadedItems === null) return this.loaded<FakeWorksheet[]>("items");
    return this.loadedItems;
  }

  /** `load("items/name, items/visibility")`, `load("name")` or `load({ name: true })`. */
  override load(spec?: string | string[] | Record<string, unknown>): this {
    const paths = collectionPaths(spec, ["name", "visibility", "position", "id"]);
    this.enqueue("load", "items", [paths], () => {
      const sheets = this.context.document.liveSheets();
      const proxies = sheets.map((sheet) => new FakeWorksheet(this.context, `${this.path}[${quoteJson(sheet.id)}]`, () => sheet));
      const data = proxies.map((proxy) => proxy.snapshot(paths));
      this.context.respond(() => {
        proxies.forEach((proxy, i) => proxy.acceptSnapshot(data[i]));
        this.loadedItems = proxies;
      }, data);
    });
    return this;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      `${this.path}.getItem(${quoteJson(name)})`,
      once(() => {
        const sheet = this.context.document.findSheet(name);
        if (!sheet) throw itemNotFound(`Worksheets.getItem(${name})`);
        return sheet;
      }),
    );
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    const proxy = new FakeWorksheet(
      this.context,
      `${this.path}.getItemOrNullObject(${quoteJson(name)})`,
      once(() => this.context.document.findSheet(name) ?? null),
    );
    proxy.queueInstantiate();
    return proxy;
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      `${this.path}.getActiveWorksheet()`,
      once(() => {
        const doc = this.context.document;
        return (doc.activeSheet && doc.findSheet(doc.activeSheet)) || doc.liveSheets()[0];
      }),
    );
  }

  add(name?: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    const proxy = new FakeWorksheet(this.context, `${this.path}.add(${quoteJson(name ?? "")})`, () => {
      if (!created) throw invalidOperation("Worksheets.add", "used before the add ran");
      return created;
    });
    this.enqueue("call", "add", [name ?? null], () => {
      const doc = this.context.document;
      const sheetName = name ?? nextDefaultName(doc);
      validateSheetName(doc, sheetName);
      created = doc.addSheet(sheetName);
      recordWrite(doc, created, [], "add-sheet");
    });
    return proxy;
  }
}

function nextDefaultName(doc: FakeDocument): string {
  for (let n = 1; ; n++) if (!doc.findSheet(`Sheet${n}`)) return `Sheet${n}`;
}

export function validateSheetName(doc: FakeDocument, name: string, except?: FakeSheet): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw invalidArgument("Worksheet.name", `The sheet name '${name}' is not valid.`);
  }
  const existing = doc.findSheet(name);
  if (existing && existing !== except) {
    throw invalidArgument("Worksheet.name", `A sheet named '${name}' already exists.`);
  }
}

function collectionPaths(spec: string | string[] | Record<string, unknown> | undefined, all: string[]): string[] {
  if (spec === undefined) return all;
  const raw =
    typeof spec === "string"
      ? spec.split(",")
      : Array.isArray(spec)
        ? spec.flatMap((s) => s.split(","))
        : flattenSpec(spec);
  return raw.map((s) => s.trim().replace(/^items\//, "")).filter((s) => s !== "" && s !== "items");
}

function flattenSpec(spec: Record<string, unknown>, prefix = ""): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(spec)) {
    if (key === "$all") continue;
    if (value === true) out.push(prefix + key);
    else if (value && typeof value === "object") out.push(...flattenSpec(value as Record<string, unknown>, `${prefix}${key}/`));
  }
  return out;
}

export class FakeWorksheet extends FakeClientObject {
  protected readonly scalarProperties = ["name", "visibility", "position", "id"] as const;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;
  /** ExcelApi 1.18. */
  readonly notes: FakeNoteCollection;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly find: () => FakeSheet | null,
  ) {
    super(context, path);
    this.freezePanes = new FakeFreezePanes(context, `${path}.freezePanes`, () => this.sheet());
    this.pageLayout = new FakePageLayout(context, `${path}.pageLayout`, () => this.sheet());
    this.notes = new FakeNoteCollection(context, `${path}.notes`, () => this.sheet());
  }

  resolveTarget(): FakeSheet | null {
    return this.find();
  }

  /** The sheet, for an operation that cannot run on a null object. */
  sheet(): FakeSheet {
    const sheet = this.find();
    if (!sheet) throw itemNotFound(this.path);
    if (sheet.deleted) throw itemNotFound(this.path);
    return sheet;
  }

  queueInstantiate(): void {
    this.instantiate();
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    if (name === "freezePanes") return this.freezePanes;
    if (name === "pageLayout") return this.pageLayout;
    return undefined;
  }

  protected readScalar(name: string): unknown {
    const sheet = this.sheet();
    switch (name) {
      case "name":
        return sheet.name;
      case "visibility":
        return sheet.visibility;
      case "position":
        return this.context.document.liveSheets().indexOf(sheet);
      case "id":
        return sheet.id;
    }
    return undefined;
  }

  /** For collection loads: the values of `paths`, read now (inside sync). */
  snapshot(paths: readonly string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const path of paths) {
      if (!(this.scalarProperties as readonly string[]).includes(path)) {
        throw new TypeError(`fake Excel: cannot load '${path}' on worksheets`);
      }
      out[path] = this.readScalar(path);
    }
    return out;
  }

  acceptSnapshot(values: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(values)) this.accept(key, value);
    this.markSynced();
  }

  get name(): string {
    return this.loaded("name");
  }

  set name(value: string) {
    this.queueSet("name", value, (v) => {
      const sheet = this.sheet();
      validateSheetName(this.context.document, v as string, sheet);
      recordWrite(this.context.document, sheet, [], "rename");
      if (this.context.document.activeSheet === sheet.name) this.context.document.activeSheet = v as string;
      sheet.name = v as string;
    });
  }

  get visibility(): Visibility {
    return this.loaded("visibility");
  }

  set visibility(value: Visibility) {
    this.queueSet("visibility", value, (v) => {
      const sheet = this.sheet();
      if (!["Visible", "Hidden", "VeryHidden"].includes(v as string)) throw invalidArgument("Worksheet.visibility");
      const doc = this.context.document;
      if (v !== "Visible" && doc.liveSheets().filter((s) => s !== sheet && s.visibility === "Visible").length === 0) {
        throw invalidOperation("Worksheet.visibility", "A workbook must contain at least one visible worksheet.");
      }
      recordWrite(doc, sheet, [], "visibility");
      sheet.visibility = v as Visibility;
      if (v !== "Visible" && doc.activeSheet === sheet.name) {
        doc.activeSheet = doc.liveSheets().find((s) => s.visibility === "Visible")?.name ?? null;
      }
    });
  }

  get position(): number {
    return this.loaded("position");
  }

  get id(): string {
    return this.loaded("id");
  }

  activate(): void {
    this.enqueue("call", "activate", [], () => {
      const sheet = this.sheet();
      if (sheet.visibility !== "Visible") throw invalidOperation("Worksheet.activate", "The sheet is hidden.");
      this.context.document.activeSheet = sheet.name;
    });
  }

  delete(): void {
    this.enqueue("call", "delete", [], () => {
      const sheet = this.sheet();
      const doc = this.context.document;
      sheet.deleted = true;
      doc.deletedSheets.push(sheet.name);
      recordWrite(doc, sheet, [], "delete-sheet");
      if (doc.activeSheet === sheet.name) doc.activeSheet = doc.liveSheets().find((s) => s.visibility === "Visible")?.name ?? null;
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}.getRange(${quoteJson(address ?? "")})`,
      once(() => {
        const sheet = this.sheet();
        if (address === undefined || address === "") return { sheet, rect: WHOLE_SHEET };
        const { sheet: named, local } = splitSheetAddress(address);
        if (named !== null && this.context.document.findSheet(named) !== sheet) {
          throw invalidArgument(`Worksheet.getRange(${address})`);
        }
        return { sheet, rect: parseRect(local) };
      }),
    );
  }

  getRanges(address: string): FakeRangeAreas {
    const proxy = new FakeRangeAreas(
      this.context,
      `${this.path}.getRanges(${quoteJson(address)})`,
      once(() => {
        const sheet = this.sheet();
        // Excel refuses very long area lists; the add-in must split them.
        if (address.length > 8192) throw invalidArgument(`Worksheet.getRanges (${address.length} characters)`);
        const rects = address.split(",").map((part) => {
          const { sheet: named, local } = splitSheetAddress(part);
          if (named !== null && this.context.document.findSheet(named) !== sheet) {
            throw invalidArgument(`Worksheet.getRanges(${part})`);
          }
          return parseRect(local);
        });
        return { sheet, rects };
      }),
    );
    proxy.queueInstantiate("ExcelApi 1.9");
    return proxy;
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}.getUsedRange(${valuesOnly})`,
      once(() => {
        const sheet = this.sheet();
        return { sheet, rect: sheet.usedRect(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
      }),
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const proxy = new FakeRange(
      this.context,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`,
      once(() => {
        const sheet = this.sheet();
        const rect = sheet.usedRect(valuesOnly);
        return rect ? { sheet, rect } : null;
      }),
    );
    proxy.queueInstantiate();
    return proxy;
  }
}

// ---- Ranges -----------------------------------------------------------------------

interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly rect: Rect;
}

interface AreasTarget {
  readonly sheet: FakeSheet;
  readonly rects: readonly Rect[];
}

type Matrix = unknown[][];

function forEachCell(rect: Rect, visit: (row: number, col: number) => void): void {
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) visit(r, c);
}

/** Cells of `sheet` inside `rect` that exist (sparse: fast on huge rectangles). */
function existingCells(sheet: FakeSheet, rect: Rect): Array<[number, number, FakeCell]> {
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

function readMatrix(target: RangeTarget, read: (cell: FakeCell | undefined) => unknown): Matrix {
  if (rectCellCount(target.rect) > READ_CELL_LIMIT) {
    throw invalidOperation("Range", "The range is too large to read: reads are limited to 5,000,000 cells.");
  }
  const rows: Matrix = [];
  for (let r = target.rect.top; r <= target.rect.bottom; r++) {
    const row: unknown[] = [];
    for (let c = target.rect.left; c <= target.rect.right; c++) row.push(read(target.sheet.cell(r, c)));
    rows.push(row);
  }
  return rows;
}

/** Applies a 2-D input (or one value for every cell) to a rectangle. */
function writeMatrix(target: RangeTarget, input: unknown, what: string, write: (cell: FakeCell, value: unknown) => void): void {
  const { sheet, rect } = target;
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
    write(sheet.ensureCell(r, c), value);
    sheet.prune(r, c);
  });
}

/** A property of many cells: the common value, or null when they differ (as Excel reports). */
function common<T>(values: Iterable<T>): T | null {
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

function cellsOf(target: AreasTarget): Array<FakeCell | undefined> {
  const out: Array<FakeCell | undefined> = [];
  for (const rect of target.rects) {
    if (rectCellCount(rect) > READ_CELL_LIMIT) throw invalidOperation("Range", "The range is too large to read.");
    forEachCell(rect, (r, c) => out.push(target.sheet.cell(r, c)));
  }
  return out;
}

function clearCells(document: FakeDocument, target: AreasTarget, applyTo: string): void {
  const mode = applyTo || "All";
  if (!["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks"].includes(mode)) {
    throw invalidArgument("Range.clear", `applyTo ${mode}`);
  }
  const { sheet } = target;
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
    // Clearing formats unmerges, as in Excel.
    if (mode === "All" || mode === "Formats") sheet.merges = sheet.merges.filter((m) => !contains(rect, m));
  }
  recordWrite(document, sheet, target.rects, `clear:${mode}`);
}

export class FakeRange extends FakeClientObject {
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
  ] as const;
  readonly format: FakeRangeFormat;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly find: () => RangeTarget | null,
  ) {
    super(context, path);
    this.format = new FakeRangeFormat(context, `${path}.format`, () => {
      const t = this.target();
      return { sheet: t.sheet, rects: [t.rect] };
    });
  }

  resolveTarget(): RangeTarget | null {
    return this.find();
  }

  target(): RangeTarget {
    const t = this.find();
    if (!t) throw itemNotFound(this.path);
    return t;
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
        return readMatrix(t, readValue);
      case "formulas":
        return readMatrix(t, readFormula);
      case "valueTypes":
        return readMatrix(t, readValueType);
      case "numberFormat":
        return readMatrix(t, (cell) => cell?.numberFormat ?? "General");
      case "text":
        return readMatrix(t, (cell) => String(readValue(cell)));
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

  clear(applyTo?: string): void {
    this.enqueue("call", "clear", [applyTo ?? "All"], () => {
      const t = this.target();
      clearCells(this.context.document, { sheet: t.sheet, rects: [t.rect] }, applyTo ?? "All");
    });
  }

  merge(across = false): void {
    this.enqueue("call", "merge", [across], () => {
      const t = this.target();
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
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.rect));
      recordWrite(this.context.document, t.sheet, [t.rect], "unmerge");
    });
  }

  select(): void {
    this.enqueue("call", "select", [], () => {
      const t = this.target();
      if (t.sheet.visibility !== "Visible") throw invalidOperation("Range.select", "The sheet is hidden.");
      this.context.document.activeSheet = t.sheet.name;
      this.context.document.selection = { sheet: t.sheet.name, address: fullAddress(t.sheet.name, t.rect) };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}.getCell(${row},${column})`,
      once(() => {
        const t = this.target();
        const r = t.rect.top + row;
        const c = t.rect.left + column;
        return { sheet: t.sheet, rect: { top: r, left: c, bottom: r, right: c } };
      }),
    );
  }

  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    const proxy = new FakeRangeAreas(
      this.context,
      `${this.path}.getMergedAreasOrNullObject()`,
      once(() => {
        const t = this.target();
        // As Excel does (office-js issue #3611): only merges whose top-left cell is in the range.
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

  /** Called by a RangeCollection load. */
  acceptLoaded(values: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(values)) this.accept(key, value);
    this.markSynced();
  }

  snapshot(paths: readonly string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const path of paths) out[path] = this.readPath(path);
    return out;
  }
}

export class FakeRangeAreas extends FakeClientObject {
  protected readonly scalarProperties = ["address", "areaCount", "cellCount"] as const;
  readonly format: FakeRangeFormat;
  readonly areas: FakeRangeCollection;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly find: () => AreasTarget | null,
  ) {
    super(context, path);
    this.format = new FakeRangeFormat(context, `${path}.format`, () => this.target());
    this.areas = new FakeRangeCollection(context, `${path}.areas`, () => this.find());
  }

  resolveTarget(): AreasTarget | null {
    return this.find();
  }

  target(): AreasTarget {
    const t = this.find();
    if (!t) throw itemNotFound(this.path);
    return t;
  }

  queueInstantiate(requires: string): void {
    this.instantiate(requires);
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    if (name === "format") return this.format;
    if (name === "areas") return this.areas;
    return undefined;
  }

  protected readScalar(name: string): unknown {
    const t = this.target();
    switch (name) {
      case "address":
        return t.rects.map((r) => fullAddress(t.sheet.name, r)).join(",");
      case "areaCount":
        return t.rects.length;
      case "cellCount":
        return t.rects.reduce((n, r) => n + rectCellCount(r), 0);
    }
    return undefined;
  }

  get address(): string {
    return this.loaded("address");
  }
  get areaCount(): number {
    return this.loaded("areaCount");
  }
  get cellCount(): number {
    return this.loaded("cellCount");
  }

  clear(applyTo?: string): void {
    this.enqueue("call", "clear", [applyTo ?? "All"], () => clearCells(this.context.document, this.target(), applyTo ?? "All"));
  }

  select(): void {
    this.enqueue("call", "select", [], () => {
      const t = this.target();
      this.context.document.activeSheet = t.sheet.name;
      this.context.document.selection = {
        sheet: t.sheet.name,
        address: t.rects.map((r) => fullAddress(t.sheet.name, r)).join(","),
      };
    });
  }
}

/**
 * `RangeAreas.areas`: one Range per area; `load()` loads the items' properties.
 * Not verified against Excel: whether the areas of a null RangeAreas load as
 * an empty collection (the default here) or fail the sync (`strictNullChildren`).
 */
export class FakeRangeCollection extends FakeClientObject {
  protected readonly scalarProperties: readonly string[] = [];
  private loadedItems: FakeRange[] | null = null;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly find: () => AreasTarget | null,
  ) {
    super(context, path);
  }

  resolveTarget(): unknown {
    return this.find() ?? [];
  }

  protected readScalar(): unknown {
    return undefined;
  }

  get items(): FakeRange[] {
    if (this.loadedItems === null) return this.loaded<FakeRange[]>("items");
    return this.loadedItems;
  }

  override load(spec?: string | string[] | Record<string, unknown>): this {
    const paths = collectionPaths(spec, ["address"]);
    this.enqueue("load", "items", [paths], () => {
      const found = this.find();
      if (found === null && this.context.hooks.strictNullChildren) throw invalidObjectPath(this.path);
      const t = found ?? { sheet: null as unknown as FakeSheet, rects: [] };
      const proxies = t.rects.map(
        (rect, i) => new FakeRange(this.context, `${this.path}[${i}]`, () => ({ sheet: t.sheet, rect })),
      );
      const data = proxies.map((p) => p.snapshot(paths));
      this.context.respond(() => {
        proxies.forEach((p, i) => p.acceptLoaded(data[i]));
        this.loadedItems = proxies;
      }, data);
    });
    return this;
  }
}

// ---- Formats ----------------------------------------------------------------------

export class FakeRangeFormat extends FakeClientObject {
  protected readonly scalarProperties = ["columnWidth", "rowHeight", "horizontalAlignment", "verticalAlignment", "wrapText"] as const;
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly find: () => AreasTarget,
  ) {
    super(context, path);
    this.fill = new FakeRangeFill(context, `${path}.fill`, find);
    this.font = new FakeRangeFont(context, `${path}.font`, find);
  }

  resolveTarget(): unknown {
    return this.find();
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    return undefined;
  }

  protected readScalar(name: string): unknown {
    const t = this.find();
    switch (name) {
      case "columnWidth":
        return common(t.rects.flatMap((r) => columnsOf(r).map((c) => t.sheet.columnWidths.get(c) ?? 48)));
      case "rowHeight":
        return 15;
      case "horizontalAlignment":
        return common(cellsOf(t).map((c) => c?.horizontalAlignment ?? "General"));
      case "verticalAlignment":
        return common(cellsOf(t).map((c) => c?.verticalAlignment ?? "Bottom"));
      case "wrapText":
        return common(cellsOf(t).map((c) => c?.wrapText ?? false));
    }
    return undefined;
  }

  private setCells(name: string, value: unknown, apply: (cell: FakeCell, value: unknown) => void): void {
    this.queueSet(name, value, (v) => {
      const t = this.find();
      for (const rect of t.rects) {
        forEachCell(rect, (r, c) => {
          apply(t.sheet.ensureCell(r, c), v);
          t.sheet.prune(r, c);
        });
      }
      recordWrite(this.context.document, t.sheet, t.rects, `format.${name}`);
    });
  }

  get columnWidth(): number {
    return this.loaded("columnWidth");
  }
  set columnWidth(points: number) {
    this.queueSet("columnWidth", points, (v) => {
      const t = this.find();
      if (typeof v !== "number" || v < 0) throw invalidArgument("RangeFormat.columnWidth");
      for (const rect of t.rects) for (const c of columnsOf(rect)) t.sheet.columnWidths.set(c, v);
      recordWrite(this.context.document, t.sheet, t.rects, "format.columnWidth");
    });
  }
  get rowHeight(): number {
    return this.loaded("rowHeight");
  }
  get horizontalAlignment(): string {
    return this.loaded("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this.setCells("horizontalAlignment", value, (cell, v) => (cell.horizontalAlignment = v as string));
  }
  get verticalAlignment(): string {
    return this.loaded("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this.setCells("verticalAlignment", value, (cell, v) => (cell.verticalAlignment = v as string));
  }
  get wrapText(): boolean {
    return this.loaded("wrapText");
  }
  set wrapText(value: boolean) {
    this.setCells("wrapText", value, (cell, v) => (cell.wrapText = v as boolean));
  }

  autofitColumns(): void {
    this.enqueue("call", "autofitColumns", [], () => undefined);
  }
}

function columnsOf(rect: Rect): number[] {
  const right = Math.min(rect.right, rect.left + 1000);
  return Array.from({ length: right - rect.left + 1 }, (_, i) => rect.left + i);
}

export class FakeRangeFill extends FakeClientObject {
  protected readonly scalarProperties = ["color", "pattern", "patternColor"] as const;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly find: () => AreasTarget,
  ) {
    super(context, path);
  }

  resolveTarget(): unknown {
    return this.find();
  }

  protected readScalar(name: string): unknown {
    const cells = cellsOf(this.find());
    switch (name) {
      // Excel reports no fill as white: only `pattern` tells them apart.
      case "color":
        return common(cells.map((c) => c?.fill?.color ?? "#FFFFFF"));
      case "pattern":
        return common(cells.map((c) => c?.fill?.pattern ?? "None"));
      case "patternColor":
        return common(cells.map((c) => c?.fill?.patternColor ?? null));
    }
    return undefined;
  }

  private update(name: string, value: unknown, apply: (cell: FakeCell, value: unknown) => void): void {
    this.queueSet(name, value, (v) => {
      const t = this.find();
      for (const rect of t.rects) {
        forEachCell(rect, (r, c) => {
          apply(t.sheet.ensureCell(r, c), v);
          t.sheet.prune(r, c);
        });
      }
      recordWrite(this.context.document, t.sheet, t.rects, `fill.${name}`);
    });
  }

  get color(): string {
    return this.loaded("color");
  }
  set color(value: string) {
    this.update("color", value, (cell, v) => {
      const color = normalizeColor(v as string);
      const pattern = cell.fill && cell.fill.pattern !== "None" ? cell.fill.pattern : "Solid";
      cell.fill = { color, pattern, patternColor: cell.fill?.patternColor ?? null };
    });
  }
  get pattern(): string {
    return this.loaded("pattern");
  }
  set pattern(value: string) {
    this.update("pattern", value, (cell, v) => {
      if (v === "None") delete cell.fill;
      else cell.fill = { color: cell.fill?.color ?? "#FFFFFF", pattern: v as string, patternColor: cell.fill?.patternColor ?? null };
    });
  }
  get patternColor(): string | null {
    return this.loaded("patternColor");
  }
  set patternColor(value: string) {
    this.update("patternColor", value, (cell, v) => {
      if (!cell.fill) return;
      cell.fill = { ...cell.fill, patternColor: normalizeColor(v as string) };
    });
  }

  clear(): void {
    this.enqueue("call", "clear", [], () => {
      const t = this.find();
      for (const rect of t.rects) {
        for (const [r, c, cell] of existingCells(t.sheet, rect)) {
          delete cell.fill;
          t.sheet.prune(r, c);
        }
      }
      recordWrite(this.context.document, t.sheet, t.rects, "fill.clear");
    });
  }
}

export class FakeRangeFont extends FakeClientObject {
  protected readonly scalarProperties = ["bold", "italic", "color", "size", "underline"] as const;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly find: () => AreasTarget,
  ) {
    super(context, path);
  }

  resolveTarget(): unknown {
    return this.find();
  }

  protected readScalar(name: string): unknown {
    const cells = cellsOf(this.find());
    const defaults: Record<string, unknown> = { bold: false, italic: false, color: "#000000", size: 11, underline: "None" };
    return common(cells.map((c) => (c?.font as Record<string, unknown> | undefined)?.[name] ?? defaults[name]));
  }

  private update(name: "bold" | "italic" | "color" | "size" | "underline", value: unknown): void {
    this.queueSet(name, value, (v) => {
      const t = this.find();
      for (const rect of t.rects) {
        forEachCell(rect, (r, c) => {
          const cell = t.sheet.ensureCell(r, c);
          cell.font = { ...(cell.font ?? {}), [name]: name === "color" ? normalizeColor(v as string) : v };
        });
      }
      recordWrite(this.context.document, t.sheet, t.rects, `font.${name}`);
    });
  }

  get bold(): boolean {
    return this.loaded("bold");
  }
  set bold(v: boolean) {
    this.update("bold", v);
  }
  get italic(): boolean {
    return this.loaded("italic");
  }
  set italic(v: boolean) {
    this.update("italic", v);
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(v: string) {
    this.update("color", v);
  }
  get size(): number {
    return this.loaded("size");
  }
  set size(v: number) {
    this.update("size", v);
  }
  get underline(): string {
    return this.loaded("underline");
  }
  set underline(v: string) {
    this.update("underline", v);
  }
}

// ---- Freeze panes and page layout ------------------------------------------------

export class FakeFreezePanes extends FakeClientObject {
  protected readonly scalarProperties: readonly string[] = [];

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly sheet: () => FakeSheet,
  ) {
    super(context, path);
  }

  resolveTarget(): unknown {
    return this.sheet();
  }

  protected readScalar(): unknown {
    return undefined;
  }

  freezeRows(count = 1): void {
    this.enqueue("call", "freezeRows", [count], () => {
      const sheet = this.sheet();
      sheet.frozenRows = count;
      recordWrite(this.context.document, sheet, [], "freezeRows");
    });
  }

  unfreeze(): void {
    this.enqueue("call", "unfreeze", [], () => {
      const sheet = this.sheet();
      sheet.frozenRows = 0;
      recordWrite(this.context.document, sheet, [], "unfreeze");
    });
  }
}

export class FakePageLayout extends FakeClientObject {
  protected readonly scalarProperties = ["orientation", "paperSize", "zoom"] as const;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly sheet: () => FakeSheet,
  ) {
    super(context, path);
  }

  resolveTarget(): unknown {
    return this.sheet();
  }

  protected readScalar(name: string): unknown {
    const layout = this.sheet().pageLayout;
    if (name === "orientation") return layout.orientation;
    if (name === "paperSize") return layout.paperSize;
    if (name === "zoom") return { ...layout.zoom };
    return undefined;
  }

  private update(name: "orientation" | "paperSize" | "zoom", value: unknown): void {
    this.queueSet(
      name,
      value,
      (v) => {
        const sheet = this.sheet();
        if (name === "zoom") sheet.pageLayout.zoom = { ...(v as PageZoom) };
        else sheet.pageLayout[name] = v as string;
        recordWrite(this.context.document, sheet, [], `pageLayout.${name}`);
      },
      "ExcelApi 1.9",
    );
  }

  get orientation(): string {
    return this.loaded("orientation");
  }
  set orientation(v: string) {
    this.update("orientation", v);
  }
  get paperSize(): string {
    return this.loaded("paperSize");
  }
  set paperSize(v: string) {
    this.update("paperSize", v);
  }
  get zoom(): PageZoom {
    return this.loaded("zoom");
  }
  set zoom(v: PageZoom) {
    this.update("zoom", v);
  }
}

interface PageZoom {
  scale?: number;
  horizontalFitToPages?: number;
  verticalFitToPages?: number;
}

export { cellKey };

// ---- Settings (ExcelApi 1.4) ------------------------------------------------------

export class FakeSettingCollection extends FakeClientObject {
  protected readonly scalarProperties: readonly string[] = [];

  constructor(context: FakeRequestContext) {
    super(context, "workbook.settings");
  }

  resolveTarget(): unknown {
    return this.context.document.settings;
  }

  protected readScalar(): unknown {
    return undefined;
  }

  add(key: string, value: unknown): FakeSetting {
    this.enqueue("call", "add", [key, value], () => {
      // Settings hold JSON: what cannot round-trip through JSON is refused.
      const copy = JSON.parse(JSON.stringify(value)) as unknown;
      this.context.document.settings.set(key, copy);
    });
    return new FakeSetting(this.context, `${this.path}.getItem(${quoteJson(key)})`, key, false);
  }

  getItem(key: string): FakeSetting {
    return new FakeSetting(this.context, `${this.path}.getItem(${quoteJson(key)})`, key, false);
  }

  getItemOrNullObject(key: string): FakeSetting {
    const setting = new FakeSetting(this.context, `${this.path}.getItemOrNullObject(${quoteJson(key)})`, key, true);
    setting.queueInstantiate();
    return setting;
  }
}

export class FakeSetting extends FakeClientObject {
  protected readonly scalarProperties = ["key", "value"] as const;
  private resolved: { key: string } | null | undefined;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly settingKey: string,
    private readonly nullable: boolean,
  ) {
    super(context, path);
  }

  resolveTarget(): { key: string } | null {
    if (this.resolved === undefined) {
      const exists = this.context.document.settings.has(this.settingKey);
      if (!exists && !this.nullable) throw itemNotFound(this.path);
      this.resolved = exists ? { key: this.settingKey } : null;
    }
    return this.resolved;
  }

  queueInstantiate(): void {
    this.instantiate("ExcelApi 1.4");
  }

  protected readScalar(name: string): unknown {
    if (name === "key") return this.settingKey;
    return structuredClone(this.context.document.settings.get(this.settingKey));
  }

  get key(): string {
    return this.loaded("key");
  }

  get value(): unknown {
    return this.loaded("value");
  }

  delete(): void {
    this.enqueue("call", "delete", [], () => {
      if (this.resolveTarget() === null) throw itemNotFound(this.path);
      this.context.document.settings.delete(this.settingKey);
    });
  }
}

// ---- Notes (ExcelApi 1.18) --------------------------------------------------------

function noteKey(address: string): string {
  const rect = parseRect(splitSheetAddress(address).local);
  if (rect.top !== rect.bottom || rect.left !== rect.right) throw new FakeOfficeError("InvalidCellAddress", "A note needs one cell.");
  return rectAddress(rect);
}

export class FakeNoteCollection extends FakeClientObject {
  protected readonly scalarProperties: readonly string[] = [];

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly sheet: () => FakeSheet,
  ) {
    super(context, path);
  }

  resolveTarget(): unknown {
    return this.sheet();
  }

  protected readScalar(): unknown {
    return undefined;
  }

  add(cellAddress: string, content: string): FakeNote {
    let key: string | null = null;
    const note = new FakeNote(this.context, `${this.path}.add(${quoteJson(cellAddress)})`, this.sheet, () => key, false);
    this.enqueue(
      "call",
      "add",
      [cellAddress, content],
      () => {
        const sheet = this.sheet();
        key = noteKey(cellAddress);
        if (sheet.notes.has(key)) throw invalidOperation("NoteCollection.add", "The cell already has a note.");
        sheet.notes.set(key, String(content));
        recordWrite(this.context.document, sheet, [parseRect(key)], "note.add");
      },
      "ExcelApi 1.18",
    );
    return note;
  }

  getItem(cellAddress: string): FakeNote {
    return new FakeNote(this.context, `${this.path}.getItem(${quoteJson(cellAddress)})`, this.sheet, () => noteKey(cellAddress), false);
  }

  getItemOrNullObject(cellAddress: string): FakeNote {
    const note = new FakeNote(this.context, `${this.path}.getItemOrNullObject(${quoteJson(cellAddress)})`, this.sheet, () => noteKey(cellAddress), true);
    note.queueInstantiate();
    return note;
  }
}

export class FakeNote extends FakeClientObject {
  protected readonly scalarProperties = ["content"] as const;
  private resolved: { sheet: FakeSheet; key: string } | null | undefined;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly sheet: () => FakeSheet,
    private readonly key: () => string | null,
    private readonly nullable: boolean,
  ) {
    super(context, path);
  }

  resolveTarget(): { sheet: FakeSheet; key: string } | null {
    if (this.resolved === undefined) {
      const sheet = this.sheet();
      const key = this.key();
      const exists = key !== null && sheet.notes.has(key);
      if (!exists && !this.nullable) throw itemNotFound(this.path);
      this.resolved = exists && key !== null ? { sheet, key } : null;
    }
    return this.resolved;
  }

  queueInstantiate(): void {
    this.instantiate("ExcelApi 1.18");
  }

  protected readScalar(): unknown {
    const t = this.resolveTarget();
    return t === null ? null : (t.sheet.notes.get(t.key) ?? null);
  }

  get content(): string {
    return this.loaded("content");
  }

  set content(value: string) {
    this.queueSet(
      "content",
      value,
      (v) => {
        const t = this.resolveTarget();
        if (t === null) throw itemNotFound(this.path);
        t.sheet.notes.set(t.key, String(v));
        recordWrite(this.context.document, t.sheet, [parseRect(t.key)], "note.content");
      },
      "ExcelApi 1.18",
    );
  }

  delete(): void {
    this.enqueue(
      "call",
      "delete",
      [],
      () => {
        const t = this.resolveTarget();
        if (t === null) throw itemNotFound(this.path);
        t.sheet.notes.delete(t.key);
        recordWrite(this.context.document, t.sheet, [parseRect(t.key)], "note.delete");
      },
      "ExcelApi 1.18",
    );
  }
}
