/**
 * The unit of a plan line: its own unit cell (or one in parentheses closing
 * its name), else the unit the table states for its targets (the target
 * header's `Kế hoạch (triệu đồng)` or a note `ĐVT: triệu đồng` over the
 * table), else the money column's for money alone; and whether that unit
 * makes the target a figure for each area (`tổ/xã`).
 */
import { a1 } from "../model/address";
import { shownText, type Grid } from "../layout/grid";
import { findUnitNote } from "../layout/unitNote";
import { findUnitInText, parseUnit, type UnitInfo } from "../text/units";
import { wordKey } from "../text/fold";
import type { PlanHeader, PlanRole } from "./planHeader";
import { moneyHeaderUnit, targetHeaderUnit, unitInParens } from "./headerUnit";
import { perAreaOf, perAreaUnit, type PerAreaUnit } from "./planValues";
import type { StatedUnit, WrittenUnit } from "./unitDoubts";
import { hasAmount } from "./planCells";

/** A unit as the table gives it: its text, and its cell when it is written in one (a header). */
export interface TableUnit {
  readonly text: string;
  readonly cell?: string;
}

/** The units a plan table states once for all its lines. */
export interface TableUnits {
  /** The target header's unit (`Kế hoạch (triệu đồng)`), or null. */
  readonly headerTarget: WrittenUnit | null;
  /** The targets' unit: the header's, else a note's over the table; null when neither. */
  readonly target: TableUnit | null;
  /** The unit stated for the targets and where, to say a line's own unit cell disagreeing with it. */
  readonly stated: StatedUnit | null;
  /** The money column beside the counts (`Số lượng | Kinh phí`), when its targets are read from it. */
  readonly moneyCol: number | undefined;
  /** That column's unit (its header's, else the note's), or null. */
  readonly money: TableUnit | null;
}

/** The units the table under `header` states (in its headers, or a note over it). */
export function tableUnits(grid: Grid, header: PlanHeader, wholeFromYears: boolean): TableUnits {
  const note = header.row > 0 ? findUnitNote(grid, header.row - 1) : null;
  const headerTarget = targetHeaderUnit(grid, header, header.columns.target!);
  const target = headerTarget ?? (note !== null ? { text: note.text } : null);
  const stated: StatedUnit | null =
    headerTarget !== null ? { ...headerTarget, where: "header" } : note !== null ? { text: note.text, cell: a1(note.row, note.col), where: "note" } : null;
  const moneyCol = wholeFromYears ? undefined : header.moneyTarget;
  // The money column's unit, for a line given beside its count. `Kinh phí (triệu đồng/xã)`: the money for each area.
  const money = moneyCol === undefined ? null : (moneyHeaderUnit(grid, header, moneyCol) ?? (note !== null ? { text: note.text } : null));
  return { headerTarget, target, stated, moneyCol, money };
}

/** The row a line sits on, and where its target was read. */
export interface LineCells {
  readonly grid: Grid;
  readonly row: number;
  readonly cols: Readonly<Record<PlanRole, number | undefined>>;
  readonly name: string;
  readonly targetCol: number;
  readonly targetValue: ReturnType<Grid["value"]>;
  /** The line gives money only, read from the money column. */
  readonly moneyOnly: boolean;
}

/** A line's unit, decided. */
export interface LineUnit {
  /** The line's own unit as written (unit cell, or parentheses in the name with no unit column); "" when none. */
  readonly own: string;
  readonly ownCell: string;
  /** The unit the line is read in, as written (perhaps `tổ/xã`). */
  readonly written: string;
  /** `tổ/xã` written: the unit before the slash and the areas it is for; null when no slash. */
  readonly slash: PerAreaUnit | null;
  /** The slash makes the target a figure for each area (no quota column, the target no `01 tổ/xã` of its own); else null. */
  readonly perArea: PerAreaUnit | null;
  /** The unit's text the line keeps (before any slash). */
  readonly text: string;
  readonly info: UnitInfo;
  /** The cell the unit is written in: the line's own, or the header's it came from. */
  readonly cell: string;
  /** The table's stated unit where it applies to this line's target cell, or null. */
  readonly statedHere: StatedUnit | null;
  /** The line's own unit read over the stated one (said when they disagree), or null when the line has none of its own. */
  readonly overStated: WrittenUnit | null;
}

