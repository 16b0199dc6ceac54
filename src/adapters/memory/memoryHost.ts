/**
 * `WorkbookHost` over an in-memory workbook: the browser preview (with the
 * built-in sample workbook) and the tests of the app services. It follows the
 * Excel semantics the pane relies on: sheet names compare case-insensitively,
 * a new sheet never replaces an existing one, the summary sheet is refreshed in
 * place (same position), and highlights keep each cell's original fill and note
 * so that clearing restores them exactly.
 */
import type { ReadingMark, SheetInfo, SummaryWritten, WorkbookHost } from "../../app/host";
import { CORRECTIONS_SETTING_KEY, type CorrectionSet } from "../../core/model/corrections";
import { correctionCount, decodeCorrections, encodeCorrections } from "../../core/corrections/settingValue";
import type { CellValue, WorkbookData } from "../../core/model/workbook";
import { a1, parseA1 } from "../../core/model/address";
import { sameSheetName } from "../../core/model/sheetName";
import { HIGHLIGHT_FILL, type Highlight, type SummarySheetModel } from "../../core/model/summary";
import {
  emptySheet,
  fnv1a,
  getCell,
  setCell,
  sheetToData,
  workbookFromData,
  type MemorySheet,
} from "./memoryWorkbook";

export interface MemorySelection {
  readonly sheet: string;
  readonly cell: string;
}

export type MemoryChangeKind =
  | "values"
  | "fills"
  | "selection"
  | "sheets"
  | "summary"
  | "reading";

export interface MemoryChange {
  readonly kind: MemoryChangeKind;
  /** Increases by one with every change. */
  readonly version: number;
}

export type MemoryListener = (change: MemoryChange) => void;

interface SavedCell {
  readonly sheet: string;
  readonly cell: string;
  readonly fill: string | null;
  readonly note: string | null;
}

export interface MemoryHostOptions {
  /** Original fills, `{ sheet: { A1: "#RRGGBB" } }`. */
  readonly fills?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Original notes, `{ sheet: { A1: "text" } }`. */
  readonly notes?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /**
   * The document settings (key → JSON-able value), shared as given: a second
   * host over the same map stands for the workbook saved and opened again.
   */
  readonly settings?: Map<string, unknown>;
}

/** What the preview grid draws for the reading view. */
export interface MemoryReadingView {
  readonly sheet: string;
  readonly marks: readonly ReadingMark[];
}

export class MemoryWorkbookHost implements WorkbookHost {
  readonly kind = "preview" as const;
  private readonly sheets: MemorySheet[];
  private readonly saved = new Map<string, SavedCell>();
  private readonly listeners = new Set<MemoryListener>();
  private selection: MemorySelection | null = null;
  private active: string | null;
  private version = 0;
  private readonly settings: Map<string, unknown>;
  private readingView: MemoryReadingView | null = null;

  constructor(
    workbook: WorkbookData,
    private readonly name = "Workbook.xlsx",
    options: MemoryHostOptions = {},
  ) {
    this.sheets = workbookFromData(workbook);
    this.settings = options.settings ?? new Map<string, unknown>();
    for (const [sheetName, cells] of Object.entries(options.fills ?? {})) {
      const sheet = this.requireSheet(sheetName);
      for (const [cell, fill] of Object.entries(cells)) sheet.fills.set(normalCell(cell), fill);
    }
    for (const [sheetName, cells] of Object.entries(options.notes ?? {})) {
      const sheet = this.requireSheet(sheetName);
      for (const [cell, note] of Object.entries(cells)) sheet.notes.set(normalCell(cell), note);
    }
    this.active = this.sheets.find((s) => !s.hidden)?.name ?? null;
  }

  // ---- WorkbookHost -------------------------------------------------------

  async workbookName(): Promise<string> {
    return this.name;
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.sheets.map((s) => ({ name: s.name, visible: !s.hidden }));
  }

  async readWorkbook(sheetNames?: readonly string[]): Promise<WorkbookData> {
    const chosen =
      sheetNames === undefined
        ? this.sheets.filter((s) => !s.hidden)
        : sheetNames.map((name) => this.requireSheet(name));
    const unique = chosen.filter((sheet, i) => chosen.indexOf(sheet) === i);
    return { sheets: unique.map(sheetToData) };
  }

  async sheetFingerprint(sheetName: string): Promise<string> {
    const sheet = this.requireSheet(sheetName);
    return fingerprintOf(sheet);
  }

