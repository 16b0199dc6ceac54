/**
 * An old row of a commune kept after a merger or a rename, often hidden,
 * labelled as old (`Xã Tản Lĩnh (cũ)`, `Tản Lĩnh (trước sáp nhập)`, `Xã Tản
 * Lĩnh cũ`) near the row that replaced it, and left out by the typed
 * subtotals: no area of this allocation. Two things tell it: its label says
 * old, and the nearest total above it that shows figures equals its other
 * members' sum without it on the lines it fills (on half of them at least, a
 * slip elsewhere leaving one matching neither way), and with it on none. A
 * total that counts it (typed, or a formula covering it) keeps it an area, as
 * does a label that says nothing of old. A bare trailing `cũ` (no brackets)
 * also needs a row of the same name beside it: `Chợ Cũ` is a name.
 */
import type { AreaEntry } from "../model/table";
import { areaKey, wordKey } from "../text/fold";
import { numberOf, same } from "./areaScore";
import type { Grid } from "./grid";

/** Why such a row is left out (`reading.ignored[].why`, CONTRACT §5). */
export const OLD_ROW = "old row, left out by the subtotals";

/** `(cũ)`, `(trước sáp nhập)`, `(tên cũ)`, `(cũ, trước sáp nhập)` closing the label. */
const BRACKETED = /\s*\(([^()]*)\)\s*$/u;
const OLD_WORDS = /(?:^|[\s,;.-])(?:cũ|trước sáp nhập|chưa sáp nhập)(?:$|[\s,;.-])/u;
/** The same words typed without diacritics, where they cannot be a name (`cu` alone folds as `Củ`, `Cù`: not taken). */
const OLD_FOLDED = /(?:^|\s)(?:truoc sap nhap|chua sap nhap)(?:\s|$)/;
/** A bare trailing `cũ` or `trước sáp nhập`. */
const TRAILING = /\s+(?:cũ|trước sáp nhập)\s*$/u;

/** The label with its old mark taken off, and whether the mark was bracketed; null when it says nothing of old. */
export function oldMark(label: string): { base: string; bracketed: boolean } | null {
  // Every mark ends the label with `)`, `ũ` (`u` and a combining tilde when decomposed) or `p`: most labels end otherwise,
  // and are passed without building a normalized copy (this runs on every leaf of the sheet).
  const end = label.trimEnd();
  const last = end[end.length - 1];
  if (last !== ")" && last !== "ũ" && last !== "Ũ" && last !== "\u0303" && last !== "p" && last !== "P") return null;
  const text = label.normalize("NFC").toLowerCase();
  const bracket = BRACKETED.exec(text);
  if (bracket !== null && (OLD_WORDS.test(bracket[1].trim()) || OLD_FOLDED.test(wordKey(bracket[1])))) {
    return { base: label.normalize("NFC").slice(0, bracket.index).trim(), bracketed: true };
  }
  const trailing = TRAILING.exec(text);
  if (trailing !== null && trailing.index > 0) return { base: label.normalize("NFC").slice(0, trailing.index).trim(), bracketed: false };
  return null;
}

/**
 * The leaves of `areas` (read on the area axis of `grid`, figures on `lines`)
 * that are such old rows, as indexes into `areas`; `kept` are positions the
 * user's corrections decide, never taken.
 */
export function oldAreaRows(areas: readonly AreaEntry[], grid: Grid, lines: readonly number[], kept: ReadonlySet<number> = new Set()): number[] {
  if (lines.length === 0) return [];
  const candidates: number[] = [];
  areas.forEach((area, i) => {
    if (area.kind !== "leaf" || area.parent === null || kept.has(area.index)) return;
    const mark = oldMark(area.label);
    if (mark === null || mark.base === "") return;
    const key = areaKey(mark.base);
    const twin = areas.some((other, j) => j !== i && other.kind === "leaf" && other.parent === area.parent && other.key === key);
    if (twin || mark.bracketed) candidates.push(i);
  });
  if (candidates.length === 0) return [];
  const skip = new Set(candidates);
  return candidates.filter((i) => leftOutByTotal(areas, grid, lines, i, skip));
}

