/**
 * The unit a plan table with no unit column states for its lines: in its
 * target header (`Kế hoạch (triệu đồng)`, `Số lượng (tổ)`, `Mục tiêu (ĐVT:
 * người)`), else a money note over it (`ĐVT: triệu đồng`). One reading for
 * every table of the plan sheet, the first as the further ones. A table split
 * by area (an allocation sheet picked as the plan: `Địa bàn` in its header,
 * figures under its name header) states no unit for plan lines: it is no plan
 * table, whatever its header or a note over it says.
 */
import { a1 } from "../model/address";
import { shownText, type Grid } from "../layout/grid";
import { isUnitText } from "../layout/cells";
import { findUnitNote } from "../layout/unitNote";
import { areaHeaderInRow } from "./planAreas";
import type { PlanHeader } from "./planHeader";
import type { WrittenUnit } from "./unitDoubts";
import { perAreaUnit, type PerAreaUnit } from "./planValues";

/** What each pair of parentheses in a text holds, a leading `ĐVT:` / `Đơn vị tính:` left out. */
function* parenthesized(text: string): Generator<string> {
  for (const match of text.matchAll(/\(([^()]*)\)/g)) yield match[1].replace(/^\s*(đvt|dvt|đơn vị tính|đơn vị)\s*[:：]?\s*/i, "").trim();
}

/** A unit in parentheses in a text (`Kế hoạch (triệu đồng)`, `Số người được tập huấn (người)`, `(ĐVT: tổ)`), or null. */
export function unitInParens(text: string): string | null {
  for (const inner of parenthesized(text)) if (inner !== "" && isUnitText(inner)) return inner;
  return null;
}

/** `tổ`, `triệu đồng` alone in a header row under the first (a row of the columns' units): the unit; null for anything else. */
function bareUnit(text: string, row: number, header: PlanHeader): string | null {
  return row > header.row && isUnitText(text) ? text.trim() : null;
}

/** A unit in parentheses in the header of column `col` (its lowest header row first), or alone in a row under the first, with its cell, or null. */
export function headerUnit(grid: Grid, header: PlanHeader, col: number): WrittenUnit | null {
  for (let row = header.bottom; row >= header.row; row--) {
    const text = shownText(grid, row, col);
    const unit = unitInParens(text) ?? bareUnit(text, row, header);
    if (unit !== null) return { text: unit, cell: a1(row, col) };
  }
  return null;
}

/**
 * The unit of a column headed with a unit that may be written per area: as
 * `headerUnit`, or a unit of one of `kinds` written per area in parentheses
 * (`Kinh phí (triệu đồng/xã)`, `Kế hoạch (tổ/xã)`), the figure for each area.
 */
function perAreaHeaderUnit(grid: Grid, header: PlanHeader, col: number, kinds: ReadonlyArray<PerAreaUnit["kind"]>): WrittenUnit | null {
  for (let row = header.bottom; row >= header.row; row--) {
    const text = shownText(grid, row, col);
    const each = row > header.row ? perAreaUnit(text) : null;
    const unit = unitInParens(text) ?? perAreaInParens(text, kinds) ?? bareUnit(text, row, header) ?? (each !== null && kinds.includes(each.kind) ? text.trim() : null);
    if (unit !== null) return { text: unit, cell: a1(row, col) };
  }
  return null;
}

/** The unit of a money column beside the counts: as `headerUnit`, or money written per area (`Kinh phí (triệu đồng/xã)`), the money for each area. */
export function moneyHeaderUnit(grid: Grid, header: PlanHeader, col: number): WrittenUnit | null {
  return perAreaHeaderUnit(grid, header, col, ["money"]);
}

/** The unit of the target column: as `headerUnit`, or a count or money written per area (`Kế hoạch (tổ/xã)`, `Kế hoạch (triệu đồng/xã)`), the figure for each area. */
export function targetHeaderUnit(grid: Grid, header: PlanHeader, col: number): WrittenUnit | null {
  return perAreaHeaderUnit(grid, header, col, ["count", "money"]);
}

/** `(triệu đồng/xã)`, `(ĐVT: tổ/huyện)` in a text: a unit of one of `kinds` written per area, or null. */
function perAreaInParens(text: string, kinds: ReadonlyArray<PerAreaUnit["kind"]>): string | null {
  for (const inner of parenthesized(text)) {
    const perArea = perAreaUnit(inner);
    if (perArea !== null && kinds.includes(perArea.kind)) return inner;
  }
  return null;
}

/** A money unit note over the table (`ĐVT: triệu đồng`), with its cell, or null. */
export function moneyNoteOver(grid: Grid, header: PlanHeader): WrittenUnit | null {
  if (header.row === 0) return null;
  const note = findUnitNote(grid, header.row - 1);
  return note !== null && note.unit.kind === "money" ? { text: note.text, cell: a1(note.row, note.col) } : null;
}

/** Body rows read to tell names from figures under the name header. */
const NAME_SCAN_ROWS = 20;

/**
 * The table under `header` is split by area: an area column in its header
 * rows (or the row below), or figures, not names, under its name header
 * (`Chỉ tiêu đến năm 2025` over the indicators' columns of an allocation).
 */
export function splitByArea(grid: Grid, header: PlanHeader): boolean {
  const last = Math.min(grid.rowCount - 1, header.bottom + 1);
  for (let row = header.row; row <= last; row++) if (areaHeaderInRow(grid, row) !== null) return true;
  const col = header.columns.name;
  if (col === undefined) return false;
  let names = 0;
  let figures = 0;
  for (let row = header.bottom + 1; row < Math.min(grid.rowCount, header.bottom + 1 + NAME_SCAN_ROWS); row++) {
    const value = grid.value(row, col);
    if (typeof value === "number") figures++;
    else if (typeof value === "string" && value.trim() !== "") {
      if (/^[\d\s.,%-]+$/.test(value.trim())) figures++;
      else names++;
    }
  }
  return figures > names;
}

/** The unit the table states for lines with none of their own, when it has no unit column: its target header's, else a money note's; null when none or when the table is split by area. */
export function statedTableUnit(grid: Grid, header: PlanHeader): WrittenUnit | null {
  const target = header.columns.target;
  if (target === undefined || splitByArea(grid, header)) return null;
  return targetHeaderUnit(grid, header, target) ?? moneyNoteOver(grid, header);
}

/** True when the table has a unit column, or states one for its lines (`statedTableUnit`). */
export function hasUnit(grid: Grid, header: PlanHeader): boolean {
  return header.columns.unit !== undefined || statedTableUnit(grid, header) !== null;
}
