/**
 * Villages under communes, read on several lines: true when on one line every
 * commune's figure is its villages' sum (the villages break it down) while on
 * another no commune's figure is (the villages then read as the areas, the
 * commune's figure their subtotal). The lines tell two readings apart no
 * better than a single line does, so the reading says it is unsure. One
 * commune off on one line among communes that add up is a mistyped figure,
 * the reading sure.
 */
import type { CellValue } from "../model/workbook";
import { numberOf, same } from "./areaScore";
import { isBlank } from "./cells";

/**
 * `villages` (rows) and `owners` (each village's commune row, at the same
 * place) as read; `valueCols` the columns of figures. Only columns on which
 * the villages hold a figure are weighed.
 */
export function villageLinesDisagree(
  villages: readonly number[],
  owners: readonly number[],
  valueCols: readonly number[],
  value: (row: number, col: number) => CellValue,
): boolean {
  let agree = false;
  let differ = false;
  for (const col of valueCols) {
    let off = false;
    let on = false;
    for (let start = 0; start < villages.length; ) {
      let end = start;
      while (end + 1 < villages.length && owners[end + 1] === owners[start]) end++;
      let sum = 0;
      let any = false;
      for (let k = start; k <= end; k++) {
        const cell = value(villages[k], col);
        if (isBlank(cell)) continue;
        any = true;
        sum += numberOf(cell);
      }
      if (any) {
        const own = numberOf(value(owners[start], col));
        if (Number.isFinite(own) && Number.isFinite(sum) && !same(own, sum)) off = true;
        else on = true;
      }
      start = end + 1;
    }
    if (on && !off) agree = true;
    else if (off && !on) differ = true;
  }
  return agree && differ;
}
