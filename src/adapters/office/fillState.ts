/**
 * The original fills (and notes) of the cells allocheck coloured, kept in the
 * workbook's add-in settings (`Workbook.settings`, ExcelApi 1.4), which Excel
 * saves inside the file (`xl/webextensions/`): clearing restores them after
 * save, close and reopen, and nothing shows in the user's sheets. Sheets are
 * recorded by id and name, so a renamed sheet is still found: `Worksheet.id`
 * "remains the same even when the worksheet is renamed or moved" (Microsoft's
 * Excel JavaScript API reference, Excel.Worksheet id, ExcelApi 1.1). A sheet
 * is found by id first, then by name.
 *
 * Compact: cells that had the same fill, got the same colour and had no note
 * of their own are stored as rectangles (`B2:AE2`), the distinct fills once
 * in a table. The encoded state is capped (`STATE_LIMIT_BYTES`) well under
 * what document settings hold: Microsoft states 2 MB (office-js #621) and
 * saving fails above ~1 MB (office-js #3957).
 */
import type { CellRange } from "../../core/model/workbook";
import { parseRangeAddress, rangeAddress } from "./addresses";
import { rectanglesOf } from "./rectangles";

export const FILL_STATE_KEY = "allocheck.highlights";
/** Largest encoded state allocheck writes (UTF-8 bytes of its JSON). */
export const STATE_LIMIT_BYTES = 800_000;

/**
 * A cell's fill as Excel reports it. `color: null` is "no fill": Excel reads
 * no fill as `#FFFFFF` like a white fill, with `pattern` null for both
 * (office-js #4900, #6218); only `tintAndShade` tells them apart — null for
 * no fill, a number for any fill (Microsoft's answer in #4900).
 */
export interface SavedFill {
  readonly color: string | null;
  /** A pattern other than solid (`Gray25`…), or null. */
  readonly pattern: string | null;
  readonly patternColor: string | null;
  readonly tint: number;
  readonly patternTint: number;
}

export const NO_FILL: SavedFill = { color: null, pattern: null, patternColor: null, tint: 0, patternTint: 0 };

/** One rectangle of cells that had the same original and got the same colour. */
export interface SavedEntry {
  readonly rect: CellRange;
  readonly original: SavedFill;
  /** The colour allocheck applied. */
  readonly applied: string;
  /**
   * The note before allocheck wrote its own: text (a one-cell entry), null for
   * no note (allocheck's note is removed), undefined when allocheck wrote no
   * note (no notes API, or the cell carries a threaded comment).
   */
  readonly note?: string | null;
  /**
   * Where allocheck wrote a note: a short mark of each cell's note as written
   * (`noteMark`, its rectangle's cells row by row), so that clearing knows a
   * note the user has written into since and leaves it. Absent in states
   * written before marks were kept: those notes are restored as before.
   */
  readonly marks?: string;
}

/** Characters of one cell's mark. */
export const MARK_LENGTH = 3;
const MARK_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/**
 * A note's mark: 18 bits of an FNV-1a hash of its text, as Excel may hand it
 * back (NFC, line breaks without `\r`, no trailing spaces), in three characters.
 */
export function noteMark(note: string): string {
  const text = note.normalize("NFC").replace(/\r/g, "").replace(/\s+$/, "");
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let out = "";
  for (let k = 0; k < MARK_LENGTH; k++) out += MARK_ALPHABET[(hash >>> (6 * k)) & 63];
  return out;
}

/** One cell as the state records it (see `SavedEntry`). */
export interface SavedCell {
  readonly row: number;
  readonly col: number;
  readonly original: SavedFill;
  readonly applied: string;
  readonly note?: string | null;
  /** The mark of the note allocheck wrote there (see `SavedEntry.marks`). */
  readonly mark?: string;
}

export interface SheetFillState {
  readonly id: string | null;
  readonly name: string;
  readonly entries: readonly SavedEntry[];
}

export interface FillState {
  readonly sheets: readonly SheetFillState[];
}

export function emptyFillState(): FillState {
  return { sheets: [] };
}

export function cellsIn(rect: CellRange): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

export function cellCount(state: FillState): number {
  return state.sheets.reduce((n, s) => n + s.entries.reduce((m, e) => m + cellsIn(e.rect), 0), 0);
}

