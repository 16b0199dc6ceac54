/**
 * A bare ratio column (`Tỷ lệ (%)`, `Tỷ lệ`, `Tỷ trọng (%)`, `Cơ cấu (%)`,
 * `%`) naming no plan line, whose figures are each area's share of a line
 * beside it (its value over that line's total, in percent or as a fraction;
 * `Tỷ lệ phân bổ (%)`, `Cơ cấu kinh phí` alike):
 * worked out from the allocation, no line of its own. So too a ratio column
 * naming no plan line (`Tỷ lệ (%)`, `Tỷ lệ giải ngân (%)`) whose figures are
 * one line over another, area by area (đối ứng / NSTW, giải ngân / kế
 * hoạch). Figures that fit no such share or quotient leave it a column
 * matching no line.
 */
import { wordKey } from "../text/fold";
import { numberOf } from "./areaScore";
import type { Frame } from "./frame";
import type { RawLine } from "./lines";

const BARE_RATIO = /^(?:(?:ty le|ty trong|co cau)(?: (?:phan bo|kinh phi|so voi tong(?: so)?|tren tong(?: so)?))?)?(?: ?%)?$/;
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
 * The positions of bare ratio lines matching no plan line (or one only by
 * the bare word, `Tỷ lệ (%)` for `Tỷ lệ phụ nữ được tuyên truyền`: that
 * match is dropped) whose figures, area by area, are a share of another
 * line's figures (one same factor).
 */
export function shareLines(frame: Frame, raw: readonly RawLine[], matches: (ShareMatch | null)[]): Set<number> {
  const out = new Set<number>();
  if (!matches.some((match) => match !== null)) return out;
  const figures = (position: number) => frame.areaPositions.map((row) => numberOf(frame.grid.value(row, position)));
  raw.forEach((line, i) => {
    const match = matches[i];
    // Matched to a plan line by its name when every part is the bare word (`Tỷ lệ (%)` for `Tỷ lệ phụ nữ …`): shares still tell.
    const bareName = match !== null && match.how === "name" && line.parts.length > 0 && line.parts.every((part) => isBareRatioHeader([part]));
    const bare = isBareRatioHeader(line.parts);
    if ((match !== null && !bareName) || !(bare || isRatioHeader(line.parts))) return;
    const own = figures(line.position);
    const bases = raw.filter((other, k) => k !== i && !isBareRatioHeader(other.parts) && !isRatioHeader(other.parts));
    const share = bare && bases.some((other) => isShareOf(own, figures(other.position)));
    // One line over another, area by area (`Tỷ lệ đối ứng` = NSĐP / NSTW, `Tỷ lệ giải ngân` = giải ngân / kế hoạch): only for a line naming no plan line.
    const quotient = !share && match === null && bases.some((top) => bases.some((bottom) => bottom !== top && isQuotientOf(own, figures(top.position), figures(bottom.position))));
    if (!share && !quotient) return;
    out.add(line.position);
    matches[i] = null;
  });
  return out;
}

/** A header naming a ratio, bare or of something: `Tỷ lệ giải ngân (%)`, `Tỷ lệ đối ứng`, `Tỷ trọng NSTW/tổng (%)`. */
function isRatioHeader(parts: readonly string[]): boolean {
  const last = parts[parts.length - 1];
  return last !== undefined && /^(?:ty le|ty trong)\b/.test(wordKey(last));
}

/**
 * `own` is `top` over `bottom`, area by area, in percent or as a fraction,
 * up to rounding (to a whole percent, or two decimals of a fraction), in at
 * least `MIN_AREAS` areas; where `bottom` is nought, `own` is blank, nought
 * or text (`#DIV/0!`).
 */
function isQuotientOf(own: readonly number[], top: readonly number[], bottom: readonly number[]): boolean {
  return [100, 1].some((factor) => {
    const slack = (factor === 100 ? 0.5 : 0.005) + 1e-9;
    let fits = 0;
    for (let r = 0; r < own.length; r++) {
      const v = own[r];
      const b = bottom[r];
      const t = Number.isNaN(top[r]) ? 0 : top[r];
      if (Number.isNaN(b) || b === 0) {
        if (!Number.isNaN(v) && v !== 0) return false;
        continue;
      }
      if (Number.isNaN(v) || Math.abs(v - (factor * t) / b) > slack) return false;
      fits++;
    }
    return fits >= MIN_AREAS;
  });
}

/** What `shareLines` needs of a line's match: how it was found. */
interface ShareMatch {
  readonly how: string;
}

/**
 * `own` is `base` times one factor, area by area (each area's share of the
 * total, whether the sheet shows that total or not), up to the rounding of
 * the shares: to a whole percent, or to three decimals for fractions. The
 * base must vary, or any constant column would fit.
 */
function isShareOf(own: readonly number[], base: readonly number[]): boolean {
  let top = -1;
  let ownMax = 0;
  for (let r = 0; r < own.length; r++) {
    if (Number.isNaN(own[r]) || Number.isNaN(base[r])) continue;
    if (Math.abs(own[r]) > ownMax) ownMax = Math.abs(own[r]);
    if (base[r] > 0 && (top < 0 || base[r] > base[top])) top = r;
  }
  if (top < 0 || own[top] <= 0) return false;
  const factor = own[top] / base[top];
  const slack = 2 * (ownMax <= 1 ? 0.0005 : 0.5) + 1e-9;
  let fits = 0;
  let varies = false;
  for (let r = 0; r < own.length; r++) {
    const v = own[r];
    const b = Number.isNaN(base[r]) ? 0 : base[r];
    if (Number.isNaN(v)) {
      if (b !== 0) return false;
      continue;
    }
    if (Math.abs(v - factor * b) > slack) return false;
    if (b !== 0) fits++;
    if (b !== base[top]) varies = true;
  }
  return varies && fits >= MIN_AREAS;
}
