/**
 * The unit a plan table gives in its target header (`Kế hoạch (triệu
 * đồng)`, `Số lượng (tổ)`, `Mục tiêu (ĐVT: người)`): with no unit column,
 * the unit of every line that names none of its own. One reading for every
 * table of the plan sheet, the first as the further ones.
 */
import { a1 } from "../model/address";
import { shownText, type Grid } from "../layout/grid";
import { isUnitText } from "../layout/cells";
import type { PlanHeader } from "./planHeader";
import type { WrittenUnit } from "./unitDoubts";

/** A unit in parentheses in the header of column `col` (its lowest header row first), with its cell, or null. */
export function headerUnit(grid: Grid, header: PlanHeader, col: number): WrittenUnit | null {
  for (let row = header.bottom; row >= header.row; row--) {
    const text = shownText(grid, row, col);
    for (const match of text.matchAll(/\(([^()]*)\)/g)) {
      const inner = match[1].replace(/^\s*(đvt|dvt|đơn vị tính|đơn vị)\s*[:：]?\s*/i, "").trim();
      if (inner !== "" && isUnitText(inner)) return { text: inner, cell: a1(row, col) };
    }
  }
  return null;
}

/** True when the table has a unit column, or its target header names the unit. */
export function hasUnit(grid: Grid, header: PlanHeader): boolean {
  const target = header.columns.target;
  return header.columns.unit !== undefined || (target !== undefined && headerUnit(grid, header, target) !== null);
}
