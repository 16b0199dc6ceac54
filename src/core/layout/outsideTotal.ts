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

/** A year (`2024`), a result (`Thực hiện`, `Ước thực hiện`, `Lũy kế`), a period (`Năm`, `Kỳ trước`). */
const NOT_AN_AREA = /(?:^|\s)(?:(?:19|20)\d{2}|nam|thuc hien|uoc thuc hien|uoc th|luy ke|ky truoc|cung ky)(?:\s|$)/;
/** `cũ` (old) as a word of its own, typed with its accent: `Năm 2024 (cũ)`, `Phân bổ cũ` (not `Củ Chi`). */
const OLD = /(?:^|[\s(])cũ(?:$|[\s)])/u;

/** True when a label reads as no area's name: a year, a result, an old figure, a count of the areas. */
function readsAsNoArea(label: string): boolean {
  return OLD.test(label.normalize("NFC").toLowerCase()) || NOT_AN_AREA.test(wordKey(label.replace(/[()]/g, " "))) || isAreaFigureHeader([label]);
}

/**
 * The positions among `positions` (the area axis of `grid`, read at its
 * `areaCols`) that every formula of a total position over `lines` leaves out
 * while adding up two or more others, their labels reading as no area.
 */
export function positionsOutsideTotal(grid: Grid, areaCols: readonly number[], positions: readonly number[], lines: readonly number[], plan: Plan): Labelled {
  if (grid.formula === undefined || positions.length < 3) return [];
  const labelOf = (position: number): string => {
    let own = "";
    for (let c = areaCols.length - 1; c >= 0 && own === ""; c--) own = shownText(grid, position, areaCols[c]);
    return own;
  };
  const planKeys = new Set<string>();
  for (const area of plan.areas) {
    planKeys.add(areaKey(area.district));
    if (area.commune) planKeys.add(areaKey(area.commune));
  }
  const totals = positions.filter((position) => labelFacts(labelOf(position)).total);
  if (totals.length !== 1) return [];
  const total = totals[0];
  const placed = new Set(positions);
  // Positions each of the total's formulas adds up; a position some formula adds is no candidate.
  const added = new Set<number>();
  let formulas = 0;
  for (const line of lines) {
    const blocks = addedBlocks(grid, total, line);
    if (blocks === null) continue;
    let count = 0;
    for (const block of blocks) {
      if (block.left > line || block.right < line) return [];
      for (let p = block.top; p <= block.bottom; p++) {
        if (p === total) return [];
        added.add(p);
        if (placed.has(p)) count++;
      }
    }
    if (count < 2) return [];
    formulas++;
  }
  if (formulas === 0) return [];
  const first = Math.min(...added);
  const last = Math.max(...added);
  const out: Labelled = [];
  for (const position of positions) {
    if (position === total || added.has(position)) continue;
    // Among the areas or between them and the total, not a table beyond.
    if (position < Math.min(first, total) || position > Math.max(last, total)) continue;
    const label = labelOf(position);
    if (label === "") continue;
    const facts = labelFacts(label);
    if (facts.total || facts.level !== null || planKeys.has(facts.key) || !readsAsNoArea(label)) continue;
    out.push({ index: position, label });
  }
  return out;
}
