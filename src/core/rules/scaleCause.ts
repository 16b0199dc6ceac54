/**
 * One cause, one finding for a money figure typed in another unit than its
 * column's (`100000000` đồng in a `triệu đồng` column whose other communes
 * hold 10–300, or `0,2` for 200 in a `nghìn đồng` column): the line's
 * allocated total breaks the plan, and with formula totals nothing else
 * shows where. When exactly one commune of the line holds a figure 10^3,
 * 10^6 or 10^9 times off its siblings' scale, and that figure brought to
 * their scale makes the allocated total meet the plan exactly, the commune's
 * cell is the cause: one `invalid-value` error is told there, and the
 * ceiling and the typed totals the correction puts right are let go; typed
 * totals that already carry the wrong figure are named as totals to type
 * again with it. A figure thousands of times above its siblings that alone
 * does not put the line right is still told at its cell (with the figure it
 * probably means), beside the ceiling the plan is off by besides.
 */
import { a1 } from "../model/address";
import type { Finding } from "../model/finding";
import { localized, type LocalizedText } from "../model/text";
import { formatAmount } from "../text/format";
import { CELL } from "../cells/readCell";
import { cellPosition, type RuleContext } from "./context";
import { lineVerdict, standing } from "./compare";
import { ceilingMessage } from "./ceiling";
import { totalLineChildren } from "./lineTotals";
import { makeFinding } from "./finding";
import { ceilingsPutRight, typedTotalsAbove } from "./leafCause";
import { ceilingName, cellIndexer } from "./singleCause";
import { leafExtremes } from "./leafExtremes";

const FACTORS = [1e3, 1e6, 1e9];
/** How far off its siblings' range a figure must be, and how near it must come once scaled. */
const OFF = 100;
const NEAR = 20;

export interface Slip {
  readonly cell: number;
  readonly area: number;
  readonly corrected: number;
  /** Thousands of times above its siblings (rather than below). */
  readonly above: boolean;
}

/** How many communes of a line hold a positive figure, and the two largest and two smallest of them. */
export interface LineRange {
  readonly count: number;
  readonly max1: number;
  readonly max2: number;
  readonly min1: number;
  readonly min2: number;
}

/**
 * The range of each of `lines` over the communes: one pass, commune by
 * commune (the reading's cells of a commune lie side by side), not one pass
 * per line across the whole table.
 */
export function lineRanges(context: RuleContext, lines: readonly number[]): Map<number, LineRange> {
  const { lineCount, state, base, leaves } = context;
  const n = lines.length;
  const count = new Float64Array(n);
  const max1 = new Float64Array(n);
  const max2 = new Float64Array(n);
  const min1 = new Float64Array(n).fill(Infinity);
  const min2 = new Float64Array(n).fill(Infinity);
  const number = CELL.number;
  const textNumber = CELL.textNumber;
  for (let i = 0; i < leaves.length; i++) {
    const offset = leaves[i] * lineCount;
    for (let k = 0; k < n; k++) {
      const at = offset + lines[k];
      const cellState = state[at];
      if (cellState !== number && cellState !== textNumber) continue;
      const value = base[at];
      if (value <= 0) continue;
      count[k]++;
      if (value > max1[k]) {
        max2[k] = max1[k];
        max1[k] = value;
      } else if (value > max2[k]) max2[k] = value;
      if (value < min1[k]) {
        min2[k] = min1[k];
        min1[k] = value;
      } else if (value < min2[k]) min2[k] = value;
    }
  }
  const out = new Map<number, LineRange>();
  for (let k = 0; k < n; k++) out.set(lines[k], { count: count[k], max1: max1[k], max2: max2[k], min1: min1[k], min2: min2[k] });
  return out;
}

/**
 * `lineRanges` read from the communes' extremes (`leafExtremes`, read once per
 * context and shared with `slipCeiling`); a line where a commune holds a
 * number typed as text, or a figure below zero, read again as `lineRanges`
 * reads it (the extremes leave text out).
 */
