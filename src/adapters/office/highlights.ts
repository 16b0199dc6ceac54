/**
 * Reversible highlights, a batch of cells per `Excel.run`:
 *
 * Apply
 * 1. read: the stored state (add-in settings), each sheet's id, name and
 *    protection, the current fill of every target cell (color, pattern,
 *    patternColor, tintAndShade, patternTintAndShade — ExcelApi 1.9) through
 *    `getRanges` area lists under 8 192 characters (a longer list fails with
 *    InvalidArgument, office-js #5198, #4263; the exact limit is not
 *    documented), and with the notes API (ExcelApi 1.18) the
 *    cells' notes and the sheet's threaded comments (ExcelApi 1.10; a cell
 *    with a threaded comment gets no note: Excel shows one or the other);
 * 2. write, in this order in one request: the new state first, then the
 *    colours, then the notes — so that whatever part of the request Excel
 *    refuses, the state already describes every cell touched and clearing
 *    can undo it. A cell already recorded keeps its first original.
 *
 * Clear (`queueClearVerify`, `queueRestore`): the cells are read again and
 * restored only where they still hold the colour allocheck put there — rows
 * or columns inserted or deleted since, or a user's new fill (another colour, or a pattern or shade over ours), leave a cell
 * out (reported as skipped) instead of painting the wrong cell. No fill is
 * restored with `fill.clear()`, a fill with its colour, pattern and tints.
 */
import type { Highlight } from "../../core/model/summary";
import { HIGHLIGHT_FILL } from "../../core/model/summary";
import type { Severity } from "../../core/model/finding";
import type { CellRange } from "../../core/model/workbook";
import { chunkAddresses, normalCell, parseRangeAddress, rangeAddress } from "./addresses";
import { sheetNameKey as sheetKey } from "../../core/model/sheetName";
import { a1, parseA1 } from "../../core/model/address";
import {
  FILL_STATE_KEY,
  STATE_LIMIT_BYTES,
  type FillState,
  type SavedEntry,
  type SavedFill,
  type SheetFillState,
  cellsOfEntries,
  decodeFillState,
  encodeFillState,
  encodedBytes,
  entriesOf,
  noteMark,
  savedFillFrom,
  type SavedCell,
} from "./fillState";
import { rectanglesOf } from "./rectangles";

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface HighlightGroup {
  readonly sheet: string;
  /** Canonical A1 → the highlight of that cell (the worst severity wins). */
  readonly cells: Map<string, Highlight>;
}

/** One target per cell (the worst severity wins), grouped by sheet (case-insensitive), in input order. */
export function groupHighlights(highlights: readonly Highlight[]): Map<string, HighlightGroup> {
  const bySheet = new Map<string, HighlightGroup>();
  for (const h of uniqueHighlights(highlights)) {
    const key = sheetKey(h.sheet);
    let group = bySheet.get(key);
    if (!group) {
      group = { sheet: h.sheet, cells: new Map() };
      bySheet.set(key, group);
    }
    group.cells.set(normalCell(h.cell), h);
  }
  return bySheet;
}

/** One highlight per cell (sheet names compared without case), with the worst severity. */
export function uniqueHighlights(highlights: readonly Highlight[]): Highlight[] {
  const byCell = new Map<string, Highlight>();
  for (const h of highlights) {
    const key = `${sheetKey(h.sheet)}!${normalCell(h.cell)}`;
    const before = byCell.get(key);
    if (before === undefined || SEVERITY_RANK[h.severity] < SEVERITY_RANK[before.severity]) {
      byCell.set(key, before === undefined ? h : { ...before, severity: h.severity });
    }
  }
  return [...byCell.values()];
}

/** Queues a read of the stored state. */
export function queueStateRead(context: Excel.RequestContext): Excel.Setting {
  const setting = context.workbook.settings.getItemOrNullObject(FILL_STATE_KEY);
  setting.load("value");
  return setting;
}

export function stateFrom(setting: Excel.Setting): FillState {
  return setting.isNullObject ? { sheets: [] } : decodeFillState(setting.value);
}

/** The state as it will be stored, or an error message when it would exceed the settings budget. */
export function encodeWithinLimit(state: FillState): string | null {
  const encoded = encodeFillState(state);
  return encodedBytes(encoded) > STATE_LIMIT_BYTES ? null : encoded;
}

