/**
 * Rows naming a level of government (`Cấp tỉnh`, `Cấp huyện`, `Cấp xã`),
 * unnumbered, between the grand total and the districts: where the last of
 * them, right before the districts, is `Cấp huyện` or `Cấp xã` with figures
 * of its own, they are tiers (as when lettered `A`, `B`): the last one holds
 * the districts after it, its figures their subtotal; one before it is a
 * share of its own (the province's). Not one level read as a group over the
 * next, the money counted twice.
 *
 * With the last one blank (`Cấp xã` over the districts, no figures) it is a
 * heading over the districts, and the levels before it with figures are
 * shares of their own (`Cấp huyện` the districts' own bodies) — unless the
 * figures say that the one right before it holds the districts (its figures
 * their sum, or the grand total adding up without them): then the blank one
 * is a heading inside it. Blank levels before the districts with none with
 * figures before them stay as they were read.
 */
import type { CellValue } from "../model/workbook";
import { wordKey } from "../text/fold";
import { numberOf, same } from "./areaScore";
import { CLS_AREA, CLS_TOTAL, LEVEL_TIER, LEVEL_UNKNOWN, LEVEL_UPPER, type RowFacts } from "./areaTree";
import { areaLevel } from "./labels";

const LEVEL_WORDS = /^cap (tinh|huyen|xa)\s*:?$/;
/** The levels that can hold the districts (`Cấp tỉnh` is the province's own share, never over them). */
const HOLDING_WORDS = /^cap (huyen|xa)\s*:?$/;

function isLevelRow(facts: RowFacts, f: number): boolean {
  return facts.cls[f] === CLS_AREA && facts.level[f] === LEVEL_UNKNOWN && !facts.forced.has(f) && LEVEL_WORDS.test(wordKey(facts.label[f]));
}

function isDistrictRow(facts: RowFacts, f: number): boolean {
  if (facts.cls[f] !== CLS_AREA || facts.level[f] !== LEVEL_UPPER) return false;
  return facts.how[f] === "area-list" || ((facts.how[f] === "prefix" || facts.how[f] === "stt") && areaLevel(facts.label[f]) === "district");
}

export function levelWordTiers(
  facts: RowFacts,
  blank: (row: number) => boolean,
  cols: readonly number[] = [],
  value: (row: number, col: number) => CellValue = () => null,
): void {
  for (let f = 0; f + 1 < facts.length; f++) {
    if (!isLevelRow(facts, f) || !HOLDING_WORDS.test(wordKey(facts.label[f])) || !isDistrictRow(facts, f + 1)) continue;
    let first = f;
    while (first > 0 && isLevelRow(facts, first - 1)) first--;
    let held = f;
    while (held >= first && blank(facts.row[held])) held--;
    // Blank levels alone before the districts: nothing tells more than their words.
    if (held < first) continue;
    for (let t = first; t <= f; t++) {
      facts.level[t] = LEVEL_TIER;
      facts.how[t] = "label";
    }
    if (held < f && HOLDING_WORDS.test(wordKey(facts.label[held])) && holdsDistricts(facts, first, held, f, cols, value)) {
      for (let t = held + 1; t <= f; t++) facts.nestedTiers.add(t);
    }
  }
}

/**
 * True when the figures of level `held` (with blank levels after it up to
 * `last`, the districts after those) are read best as the districts' sum:
 * on more lines it equals their sum, or the grand total before the levels
 * adds up without it, than the grand total adds up with it as a share.
 */
function holdsDistricts(facts: RowFacts, first: number, held: number, last: number, cols: readonly number[], value: (row: number, col: number) => CellValue): boolean {
  let total = -1;
  for (let t = first - 1; t >= 0 && total < 0; t--) if (facts.cls[t] === CLS_TOTAL) total = t;
  const districts: number[] = [];
  for (let d = last + 1; d < facts.length && facts.cls[d] !== CLS_TOTAL; d++) if (isDistrictRow(facts, d)) districts.push(facts.row[d]);
  let inside = 0;
  let beside = 0;
  for (const col of cols) {
    const own = numberOf(value(facts.row[held], col));
    let shares = 0;
    for (let t = first; t < held; t++) shares += numberOf(value(facts.row[t], col));
    let sum = 0;
    for (const row of districts) sum += numberOf(value(row, col));
    if ([own, shares, sum].some(Number.isNaN)) continue;
    if (own !== 0 && same(own, sum)) inside++;
    if (total < 0) continue;
    const typed = numberOf(value(facts.row[total], col));
    if (Number.isNaN(typed) || typed === 0) continue;
    if (same(typed, shares + sum)) inside++;
    if (same(typed, shares + own + sum)) beside++;
  }
  return inside > beside;
}
