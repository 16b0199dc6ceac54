/**
 * A plan line's figures in the plan's year columns (`Năm 2026 | Năm 2027`),
 * and whether those columns are the period's plan, its target their sum.
 */
import { a1 } from "../model/address";
import { shownText, type Grid } from "../layout/grid";
import type { UnitInfo } from "../text/units";
import { yearOfHeader } from "../text/years";
import { headerKey, matchPlanHeader, targetHeaderRow, targetSplitRow, type PlanHeader } from "./planHeader";
import { readAmount } from "./planValues";
import { isDash } from "./dashedTargets";
import { isBlankValue } from "./planCells";

/** Years that follow one another (2026, 2027, 2028), in any order given. */
export function isPeriod(years: readonly number[]): boolean {
  const sorted = [...years].sort((a, b) => a - b);
  return sorted.every((year, i) => i === 0 || year === sorted[i - 1] + 1);
}

/** True when a column's header names a target (`Kế hoạch năm 2023`, `KH 2023`), not a bare year (`Năm 2023`, last year's figure beside this year's plan). */
export function namesTarget(grid: Grid, header: PlanHeader, col: number): boolean {
  for (let row = header.row; row <= header.bottom; row++) if (matchPlanHeader(shownText(grid, row, col))?.role === "target") return true;
  // Under a `Kế hoạch` written once over its sub-columns, unmerged (`Kế hoạch | (blank)` over `Năm 2025 | Năm 2026`): the target's as when merged.
  const target = header.columns.target;
  if (target === undefined || grid.mergeAt(targetHeaderRow(header), target) !== undefined) return false;
  // So too under group titles over it (`Giai đoạn 2026 - 2030` over `Kế hoạch | (blank)` over the years): a target header above the split row.
  const split = targetSplitRow(grid, header);
  if (split === null || col <= split.left || col > split.right) return false;
  for (let row = header.row; row < split.row; row++) if (matchPlanHeader(shownText(grid, row, target))?.role === "target") return true;
  return false;
}

/**
 * The year the target column's header names (`Kế hoạch năm 2022`), or null.
 * Where the target header splits (`Kế hoạch` over `Năm 2026 | Năm 2027`),
 * only the split row and those under it are the column's own: a title over
 * the split (`Năm 2025` over `Kế hoạch`, `Giai đoạn 2026 - 2030`) heads
 * every sub-column, and names no one's year.
 */
export function targetColumnYear(grid: Grid, header: PlanHeader): number | null {
  const col = header.columns.target;
  if (col === undefined) return null;
  const first = targetSplitRow(grid, header)?.row ?? header.row;
  for (let row = first; row <= header.bottom; row++) {
    const year = yearOfHeader(headerKey(shownText(grid, row, col)));
    if (year !== null) return year;
  }
  return null;
}

/** A row's targets over its year columns added up: the whole period's target when the plan gives no column for it. */
export function sumOfYears(grid: Grid, row: number, years: ReadonlyMap<number, number>, unit: UnitInfo): ReturnType<typeof readAmount> & { where: string } {
  let value = 0;
  for (const col of years.values()) {
    const cell = grid.value(row, col);
    // A year's dash is none planned that year: 0.
    if (isBlankValue(cell) || isDash(cell)) continue;
    const read = readAmount(cell, unit, grid.numberFormat(row, col));
    if (!read.ok) return { ...read, where: a1(row, col) };
    value += read.value;
  }
  return { ok: true, value: Number(value.toPrecision(15)), where: a1(row, firstYearCell(grid, row, years) ?? 0) };
}

/** The first of the year cells of a row that holds a value, as the row's target cell; null when all are blank. */
export function firstYearCell(grid: Grid, row: number, years: ReadonlyMap<number, number>): number | null {
  for (const col of years.values()) if (!isBlankValue(grid.value(row, col))) return col;
  return null;
}

/**
 * A line's targets in the plan's year columns, in base units; a blank or
 * unreadable year cell gives no figure for that year (the line keeps its
 * period target then). Null when no year has one.
 */
export function readYearTargets(grid: Grid, row: number, years: ReadonlyMap<number, number>, unit: UnitInfo): Record<string, number> | null {
  let out: Record<string, number> | null = null;
  for (const [year, col] of years) {
    const value = grid.value(row, col);
    if (value === null || (typeof value === "string" && value.trim() === "")) continue;
    // `-`: none planned that year.
    const read = isDash(value) ? { ok: true as const, value: 0 } : readAmount(value, unit, grid.numberFormat(row, col));
    if (!read.ok || read.value < 0) continue;
    out ??= {};
    out[String(year)] = read.value;
  }
  return out;
}