/** Queues the state write (or its removal when empty). */
export function queueStateWrite(context: Excel.RequestContext, setting: Excel.Setting | null, state: FillState, encoded?: string): void {
  if (state.sheets.every((s) => s.entries.length === 0)) {
    if (setting !== null && !setting.isNullObject) setting.delete();
    return;
  }
  context.workbook.settings.add(FILL_STATE_KEY, encoded ?? encodeFillState(state));
}

/** The state's entry for a sheet, matched by id first, then by name. */
export function findSheetState(state: FillState, id: string | null, name: string): SheetFillState | undefined {
  return (
    (id !== null ? state.sheets.find((s) => s.id === id) : undefined) ??
    state.sheets.find((s) => sheetKey(s.name) === sheetKey(name))
  );
}

export interface QueuedFillRead {
  readonly sheet: Excel.Worksheet;
  readonly cells: Map<string, Highlight>;
  readonly areas: Excel.RangeAreas[];
  /** The cells' notes (ExcelApi 1.18), or null when notes are not written. */
  readonly notes: Map<string, Excel.Note> | null;
  /** The sheet's threaded comments (ExcelApi 1.10), when notes are written. */
  readonly comments: Excel.CommentCollection | null;
  /** Their cells, after `queueCommentLocations`. */
  commentRanges: Excel.Range[];
}

/** Step 1 of applying: queue reads of the current fills, protection, notes and comments. */
export function queueFillReads(
  context: Excel.RequestContext,
  groups: Map<string, HighlightGroup>,
  features: { notes: boolean; comments: boolean },
): QueuedFillRead[] {
  const reads: QueuedFillRead[] = [];
  for (const { sheet: name, cells } of groups.values()) {
    const sheet = context.workbook.worksheets.getItem(name);
    const sheetComments = features.notes && features.comments ? context.workbook.worksheets.getItem(name).comments : null;
    sheet.load("id,name");
    sheet.protection.load("protected");
    const areas = chunkAddresses([...cells.keys()]).map((chunk) => {
      const ranges = sheet.getRanges(chunk);
      ranges.areas.load(
        "items/address,items/format/fill/color,items/format/fill/pattern,items/format/fill/patternColor,items/format/fill/tintAndShade,items/format/fill/patternTintAndShade",
      );
      return ranges;
    });
    let notes: Map<string, Excel.Note> | null = null;
    let comments: Excel.CommentCollection | null = null;
    if (features.notes) {
      notes = new Map();
      for (const cell of cells.keys()) {
        const note = sheet.notes.getItemOrNullObject(cell);
        note.load("content");
        notes.set(cell, note);
      }
      if (sheetComments !== null) {
        comments = sheetComments;
        comments.load("items/id");
      }
    }
    reads.push({ sheet, cells, areas, notes, comments, commentRanges: [] });
  }
  return reads;
}

/** After step 1: queue the cells of the sheets' threaded comments; true when there are any (one more sync). */
export function queueCommentLocations(reads: readonly QueuedFillRead[]): boolean {
  let queued = false;
  for (const read of reads) {
    if (read.comments === null) continue;
    for (const comment of read.comments.items) {
      const range = comment.getLocation();
      range.load("address");
      read.commentRanges.push(range);
      queued = true;
    }
  }
  return queued;
}

/** The first sheet of `reads` that is protected, if any. */
export function protectedSheetOf(reads: ReadonlyArray<{ sheet: Excel.Worksheet }>): string | null {
  for (const { sheet } of reads) if (sheet.protection.protected) return sheet.name;
  return null;
}

export interface ApplyPlan {
  readonly state: FillState;
  readonly encoded: string | null;
}

