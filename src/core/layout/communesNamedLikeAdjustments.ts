/**
 * A bare `Tăng` / `Giảm` (numbered or not, no level told) is an adjustment
 * row or a commune of that name. Among the communes of a district whose row
 * is a heading (its figures blank), one that holds figures as the areas
 * beside it do — a figure on every line all of them fill, two lines at least
 * (one in a table of one line, the row not closing the table's last district),
 * none negative — is that commune: it sits under the district heading, not
 * beside the districts as the province's own share does. The same test as the
 * rules' (`noPlaceLeaves`), made on the rows before the tree is built; a
 * district with figures of its own is left to the tree and the arithmetic.
 */
import type { CellValue } from "../model/workbook";
import { isBareAdjustmentWord, isOwnShare, mayBeOwnShare } from "../text/ownShare";
import { isBlank } from "./cells";
import { CLS_AREA, LEVEL_LOWER, LEVEL_UNKNOWN, type RowFacts } from "./areaTree";

/** The facts (by index) of bare `Tăng` / `Giảm` rows allocated as the communes beside them under a district heading. */
export function communesNamedLikeAdjustments(
  facts: RowFacts,
  blank: (row: number) => boolean,
  cols: readonly number[],
  value: (row: number, col: number) => CellValue,
): Set<number> {
  const out = new Set<number>();
  for (let f = 0; f < facts.length; f++) {
    if (facts.cls[f] !== CLS_AREA || facts.level[f] !== LEVEL_UNKNOWN || facts.forced.has(f) || !mayBeOwnShare(facts.key[f]) || !isBareAdjustmentWord(facts.label[f])) continue;
    // The run of areas it sits in: from the heading above it (a blank area row) to the next row of another kind.
    const member = (g: number): boolean => facts.cls[g] === CLS_AREA && (facts.level[g] === LEVEL_LOWER || facts.level[g] === LEVEL_UNKNOWN) && !facts.forced.has(g) && !blank(facts.row[g]);
    let from = f;
    while (from > 0 && member(from - 1)) from--;
    const head = from - 1;
    if (head < 0 || facts.cls[head] !== CLS_AREA || !blank(facts.row[head])) continue;
    let to = f;
    while (to + 1 < facts.length && member(to + 1)) to++;
    // One line tells less: the last row of the table's last district may be an increase written under it.
    if (cols.length < 2 && (to + 1 >= facts.length || facts.cls[to + 1] !== CLS_AREA)) continue;
    const siblings: number[] = [];
    for (let g = from; g <= to; g++) if (g !== f && !(mayBeOwnShare(facts.key[g]) && isOwnShare(facts.label[g]))) siblings.push(facts.row[g]);
    if (siblings.length > 0 && likeSiblings(facts.row[f], siblings, cols, value)) out.add(f);
  }
  return out;
}

function negative(cell: CellValue): boolean {
  return typeof cell === "number" ? cell < 0 : typeof cell === "string" && /^\s*[-–−(]/.test(cell);
}

/** On every line all siblings fill, the row fills too (two such lines at least, or the one), and none of its figures is negative. */
function likeSiblings(row: number, siblings: readonly number[], cols: readonly number[], value: (row: number, col: number) => CellValue): boolean {
  let common = 0;
  for (const col of cols) {
    const own = value(row, col);
    if (negative(own)) return false;
    if (!siblings.every((s) => !isBlank(value(s, col)))) continue;
    if (isBlank(own)) return false;
    common++;
  }
  return common >= Math.min(2, cols.length);
}
