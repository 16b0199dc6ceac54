/** A unit note over the table — `ĐVT: triệu đồng`, `Đơn vị tính: nghìn đồng` — that applies to its money lines. */
import { foldText } from "../text/fold";
import { moneyScale, moneyUnitName, parseUnit, type UnitInfo } from "../text/units";
import type { Grid } from "./grid";

/**
 * Where a note starts in a folded cell text and where its unit begins:
 * `ĐVT:` / `Đơn vị tính:` / `ĐVT kinh phí:` / `Đơn vị tính -` anywhere (after a
 * title or a `Kèm theo …` line, in brackets); `ĐVT triệu đồng` without a colon
 * only when a money unit follows; `Đơn vị:` only opening the cell or a bracket
 * (`Đơn vị hành chính` is a header, not a note).
 */
const NOTE =
  /(?:^|[^a-z])(?:(?:dvt|don vi tinh)(?: (?:kinh phi|tien|von|so tien))?\s*(?:[:：]|\s[-–]\s)|(?:dvt|don vi tinh) (?=(?:ty|trieu|tr|nghin|ngan|dong|1[.,]?000)(?![a-z]))|(?:(?<=^)|(?<=\())\s*don vi\s*[:：])\s*/;

/** The unit declared in a note in rows `0..lastRow`, with the note's cell (0-based), or null. */
export function findUnitNote(grid: Grid, lastRow: number): { unit: UnitInfo; text: string; row: number; col: number } | null {
  const cols = Math.min(grid.colCount, 80);
  for (let row = 0; row <= Math.min(lastRow, grid.rowCount - 1); row++) {
    for (let col = 0; col < cols; col++) {
      const value = grid.value(row, col);
      if (typeof value !== "string") continue;
      const note = readNote(value);
      if (note !== null) return { ...note, row, col };
    }
  }
  return null;
}

/** The unit of a note cell's text, or null when it holds no note of a known unit. */
export function readNote(value: string): { unit: UnitInfo; text: string } | null {
  const { folded, from } = foldWithPositions(value);
  const at = NOTE.exec(folded);
  if (at === null) return null;
  const start = at.index + at[0].length;
  const rest = folded.slice(start);
  const multiplier = multiplierNote(rest);
  if (multiplier !== null) return { unit: multiplier, text: moneyUnitName(multiplier.scale) };
  const noteText = /^[^;,\n()]*/.exec(rest)![0].trim();
  if (noteText === "") return null;
  const money = moneyWords(noteText);
  const unit = money?.unit ?? parseUnit(noteText);
  const unitText = money?.words ?? noteText;
  // The words as typed: from the unit's first folded character to the original character after its last.
  const end = start + unitText.length;
  return { unit, text: value.slice(from[start], end < from.length ? from[end] : value.length).trim() };
}

/** Folded text (as `foldText`, spaces collapsed) and, per folded character, the index of the original character it came from. */
function foldWithPositions(value: string): { folded: string; from: number[] } {
  let folded = "";
  const from: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    const piece = /\s/.test(ch) ? (folded.endsWith(" ") ? "" : " ") : foldText(ch);
    for (const c of piece) {
      folded += c;
      from.push(i);
    }
  }
  return { folded, from };
}

/** Money named by the first words of a note, before any other text on the title line: `triệu đồng   Biểu số 02` → ×1e6. */
function moneyWords(noteText: string): { unit: UnitInfo; words: string } | null {
  const words = noteText.split(" ");
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const unitWords = words.slice(0, n).join(" ");
    const scale = moneyScale(unitWords);
    if (scale !== null) return { unit: { kind: "money", scale }, words: unitWords.replace(/[.]$/, "") };
  }
  return null;
}

/** A note declaring money as a multiplier: `1.000 đồng` → ×1 000, `1.000.000đ` → ×1 000 000 (text folded). */
function multiplierNote(rest: string): UnitInfo | null {
  const match = /^1((?:[.,\s]?000)+)\s*(?:dong|d|vnd)(?![a-z])/.exec(rest);
  if (match === null) return null;
  return { kind: "money", scale: 10 ** match[1].replace(/[^0]/g, "").length };
}
