/** What a plan cell holds, as the plan reader tells it: blank, a dash, a cross, a figure, a row's first text. */
import type { Grid } from "../layout/grid";
import { isDash } from "./dashedTargets";

/** `x`, `X`, `×` alone: a cell where no figure applies. */
export function isCross(value: ReturnType<Grid["value"]>): boolean {
  return typeof value === "string" && /^[xX×]$/.test(value.trim());
}

export function isBlankValue(value: ReturnType<Grid["value"]>): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** A value cell holding an amount: neither blank nor a dash. */
export function hasAmount(value: ReturnType<Grid["value"]>): boolean {
  return !isBlankValue(value) && !isDash(value);
}

/** A cell that may hold a target: a number, or text with a digit (`1.250`, `01 tổ/xã`); not a header word (`Ghi chú`). */
export function holdsFigure(value: ReturnType<Grid["value"]>): boolean {
  return typeof value === "number" || (typeof value === "string" && /\d/.test(value));
}

export function firstText(grid: Grid, row: number): string {
  for (let col = 0; col < grid.colCount; col++) {
    const value = grid.value(row, col);
    if (typeof value === "string" && value.trim() !== "") return value;
    if (value !== null) return "";
  }
  return "";
}

/** True when no cell of the sheet holds anything. */
export function isEmptyGrid(grid: Grid): boolean {
  for (let row = 0; row < grid.rowCount; row++) for (let col = 0; col < grid.colCount; col++) if (!isBlankValue(grid.value(row, col))) return false;
  return true;
}