function rangesFromExtremes(context: RuleContext, lines: readonly number[]): Map<number, LineRange> {
  const { largest, nextLargest, smallest, nextSmallest, positives, negative, textPositive } = leafExtremes(context);
  const out = new Map<number, LineRange>();
  const others: number[] = [];
  for (const line of lines) {
    if (textPositive[line] === 1 || negative[line] === 1) others.push(line);
    else out.set(line, { count: positives[line], max1: largest[line], max2: nextLargest[line], min1: smallest[line], min2: nextSmallest[line] });
  }
  if (others.length > 0) for (const [line, range] of lineRanges(context, others)) out.set(line, range);
  return out;
}

/** The one commune of the line whose figure is a unit's factor off its siblings' scale, with each correction; null when none or several. */
export function scaleSlips(context: RuleContext, line: number, range: LineRange): Slip[] {
  const { lineCount, state, base, leaves } = context;
  // The two largest and two smallest figures: the siblings' range of any one commune without scanning them again.
  const { count, max1, max2, min1, min2 } = range;
  const out: Slip[] = [];
  // Only the largest or the smallest figure can be off its siblings' range.
  if (count < 3 || (max1 <= max2 * OFF && min1 * OFF >= min2)) return out;
  for (const area of leaves) {
    const at = area * lineCount + line;
    const value = base[at];
    if (
      (state[at] !== CELL.number && state[at] !== CELL.textNumber) ||
      value <= 0 ||
      (value !== max1 && value !== min1)
    )
      continue;
    const high = value === max1 ? max2 : max1;
    const low = value === min1 ? min2 : min1;
    const above = value > high * OFF;
    const below = value * OFF < low;
    if (!above && !below) continue;
    for (const factor of FACTORS) {
      const corrected = above ? value / factor : value * factor;
      if (corrected * NEAR >= low && corrected <= high * NEAR)
        out.push({ cell: at, area, corrected, above });
    }
  }
  return out;
}