/** The fill a read reported (see `SavedFill`). */
export function savedFillFrom(
  color: string | null | undefined,
  pattern: string | null | undefined,
  patternColor: string | null | undefined,
  tintAndShade: number | null | undefined,
  patternTintAndShade?: number | null,
): SavedFill {
  if (tintAndShade === null || tintAndShade === undefined || color === null || color === undefined || pattern === "None") return NO_FILL;
  return {
    color: color.toUpperCase(),
    pattern: pattern === undefined || pattern === null || pattern === "Solid" ? null : pattern,
    patternColor: patternColor ? patternColor.toUpperCase() : null,
    tint: tintAndShade,
    patternTint: patternTintAndShade ?? 0,
  };
}

function fillKey(f: SavedFill): string {
  return JSON.stringify([f.color, f.pattern, f.patternColor, f.tint, f.patternTint]);
}

/**
 * Cells of one sheet → entries: cells sharing original, colour and "no note
 * of their own" merged into rectangles; a cell whose user note allocheck
 * replaced stays alone (its note text is kept).
 */
export function entriesOf(cells: readonly SavedCell[]): SavedEntry[] {
  const groups = new Map<string, { original: SavedFill; applied: string; note: null | undefined; cells: Array<[number, number]> }>();
  const marks = new Map<number, string>();
  const key = (row: number, col: number) => row * 16384 + col;
  const single: SavedEntry[] = [];
  for (const c of cells) {
    if (typeof c.note === "string") {
      const rect = { top: c.row, left: c.col, bottom: c.row, right: c.col };
      single.push(c.mark === undefined ? { rect, original: c.original, applied: c.applied, note: c.note } : { rect, original: c.original, applied: c.applied, note: c.note, marks: c.mark });
      continue;
    }
    if (c.mark !== undefined) marks.set(key(c.row, c.col), c.mark);
    const groupKey = `${fillKey(c.original)}|${c.applied}|${c.note === null ? "n" : "u"}`;
    let group = groups.get(groupKey);
    if (!group) {
      group = { original: c.original, applied: c.applied, note: c.note === null ? null : undefined, cells: [] };
      groups.set(groupKey, group);
    }
    group.cells.push([c.row, c.col]);
  }
  const out: SavedEntry[] = [];
  for (const g of groups.values()) {
    for (const rect of rectanglesOf(g.cells)) {
      if (g.note !== null) {
        out.push({ rect, original: g.original, applied: g.applied });
        continue;
      }
      // The rectangle's marks row by row; none when a cell has none (a state from before marks).
      let text = "";
      let complete = true;
      for (let r = rect.top; r <= rect.bottom && complete; r++) {
        for (let col = rect.left; col <= rect.right && complete; col++) {
          const mark = marks.get(key(r, col));
          if (mark === undefined) complete = false;
          else text += mark;
        }
      }
      out.push(complete ? { rect, original: g.original, applied: g.applied, note: null, marks: text } : { rect, original: g.original, applied: g.applied, note: null });
    }
  }
  return [...out, ...single];
}

/** Every cell of the entries, one by one (for merging states). */
export function cellsOfEntries(entries: readonly SavedEntry[]): SavedCell[] {
  const out: SavedCell[] = [];
  for (const e of entries) {
    const marked = e.note !== undefined && e.marks !== undefined && e.marks.length === cellsIn(e.rect) * MARK_LENGTH;
    let k = 0;
    for (let r = e.rect.top; r <= e.rect.bottom; r++) {
      for (let c = e.rect.left; c <= e.rect.right; c++, k++) {
        const cell: SavedCell = e.note === undefined ? { row: r, col: c, original: e.original, applied: e.applied } : { row: r, col: c, original: e.original, applied: e.applied, note: e.note };
        out.push(marked ? { ...cell, mark: e.marks!.slice(k * MARK_LENGTH, (k + 1) * MARK_LENGTH) } : cell);
      }
    }
  }
  return out;
}

type StoredFill = [string | null, string | null, string | null, number, number];
/** [address, fill index, applied colour index, note?, marks?] — note 0 for "no note", a string for the user's. */
type StoredEntry = [string, number, number] | [string, number, number, 0 | string] | [string, number, number, 0 | string, string];
interface Stored {
  readonly v: 2;
  readonly fills: StoredFill[];
  readonly colours: string[];
  readonly sheets: ReadonlyArray<{ readonly id: string | null; readonly name: string; readonly cells: readonly StoredEntry[] }>;
}

