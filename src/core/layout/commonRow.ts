/**
 * The common row of a one-label-column area axis, read on its own: a commune
 * named by its prefix (`Xã Tân Lập`), a cell of its own (no merge), with
 * figures, numbered by no Roman numeral and heading no items, its name in no
 * list of the plan's and opening like no kind of communes (`Xã khu vực III`).
 * Every test of `rowFacts`' full reading reads such a row as a commune by its
 * prefix; this small function reads it so without the rest, row after row
 * (most rows of a large sheet), so that its compiled code stays small.
 */
import { CLS_AREA, LEVEL_LOWER, type RowFacts } from "./areaTree";
import type { Frame } from "./frame";
import { readTidyRowLabel, type RowLabel } from "./labels";
import type { SttMarks } from "./sttMarks";
import { isNoteText } from "./trailer";

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
 * Reads the common rows of the area axis from the `k`th on into `facts`, and
 * returns the index of the first row that is not one (or the rows' count):
 * that row is left to the full reading. The caller asks only with no
 * correction set and no run of parts (`Trong đó`, funding sources) or bullets
 * open, which the full reading weighs first; a common row opens none.
 */
export function readCommonRows(
  frame: Frame,
  k: number,
  col: number,
  stt: SttMarks,
  facts: RowFacts,
  blank: (row: number) => boolean,
  upper: ReadonlySet<string>,
  lower: ReadonlySet<string>,
  label: RowLabel,
): number {
  const grid = frame.grid;
  const positions = frame.areaPositions;
  for (; k < positions.length; k++) {
    const row = positions[k];
    if (grid.mergeAt(row, col) !== undefined) return k;
    const value = grid.value(row, col);
    if (typeof value !== "string" || value === "" || !readTidyRowLabel(value, label)) return k;
    const key = label.key;
    if (label.level !== "commune" || isNoteText(value) || blank(row) || upper.has(key) || lower.has(key)) return k;
    if (stt.roman(k) || stt.numberedGroup(k) || mayNameAGroup(null, key)) return k;
    facts.add(row, value, col, key, CLS_AREA, false, LEVEL_LOWER, "prefix");
  }
  return k;
}