/** Step 2a: the state after this batch (first originals kept), and its encoding (null when over the limit). */
export function planApply(reads: readonly QueuedFillRead[], state: FillState): ApplyPlan {
  const sheets = [...state.sheets];
  for (const read of reads) {
    const id = read.sheet.id;
    const name = read.sheet.name;
    const current = new Map<string, SavedFill>();
    for (const ranges of read.areas) {
      for (const area of ranges.areas.items) {
        const rect = parseRangeAddress(area.address);
        const f = area.format.fill;
        current.set(a1(rect.top, rect.left), savedFillFrom(f.color, f.pattern, f.patternColor, f.tintAndShade, f.patternTintAndShade));
      }
    }
    const withComment = new Set(read.commentRanges.map((r) => normalCell(rangeAddress(parseRangeAddress(r.address)))));
    const before = findSheetState({ sheets }, id, name);
    const known = new Map<string, SavedCell>();
    for (const c of cellsOfEntries(before?.entries ?? [])) known.set(a1(c.row, c.col), c);
    const cells = cellsOfEntries(before?.entries ?? []).filter((c) => !read.cells.has(a1(c.row, c.col)));
    for (const [cell, highlight] of read.cells) {
      const { row, col } = parseA1(cell);
      const prior = known.get(cell);
      const original = prior?.original ?? current.get(cell);
      if (original === undefined) continue;
      const applied = HIGHLIGHT_FILL[highlight.severity];
      let note: string | null | undefined = prior?.note;
      const proxy = read.notes?.get(cell);
      // allocheck writes its note where the notes API is and no threaded comment is (see queueFillWrites).
      const writes = proxy !== undefined && !withComment.has(cell);
      if (writes && note === undefined) note = proxy.isNullObject ? null : proxy.content;
      const mark = writes ? noteMark(highlight.note) : prior?.mark;
      const saved: SavedCell = note === undefined ? { row, col, original, applied } : { row, col, original, applied, note };
      cells.push(note !== undefined && mark !== undefined ? { ...saved, mark } : saved);
    }
    const entry: SheetFillState = { id, name, entries: entriesOf(cells) };
    if (before) sheets[sheets.indexOf(before)] = entry;
    else sheets.push(entry);
  }
  const next: FillState = { sheets };
  return { state: next, encoded: encodeWithinLimit(next) };
}

/** Step 2b: queue the colours and the notes (after the state write). */
export function queueFillWrites(reads: readonly QueuedFillRead[]): void {
  for (const read of reads) {
    const withComment = new Set(read.commentRanges.map((r) => normalCell(rangeAddress(parseRangeAddress(r.address)))));
    const byColour = new Map<string, string[]>();
    for (const [cell, highlight] of read.cells) {
      const colour = HIGHLIGHT_FILL[highlight.severity];
      const list = byColour.get(colour) ?? [];
      list.push(cell);
      byColour.set(colour, list);
    }
    for (const [colour, cells] of byColour) {
      for (const chunk of chunkAddresses(cells)) read.sheet.getRanges(chunk).format.fill.color = colour;
    }
    if (read.notes === null) continue;
    for (const [cell, highlight] of read.cells) {
      if (withComment.has(cell)) continue;
      const proxy = read.notes.get(cell);
      // A note proxy exists only where the notes API does (ExcelApi 1.18, checked when the reads were queued).
      if (proxy !== undefined) {
        if (proxy.isNullObject) read.sheet.notes.add(cell, highlight.note);
        else proxy.content = highlight.note;
      }
    }
  }
}

// ---- Clearing ---------------------------------------------------------------------

export interface LiveSheetState {
  readonly entry: SheetFillState;
  readonly sheet: Excel.Worksheet;
}

/** The state's sheets that still exist (by id, else by name), with their worksheet from a loaded collection. */
export function liveEntries(worksheets: Excel.WorksheetCollection, state: FillState): LiveSheetState[] {
  const live = worksheets.items;
  const out: LiveSheetState[] = [];
  for (const entry of state.sheets) {
    const sheet =
      (entry.id !== null ? live.find((s) => s.id === entry.id) : undefined) ??
      live.find((s) => sheetKey(s.name) === sheetKey(entry.name));
    if (sheet) out.push({ entry, sheet });
  }
  return out;
}

export interface QueuedVerify {
  readonly sheet: Excel.Worksheet;
  readonly entries: readonly SavedEntry[];
  readonly areas: Excel.RangeAreas[];
  /** Notes of one-cell entries where allocheck wrote one (notes API only). */
  readonly notes: Map<string, Excel.Note>;
}

/** Clear, step 1: read each recorded cell's current fill (and allocheck's notes) to verify it. */
export function queueClearVerify(live: readonly LiveSheetState[], withNotes: boolean): QueuedVerify[] {
  return live.map(({ entry, sheet }) => {
    const cells = cellsOfEntries(entry.entries).map((c) => a1(c.row, c.col));
    const areas = chunkAddresses(cells).map((chunk) => {
      const ranges = sheet.getRanges(chunk);
      ranges.areas.load("items/address,items/format/fill/color,items/format/fill/pattern,items/format/fill/tintAndShade");
      return ranges;
    });
    const notes = new Map<string, Excel.Note>();
    if (withNotes) {
      for (const c of cellsOfEntries(entry.entries)) {
        if (c.note === undefined) continue;
        const cell = a1(c.row, c.col);
        const note = sheet.notes.getItemOrNullObject(cell);
        note.load("content");
        notes.set(cell, note);
      }
    }
    return { sheet, entries: entry.entries, areas, notes };
  });
}

