/**
 * Periods or funds as captions over the lines (`Năm 2024` merged over `Tổ |
 * Kinh phí | Ghi chú`, `Năm 2025` over the same; `Vốn sự nghiệp | Vốn đầu
 * tư`): each plan line is typed once under every caption, and the plan (of
 * the whole period, of every fund) is compared with their sum, area by area
 * — as periods over the areas add up, and as years or sources under a line's
 * header are read as its parts. Not one caption's column taken for the line
 * and the others left as lines the plan lacks.
 */
import { wordKey } from "../text/fold";
import type { RawLine } from "./lines";
import { isLineTotal } from "./lines";
import { isPeriodPart } from "./matchLines";
import { isSourceLabel } from "./sourceColumns";

/** Fewest periods a split over the lines has. */
const MIN_PERIODS = 2;

/** One plan line read under each period (fund): its code and the indexes into `raw` of its column under every period, in sheet order. */
export interface PeriodRun {
  readonly code: string;
  readonly run: readonly number[];
}

/** The part of a line's header that is a period (`Năm 2024`) or a fund (`Vốn sự nghiệp`), above its own name; -1 when none. */
function periodAt(line: RawLine): number {
  for (let i = 0; i < line.parts.length - 1; i++) if (isPeriodPart(line.parts[i]) || isSourceLabel(line.parts[i])) return i;
  return -1;
}

/**
 * The runs of lines that are one plan line typed under each period caption:
 * lines whose headers differ only in their period part, one of them matched
 * to a plan line (not a percent: a rate does not add up over periods) and the
 * others to nothing, each period once. `codes`: the plan code of each line,
 * or null; `percent`: whether a code is a percent line's.
 */
export function periodRuns(raw: readonly RawLine[], codes: readonly (string | null)[], percent: (code: string) => boolean): PeriodRun[] {
  const groups = new Map<string, number[]>();
  raw.forEach((line, i) => {
    const at = periodAt(line);
    if (at < 0 || isLineTotal(line.parts[line.parts.length - 1] ?? "")) return;
    const key = [...line.parts.slice(0, at), ...line.parts.slice(at + 1)].map((part) => wordKey(part)).join("\u0000");
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [i]);
    else group.push(i);
  });
  const out: PeriodRun[] = [];
  for (const run of groups.values()) {
    if (run.length < MIN_PERIODS) continue;
    const periods = new Set(run.map((k) => wordKey(raw[k].parts[periodAt(raw[k])])));
    if (periods.size !== run.length) continue;
    const named = run.filter((k) => codes[k] !== null);
    if (named.length !== 1) continue;
    const code = codes[named[0]]!;
    if (percent(code)) continue;
    out.push({ code, run });
  }
  return out;
}

/** A caption naming the whole period or the sum of the blocks beside it: `Tổng giai đoạn`, `Cả giai đoạn`, `Tổng số`, `Tổng cộng`. */
const WHOLE_CAPTION = /^(?:(?:tong|ca) giai doan\b|tong (?:so|cong)$|tong$|cong$)/;

/**
 * The same, with a block under a caption naming the whole (`Tổng giai đoạn`
 * over `Tổ | Kinh phí`, then `Năm 2024`, `Năm 2025` over the same): each line
 * of the whole's block matched to a plan line, the periods' lines under it
 * matched to nothing are its parts. By index into `raw` of the whole's line,
 * the indexes of its parts.
 */
export function periodPartsOfWhole(raw: readonly RawLine[], codes: readonly (string | null)[]): Map<number, number[]> {
  const groups = new Map<string, { whole: number[]; periods: number[] }>();
  raw.forEach((line, i) => {
    if (line.parts.length < 2 || isLineTotal(line.parts[line.parts.length - 1] ?? "")) return;
    let at = periodAt(line);
    let whole = false;
    if (at < 0) {
      at = line.parts.slice(0, -1).findIndex((part) => WHOLE_CAPTION.test(wordKey(part)));
      whole = at >= 0;
    }
    if (at < 0) return;
    const key = [...line.parts.slice(0, at), ...line.parts.slice(at + 1)].map((part) => wordKey(part)).join("\u0000");
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = { whole: [], periods: [] }));
    (whole ? group.whole : group.periods).push(i);
  });
  const out = new Map<number, number[]>();
  for (const { whole, periods } of groups.values()) {
    if (whole.length !== 1 || codes[whole[0]] === null || periods.length < MIN_PERIODS || periods.some((k) => codes[k] !== null)) continue;
    out.set(whole[0], periods);
  }
  return out;
}
