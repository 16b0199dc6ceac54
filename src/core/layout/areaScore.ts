/**
 * The arithmetic evidence for a reading of the area axis: how many typed
 * subtotals and totals (groups, grand totals, repeated `Cộng` rows) equal the
 * sum of their members under that reading, and how many do not, over a
 * sample of value columns. The reading under which the sheet adds up is the
 * one a person would take.
 */
import type { CellValue } from "../model/workbook";
import { readCellNumber } from "../text/vnNumber";
import type { Tree } from "./areaTree";

/** Value columns sampled: enough to tell readings apart, few enough to stay cheap on big sheets. */
export const SAMPLE_COLUMNS = 6;

export interface TreeScore {
  readonly agree: number;
  readonly disagree: number;
}

export function scoreValue(score: TreeScore): number {
  return score.agree - score.disagree;
}

/** The number a cell shows (typed or as text), 0 when blank, NaN when it holds no number. */
export function numberOf(value: CellValue): number {
  if (value === null) return 0;
  if (typeof value === "number") return value;
  const reading = readCellNumber(value);
  if (reading.kind === "blank") return 0;
  if (reading.kind === "number" || reading.kind === "text-number") return reading.value;
  return Number.NaN;
}

/** Equal up to rounding (a sum of decimals typed by hand). */
export function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function scoreTree(tree: Tree, valueCols: readonly number[], value: (row: number, col: number) => CellValue): TreeScore {
  const { drafts, mirrors } = tree;
  const cols = valueCols.slice(0, SAMPLE_COLUMNS);
  let agree = 0;
  let disagree = 0;
  // `skipText`: numbers typed as text count 0, as Excel's SUM counts them (a total cached by such a SUM).
  const cell = (row: number, col: number, skipText: boolean): number => {
    const v = value(row, col);
    return skipText && typeof v === "string" ? 0 : numberOf(v);
  };
  const membersSum = (area: number, col: number, skipText: boolean): number => {
    let sum = 0;
    for (const child of drafts[area].children) {
      sum += contribution(child, col, skipText);
      if (Number.isNaN(sum)) return sum;
    }
    return sum;
  };
  const contribution = (area: number, col: number, skipText: boolean): number => {
    const d = drafts[area];
    if (d.kind === "leaf") return cell(d.index, col, skipText);
    if (d.kind !== "heading") {
      const own = value(d.index, col);
      if (own !== null && !(typeof own === "string" && own.trim() === "")) return cell(d.index, col, skipText);
    }
    return membersSum(area, col, skipText);
  };
  // The sum of the leaves under an area, through its groups whatever they show.
  const leavesSum = (area: number, col: number): number => {
    let sum = 0;
    for (const child of drafts[area].children) {
      sum += drafts[child].kind === "leaf" ? numberOf(value(drafts[child].index, col)) : leavesSum(child, col);
      if (Number.isNaN(sum)) return sum;
    }
    return sum;
  };
  const check = (row: number, area: number, col: number) => {
    // A group of one member repeats its figures: that proves nothing (its misses still count against it).
    const single = drafts[area].children.length === 1;
    const own = value(row, col);
    if (own === null || (typeof own === "string" && own.trim() === "")) return;
    const shown = numberOf(own);
    const expected = membersSum(area, col, false);
    if (Number.isNaN(shown) || Number.isNaN(expected)) return;
    // 0 = 0 tells nothing (a blank row and blank members agree under any reading).
    if (same(shown, expected) || (typeof own === "number" && same(shown, membersSum(area, col, true)))) {
      if (shown !== 0 && !single) agree++;
    } else if (!same(shown, leavesSum(area, col))) disagree++;
    // Else a total right over the leaves, off over a group's subtotal: that subtotal's miss, already counted at it.
  };
  drafts.forEach((d, area) => {
    if ((d.kind !== "group" && d.kind !== "total") || d.children.length === 0) return;
    for (const col of cols) check(d.index, area, col);
  });
  for (const mirror of mirrors) for (const col of cols) check(mirror.row, mirror.group, col);
  return { agree, disagree };
}

/**
 * `score` with one agreement more for each sampled line whose leaves, under the reading, come to the plan's target
 * (`planTotals`, in the column's unit): the plan's figure, with no grand total row, checks the reading as one would.
 */
export function withPlanTotals(
  score: TreeScore,
  tree: Tree,
  valueCols: readonly number[],
  planTotals: ReadonlyMap<number, number>,
  value: (row: number, col: number) => CellValue,
): TreeScore {
  let agree = score.agree;
  for (const col of valueCols.slice(0, SAMPLE_COLUMNS)) {
    const target = planTotals.get(col);
    if (target === undefined || target === 0) continue;
    let sum = 0;
    for (const d of tree.drafts) if (d.kind === "leaf") sum += numberOf(value(d.index, col));
    if (same(sum, target)) agree++;
  }
  return { agree, disagree: score.disagree };
}
