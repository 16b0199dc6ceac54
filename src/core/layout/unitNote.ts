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

/** The unit declared in a note in rows `0..lastRow`, or null. */
export function findUnitNote(grid: Grid, lastRow: number): { unit: UnitInfo; text: string } | null {
  const cols = Math.min(grid.colCount, 80);
  for (let row = 0; row <= Math.min(lastRow, grid.rowCount - 1); row++) {
    for (let col = 0; col < cols; col++) {
      const value = grid.value(row, col);
      if (typeof value !== "string") continue;
      const note = readNote(value);
      if (note !== null) return note;
    }
  }
  return null;
}

/** The unit of a note cell's text, or null when it holds no note of a known unit. */
export function readNote(value: string): { unit: UnitInfo; text: string } | null {
  const folded = foldText(value);
  const at = NOTE.exec(folded);
  if (at === null) return null;
  const rest = folded.slice(at.index + at[0].length);
  const multiplier = multiplierNote(rest);
  if (multiplier !== null) return { unit: multiplier, text: moneyUnitName(multiplier.scale) };
  const unitText = /^[^;,\n()]*/.exec(rest)![0].trim();
  if (unitText === "") return null;
  const unit = moneyWords(unitText) ?? parseUnit(unitText);
  // The words as typed when folding kept the positions (NFC text), else the folded words.
  const shown = folded.length === value.length ? value.slice(at.index + at[0].length, at.index + at[0].length + unitText.length) : unitText;
  return { unit, text: shown.trim() };
}

/** Money named by the first words of a note, before any other text on the title line: `triệu đồng   Biểu số 02` → ×1e6. */
function moneyWords(unitText: string): UnitInfo | null {
  const words = unitText.split(" ");
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const scale = moneyScale(words.slice(0, n).join(" "));
    if (scale !== null) return { kind: "money", scale };
  }
  return null;
}

/** A note declaring money as a multiplier: `1.000 đồng` → ×1 000, `1.000.000đ` → ×1 000 000 (text folded). */
function multiplierNote(rest: string): UnitInfo | null {
  const match = /^1((?:[.,\s]?000)+)\s*(?:dong|d|vnd)(?![a-z])/.exec(rest);
  if (match === null) return null;
  return { kind: "money", scale: 10 ** match[1].replace(/[^0]/g, "").length };
}