  async writeSummary(model: SummarySheetModel): Promise<SummaryWritten> {
    let sheet = this.findSheet(model.name);
    // A summary the user hid is refreshed and left hidden (as in Excel, officeHost.ts).
    const hidden = sheet?.hidden === true;
    if (sheet === undefined) {
      sheet = emptySheet(model.name);
      this.sheets.push(sheet);
    } else {
      // Refresh in place: same sheet, same position; old content cleared.
      sheet.values = [];
      sheet.formulas = [];
      sheet.merges = [];
      sheet.styles.clear();
      sheet.numFmts.clear();
      sheet.links.clear();
      sheet.fills.clear();
    }
    for (const cell of model.cells) {
      const value: CellValue = cell.value === undefined ? null : cell.value;
      setCell(sheet, cell.row, cell.col, value, cell.formula ?? null);
      const address = a1(cell.row, cell.col);
      if (cell.style !== undefined) sheet.styles.set(address, cell.style);
      if (cell.numFmt !== undefined) sheet.numFmts.set(address, cell.numFmt);
      if (cell.link !== undefined) sheet.links.set(address, { sheet: cell.link.sheet, cell: cell.link.cell });
    }
    sheet.merges = model.merges.map((m) => ({ ...m }));
    sheet.columnWidths = model.columnWidths.slice();
    sheet.frozenRows = model.frozenRows;
    if (!hidden) {
      this.active = sheet.name;
      this.selection = { sheet: sheet.name, cell: "A1" };
    }
    this.emit("summary");
    return { hidden };
  }

  async applyHighlights(highlights: readonly Highlight[]): Promise<void> {
    // Validate every sheet first: all or nothing, as one Excel batch would be.
    const targets = highlights.map((h) => ({ h, sheet: this.requireSheet(h.sheet) }));
    for (const { h, sheet } of targets) {
      const cell = a1(h.row, h.col);
      const key = savedKey(sheet.name, cell);
      if (!this.saved.has(key)) {
        this.saved.set(key, {
          sheet: sheet.name,
          cell,
          fill: sheet.fills.get(cell) ?? null,
          note: sheet.notes.get(cell) ?? null,
        });
      }
      sheet.fills.set(cell, HIGHLIGHT_FILL[h.severity]);
      sheet.notes.set(cell, h.note);
    }
    if (targets.length > 0) this.emit("fills");
  }

  async clearHighlights(): Promise<number> {
    let restored = 0;
    for (const saved of this.saved.values()) {
      const sheet = this.findSheet(saved.sheet);
      if (sheet === undefined) continue;
      if (saved.fill === null) sheet.fills.delete(saved.cell);
      else sheet.fills.set(saved.cell, saved.fill);
      if (saved.note === null) sheet.notes.delete(saved.cell);
      else sheet.notes.set(saved.cell, saved.note);
      restored++;
    }
    this.saved.clear();
    if (restored > 0) this.emit("fills");
    return restored;
  }

  async hasHighlights(): Promise<boolean> {
    return this.saved.size > 0;
  }

  async selectCell(sheetName: string, cell: string): Promise<void> {
    const sheet = this.requireSheet(sheetName);
    const { row, col } = parseA1(cell);
    sheet.hidden = false;
    this.active = sheet.name;
    this.selection = { sheet: sheet.name, cell: a1(row, col) };
    this.emit("selection");
  }

  async writeNewSheet(
    preferredName: string,
    rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
  ): Promise<string> {
    const name = this.freeSheetName(preferredName);
    const sheet = emptySheet(name);
    rows.forEach((row, r) => row.forEach((value, c) => setCell(sheet, r, c, value)));
    this.sheets.push(sheet);
    this.active = name;
    this.selection = { sheet: name, cell: "A1" };
    this.emit("sheets");
    return name;
  }

  async loadCorrections(): Promise<CorrectionSet> {
    return decodeCorrections(structuredClone(this.settings.get(CORRECTIONS_SETTING_KEY))).set;
  }

  async saveCorrections(set: CorrectionSet): Promise<void> {
    // As Excel keeps settings: JSON only, an empty set removes the key.
    if (correctionCount(set) === 0) this.settings.delete(CORRECTIONS_SETTING_KEY);
    else this.settings.set(CORRECTIONS_SETTING_KEY, encodeCorrections(set));
  }

  async showReading(sheetName: string, marks: readonly ReadingMark[]): Promise<void> {
    if (marks.length === 0) {
      this.readingView = null;
    } else {
      const sheet = this.requireSheet(sheetName);
      sheet.hidden = false;
      this.active = sheet.name;
      this.readingView = { sheet: sheet.name, marks: marks.map((m) => ({ ...m })) };
    }
    this.emit("reading");
  }

