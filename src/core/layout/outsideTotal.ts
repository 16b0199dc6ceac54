/**
 * A position of figures on the area axis that is no area though it sits among
 * them: `Năm 2024 (cũ)` (last year's figures kept, often hidden), `Số xã`,
 * `Thực hiện năm 2024`, typed between the last district and `Tổng số`. Two
 * things tell it: the total's formulas (`=SUM(D8:G8)`) add up the positions
 * around it and leave it out, and its label names no area (no administrative
 * prefix, not in the plan's list of areas) and reads as a year, a count of
 * the areas, a result (`Thực hiện`) or an old figure (`cũ`). A district the
 * total's formula skips by mistake keeps its place: its name reads as none
 * of these.
 */
import type { Plan } from "../model/plan";
import { areaKey, wordKey } from "../text/fold";
import { isAreaFigureHeader } from "./areaFigures";
import { addedBlocks, shownText, type Grid } from "./grid";
import { labelFacts } from "./labels";

type Labelled = { index: number; label: string }[];

/** A year (`2024`), a result (`Thực hiện`, `Ước thực hiện`, `Lũy kế`), an earlier period (`Kỳ trước`); not `năm` alone, which folds as `Nậm`, `Nam` do. */
const NOT_AN_AREA = /(?:^|\s)(?:(?:19|20)\d{2}|thuc hien|uoc thuc hien|uoc th|luy ke|ky truoc|cung ky)(?:\s|$)/;
/** `cũ` (old) as a word of its own, typed with its accent: `Năm 2024 (cũ)`, `Phân bổ cũ` (not `Củ Chi`). */
const OLD = /(?:^|[\s(])cũ(?:$|[\s)])/u;

/** True when a label reads as no area's name: a year, a result, an old figure, a count of the areas. */
function readsAsNoArea(label: string): boolean {
  return OLD.test(label.normalize("NFC").toLowerCase()) || NOT_AN_AREA.test(wordKey(label.replace(/[()]/g, " "))) || isAreaFigureHeader([label]);
}

/**
 * The positions among `positions` (the area axis of `grid`, read at its
 * `areaCols`) that the total position leaves out, their labels reading as no
 * area: every formula of the total over `lines` adds up two or more other
 * positions and not them; or, where the total holds no such formula, its
 * figure is the sum of the other positions' exactly on half the lines at
 * least, and nearer it than the sum with them on the rest.
 */
export function positionsOutsideTotal(grid: Grid, areaCols: readonly number[], positions: readonly number[], lines: readonly number[], plan: Plan): Labelled {
  if (positions.length < 3) return [];
  const labelOf = (position: number): string => {
    let own = "";
    for (let c = areaCols.length - 1; c >= 0 && own === ""; c--) own = shownText(grid, position, areaCols[c]);
    return own;
  };
  const totals = positions.filter((position) => labelFacts(labelOf(position)).total);
  if (totals.length !== 1) return [];
  const total = totals[0];
  const planKeys = new Set<string>();
  for (const area of plan.areas) {
    planKeys.add(areaKey(area.district));
    if (area.commune) planKeys.add(areaKey(area.commune));
  }
  const candidates: Labelled = [];
  for (const position of positions) {
    if (position === total) continue;
    const label = labelOf(position);
    if (label === "") continue;
    const facts = labelFacts(label);
    if (facts.total || facts.level !== null || planKeys.has(facts.key) || !readsAsNoArea(label)) continue;
    candidates.push({ index: position, label });
  }
  if (candidates.length === 0) return [];
  const added = formulaAdded(grid, total, positions, lines);
  if (added !== null) {
    const first = Math.min(...added);
    const last = Math.max(...added);
    // Among the areas or between them and the total, not a table beyond.
    return candidates.filter(({ index }) => !added.has(index) && index >= Math.min(first, total) && index <= Math.max(last, total));
  }
  const left = new Set(candidates.map((c) => c.index));
  const others = positions.filter((position) => position !== total && !left.has(position));
  return addsUpWithout(grid, total, others, candidates, lines) ? candidates : [];
}

/**
 * The positions the total's formulas add up, or null when it holds none on
 * `lines`, or one that adds anything but two or more positions of its line
 * (the total itself, a block across lines).
 */
function formulaAdded(grid: Grid, total: number, positions: readonly number[], lines: readonly number[]): Set<number> | null {
  if (grid.formula === undefined) return null;
  const placed = new Set(positions);
  const added = new Set<number>();
  let formulas = 0;
  for (const line of lines) {
    const blocks = addedBlocks(grid, total, line);
    if (blocks === null) continue;
    let count = 0;
    for (const block of blocks) {
      if (block.left > line || block.right < line) return new Set(positions);
      for (let p = block.top; p <= block.bottom; p++) {
        if (p === total) return new Set(positions);
        added.add(p);
        if (placed.has(p)) count++;
      }
    }
    if (count < 2) return new Set(positions);
    formulas++;
  }
  return formulas === 0 ? null : added;
}

/**
 * On half the lines at least (one at least) where the total holds a number,
 * it is the sum of `others` exactly, and on every other line it is nearer that sum than the sum with
 * the candidates (a district's figure mistyped, or a total left stale, on a
 * line): the candidates are no part of it. On some line the sum with the
 * candidates is not the total. A line where fewer than two of `others` hold
 * a figure tells nothing.
 */
function addsUpWithout(grid: Grid, total: number, others: readonly number[], candidates: Labelled, lines: readonly number[]): boolean {
  const numberAt = (position: number, line: number): number | null => {
    const value = grid.value(position, line);
    return typeof value === "number" && Number.isFinite(value) ? value : null;
  };
  let exact = 0;
  let near = 0;
  let told = false;
  for (const line of lines) {
    const sum = numberAt(total, line);
    if (sum === null) continue;
    let parts = 0;
    let filled = 0;
    for (const position of others) {
      const value = numberAt(position, line);
      if (value === null) continue;
      parts += value;
      filled++;
    }
    if (filled < 2) continue;
    const extra = candidates.reduce((acc, c) => acc + (numberAt(c.index, line) ?? 0), 0);
    const tolerance = 1e-9 * Math.max(1, Math.abs(sum));
    if (Math.abs(extra) > tolerance) told = true;
    if (Math.abs(parts - sum) <= tolerance) exact++;
    else if (Math.abs(parts + extra - sum) > Math.abs(parts - sum)) near++;
    else return false;
  }
  return exact >= 1 && exact >= near && told;
}
