/** A unit note over the table — `ĐVT: triệu đồng`, `Đơn vị tính: nghìn đồng` — that applies to its money lines. */
import { foldText } from "../text/fold";
import { findUnitInText, type UnitInfo } from "../text/units";
import type { Grid } from "./grid";

/** `ĐVT:` / `Đơn vị tính:` anywhere in a cell (after a title's line break, in brackets), `Đơn vị:` only opening it. */
const NOTE = /^\(?\s*(dvt|don vi tinh|don vi)\s*[:：]|(?:^|[^a-z])(dvt|don vi tinh)\s*[:：]/;

/** The unit declared in a note in rows `0..lastRow`, or null. */
export function findUnitNote(grid: Grid, lastRow: number): { unit: UnitInfo; text: string } | null {
  const cols = Math.min(grid.colCount, 80);
  for (let row = 0; row <= Math.min(lastRow, grid.rowCount - 1); row++) {
    for (let col = 0; col < cols; col++) {
      const value = grid.value(row, col);
      if (typeof value !== "string" || !NOTE.test(foldText(value))) continue;
      const note = noteOf(value);
      const unit = multiplierNote(note) ?? findUnitInText(note);
      if (unit) return { unit, text: note.replace(/^\(?\s*[^:：]*[:：]\s*/, "").replace(/\).*$/s, "").trim() };
    }
  }
  return null;
}

/** The note inside a cell's text: from its `ĐVT` / `Đơn vị tính` on (a title may come before it, on the line above). */
function noteOf(value: string): string {
  const folded = foldText(value);
  const at = /(?:^|[^a-z])(dvt|don vi tinh)\s*[:：]/.exec(folded);
  if (at === null || folded.length !== value.length) return value;
  return value.slice(at.index + at[0].indexOf(at[1]));
}

/** A note declaring money as a multiplier: `ĐVT: 1.000 đồng` → ×1 000, `ĐVT: 1.000.000đ` → ×1 000 000. */
function multiplierNote(note: string): UnitInfo | null {
  const match = /[:：]\s*1((?:[.,\s]?000)+)\s*(?:đồng|đ|vnđ|vnd)(?![\p{L}])/iu.exec(note.normalize("NFC"));
  if (match === null) return null;
  return { kind: "money", scale: 10 ** match[1].replace(/[^0]/g, "").length };
}
