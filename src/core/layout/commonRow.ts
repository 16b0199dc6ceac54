/**
 * The common row of a one-label-column area axis: a commune named by its
 * prefix (`Xã Tân Lập`), a cell of its own (no merge), with figures, numbered
 * by no Roman numeral and heading no items, its name in no list of the
 * plan's and opening like no kind of communes (`Xã khu vực III`), no note,
 * no correction of the user's on it. `isCommonRow` is the one place that says
 * a row is one: `rowFacts` reads such a row as a commune by its prefix and
 * nothing else, by `readCommonRows` row after row (most rows of a large
 * sheet, so that the compiled code stays small) or, right after a run of
 * parts (`Trong đó`, funding sources) or bullets that it closes, by
 * `readRow` asking the same predicate. A row that is to be read otherwise
 * must fail `isCommonRow`: no test of the full reading is reached for it.
 */
import { CLS_AREA, LEVEL_LOWER, type RowFacts } from "./areaTree";
import type { Frame } from "./frame";
import { readTidyRowLabel, type RowLabel } from "./labels";
import type { SttMarks } from "./sttMarks";
import { isNoteText } from "./trailer";

/** What a sheet's common rows are told by, fixed for one reading of its area axis. */
export interface CommonRowSheet {
  readonly frame: Frame;
  /** The label column. */
  readonly col: number;
  readonly stt: SttMarks;
  /** The row (sheet index) holds no figures. */
  readonly blank: (row: number) => boolean;
  /** The plan's districts' and communes' keys. */
  readonly upper: ReadonlySet<string>;
  readonly lower: ReadonlySet<string>;
  /** The rows (sheet index) the user corrected, or null when no row is. */
  readonly corrected: ReadonlyMap<number, unknown> | null;
  /** The label of the row last asked about (one object, refilled): a common row's key is read from it. */
  readonly label: RowLabel;
}

/** The first two letters a label naming a group may open with (`namesAGroup`), each pair as one number (`pairCode`). */
const GROUP_OPENINGS = new Set(
  ["ca", "nh", "kh", "kv", "vu", "di", "th", "da", "bi", "an", "ng", "co"].map(
    (pair) => pairCode(pair),
  ),
);

/** The text's first two characters as one number. */
function pairCode(text: string): number {
  return text.charCodeAt(0) * 0x10000 + text.charCodeAt(1);
}

/** False when `namesAGroup` cannot hold: the label (or the name after a commune's prefix) opens with no group's letters. */
export function mayNameAGroup(
  folded: string | null,
  communeKey: string | null,
): boolean {
  const text = communeKey ?? folded;
  return text !== null && text.length > 1 && GROUP_OPENINGS.has(pairCode(text));
}

/**
 * True when the `k`th row of the area axis is a common row, its label then read
 * into `sheet.label`. Asked only with no run of parts or bullets open (the full
 * reading weighs a row in one as a part first; a common row closes the run).
 */
export function isCommonRow(sheet: CommonRowSheet, k: number): boolean {
  const grid = sheet.frame.grid;
  const row = sheet.frame.areaPositions[k];
  const col = sheet.col;
  if (grid.mergeAt(row, col) !== undefined) return false;
  const value = grid.value(row, col);
  const label = sheet.label;
  if (typeof value !== "string" || value === "" || !readTidyRowLabel(value, label)) return false;
  const key = label.key;
  if (label.level !== "commune" || isNoteText(value) || sheet.blank(row) || sheet.upper.has(key) || sheet.lower.has(key)) return false;
  if (sheet.stt.roman(k) || sheet.stt.numberedGroup(k) || mayNameAGroup(null, key)) return false;
  return sheet.corrected === null || !sheet.corrected.has(row);
}

/** Adds the `k`th row, which `isCommonRow` has just found common, to `facts`: a commune by its prefix. */
export function addCommonRow(sheet: CommonRowSheet, k: number, facts: RowFacts): void {
  const row = sheet.frame.areaPositions[k];
  const label = sheet.frame.grid.value(row, sheet.col) as string;
  facts.add(row, label, sheet.col, sheet.label.key, CLS_AREA, false, LEVEL_LOWER, "prefix");
}

/**
 * Reads the common rows of the area axis from the `k`th on into `facts`, and
 * returns the index of the first row that is not one (or the rows' count):
 * that row is left to the full reading.
 */
export function readCommonRows(sheet: CommonRowSheet, k: number, facts: RowFacts): number {
  const count = sheet.frame.areaPositions.length;
  for (; k < count && isCommonRow(sheet, k); k++) addCommonRow(sheet, k, facts);
  return k;
}
