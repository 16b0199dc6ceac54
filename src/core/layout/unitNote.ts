/** A unit note over the table — `ĐVT: triệu đồng`, `Đơn vị tính: nghìn đồng` — that applies to its money lines. */
import { foldText } from "../text/fold";
import { findUnitInText, type UnitInfo } from "../text/units";
import type { Grid } from "./grid";

const NOTE = /^\(?\s*(dvt|don vi tinh|don vi)\s*[:：]/;

/** The unit declared in a note in rows `0..lastRow`, or null. */
export function findUnitNote(grid: Grid, lastRow: number): { unit: UnitInfo; text: string } | null {
  const cols = Math.min(grid.colCount, 80);
  for (let row = 0; row <= Math.min(lastRow, grid.rowCount - 1); row++) {
    for (let col = 0; col < cols; col++) {
      const value = grid.value(row, col);
      if (typeof value !== "string" || !NOTE.test(foldText(value))) continue;
      const unit = findUnitInText(value);
      if (unit) return { unit, text: value.replace(/^\(?\s*[^:：]*[:：]\s*/, "").replace(/\)\s*$/, "").trim() };
    }
  }
  return null;
}
