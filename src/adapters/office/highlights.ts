/**
 * Reversible highlights in two round trips, whatever the number of cells:
 *
 * 1. read: the stored original fills (add-in settings), the sheets' ids, and
 *    the current fill of every target cell through `getRanges` area lists
 *    (each under ~8 000 characters);
 * 2. write: one `getRanges(...).format.fill.color` per colour and chunk, and
 *    the updated state. A cell already recorded keeps its first original, so
 *    allocheck's own colour is never taken for the user's.
 *
 * With the notes API (ExcelApi 1.18) the cell's note gets the message, and
 * the original note (or its absence) is kept alongside the fill.
 *
 * Clearing: read the state (1), restore each original — `fill.clear()` for
 * no fill — and delete the state (2). Notes are deleted or rewritten by
 * address; if the user removed one meanwhile, the restore runs again after
 * looking the notes up (two more syncs).
 */
import type { Highlight } from "../../core/model/summary";
import { HIGHLIGHT_FILL } from "../../core/model/summary";
import { severityRank } from "../../core/model/severity";
import { chunkAddresses, normalCell, parseRangeAddress } from "./addresses";
import { sheetNameKey as sheetKey } from "../../core/model/sheetName";
import { a1 } from "../../core/model/address";
import {
  FILL_STATE_KEY,
  type FillState,
  type SavedFill,
  type SheetFillState,
  cellCount,
  decodeFillState,
  encodeFillState,
  savedFillFrom,
} from "./fillState";

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
    if (before === undefined || severityRank(h.severity) < severityRank(before.severity)) {
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

/** Queues the state write (or its removal when empty). */
export function queueStateWrite(context: Excel.RequestContext, setting: Excel.Setting, state: FillState): void {
  if (cellCount(state) === 0) {
    if (!setting.isNullObject) setting.delete();
    return;
  }
  context.workbook.settings.add(FILL_STATE_KEY, encodeFillState(state));
}

/** The state's entry for a sheet, matched by id first, then by name. */
export function findSheetState(state: FillState, id: string | null, name: string): SheetFillState | undefined {
  return (
    (id !== null ? state.sheets.find((s) => s.id === id) : undefined) ??
    state.sheets.find((s) => sheetKey(s.name) === sheetKey(name))
  );
}

interface QueuedFillRead {
  readonly sheet: Excel.Worksheet;
  readonly sheetName: string;
  readonly cells: Map<string, Highlight>;
  readonly areas: Excel.RangeAreas[];
  /** The cells' notes (ExcelApi 1.18), or null when notes are not written. */
  readonly notes: Map<string, Excel.Note> | null;
}

/** Step 1 of `applyHighlights`: queue reads of the current fills (and notes). */
export function queueFillReads(context: Excel.RequestContext, groups: Map<string, HighlightGroup>, withNotes: boolean): QueuedFillRead[] {
  const reads: QueuedFillRead[] = [];
  for (const { sheet: name, cells } of groups.values()) {
    const sheet = context.workbook.worksheets.getItem(name);
    sheet.load("id,name");
    const areas = chunkAddresses([...cells.keys()]).map((chunk) => {
      const ranges = sheet.getRanges(chunk);
      ranges.areas.load("items/address,items/format/fill/color,items/format/fill/pattern,items/format/fill/patternColor");
      return ranges;
    });
    let notes: Map<string, Excel.Note> | null = null;
    if (withNotes) {
      notes = new Map();
      for (const cell of cells.keys()) {
        const note = sheet.notes.getItemOrNullObject(cell);
        note.load("content");
        notes.set(cell, note);
      }
    }
    reads.push({ sheet, sheetName: name, cells, areas, notes });
  }
  return reads;
}

/** Step 2: merge the reads into the state and queue the colouring (and notes). */
export function queueFillWrites(reads: readonly QueuedFillRead[], state: FillState): FillState {
  const sheets = state.sheets.map((s) => ({ ...s, cells: new Map(s.cells) }));
  const next: FillState = { sheets };
  for (const read of reads) {
    const id = read.sheet.id;
    const name = read.sheet.name;
    let entry = findSheetState(next, id, name);
    if (!entry) {
      entry = { id, name, cells: new Map() };
      sheets.push(entry);
    } else if (entry.id !== id || entry.name !== name) {
      const updated: SheetFillState = { id, name, cells: entry.cells };
      sheets[sheets.indexOf(entry)] = updated;
      entry = updated;
    }
    const current = new Map<string, SavedFill>();
    for (const ranges of read.areas) {
      for (const area of ranges.areas.items) {
        const rect = parseRangeAddress(area.address);
        const fill = area.format.fill;
        current.set(a1(rect.top, rect.left), savedFillFrom(fill.color, fill.pattern, fill.patternColor));
      }
    }
    const byColour = new Map<string, string[]>();
    for (const [cell, highlight] of read.cells) {
      const colour = HIGHLIGHT_FILL[highlight.severity];
      const known = entry.cells.get(cell);
      const original = known?.original ?? current.get(cell);
      if (original === undefined) continue;
      let note = known?.note;
      const noteProxy = read.notes?.get(cell);
      if (noteProxy !== undefined) {
        const existing = noteProxy.isNullObject ? null : noteProxy.content;
        // The first original stays: a note already written by allocheck is not the user's.
        if (note === undefined) note = existing;
        const text = highlight.note;
        if (noteProxy.isNullObject) read.sheet.notes.add(cell, text);
        else noteProxy.content = text;
      }
      entry.cells.set(cell, note === undefined ? { original, applied: colour } : { original, applied: colour, note });
      const list = byColour.get(colour) ?? [];
      list.push(cell);
      byColour.set(colour, list);
    }
    for (const [colour, cells] of byColour) {
      for (const chunk of chunkAddresses(cells)) read.sheet.getRanges(chunk).format.fill.color = colour;
    }
  }
  return next;
}

/**
 * How notes are restored: `optimistic` assumes allocheck's notes are still
 * there (deletes or rewrites them by address; fails with ItemNotFound if the
 * user removed one); `checked` uses the notes loaded by `queueNoteChecks`.
 */
export type NoteRestore = { readonly kind: "optimistic" } | { readonly kind: "checked"; readonly notes: Map<string, Excel.Note> };

/** For the checked restore: queue a look-up of every note allocheck wrote. */
export function queueNoteChecks(worksheets: Excel.WorksheetCollection, state: FillState): Map<string, Excel.Note> {
  const notes = new Map<string, Excel.Note>();
  for (const { entry, sheet } of liveEntries(worksheets, state)) {
    for (const [cell, saved] of entry.cells) {
      if (saved.note === undefined) continue;
      const note = sheet.notes.getItemOrNullObject(cell);
      note.load("content");
      notes.set(`${sheet.id}!${cell}`, note);
    }
  }
  return notes;
}

/** True when the state holds notes allocheck wrote. */
export function hasNotes(state: FillState): boolean {
  return state.sheets.some((s) => [...s.cells.values()].some((c) => c.note !== undefined));
}

function liveEntries(worksheets: Excel.WorksheetCollection, state: FillState): Array<{ entry: SheetFillState; sheet: Excel.Worksheet }> {
  const live = worksheets.items;
  const out: Array<{ entry: SheetFillState; sheet: Excel.Worksheet }> = [];
  for (const entry of state.sheets) {
    const sheet =
      (entry.id !== null ? live.find((s) => s.id === entry.id) : undefined) ??
      live.find((s) => sheetKey(s.name) === sheetKey(entry.name));
    if (sheet) out.push({ entry, sheet });
  }
  return out;
}

/** Queues the restoring of every recorded cell on the sheets that still exist; returns how many. */
export function queueRestore(
  worksheets: Excel.WorksheetCollection,
  state: FillState,
  notes: NoteRestore = { kind: "optimistic" },
): number {
  let restored = 0;
  for (const { entry, sheet } of liveEntries(worksheets, state)) {
    const groups = new Map<string, { fill: SavedFill; cells: string[] }>();
    for (const [cell, { original }] of entry.cells) {
      const key = `${original.color}|${original.pattern}|${original.patternColor}`;
      const group = groups.get(key) ?? { fill: original, cells: [] };
      group.cells.push(cell);
      groups.set(key, group);
    }
    for (const { fill, cells } of groups.values()) {
      for (const chunk of chunkAddresses(cells)) {
        const target = sheet.getRanges(chunk).format.fill;
        if (fill.color === null || fill.pattern === "None") {
          target.clear();
          continue;
        }
        if (fill.pattern !== "Solid") {
          target.clear();
          target.pattern = fill.pattern as Excel.FillPattern;
        }
        target.color = fill.color;
        if (fill.pattern !== "Solid" && fill.patternColor !== null) target.patternColor = fill.patternColor;
      }
    }
    for (const [cell, saved] of entry.cells) {
      if (saved.note === undefined) continue;
      if (notes.kind === "optimistic") {
        if (saved.note === null) sheet.notes.getItem(cell).delete();
        else sheet.notes.getItem(cell).content = saved.note;
        continue;
      }
      const current = notes.notes.get(`${sheet.id}!${cell}`);
      const exists = current !== undefined && !current.isNullObject;
      if (saved.note === null) {
        if (exists) current.delete();
      } else if (exists) current.content = saved.note;
      else sheet.notes.add(cell, saved.note);
    }
    restored += entry.cells.size;
  }
  return restored;
}