export interface ClearOutcome {
  /** Cells given back their original fill. */
  readonly restored: number;
  /** Cells left alone because they no longer hold allocheck's colour (rows moved, the user re-filled them). */
  readonly skipped: readonly string[];
  /** Cells whose note allocheck could not restore (a host without the notes API). */
  readonly notesLeft: number;
}

/** Clear, step 2: restore the cells that still hold allocheck's colour. */
export function queueRestore(verify: readonly QueuedVerify[], withNotes: boolean): ClearOutcome {
  let restored = 0;
  let notesLeft = 0;
  const skipped: string[] = [];
  for (const v of verify) {
    const now = new Map<string, NowFill>();
    for (const ranges of v.areas) {
      for (const area of ranges.areas.items) {
        const rect = parseRangeAddress(area.address);
        const f = area.format.fill;
        now.set(a1(rect.top, rect.left), { color: f.color.toUpperCase(), pattern: f.pattern, tint: f.tintAndShade });
      }
    }
    const groups = new Map<string, { fill: SavedFill; cells: string[] }>();
    for (const c of cellsOfEntries(v.entries)) {
      const cell = a1(c.row, c.col);
      if (!stillAllochecks(now.get(cell), c)) {
        skipped.push(`${v.sheet.name}!${cell}`);
        continue;
      }
      const key = JSON.stringify(c.original);
      const group = groups.get(key) ?? { fill: c.original, cells: [] };
      group.cells.push(cell);
      groups.set(key, group);
      restored++;
      if (c.note === undefined) continue;
      if (withNotes) queueNoteRestore(v.sheet, v.notes.get(cell), cell, c.note, c.mark);
      else notesLeft++;
    }
    for (const { fill, cells } of groups.values()) {
      for (const chunk of chunkAddresses(compactAddresses(cells))) queueFill(v.sheet.getRanges(chunk).format.fill, fill);
    }
  }
  return { restored, skipped, notesLeft };
}

interface NowFill {
  readonly color: string;
  readonly pattern: string | null;
  readonly tint: number | null;
}

/**
 * Whether a recorded cell still looks as allocheck left it: its colour, and
 * no pattern or tint but the cell's own from before (setting a colour keeps
 * or drops those, which Excel does is not documented: both are accepted). A
 * pattern or shade the user laid over allocheck's colour makes the fill
 * theirs: it is left, and the cell reported.
 */
function stillAllochecks(now: NowFill | undefined, cell: SavedCell): boolean {
  if (now === undefined || now.tint === null || now.color !== cell.applied.toUpperCase()) return false;
  const pattern = now.pattern === "Solid" ? null : now.pattern;
  if (pattern !== null && pattern !== cell.original.pattern) return false;
  return now.tint === 0 || now.tint === cell.original.tint;
}

/**
 * Puts a cell's original note back (ExcelApi 1.18): none removes allocheck's.
 * A note that is no longer the one allocheck wrote (its `mark`) was written
 * into by the user since: it is theirs and stays.
 */
function queueNoteRestore(sheet: Excel.Worksheet, note: Excel.Note | undefined, cell: string, original: string | null, mark: string | undefined): void {
  const exists = note !== undefined && !note.isNullObject;
  if (exists && mark !== undefined && noteMark(note.content) !== mark) return;
  if (original === null) {
    if (exists) note.delete();
  } else if (exists) note.content = original;
  else sheet.notes.add(cell, original);
}

/** Writes a saved fill back: no fill by clearing; a fill by colour, pattern and tints. */
function queueFill(target: Excel.RangeFill, fill: SavedFill): void {
  target.clear();
  if (fill.color === null) return;
  if (fill.pattern !== null) target.pattern = fill.pattern as Excel.FillPattern;
  target.color = fill.color;
  if (fill.tint !== 0) target.tintAndShade = fill.tint;
  if (fill.pattern !== null && fill.patternColor !== null) target.patternColor = fill.patternColor;
  if (fill.pattern !== null && fill.patternTint !== 0) target.patternTintAndShade = fill.patternTint;
}

/** Cells as rectangle addresses (`B2:AE2`): fewer, shorter area lists. */
function compactAddresses(cells: readonly string[]): string[] {
  const points = cells.map((c) => {
    const { row, col } = parseA1(c);
    return [row, col] as const;
  });
  return rectanglesOf(points).map((r: CellRange) => rangeAddress(r));
}