export function scaleCause(
  context: RuleContext,
  findings: readonly Finding[],
): Finding[] {
  const ceilings = findings.filter(
    (f) =>
      f.rule === "ceiling" &&
      f.indicator !== null &&
      f.sheet === context.table.sheet,
  );
  if (ceilings.length === 0) return [...findings];
  const indexOf = cellIndexer(context);
  const dropped = new Set<Finding>();
  const added: Finding[] = [];
  const merged = new Map<Finding, Finding>();
  const lineOf = (ceiling: Finding): number | undefined => {
    const line = ceiling.indicator === null ? undefined : context.lineByCode.get(ceiling.indicator);
    return line === undefined || context.lineKind[line] !== "money" ? undefined : line;
  };
  // The communes' extremes of every line, which `slipCeiling` reads after for its error and warning ceilings; else the few lines' own.
  const rangesOf = ceilings.some((f) => f.severity === "error" || f.severity === "warning") ? rangesFromExtremes : lineRanges;
  const ranges = rangesOf(
    context,
    ceilings.map(lineOf).filter((line): line is number => line !== undefined),
  );
  for (const ceiling of ceilings) {
    const line = lineOf(ceiling);
    const range = line === undefined ? undefined : ranges.get(line);
    if (line === undefined || range === undefined) continue;
    const candidates = scaleSlips(context, line, range);
    const slips = candidates.filter((slip) => {
      const shift = slip.corrected - context.base[slip.cell];
      return (
        ceilingsPutRight(
          context,
          [ceiling],
          new Map([[line, [slip]]]),
          new Map([[line, shift]]),
        ).length === 1
      );
    });
    if (slips.length !== 1) {
      // One figure thousands of times above its siblings, brought to their scale by one factor, that alone does not put
      // the line right: the cell is still told as the figure in another unit, and the ceiling stays (the plan is off besides).
      // (Or a million times and more below them: 150 in a column of whole đồng among 150.000.000s.) Without the
      // arithmetic to confirm it, only a factor of a million or more tells a slip: 1.500 among communes of 1 or 2
      // triệu may be one large share, but 150.000.000 among them is đồng typed in a triệu column.
      if (candidates.length === 1 && standsAlone(context, candidates[0])) {
        const at = candidates[0];
        const finding = slipFinding(context, at, line, ceiling.indicator, "");
        const own = findings.find((f) => f !== ceiling && indexOf(f) === at.cell);
        if (own === undefined) added.push(finding);
        else merged.set(own, { ...own, message: localized(`${own.message.vi} ${finding.message.vi}`, `${own.message.en} ${finding.message.en}`) });
        const read = ceilingReadRight(context, ceiling, at, line);
        if (read !== null) merged.set(ceiling, read);
      }
      continue;
    }
    const slip = slips[0];
    const delta = slip.corrected - context.base[slip.cell];
    const totals = typedTotalsAbove(context, slip.cell, delta);
    if (totals === null) continue;
    // Every other finding of the line must be a typed total the correction puts right, or the cell's own (a number typed as text: told with it).
    const others = findings.filter(
      (f) =>
        f !== ceiling &&
        f.indicator === ceiling.indicator &&
        indexOf(f) !== slip.cell,
    );
    const atCell = findings.find(
      (f) => f !== ceiling && indexOf(f) === slip.cell,
    );
    if (
      !others.every(
        (f) => f.rule === "subtotal" && totals.right.has(indexOf(f) ?? -1),
      )
    )
      continue;
    // The commune's own `Tổng kinh phí` over the figure, typed right: off against its parts by exactly the slip.
    const rowTotals = findings.filter((f) => {
      const at = f.rule === "subtotal" && f.expected !== null && f.actual !== null ? indexOf(f) : null;
      if (at === null || Math.floor(at / context.lineCount) !== slip.area) return false;
      const parts = totalLineChildren(context, at % context.lineCount);
      return parts !== null && parts.includes(line) && standing((f.expected ?? 0) + delta, f.actual ?? 0) === "equal";
    });
    dropped.add(ceiling);
    for (const f of [...others, ...rowTotals]) dropped.add(f);
    const plan = ceilingName(context, ceiling);
    const fixed = [...others, ...rowTotals].map((f) => f.cell ?? "");
    const carried = totals.carried.map((at) => {
      const position = cellPosition(context, Math.floor(at / context.lineCount), line);
      return a1(position.row, position.col);
    });
    const alsoVi = [...fixed.map((c) => `ô cộng ${c}`), plan.vi].join(" và ");
    const alsoEn = [...fixed.map((c) => `the total in ${c}`), plan.en].join(" and ");
    const told = slipFinding(
      context,
      slip,
      line,
      ceiling.indicator,
      localized(
        ` Ghi lại là ${formatAmount(slip.corrected, context.cellUnit[line], "vi")} thì ${alsoVi} cũng khớp.${carried.length > 0 ? ` Các ô cộng gõ tay ${carried.join(", ")} cũng phải gõ lại theo số đúng.` : ""}`,
        ` Entered as ${formatAmount(slip.corrected, context.cellUnit[line], "en")}, it also puts ${alsoEn} right.${carried.length > 0 ? ` The typed totals ${carried.join(", ")} must be typed again with the right figure.` : ""}`,
      ),
    );
    // A cell with a finding of its own (a number typed as text) tells both in that one finding.
    if (atCell === undefined) added.push(told);
    else
      merged.set(atCell, {
        ...atCell,
        message: localized(
          `${atCell.message.vi} ${told.message.vi}`,
          `${atCell.message.en} ${told.message.en}`,
        ),
      });
  }
  if (dropped.size === 0 && added.length === 0 && merged.size === 0) return [...findings];
  return [
    ...findings.filter((f) => !dropped.has(f)).map((f) => merged.get(f) ?? f),
    ...added,
  ];
}

