/**
 * Rows naming a level of government (`Cấp tỉnh`, `Cấp huyện`, `Cấp xã`),
 * unnumbered, between the grand total and the districts: where the last of
 * them, right before the districts, is `Cấp huyện` or `Cấp xã` with figures
 * of its own, they are tiers (as when lettered `A`, `B`): the last one holds
 * the districts after it, its figures their subtotal; one before it is a
 * share of its own (the province's). Not one level read as a group over the
 * next, the money counted twice. With the last one blank it is a heading over
 * the districts, as before; `Cấp tỉnh` right before them stays a share.
 */
import { wordKey } from "../text/fold";
import { CLS_AREA, LEVEL_TIER, LEVEL_UNKNOWN, LEVEL_UPPER, type RowFacts } from "./areaTree";
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

export function levelWordTiers(facts: RowFacts, blank: (row: number) => boolean): void {
  for (let f = 0; f + 1 < facts.length; f++) {
    if (!isLevelRow(facts, f) || !HOLDING_WORDS.test(wordKey(facts.label[f])) || !isDistrictRow(facts, f + 1) || blank(facts.row[f])) continue;
    let first = f;
    while (first > 0 && isLevelRow(facts, first - 1)) first--;
    for (let t = first; t <= f; t++) {
      facts.level[t] = LEVEL_TIER;
      facts.how[t] = "label";
    }
  }
}