/** Most other old rows under one total weighed as counted or not, each way (2^n readings). */
const MOST_OTHERS = 4;

/**
 * The nearest total above `at` with figures equals its members without the
 * old rows (`skip`) and never with `at`. Other old rows under that total may
 * be counted by it or not (one kept as a member, another left out): every way
 * of counting them is weighed, `at` left out when the total fits more lines
 * without it (in some way) than with it (in any).
 */
function leftOutByTotal(areas: readonly AreaEntry[], grid: Grid, lines: readonly number[], at: number, skip: ReadonlySet<number>): boolean {
  const old = areas[at];
  const filled = lines.filter((col) => numberOf(grid.value(old.index, col)) !== 0);
  if (filled.length === 0 || filled.some((col) => Number.isNaN(numberOf(grid.value(old.index, col))))) return false;
  for (let up = old.parent; up !== null; up = areas[up].parent) {
    const total = areas[up];
    if (filled.every((col) => blank(grid.value(total.index, col)))) continue;
    if (filled.some((col) => Number.isNaN(numberOf(grid.value(total.index, col))))) return false;
    const others = [...skip].filter((k) => k !== at && isUnder(areas, k, up)).slice(0, MOST_OTHERS);
    const base = filled.map((col) => total.children.reduce((acc, k) => acc + shownSum(areas, grid, k, col, skip), 0));
    const counted = others.map((k) => filled.map((col) => (reaches(areas, grid, k, up, col) ? numberOf(grid.value(areas[k].index, col)) : 0)));
    // Per way of counting the others, the lines the total fits without `at` and with it.
    let bestWithout = 0;
    let bestWith = 0;
    for (let mask = 0; mask < 1 << others.length; mask++) {
      let without = 0;
      let withIt = 0;
      filled.forEach((col, c) => {
        const shown = numberOf(grid.value(total.index, col));
        let sum = base[c];
        counted.forEach((figures, o) => {
          if ((mask & (1 << o)) !== 0 && !Number.isNaN(figures[c])) sum += figures[c];
        });
        if (same(sum + numberOf(grid.value(old.index, col)), shown)) withIt++;
        else if (same(sum, shown)) without++;
      });
      bestWithout = Math.max(bestWithout, without);
      bestWith = Math.max(bestWith, withIt);
    }
    // Alone under its total, a single line the total fits with it keeps it; beside other old rows (their figures alike
    // on some line), the reading the total fits on more lines wins.
    if (others.length === 0 ? bestWith > 0 : bestWith >= bestWithout) return false;
    return bestWithout > 0 && bestWithout * 2 >= filled.length;
  }
  return false;
}

/** Area `k` sits under area `up`. */
function isUnder(areas: readonly AreaEntry[], k: number, up: number): boolean {
  for (let at = areas[k].parent; at !== null; at = areas[at].parent) if (at === up) return true;
  return false;
}

/** Area `k`'s figure on `col` reaches total `up`'s: no group between them shows a figure of its own there. */
function reaches(areas: readonly AreaEntry[], grid: Grid, k: number, up: number, col: number): boolean {
  for (let at = areas[k].parent; at !== null && at !== up; at = areas[at].parent) if (!blank(grid.value(areas[at].index, col))) return false;
  return true;
}

function blank(value: ReturnType<Grid["value"]>): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** An area's figure on a line as the sheet shows it (a group's own where it holds one, else its members'), the old rows left out. */
function shownSum(areas: readonly AreaEntry[], grid: Grid, at: number, col: number, skip: ReadonlySet<number>): number {
  if (skip.has(at)) return 0;
  const area = areas[at];
  const own = grid.value(area.index, col);
  const value = numberOf(own);
  if (area.kind === "leaf" || !blank(own)) return Number.isNaN(value) ? 0 : value;
  return area.children.reduce((acc, k) => acc + shownSum(areas, grid, k, col, skip), 0);
}