/**
 * The ceiling beside a figure typed in another unit that alone does not put
 * the line right: the total as the sheet shows it hides the real gap, so the
 * message says the total with that figure read in the line's unit and the
 * plan compared on it. Null when that reading meets the plan (the ceiling is
 * then told as is).
 */
function ceilingReadRight(context: RuleContext, ceiling: Finding, slip: Slip, line: number): Finding | null {
  const planLine = ceiling.indicator === null ? undefined : context.planByCode.get(ceiling.indicator);
  if (planLine === undefined || ceiling.actual === null) return null;
  const total = ceiling.actual + slip.corrected - context.base[slip.cell];
  const where = lineVerdict(total, planLine);
  if (where === "ok") return null;
  const unit = context.cellUnit[line];
  const { row, col } = cellPosition(context, slip.area, line);
  const cell = a1(row, col);
  const shown = { vi: formatAmount(ceiling.actual, planLine, "vi"), en: formatAmount(ceiling.actual, planLine, "en") };
  const compared = ceilingMessage(planLine, total, where);
  return {
    ...ceiling,
    message: localized(
      `Đọc ô ${cell} là ${formatAmount(slip.corrected, unit, "vi")} (theo đơn vị của dòng chỉ tiêu) thì: ${compared.vi} (Với số đang ghi ở ô ${cell}, tổng phân bổ là ${shown.vi}.)`,
      `With cell ${cell} read as ${formatAmount(slip.corrected, unit, "en")} (in the line's unit): ${compared.en} (With the figure ${cell} holds now, the allocated total is ${shown.en}.)`,
    ),
  };
}

/** The least factor a figure must be off its siblings to be told as typed in another unit with no total to confirm it. */
const ALONE_FACTOR = 1e6;

/** A slip told on its scale alone: a million times (or more) above or below its siblings. */
function standsAlone(context: RuleContext, slip: Slip): boolean {
  const value = context.base[slip.cell];
  const factor = slip.above ? value / slip.corrected : slip.corrected / value;
  return factor >= ALONE_FACTOR * 0.999;
}

/**
 * The `invalid-value` error at a figure typed in another unit than its line's: the cell to fix, told with the figure
 * it holds and, after `put` (what the correction puts right), or else the figure it probably means.
 */
function slipFinding(context: RuleContext, slip: Slip, line: number, indicator: string | null, put: LocalizedText | ""): Finding {
  const unit = context.cellUnit[line];
  const value = context.base[slip.cell];
  const { row, col } = cellPosition(context, slip.area, line);
  const axis = context.table.orientation === "areas-as-rows" ? { vi: "cột", en: "column" } : { vi: "dòng", en: "row" };
  const meant = {
    vi: put === "" ? ` Có lẽ là ${formatAmount(slip.corrected, unit, "vi")}.` : put.vi,
    en: put === "" ? ` It probably means ${formatAmount(slip.corrected, unit, "en")}.` : put.en,
  };
  return makeFinding({
    rule: "invalid-value",
    severity: "error",
    sheet: context.table.sheet,
    at: { row, col },
    indicator,
    area: context.table.areas[slip.area].label,
    expected: null,
    actual: value,
    message: localized(
      `Ô này ghi ${formatAmount(value, unit, "vi")}, lệch hàng nghìn lần so với các địa bàn khác của ${axis.vi}: có lẽ số được gõ theo đơn vị khác với đơn vị của ${axis.vi} (đồng, nghìn, triệu hay tỷ đồng).${meant.vi}`,
      `This cell holds ${formatAmount(value, unit, "en")}, thousands of times off the other areas of its ${axis.en}: the figure was probably typed in another unit than the ${axis.en}'s (đồng, thousand, million or billion đồng).${meant.en}`,
    ),
  });
}