/** The unit of the line on `line.row`, given the units its table states. */
export function decideLineUnit(line: LineCells, units: TableUnits): LineUnit {
  const { grid, row, cols, name, targetCol, targetValue, moneyOnly } = line;
  const moneyUnit = units.money;
  // `Định mức` beside `Số lượng | Kinh phí (triệu đồng/xã)` holds the counts' figure for each area, not the money's:
  // the money column's header makes its money for each area unless this row's quota cell gives the money's own (a line with money only).
  const quotaHere = cols.quota !== undefined && hasAmount(grid.value(row, cols.quota));
  const moneyByHeader = cols.quota === undefined || !(moneyOnly && quotaHere);
  // No unit column: a unit in parentheses closing the name (`Số người được tập huấn (người)`) is the line's own.
  const own = cols.unit !== undefined ? shownText(grid, row, cols.unit) : (unitInParens(name) ?? "");
  const ownCell = a1(row, cols.unit ?? cols.name!);
  // No unit on the line: one in its name, else the target column's (`Kế hoạch (triệu đồng)`), else a note over the table (`ĐVT: triệu đồng`).
  // `triệu đồng/xã` is money too, for each commune.
  const ownMoney = own !== "" && (parseUnit(own).kind === "money" || perAreaUnit(own)?.kind === "money");
  const written =
    moneyOnly && !ownMoney && moneyUnit !== null
      ? moneyUnit.text
      : own !== "" || findUnitInText(name) !== null
        ? own
        : (units.target?.text ?? "");
  // `tổ/xã` in the unit cell, no quota column: the target is the figure for each commune, the unit `tổ`.
  // With a quota column, years or a target written per area, the target is read as written, in the unit before the slash (`triệu đồng/xã` beside a `Định mức` is money).
  const slash = perAreaUnit(written);
  // With no column for the whole period (its target the years' sum), the years are per area as the figure is.
  // Money alone under `Kinh phí (triệu đồng/xã)` is for each area as the money beside the counts is, a quota column or not (unless its quota cell is filled).
  const byMoneyColumn = moneyOnly && written === moneyUnit?.text && moneyByHeader;
  const perArea = (cols.quota !== undefined && !byMoneyColumn) || perAreaOf(targetValue) !== null ? null : slash;
  const text = slash?.unit ?? written;
  // The cell the unit is written in: the line's own, or the money column's header (`Kinh phí (triệu đồng/xã)`) over money alone.
  // Or the target column's header (`Kế hoạch (tổ/xã)`) for a line with no unit of its own.
  const byMoneyHeader = moneyOnly && !ownMoney && moneyUnit !== null;
  const headerCell = !byMoneyHeader && own === "" && findUnitInText(name) === null ? units.headerTarget?.cell : undefined;
  const cell = byMoneyHeader && moneyUnit.cell !== undefined ? moneyUnit.cell : (headerCell ?? a1(row, cols.unit ?? targetCol));
  // `Kế hoạch (tỷ đồng)` or `ĐVT: triệu đồng` over a line in `đồng`: the line's own unit is read, and the disagreement said.
  const stated = units.stated;
  const statedHere = stated !== null && (stated.where === "note" || targetCol === cols.target) ? stated : null;
  // `đồng/xã` under `Kế hoạch (triệu đồng)`: the unit before the slash is the line's own.
  const overStated = statedHere !== null && own !== "" && (text === own || (slash !== null && written === own)) ? { text, cell: ownCell } : null;
  const info: UnitInfo = text !== "" ? parseUnit(text) : (findUnitInText(name) ?? parseUnit(""));
  return { own, ownCell, written, slash, perArea, text, info, cell, statedHere, overStated };
}

/** True when two written units are the same one (`triệu đồng` and `trđ`, `CLB` and `clb`). */
function sameUnit(a: string, b: string): boolean {
  const x = parseUnit(a);
  const y = parseUnit(b);
  if (x.kind !== y.kind) return false;
  return x.kind === "money" ? x.scale === y.scale : wordKey(a) === wordKey(b);
}

/**
 * The unit a row with no code writes of its own, or "": its unit cell, or
 * with no unit column the one in parentheses closing its name — unless that
 * one only restates the unit the table states for its targets (`Dự phòng
 * (triệu đồng)` under `Kinh phí (triệu đồng)` or a note `ĐVT: triệu đồng`),
 * which is no unit of the row's own.
 */
export function uncodedRowUnit(cells: LineCells, units: TableUnits): string {
  const { grid, row, cols, name } = cells;
  if (cols.unit !== undefined) return shownText(grid, row, cols.unit);
  const inName = unitInParens(name) ?? "";
  return inName !== "" && units.target !== null && sameUnit(inName, units.target.text) ? "" : inName;
}
