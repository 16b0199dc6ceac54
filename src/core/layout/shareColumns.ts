/**
 * A bare ratio column (`Tỷ lệ (%)`, `Tỷ lệ`, `Tỷ trọng (%)`, `Cơ cấu (%)`,
 * `%`) naming no plan line, whose figures are each area's share of a line
 * beside it (its value over that line's total, in percent or as a fraction):
 * worked out from the allocation, no line of its own. Figures that fit no
 * such share leave it a column matching no line.
 */
import { wordKey } from "../text/fold";
import { numberOf } from "./areaScore";
import type { Frame } from "./frame";
import type { RawLine } from "./lines";

const BARE_RATIO = /^(?:ty le|ty trong|co cau)?(?: ?%)?$/;
/** Areas with figures a share must fit, at least. */
const MIN_AREAS = 3;

/** The header's last part, its brackets aside, is a ratio alone: `Tỷ lệ (%)`, `Cơ cấu`, `%`. */
export function isBareRatioHeader(parts: readonly string[]): boolean {
  const last = parts[parts.length - 1];
  if (last === undefined || !/[\p{L}%]/u.test(last)) return false;
  const key = wordKey(last.replace(/\(\s*%\s*\)/g, " % ")).trim();
  return key !== "" && BARE_RATIO.test(key);
}

/**
 * The positions of bare ratio lines matching no plan line whose figures, area
 * by area, are a share of another line's figures (one same factor, up to the
 * rounding of a percent to a whole or of a fraction to three decimals).
 */
export function shareLines(frame: Frame, raw: readonly RawLine[], matches: readonly unknown[]): Set<number> {
  const out = new Set<number>();
  if (!matches.some((match) => match !== null)) return out;
  const figures = (position: number) => frame.areaPositions.map((row) => numberOf(frame.grid.value(row, position)));
  raw.forEach((line, i) => {
    if (matches[i] !== null || !isBareRatioHeader(line.parts)) return;
    const own = figures(line.position);
    if (raw.some((other, k) => k !== i && !isBareRatioHeader(other.parts) && isShareOf(own, figures(other.position)))) out.add(line.position);
  });
  return out;
}

/** `own` is `base` times one factor, area by area: 100/total (percent) or 1/total (fraction). */
function isShareOf(own: readonly number[], base: readonly number[]): boolean {
  let total = 0;
  for (const v of base) if (!Number.isNaN(v) && v > total) total = v;
  if (total <= 0) return false;
  for (const [scale, slack] of [
    [100, 0.5],
    [1, 0.0005],
  ] as const) {
    let fits = 0;
    let off = false;
    for (let r = 0; r < own.length && !off; r++) {
      const v = own[r];
      const b = Number.isNaN(base[r]) ? 0 : base[r];
      if (Number.isNaN(v)) {
        if (b !== 0) off = true;
        continue;
      }
      if (Math.abs(v - (scale * b) / total) > slack + 1e-9) off = true;
      else if (b !== 0) fits++;
    }
    if (!off && fits >= MIN_AREAS) return true;
  }
  return false;
}
