/**
 * The original fills (and notes) of the cells allocheck coloured, kept in the workbook's
 * add-in settings (`Workbook.settings`, ExcelApi 1.4), which Excel saves
 * inside the file: clearing restores them after save, close and reopen, and
 * nothing shows in the user's sheets. Sheets are recorded by id and name, so
 * a renamed sheet is still found.
 */

export const FILL_STATE_KEY = "allocheck.highlights";

/** A cell's fill as Excel reports it; `color: null` is "no fill". */
export interface SavedFill {
  readonly color: string | null;
  readonly pattern: string;
  readonly patternColor: string | null;
}

export const NO_FILL: SavedFill = { color: null, pattern: "None", patternColor: null };

export interface SavedCell {
  readonly original: SavedFill;
  /** The colour allocheck applied. */
  readonly applied: string;
  /**
   * The cell's note before allocheck wrote its own: text, null for no note;
   * undefined when allocheck wrote no note (host without the notes API).
   */
  readonly note?: string | null;
}

export interface SheetFillState {
  readonly id: string | null;
  readonly name: string;
  /** A1 → what to restore. */
  readonly cells: Map<string, SavedCell>;
}

export interface FillState {
  readonly sheets: SheetFillState[];
}

type StoredCell =
  | [string, string | null, string, string | null, string]
  | [string, string | null, string, string | null, string, string | null];
interface Stored {
  readonly v: 1;
  readonly sheets: ReadonlyArray<{ readonly id: string | null; readonly name: string; readonly cells: readonly StoredCell[] }>;
}

export function emptyFillState(): FillState {
  return { sheets: [] };
}

export function cellCount(state: FillState): number {
  return state.sheets.reduce((n, s) => n + s.cells.size, 0);
}

/** The fill a read reported: pattern `None` is "no fill" (Excel reports its colour as white). */
export function savedFillFrom(color: string | null | undefined, pattern: string | null | undefined, patternColor: string | null | undefined): SavedFill {
  if (pattern === "None" || color === null || color === undefined) return NO_FILL;
  return { color: color.toUpperCase(), pattern: pattern ?? "Solid", patternColor: patternColor ?? null };
}

export function encodeFillState(state: FillState): string {
  const stored: Stored = {
    v: 1,
    sheets: state.sheets
      .filter((s) => s.cells.size > 0)
      .map((s) => ({
        id: s.id,
        name: s.name,
        cells: [...s.cells].map(
          ([cell, { original, applied, note }]): StoredCell =>
            note === undefined
              ? [cell, original.color, original.pattern, original.patternColor, applied]
              : [cell, original.color, original.pattern, original.patternColor, applied, note],
        ),
      })),
  };
  return JSON.stringify(stored);
}

/** Reads the stored state; anything unreadable counts as no state (never throws). */
export function decodeFillState(raw: unknown): FillState {
  let parsed: unknown = raw;
  if (typeof raw === "string") {
    try {
      parsed = JSON.parse(raw);
    } catch {
      return emptyFillState();
    }
  }
  const stored = parsed as Partial<Stored> | null;
  if (!stored || stored.v !== 1 || !Array.isArray(stored.sheets)) return emptyFillState();
  const sheets: SheetFillState[] = [];
  for (const s of stored.sheets) {
    if (!s || typeof s.name !== "string" || !Array.isArray(s.cells)) continue;
    const cells = new Map<string, SavedCell>();
    for (const c of s.cells) {
      if (!Array.isArray(c) || typeof c[0] !== "string" || typeof c[2] !== "string") continue;
      const saved: SavedCell = {
        original: { color: typeof c[1] === "string" ? c[1] : null, pattern: c[2], patternColor: typeof c[3] === "string" ? c[3] : null },
        applied: typeof c[4] === "string" ? c[4] : "",
      };
      cells.set(c[0], c.length > 5 ? { ...saved, note: typeof c[5] === "string" ? c[5] : null } : saved);
    }
    sheets.push({ id: typeof s.id === "string" ? s.id : null, name: s.name, cells });
  }
  return { sheets };
}
