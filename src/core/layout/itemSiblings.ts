/**
 * Rows numbered as items of one group (`1.1`, `1.2`, `1.3`, `1.4`), one run
 * of areas with no subtotal, total or other row between them, are siblings:
 * where some of them are communes by their prefix or the plan's list, a bare
 * name among them whose level nothing else tells (`1.4 | Tả Gia Khâu` after
 * `1.3 | Xã Minh Lương`, under a `Tổng số huyện …` row that carries no STT)
 * is a commune too — under the same district in every reading, never a unit
 * beside the districts that the arithmetic may move out of its district.
 * Levels set here are settled (`stt`), left to no policy.
 */
import type { CellValue } from "../model/workbook";
import { CLS_AREA, LEVEL_LOWER, LEVEL_UNKNOWN, type RowFacts } from "./areaTree";

/** The group number of an item number (`1.4` → `1`, `2,3` → `2`), or null. */
function itemGroup(value: CellValue): string | null {
  const text = typeof value === "number" ? (Number.isInteger(value) ? "" : String(value)) : typeof value === "string" ? value.trim() : "";
  const match = /^(\d+)[.,]\d+$/.exec(text);
  return match === null ? null : match[1];
}

/** Sets to a commune each bare row of unknown level numbered as an item beside communes of the same group (see above). */
export function itemNumberedSiblings(facts: RowFacts, sttOf: (row: number) => CellValue): void {
  let run: number[] = [];
  let group: string | null = null;
  const settle = () => {
    if (run.length < 2 || !run.some((f) => facts.level[f] === LEVEL_LOWER)) return;
    // Every member a commune or of no level yet: a run holding a district, a village or a tier is no such list.
    if (!run.every((f) => facts.level[f] === LEVEL_LOWER || facts.level[f] === LEVEL_UNKNOWN)) return;
    for (const f of run) {
      if (facts.level[f] !== LEVEL_UNKNOWN || facts.forced.has(f)) continue;
      facts.level[f] = LEVEL_LOWER;
      facts.how[f] = "stt";
    }
  };
  for (let f = 0; f < facts.length; f++) {
    const own = facts.cls[f] === CLS_AREA ? itemGroup(sttOf(facts.row[f])) : null;
    if (own !== null && own === group) {
      run.push(f);
      continue;
    }
    settle();
    run = own === null ? [] : [f];
    group = own;
  }
  settle();
}