export function encodeFillState(state: FillState): string {
  const fills: StoredFill[] = [];
  const fillIndex = new Map<string, number>();
  const colours: string[] = [];
  const index = (f: SavedFill): number => {
    const key = fillKey(f);
    let i = fillIndex.get(key);
    if (i === undefined) {
      i = fills.length;
      fills.push([f.color, f.pattern, f.patternColor, f.tint, f.patternTint]);
      fillIndex.set(key, i);
    }
    return i;
  };
  const colour = (c: string): number => {
    let i = colours.indexOf(c);
    if (i < 0) i = colours.push(c) - 1;
    return i;
  };
  const stored: Stored = {
    v: 2,
    fills,
    colours,
    sheets: state.sheets
      .filter((s) => s.entries.length > 0)
      .map((s) => ({
        id: s.id,
        name: s.name,
        cells: s.entries.map((e): StoredEntry => {
          const head: [string, number, number] = [rangeAddress(e.rect), index(e.original), colour(e.applied)];
          if (e.note === undefined) return head;
          const note = e.note === null ? 0 : e.note;
          return e.marks === undefined ? [...head, note] : [...head, note, e.marks];
        }),
      })),
  };
  return JSON.stringify(stored);
}

/** UTF-8 size of the encoded state. */
export function encodedBytes(encoded: string): number {
  return new TextEncoder().encode(encoded).length;
}

/** Reads the stored state (this version's or the first one's); anything unreadable counts as no state (never throws). */
export function decodeFillState(raw: unknown): FillState {
  let parsed: unknown = raw;
  if (typeof raw === "string") {
    try {
      parsed = JSON.parse(raw);
    } catch {
      return emptyFillState();
    }
  }
  const stored = parsed as { v?: unknown; sheets?: unknown; fills?: unknown; colours?: unknown } | null;
  if (!stored || !Array.isArray(stored.sheets)) return emptyFillState();
  if (stored.v === 1) return decodeV1(stored.sheets);
  if (stored.v !== 2 || !Array.isArray(stored.fills) || !Array.isArray(stored.colours)) return emptyFillState();
  const fills = (stored.fills as unknown[]).map((f): SavedFill => {
    const a = Array.isArray(f) ? f : [];
    return {
      color: typeof a[0] === "string" ? a[0] : null,
      pattern: typeof a[1] === "string" ? a[1] : null,
      patternColor: typeof a[2] === "string" ? a[2] : null,
      tint: typeof a[3] === "number" ? a[3] : 0,
      patternTint: typeof a[4] === "number" ? a[4] : 0,
    };
  });
  const colours = (stored.colours as unknown[]).map((c) => (typeof c === "string" ? c : ""));
  const sheets: SheetFillState[] = [];
  for (const s of stored.sheets as Array<{ id?: unknown; name?: unknown; cells?: unknown }>) {
    if (!s || typeof s.name !== "string" || !Array.isArray(s.cells)) continue;
    const entries: SavedEntry[] = [];
    for (const c of s.cells as unknown[]) {
      if (!Array.isArray(c) || typeof c[0] !== "string" || typeof c[1] !== "number" || typeof c[2] !== "number") continue;
      let rect: CellRange;
      try {
        rect = parseRangeAddress(c[0]);
      } catch {
        continue;
      }
      const original = fills[c[1]] ?? NO_FILL;
      const applied = colours[c[2]] ?? "";
      const note = typeof c[3] === "string" ? c[3] : null;
      if (c.length > 4 && typeof c[4] === "string") entries.push({ rect, original, applied, note, marks: c[4] });
      else if (c.length > 3) entries.push({ rect, original, applied, note });
      else entries.push({ rect, original, applied });
    }
    sheets.push({ id: typeof s.id === "string" ? s.id : null, name: s.name, entries });
  }
  return { sheets };
}

/** The first version: one `[cell, color, pattern, patternColor, applied, note?]` per cell. */
function decodeV1(sheets: unknown[]): FillState {
  const out: SheetFillState[] = [];
  for (const s of sheets as Array<{ id?: unknown; name?: unknown; cells?: unknown }>) {
    if (!s || typeof s.name !== "string" || !Array.isArray(s.cells)) continue;
    const entries: SavedEntry[] = [];
    for (const c of s.cells as unknown[]) {
      if (!Array.isArray(c) || typeof c[0] !== "string") continue;
      let rect: CellRange;
      try {
        rect = parseRangeAddress(c[0]);
      } catch {
        continue;
      }
      const noFill = c[2] === "None" || typeof c[1] !== "string";
      const original: SavedFill = noFill
        ? NO_FILL
        : { color: c[1] as string, pattern: c[2] === "Solid" ? null : String(c[2]), patternColor: typeof c[3] === "string" ? c[3] : null, tint: 0, patternTint: 0 };
      const applied = typeof c[4] === "string" ? c[4] : "";
      entries.push(c.length > 5 ? { rect, original, applied, note: typeof c[5] === "string" ? c[5] : null } : { rect, original, applied });
    }
    out.push({ id: typeof s.id === "string" ? s.id : null, name: s.name, entries });
  }
  return { sheets: out };
}