  // ---- For the preview grid and the tests ---------------------------------

  /** The reading drawn on the grid, or null. */
  getReadingView(): MemoryReadingView | null {
    return this.readingView;
  }

  /** The document settings (tests look at what was saved). */
  getSettings(): ReadonlyMap<string, unknown> {
    return this.settings;
  }

  subscribe(listener: MemoryListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  getVersion(): number {
    return this.version;
  }

  /** The live sheets, for rendering. Treat as read-only. */
  getSheets(): readonly MemorySheet[] {
    return this.sheets;
  }

  getSheet(name: string): MemorySheet | undefined {
    return this.findSheet(name);
  }

  getActiveSheet(): string | null {
    return this.active;
  }

  /** Shows a sheet (as clicking its tab does in Excel). */
  activateSheet(name: string): void {
    const sheet = this.requireSheet(name);
    if (this.active === sheet.name) return;
    this.active = sheet.name;
    this.emit("selection");
  }

  getSelection(): MemorySelection | null {
    return this.selection;
  }

  getFill(sheetName: string, cell: string): string | null {
    return this.requireSheet(sheetName).fills.get(normalCell(cell)) ?? null;
  }

  setFill(sheetName: string, cell: string, fill: string | null): void {
    const sheet = this.requireSheet(sheetName);
    if (fill === null) sheet.fills.delete(normalCell(cell));
    else sheet.fills.set(normalCell(cell), fill);
    this.emit("fills");
  }

  getNote(sheetName: string, cell: string): string | null {
    return this.requireSheet(sheetName).notes.get(normalCell(cell)) ?? null;
  }

  getValue(sheetName: string, cell: string): CellValue {
    const { row, col } = parseA1(cell);
    return getCell(this.requireSheet(sheetName), row, col);
  }

  /** A user edit: sets a value (and clears any formula there). */
  setValue(sheetName: string, cell: string, value: CellValue): void {
    const { row, col } = parseA1(cell);
    setCell(this.requireSheet(sheetName), row, col, value, null);
    this.emit("values");
  }

  /** Cells currently coloured by highlights, as `sheet!A1`. */
  highlightedCells(): string[] {
    return [...this.saved.values()].map((s) => `${s.sheet}!${s.cell}`);
  }

  // ---- Internals -----------------------------------------------------------

  private findSheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => sameSheetName(s.name, name));
  }

  private requireSheet(name: string): MemorySheet {
    const sheet = this.findSheet(name);
    if (sheet === undefined) throw new Error(`Sheet not found: ${name}`);
    return sheet;
  }

  private freeSheetName(preferred: string): string {
    const base = preferred.trim() === "" ? "Sheet" : preferred.trim().slice(0, 31);
    if (this.findSheet(base) === undefined) return base;
    for (let n = 2; ; n++) {
      const suffix = ` (${n})`;
      const candidate = base.slice(0, 31 - suffix.length) + suffix;
      if (this.findSheet(candidate) === undefined) return candidate;
    }
  }

  private emit(kind: MemoryChangeKind): void {
    this.version++;
    const change: MemoryChange = { kind, version: this.version };
    for (const listener of [...this.listeners]) listener(change);
  }
}

function normalCell(cell: string): string {
  const { row, col } = parseA1(cell);
  return a1(row, col);
}

function savedKey(sheet: string, cell: string): string {
  return `${sheet.normalize("NFC").toLocaleLowerCase("vi")}!${cell}`;
}

/** Values and formulas with trailing empties trimmed, so growing a row with blanks is no change. */
function fingerprintOf(sheet: MemorySheet): string {
  const rows: string[] = [];
  const height = Math.max(sheet.values.length, sheet.formulas.length);
  for (let r = 0; r < height; r++) {
    const values = trimTrailing(sheet.values[r] ?? []);
    const formulas = trimTrailing(sheet.formulas[r] ?? []);
    rows.push(JSON.stringify([values, formulas]));
  }
  while (rows.length > 0 && rows[rows.length - 1] === "[[],[]]") rows.pop();
  return fnv1a(rows.join("\n"));
}

function trimTrailing<T>(row: readonly (T | null | undefined)[]): (T | null)[] {
  let end = row.length;
  while (end > 0 && (row[end - 1] === null || row[end - 1] === undefined)) end--;
  return row.slice(0, end).map((v) => (v === undefined ? null : v));
}
