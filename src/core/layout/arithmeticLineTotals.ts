/**
 * A line that matches no plan line and whose figures are, area by area, the
 * sum of the lines right after it that do (`Kinh phí thực hiện` over `Kinh
 * phí truyền thông`, `Kinh phí hỗ trợ sinh kế`) is their total, as if it
 * were labelled `Tổng kinh phí`: its parts are listed, so one mistyped cell
 * of it is one subtotal finding and it is no line the plan lacks. Most of
 * its cells with figures must add up (three in four); the shortest run of
 * two or more lines that does is taken.
 */
import type { LineEntry } from "../model/table";
import { numberOf, same } from "./areaScore";
import type { Frame } from "./frame";

/** Fewest lines such a total adds up. */
const MIN_PARTS = 2;
/** Share of its cells with figures that must equal the sum of its parts. */
const AGREEING_SHARE = 0.75;

/** `lines` with each unmatched line that adds up the matched lines after it made their total. */
export function withArithmeticLineTotals(frame: Frame, lines: readonly LineEntry[]): LineEntry[] {
  const out = lines.slice();
  const order = lines.map((_, i) => i).sort((a, b) => lines[a].index - lines[b].index);
  // Each line's figures read once, when first needed.
  const cache = new Map<number, number[]>();
  const figures = (line: LineEntry): number[] => {
    let out = cache.get(line.index);
    if (out === undefined) cache.set(line.index, (out = frame.areaPositions.map((row) => numberOf(frame.grid.value(row, line.index)))));
    return out;
  };
  order.forEach((i, position) => {
    const line = lines[i];
    if (line.planCode !== null || line.isTotal || line.kind === "percent") return;
    const own = figures(line);
    const sums = own.map(() => 0);
    const parts: LineEntry[] = [];
    for (let p = position + 1; p < order.length; p++) {
      const part = lines[order[p]];
      if (part.planCode === null || part.isTotal || part.kind === undefined || part.kind === "percent") return;
      if (parts.length > 0 && (part.kind !== parts[0].kind || part.scale !== parts[0].scale)) return;
      if (line.kind !== undefined && line.kind !== part.kind) return;
      if (line.unit !== undefined && line.scale !== part.scale) return;
      parts.push(part);
      figures(part).forEach((v, r) => (sums[r] += Number.isNaN(v) ? 0 : v));
      if (parts.length >= MIN_PARTS && addsUp(own, sums)) {
        out[i] = { ...line, kind: part.kind, scale: part.scale, isTotal: true, parts: parts.map((x) => x.index) };
        return;
      }
      // Counts and amounts are not negative: once every sum is past the line's figure, no longer run adds up.
      if (own.every((v, r) => Number.isNaN(v) || (sums[r] > v && !same(sums[r], v)))) return;
    }
  });
  return out;
}

export function addsUp(own: readonly number[], sums: readonly number[]): boolean {
  let compared = 0;
  let agree = 0;
  for (let r = 0; r < own.length; r++) {
    if (Number.isNaN(own[r]) || (own[r] === 0 && sums[r] === 0)) continue;
    compared++;
    if (same(own[r], sums[r])) agree++;
  }
  return agree >= MIN_PARTS && agree >= compared * AGREEING_SHARE;
}
