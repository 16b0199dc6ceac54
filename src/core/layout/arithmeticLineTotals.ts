/**
 * A line that matches no plan line and whose figures are, area by area, the
 * sum of the lines right after it that do (`Kinh phí thực hiện` over `Kinh
 * phí truyền thông`, `Kinh phí hỗ trợ sinh kế`) is their total, as if it
 * were labelled `Tổng kinh phí`: its parts are listed, so one mistyped cell
 * of it is one subtotal finding and it is no line the plan lacks. Most of
 * its cells with figures must add up (three in four, the cells off by one
 * same amount counted once); the shortest run of two or more lines that
 * does is taken. A fund's heading (`B. Vốn đầu tư`) may sum one line, the
 * only one of its section.
 */
import type { LineEntry } from "../model/table";
import { numberOf, same } from "./areaScore";
import type { Frame } from "./frame";
import { namesFundingSource } from "./sourceColumns";

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
    if (line.planCode === null && line.isTotal && line.kind === undefined && line.parts === undefined) {
      // `Tổng cộng` over no unit beside the lines it adds up: their kind, and they its parts, where the figures say so.
      const block = (step: 1 | -1): LineEntry[] => {
        const out: LineEntry[] = [];
        for (let p = position + step; p >= 0 && p < order.length; p += step) {
          const part = lines[order[p]];
          if (part.isTotal || part.kind === undefined || part.kind === "percent" || (out.length > 0 && (part.kind !== out[0].kind || part.scale !== out[0].scale))) break;
          out.push(part);
        }
        return out;
      };
      for (const parts of [block(1), block(-1)]) {
        if (parts.length < MIN_PARTS) continue;
        const sums = frame.areaPositions.map(() => 0);
        for (const part of parts) figures(part).forEach((v, r) => (sums[r] += Number.isNaN(v) ? 0 : v));
        if (!addsUp(figures(line), sums)) continue;
        out[i] = { ...line, kind: parts[0].kind, scale: parts[0].scale, parts: parts.map((x) => x.index) };
        return;
      }
      return;
    }
    if (line.planCode !== null || line.isTotal || line.kind === "percent") return;
    const own = figures(line);
    const sums = own.map(() => 0);
    const parts: LineEntry[] = [];
    const fund = namesFundingSource(line.header);
    for (let p = position + 1; p < order.length; p++) {
      const part = lines[order[p]];
      if (part.planCode === null || part.isTotal || part.kind === undefined || part.kind === "percent") return;
      if (parts.length > 0 && (part.kind !== parts[0].kind || part.scale !== parts[0].scale)) return;
      if (line.kind !== undefined && line.kind !== part.kind) return;
      if (line.unit !== undefined && line.scale !== part.scale) return;
      parts.push(part);
      figures(part).forEach((v, r) => (sums[r] += Number.isNaN(v) ? 0 : v));
      // A fund's heading (`A. Vốn sự nghiệp`, `B. Vốn đầu tư`) over the one line of its section, the next fund after it.
      const lone = parts.length === 1 && fund && (p + 1 >= order.length || lines[order[p + 1]].planCode === null);
      if ((parts.length >= MIN_PARTS || lone) && addsUp(own, sums)) {
        out[i] = { ...line, kind: part.kind, scale: part.scale, isTotal: true, parts: parts.map((x) => x.index) };
        return;
      }
      // Counts and amounts are not negative: once every sum is past the line's figure, no longer run adds up.
      if (own.every((v, r) => Number.isNaN(v) || (sums[r] > v && !same(sums[r], v)))) return;
    }
  });
  return out;
}

/**
 * Whether `own` is, area by area, `sums` in most areas with figures. Areas
 * off by the same amount count as one: one mistyped cell puts the district
 * and grand-total rows that add it up by formula off by just as much, one
 * cause and not three areas that disagree — else, on a small table, one
 * typo would leave too few areas agreeing and hide itself.
 */
export function addsUp(own: readonly number[], sums: readonly number[]): boolean {
  let agree = 0;
  // The amounts the disagreeing areas are off by, rounded to a millionth (a set: one pass, however many areas).
  const gaps = new Set<number>();
  for (let r = 0; r < own.length; r++) {
    if (Number.isNaN(own[r]) || (own[r] === 0 && sums[r] === 0)) continue;
    if (same(own[r], sums[r])) agree++;
    else gaps.add(Math.round((own[r] - sums[r]) * 1e6));
  }
  return agree >= MIN_PARTS && agree >= (agree + gaps.size) * AGREEING_SHARE;
}

/**
 * `lines` with each plan line that has no parts in the plan made the total of
 * the lines matching no plan line whose figures, area by area, add up to it
 * (`Tổ truyền thông | Số lượng | Kinh phí`, `Địa chỉ tin cậy | Số lượng |
 * Kinh phí`, then `Tổng kinh phí`: each line's money a part of the plan's
 * one budget line). All such lines of its kind and scale must add up to it,
 * two at least; they are then checked as its parts, no lines the plan lacks.
 */
export function withArithmeticLineParts(frame: Frame, lines: readonly LineEntry[], planParents: ReadonlySet<string>): LineEntry[] {
  const loose = lines.filter((line) => line.planCode === null && !line.isTotal && line.parts === undefined && line.kind !== undefined && line.kind !== "percent");
  if (loose.length < MIN_PARTS) return lines.slice();
  const figures = (line: LineEntry): number[] => frame.areaPositions.map((row) => numberOf(frame.grid.value(row, line.index)));
  const out = lines.slice();
  const taken = new Set<number>();
  // The parts' sums by kind and scale, each read once.
  const sumsOf = new Map<string, number[]>();
  lines.forEach((line, i) => {
    if (line.planCode === null || planParents.has(line.planCode) || line.parts !== undefined || line.kind === undefined || line.kind === "percent") return;
    const parts = loose.filter((part) => part.kind === line.kind && part.scale === line.scale && !taken.has(part.index));
    if (parts.length < MIN_PARTS) return;
    const key = `${line.kind}:${line.scale}`;
    let sums = sumsOf.get(key);
    if (sums === undefined) {
      const acc = frame.areaPositions.map(() => 0);
      for (const part of parts) figures(part).forEach((v, r) => (acc[r] += Number.isNaN(v) ? 0 : v));
      sumsOf.set(key, (sums = acc));
    }
    if (!addsUp(figures(line), sums)) return;
    out[i] = { ...line, isTotal: true, parts: parts.map((part) => part.index) };
    for (const part of parts) taken.add(part.index);
  });
  return out;
}
