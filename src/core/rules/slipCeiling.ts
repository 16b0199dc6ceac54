/**
 * One cause, at its cell: a commune's figure typed with one slip of the
 * keyboard (a digit typed twice or one too many, two neighbouring digits
 * swapped: `30` for `3`, `1200` for `120`) under totals that follow the table
 * (SUM formulas, or none): the line is over its ceiling, and nothing but the
 * plan shows where. When exactly one commune figure on the line, corrected
 * by the excess, reads as the same figure with one slip, and that correction
 * makes the line meet its plan target exactly, the `ceiling` is told at that
 * commune's cell, naming the comparison it puts right. Told only when the
 * evidence is clear (`slipCause` tells the same slip under typed subtotals):
 *
 * - the ceiling is an error over the plan, and nothing else is told on the
 *   line (a subtotal, a text number, a quota …);
 * - every total above the commune follows it (a formula or blank cell, or a
 *   district's total typed from its communes as they stand — named, to
 *   correct with the cell — under a grand total that follows too);
 * - exactly one commune's figure, corrected by the excess, is any slip of it
 *   (one digit typed for another too), and that one a digit typed twice or
 *   swapped — not below zero, whole on a count line, at least ten in the
 *   cell's unit;
 * - the typed figure stands out: more than twice any other commune's on the
 *   line, and the figure meant no more than twice the largest of them (a
 *   large share among small ones is no slip by itself) — or, the excess a
 *   swap of two neighbouring digits makes (a multiple of nine), the figure
 *   meant lies within the others' figures and keeps the step they are all
 *   written in where the typed one does (`offStep`: `153` for a typed `135`
 *   among figures in fives reads as a gap of the line's own, not a swap);
 *   under the plan (a gap still to allocate, no mistake by itself) the
 *   typed figure must also break that step (`keepsLineStep`: `105` among
 *   figures in fives, the line short by 45, is no swap of `150` told at its
 *   cell; `102` for `120` is).
 *
 * A commune's row written twice that the sheet's totals count, the plan
 * proving it counted in error (two lines over by exactly its figures,
 * `countedRepeats`), is left out of the other lines' weighing: a line off
 * by the repeat and a slip together is told at the slip, its message
 * saying the comparison comes right with the repeat removed too.
 *
 * A digit left out (`12` for `120`) puts the line under its plan (a warning:
 * a gap still to allocate, which is no mistake by itself). It is told at the
 * commune only on the same evidence turned round: the one commune whose
 * figure, raised by the gap, is that figure with the digit restored, and the
 * typed figure stands out below the line (less than half of every other
 * commune's figure), the figure meant among them (at least half the smallest,
 * no more than twice the largest).
 */
import { a1 } from "../model/address";
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { formatAmount } from "../text/format";
import { CELL } from "../cells/readCell";
import { allocatedFor, cellPosition, type RuleContext } from "./context";
import { difference, standing } from "./compare";
import { makeFinding } from "./finding";
import { isFormulaAt, leafSum, typedTotalStanding, typedTotalsAbove } from "./leafCause";
import { alsoRight, ceilingName, cellIndexer, type Named } from "./singleCause";
import { withReplaced } from "./replaceFindings";
import { isReserveLabel } from "../text/ownShare";
import { looksLikeDigitSlip, looksLikeTypo } from "./typo";
import { SLIP_WORDS, withCarriedTotals } from "./carriedTotals";
import { withRepeatOut } from "./slipCause";
import { joinList } from "../text/joinList";
import { leafExtremes } from "./leafExtremes";

/** How far above every other commune the slipped figure must stand. */
const STANDS_OUT = 2;

export function slipCeiling(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const ceilings = findings.filter((f) => f.rule === "ceiling" && (f.severity === "error" || f.severity === "warning") && f.indicator !== null && f.sheet === context.table.sheet);
  if (ceilings.length === 0) return [...findings];
  const indexOf = cellIndexer(context);
  const bounds = lineBounds(context);
  const replaced = new Map<Finding, Finding | null>();
  // An area the plan lists with no row, or a row the plan lacks, may explain any line's gap: no swap is read then.
  // So may several lines short together (a row deleted, the plan listing no areas to tell it).
  const shortLines = ceilings.filter((f) => f.severity === "warning").length;
  const elsewhere = findings.some((f) => f.rule === "coverage" && f.sheet === context.table.sheet) || shortLines >= 2;
  const repeats = countedRepeats(context, findings);
  for (const ceiling of ceilings) {
    const code = ceiling.indicator as string;
    const line = context.lineByCode.get(code);
    if (line === undefined) continue;
    const others = findings.filter((f) => {
      if (f === ceiling || f.severity === "info") return false;
      if (f.indicator === code) return true;
      const cell = indexOf(f);
      return cell !== null && cell % context.lineCount === line;
    });
    // The grand total's subtotal alone, a reserve kept beside it (`reserveBeside`), may be the same slip.
    const beside = others.length === 1 ? reserveBeside(context, others[0], indexOf(others[0]), line) : null;
    if (others.length > 0 && beside === null) continue;
    const cause = slipOnLine(context, bounds[line], ceiling, code, line, beside, elsewhere) ?? (beside === null ? slipBesideRepeat(context, repeats.get(line), ceiling, code, line, elsewhere) : null);
    if (cause === null) continue;
    replaced.set(ceiling, cause);
    if (beside !== null) replaced.set(beside.finding, null);
  }
  return withReplaced(findings, replaced);
}

/**
 * The grand total's `subtotal` on a line where its last member, after every
 * other one, is a reserve (`Dự phòng`) holding a figure: the typed total may
 * be the areas' sum with the reserve kept beside it, the reading having
 * counted the reserve in it (arithmetic alone cannot tell so on a line a slip
 * puts off). Null for any other finding.
 */
function reserveBeside(context: RuleContext, finding: Finding, cell: number | null, line: number): ReserveBeside | null {
  if (finding.rule !== "subtotal" || cell === null) return null;
  const { areas } = context.table;
  const total = Math.floor(cell / context.lineCount);
  const kids = areas[total].children;
  if (areas[total].kind !== "total" || areas[total].parent !== null || kids.length < 2) return null;
  const reserve = kids[kids.length - 1];
  const at = reserve * context.lineCount + line;
  if (areas[reserve].kind !== "leaf" || !isReserveLabel(areas[reserve].label) || kids.some((k) => areas[k].index > areas[reserve].index)) return null;
  if (context.state[at] !== CELL.number || context.base[at] === 0 || context.state[cell] !== CELL.number) return null;
  return { finding, total, reserve, figure: context.base[at] };
}

/** The grand total's subtotal finding, the total and its reserve (area indexes), and the reserve's figure on the line. */
interface ReserveBeside {
  finding: Finding;
  total: number;
  reserve: number;
  figure: number;
}

/**
 * With a reserve beside the grand total: the totals above the commune as
 * `typedTotalsAbove` tells them, the grand total's typed figure right once
 * the slip is put right and the reserve left out of it (null when not).
 */
function totalsBesideReserve(context: RuleContext, cell: number, delta: number, beside: ReserveBeside): { right: Set<number>; carried: number[] } | null {
  const line = cell % context.lineCount;
  const { areas } = context.table;
  const carried: number[] = [];
  for (let area = areas[Math.floor(cell / context.lineCount)].parent; area !== null; area = areas[area].parent) {
    if (area === beside.total) {
      const typed = context.base[area * context.lineCount + line];
      return standing(typed, difference(leafSum(context, area, line) + delta, beside.figure)) === "equal" ? { right: new Set(), carried } : null;
    }
    const stands = typedTotalStanding(context, area, line, delta);
    if (stands === null || stands === "right") return null;
    if (stands === "carried") carried.push(area * context.lineCount + line);
  }
  return null;
}

/** The ceiling told at the one commune whose figure on `line`, less the excess, is a keyboard slip of it; null when none or several. */
function slipOnLine(context: RuleContext, bounds: LineBounds, ceiling: Finding, code: string, line: number, beside: ReserveBeside | null, elsewhere: boolean, repeatOut = false): Finding | null {
  const { lineCount, state, base, leaves } = context;
  const planLine = context.planByCode.get(code);
  const kind = context.lineKind[line];
  if (planLine === undefined || kind === "percent" || kind === null || context.sourceLines?.has(line) === true) return null;
  const allocated = allocatedFor(context, code);
  if (allocated === null) return null;
  const side = standing(allocated, planLine.target);
  // With a repeat counted by the totals left out, the line may stand on the other side of its plan than the sheet shows.
  if (side === "equal" || (!repeatOut && (side === "above") !== (ceiling.severity === "error")) || (side === "below" && planLine.rule !== "<=")) return null;
  const excess = difference(allocated, planLine.target);
  const scale = context.scales[line];
  // Only a figure standing out of its line can be told (below): a line where none does is left at once, its figures' digits unread.
  // A swap of two neighbouring digits (a multiple of nine) is read on any line, the figure meant sitting among the others.
  const swapAmount = !elsewhere && isSwapAmount(Math.abs(excess) / scale);
  if (!swapAmount && !someStandsOut(context, bounds, line, excess, side)) return null;
  const slips: { leaf: number; meant: number; digit: boolean }[] = [];
  for (const leaf of leaves) {
    const cell = leaf * lineCount + line;
    if (state[cell] !== CELL.number || isFormulaAt(context, leaf, line)) continue;
    const typed = base[cell];
    const meant = difference(typed, excess);
    if (meant < 0 || (kind === "count" && !Number.isInteger(Number((meant / scale).toPrecision(12))))) continue;
    if (!looksLikeTypo(typed / scale, meant / scale)) continue;
    slips.push({ leaf, meant, digit: Math.max(typed, meant) / scale >= 10 && looksLikeDigitSlip(typed / scale, meant / scale) });
  }
  if (swapAmount && slips.length > 1 && slips.length <= MAX_NAMED && slips.every((s) => isSwapOf(context, s.leaf, line, s.meant))) return severalSwaps(context, ceiling, slips, line);
  if (slips.length !== 1 || !slips[0].digit) return null;
  const [{ leaf, meant }] = slips;
  const cell = leaf * lineCount + line;
  const typed = base[cell];
  // The figure stands out of its line, and the figure meant sits among the others — or, two neighbouring digits
  // swapped, the figure meant lies within the others' range (no other commune reading as any slip).
  // A figure meant off the step every other commune's figure keeps (`153` among figures in fives), the typed one on it,
  // reads as typed on purpose: the gap is the line's own, not the swap.
  // Under the plan (a gap still to allocate, no mistake by itself), on a line of round figures (every other commune's
  // kept by one step), a typed figure on that step too tells nothing of a slip (`105` among figures in fives, the line
  // short by 45, reads as a gap of the line's own as well): the swap needs the typed figure off the step (`59` for `95`).
  const swap =
    swapAmount && isSwapOf(context, leaf, line, meant) && withinOthers(bounds, leaf, meant) && !offStep(context, leaf, line, meant) && (side === "above" || !keepsLineStep(context, leaf, line));
  if (!swap && !standsOut(context, bounds, leaf, line, excess, side)) return null;
  // Every total above follows the commune: a formula, blank, or a district's typed from the communes as they stand (the slip carried, to type again).
  const above = beside === null ? typedTotalsAbove(context, cell, -excess) : totalsBesideReserve(context, cell, -excess, beside);
  if (above === null || above.right.size > 0 || above.carried.some((at) => context.table.areas[Math.floor(at / lineCount)].kind !== "group")) return null;
  const position = cellPosition(context, leaf, line);
  const unit = context.cellUnit[line];
  const f = (value: number, lang: "vi" | "en") => formatAmount(value, unit, lang);
  const header = context.table.lines[line].header;
  const label = context.table.areas[leaf].label;
  const at = a1(position.row, position.col);
  const message = repeatOut
    ? localized(
        `${header} của ${label} (${at}) ghi ${f(typed, "vi")}: bỏ dòng địa bàn ghi hai lần (đã báo riêng) thì tổng phân bổ ${side === "above" ? "vượt" : "thiếu so với"} kế hoạch đúng ${f(Math.abs(excess), "vi")}, và trong các địa bàn, chỉ ô này sửa thành ${f(meant, "vi")} là khác số đã gõ đúng một lần gõ phím (${swap ? "đảo hai chữ số liền nhau" : side === "above" ? "thừa một chữ số hay đảo hai chữ số liền nhau" : "sót một chữ số hay đảo hai chữ số liền nhau"}) và đúng bằng kế hoạch — có lẽ ô này gõ nhầm.`,
        `The ${header} of ${label} (${at}) shows ${f(typed, "en")}: with the row written twice (told apart) removed, the allocated total is ${side === "above" ? "over" : "short of"} the plan by exactly ${f(Math.abs(excess), "en")}, and of the areas, only this cell, corrected to ${f(meant, "en")}, differs from what was typed by one slip (${swap ? "two neighbouring digits swapped" : side === "above" ? "a digit typed twice or one too many, or two neighbouring digits swapped" : "a digit left out, or two neighbouring digits swapped"}) and meets the plan — probably a slip of the keyboard here.`,
      )
    : swap
    ? localized(
        `${header} của ${label} (${at}) ghi ${f(typed, "vi")}, làm tổng phân bổ ${side === "above" ? "vượt" : "thiếu so với"} kế hoạch đúng ${f(Math.abs(excess), "vi")}: trong các địa bàn, chỉ ô này đảo lại hai chữ số liền nhau thành ${f(meant, "vi")} là đúng bằng kế hoạch — có lẽ ô này phải là ${f(meant, "vi")} (gõ đảo chữ số).`,
        `The ${header} of ${label} (${at}) shows ${f(typed, "en")}, putting the allocated total ${side === "above" ? "over" : "short of"} the plan by exactly ${f(Math.abs(excess), "en")}: of the areas, only this cell, its two neighbouring digits swapped back to ${f(meant, "en")}, meets the plan — it probably should be ${f(meant, "en")} (digits transposed).`,
      )
    : side === "above"
      ? localized(
          `${header} của ${label} (${at}) ghi ${f(typed, "vi")}, làm tổng phân bổ vượt kế hoạch đúng ${f(excess, "vi")}: trong các địa bàn, chỉ ô này sửa thành ${f(meant, "vi")} là khác số đã gõ đúng một lần gõ phím (thừa một chữ số hay đảo hai chữ số liền nhau) và đúng bằng kế hoạch — có lẽ ô này gõ nhầm.`,
          `The ${header} of ${label} (${at}) shows ${f(typed, "en")}, putting the allocated total over the plan by exactly ${f(excess, "en")}: of the areas, only this cell, corrected to ${f(meant, "en")}, differs from what was typed by one slip (a digit typed twice or one too many, or two neighbouring digits swapped) and meets the plan — probably a slip of the keyboard here.`,
        )
      : localized(
          `${header} của ${label} (${at}) ghi ${f(typed, "vi")}, thấp hẳn so với các địa bàn khác, và tổng phân bổ thiếu so với kế hoạch đúng ${f(-excess, "vi")}: trong các địa bàn, chỉ ô này sửa thành ${f(meant, "vi")} là khác số đã gõ đúng một lần gõ phím (sót một chữ số hay đảo hai chữ số liền nhau) và đúng bằng kế hoạch — có lẽ ô này gõ nhầm.`,
          `The ${header} of ${label} (${at}) shows ${f(typed, "en")}, far below the other areas, and the allocated total falls short of the plan by exactly ${f(-excess, "en")}: of the areas, only this cell, corrected to ${f(meant, "en")}, differs from what was typed by one slip (a digit left out, or two neighbouring digits swapped) and meets the plan — probably a slip of the keyboard here.`,
        );
  const retyped = withCarriedTotals(context, message, above.carried, SLIP_WORDS);
  return makeFinding({
    rule: "ceiling",
    severity: ceiling.severity,
    sheet: context.table.sheet,
    at: position,
    indicator: code,
    area: label,
    expected: ceiling.expected,
    actual: ceiling.actual,
    message: repeatOut ? withRepeatOut(retyped, [ceilingName(context, ceiling)]) : alsoRight(retyped, [ceilingName(context, ceiling), ...(beside === null ? [] : [reserveTotalName(context, beside)])]),
  });
}

/**
 * The ceiling of a line with a repeated commune row on it that the sheet's
 * totals count and the plan proves counted in error (`countedRepeats`),
 * weighed as the sheet would be with that row out: its cells on the line
 * blank, the line's sum without them. Told at the one commune whose slip
 * then meets the plan (`slipOnLine`, every guard as it is), its severity and
 * figures the ceiling's as the sheet shows it; null when none.
 */
function slipBesideRepeat(context: RuleContext, repeats: readonly number[] | undefined, ceiling: Finding, code: string, line: number, elsewhere: boolean): Finding | null {
  if (repeats === undefined || repeats.length === 0) return null;
  const { lineCount } = context;
  const base = Float64Array.from(context.base);
  const state = Uint8Array.from(context.state);
  const leafSums = Float64Array.from(context.leafSums);
  for (const area of repeats) {
    const at = area * lineCount + line;
    leafSums[line] = Number((leafSums[line] - base[at]).toPrecision(15));
    base[at] = 0;
    state[at] = CELL.blank;
  }
  const without: RuleContext = { ...context, base, state, leafSums };
  return slipOnLine(without, lineBounds(without)[line], ceiling, code, line, null, elsewhere, true);
}

/**
 * Per line, the communes' rows told as written twice (`duplicate`, at the
 * repeat's label) that the sheet's totals count and the plan proves counted
 * in error: on every compared line it has a figure on, every total above
 * follows it (a formula, or a typed total carrying it), none of those lines
 * is on its plan with it counted, and at least two of them (the table's one
 * compared line, where it has only one) are over their plan by exactly its
 * figure (`countedRows`, which lets those ceilings go). Listed on the lines
 * it has a figure on that it does not put right alone.
 */
function countedRepeats(context: RuleContext, findings: readonly Finding[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const { lineCount, state, base } = context;
  const { areas } = context.table;
  let compared = 0;
  for (let line = 0; line < lineCount; line++) if (context.linePlan[line] !== null && context.lineKind[line] !== "percent") compared++;
  for (const f of findings) {
    if (f.rule !== "duplicate" || f.sheet !== context.table.sheet || f.row === null) continue;
    const area = areas.findIndex((a) => a.kind === "leaf" && a.labelRow === f.row && a.labelCol === f.col);
    if (area < 0) continue;
    const open: number[] = [];
    let proven = 0;
    let counted = true;
    for (let line = 0; line < lineCount && counted; line++) {
      const planLine = context.linePlan[line];
      const at = area * lineCount + line;
      if (planLine === null || context.lineKind[line] === "percent" || state[at] !== CELL.number || base[at] === 0) continue;
      const allocated = allocatedFor(context, planLine.code);
      if (allocated === null || typedTotalsAbove(context, at, 0) === null || standing(allocated, planLine.target) === "equal") counted = false;
      else if (standing(difference(allocated, base[at]), planLine.target) === "equal") proven++;
      else open.push(line);
    }
    if (!counted || proven < Math.min(2, compared)) continue;
    for (const line of open) out.set(line, [...(out.get(line) ?? []), area]);
  }
  return out;
}

/** How many communes a ceiling's message names as each possibly a swap of digits. */
const MAX_NAMED = 3;

/**
 * Whether an amount (in the cell's unit) is what swapping two neighbouring
 * digits moves a figure by: nine times a digit from 1 to 8, times a power of
 * ten (`36`, `450`, `0.9`).
 */
export function isSwapAmount(amount: number): boolean {
  if (!(amount > 0) || !Number.isFinite(amount)) return false;
  let r = amount / 9;
  for (let i = 0; i < 12 && r >= 10; i++) r /= 10;
  for (let i = 0; i < 12 && r < 1; i++) r *= 10;
  const digit = Math.round(r);
  return digit >= 1 && digit <= 8 && Math.abs(r - digit) < 1e-9;
}

/** Whether the commune's figure on the line is `meant` with two neighbouring digits swapped. */
export function isSwapOf(context: RuleContext, leaf: number, line: number, meant: number): boolean {
  const scale = context.scales[line];
  const typed = context.base[leaf * context.lineCount + line] / scale;
  return looksLikeDigitSlip(typed, meant / scale) && digitsOf(typed).length === digitsOf(meant / scale).length;
}

const digitsOf = (value: number): string => String(Number(Math.abs(value).toPrecision(12)));

/** The steps a line's figures are written in, largest first: 5, 2 and 1 times a power of ten, down to 2. */
const STEPS = [6, 5, 4, 3, 2, 1, 0].flatMap((k) => [5, 2, 1].map((m) => m * 10 ** k)).filter((step) => step >= 2);

const onStep = (value: number, step: number): boolean => Math.abs(value / step - Math.round(value / step)) < 1e-9;

/**
 * Whether the figure meant for a commune breaks the step (`5`, `10`, `50` …
 * in the cell's unit) that every other commune's figure on the line keeps,
 * while the figure typed keeps it: staff write a line's figures in one step,
 * so the typed figure is then more likely what was meant. False on a line
 * with fewer than two other figures, or none kept by a step of two at least.
 */
export function offStep(context: RuleContext, leaf: number, line: number, meant: number): boolean {
  const step = othersStep(context, leaf, line);
  const scale = context.scales[line];
  return step !== undefined && onStep(context.base[leaf * context.lineCount + line] / scale, step) && !onStep(meant / scale, step);
}

/**
 * Whether the commune's typed figure keeps the step every other commune's
 * figure on the line keeps (see `offStep`): a round figure among round
 * figures, nothing in it pointing to a slip. False where the others keep no
 * step of two at least, or are fewer than two.
 */
export function keepsLineStep(context: RuleContext, leaf: number, line: number): boolean {
  const step = othersStep(context, leaf, line);
  return step !== undefined && onStep(context.base[leaf * context.lineCount + line] / context.scales[line], step);
}

/** The largest step (in the cell's unit) every other commune's positive figure on the line keeps; undefined with fewer than two of them or none of two at least. */
function othersStep(context: RuleContext, leaf: number, line: number): number | undefined {
  const scale = context.scales[line];
  const others: number[] = [];
  for (const other of context.leaves) {
    const at = other * context.lineCount + line;
    if (other !== leaf && context.state[at] === CELL.number && context.base[at] > 0) others.push(context.base[at] / scale);
  }
  if (others.length < 2) return undefined;
  return STEPS.find((s) => others.every((value) => onStep(value, s)));
}

/** Whether `meant` lies within the other communes' figures on the line (from their smallest positive to their largest). */
function withinOthers(bounds: LineBounds, leaf: number, meant: number): boolean {
  const largest = leaf === bounds.largestAt ? bounds.nextLargest : bounds.largest;
  const smallest = leaf === bounds.smallestAt ? bounds.nextSmallest : bounds.smallest;
  return largest > 0 && Number.isFinite(smallest) && meant >= smallest && meant <= largest;
}

/**
 * The ceiling kept at its total when several communes' figures, each with two
 * neighbouring digits swapped back, would meet the plan: the message names
 * them, none alone being the one.
 */
function severalSwaps(context: RuleContext, ceiling: Finding, slips: readonly { leaf: number; meant: number }[], line: number): Finding {
  const unit = context.cellUnit[line];
  const cells = slips.map(({ leaf, meant }) => {
    const { row, col } = cellPosition(context, leaf, line);
    const label = context.table.areas[leaf].label;
    return { vi: `${label} (${a1(row, col)}) là ${formatAmount(meant, unit, "vi")}`, en: `${label} (${a1(row, col)}) as ${formatAmount(meant, unit, "en")}` };
  });
  return {
    ...ceiling,
    message: localized(
      `${ceiling.message.vi} Chênh lệch đúng bằng việc gõ đảo hai chữ số liền nhau ở một trong nhiều ô, không xác định được ô nào: ${joinList(cells.map((c) => c.vi), "hoặc")}.`,
      `${ceiling.message.en} The difference is exactly two neighbouring digits swapped in one of several cells, none of them the only one: ${joinList(cells.map((c) => c.en), "or")}.`,
    ),
  };
}

/** The grand total kept beside its reserve, named: its cell, and the reserve left out of it. */
function reserveTotalName(context: RuleContext, beside: ReserveBeside): Named {
  const { areas } = context.table;
  const total = areas[beside.total].label;
  const reserve = areas[beside.reserve].label;
  const at = beside.finding.cell ?? "";
  return {
    vi: `ô cộng của ${total} (${at}), tổng của các địa bàn với "${reserve}" ghi riêng bên ngoài`,
    en: `the total of ${total} (${at}), the areas' sum with "${reserve}" kept beside it`,
  };
}

/** The two largest and the two smallest positive figures of a line's communes, with the commune holding the first of each; whether any is zero or below. */
interface LineBounds {
  largest: number;
  largestAt: number;
  nextLargest: number;
  smallest: number;
  smallestAt: number;
  nextSmallest: number;
  zero: boolean;
  negative: boolean;
}

/** Every line's bounds, from the communes' extremes read once per context (`leafExtremes`). */
function lineBounds(context: RuleContext): LineBounds[] {
  const { largest, largestAt, nextLargest, smallest, smallestAt, nextSmallest, zero, negative } = leafExtremes(context);
  const bounds: LineBounds[] = [];
  for (let line = 0; line < context.lineCount; line++) {
    bounds.push({
      largest: largest[line],
      largestAt: largestAt[line],
      nextLargest: nextLargest[line],
      smallest: smallest[line],
      smallestAt: smallestAt[line],
      nextSmallest: nextSmallest[line],
      zero: zero[line] === 1,
      negative: negative[line] === 1,
    });
  }
  return bounds;
}

/**
 * Whether any commune stands out on the line (`standsOut`), found from the
 * bounds: over the plan only the largest can; under it only the smallest
 * positive figure, or a zero (every zero alike), or a figure below zero (all
 * communes then looked at).
 */
function someStandsOut(context: RuleContext, bounds: LineBounds, line: number, excess: number, side: "above" | "below"): boolean {
  if (side === "above") return bounds.largestAt >= 0 && standsOut(context, bounds, bounds.largestAt, line, excess, side);
  if (bounds.negative) return context.leaves.some((leaf) => standsOut(context, bounds, leaf, line, excess, side));
  if (bounds.smallestAt >= 0 && standsOut(context, bounds, bounds.smallestAt, line, excess, side)) return true;
  if (!bounds.zero) return false;
  // A zero stands out as any zero would: the line's largest and smallest are all the others'.
  const meant = difference(0, excess);
  return bounds.largest > 0 && meant <= bounds.largest * STANDS_OUT && meant * STANDS_OUT >= bounds.smallest;
}

/**
 * Whether the commune's typed figure on the line stands out of the others'
 * (over twice the largest, or under half the smallest) while the figure
 * meant, less the excess, sits among them (no more than twice the largest;
 * below, at least half the smallest) — the others' largest and smallest
 * being the line's, the commune's own left out.
 */
function standsOut(context: RuleContext, bounds: LineBounds, leaf: number, line: number, excess: number, side: "above" | "below"): boolean {
  const cell = leaf * context.lineCount + line;
  if (context.state[cell] !== CELL.number) return false;
  const typed = context.base[cell];
  const meant = difference(typed, excess);
  const largest = leaf === bounds.largestAt ? bounds.nextLargest : bounds.largest;
  const smallest = leaf === bounds.smallestAt ? bounds.nextSmallest : bounds.smallest;
  if (!(largest > 0) || meant > largest * STANDS_OUT) return false;
  return side === "above" ? typed > largest * STANDS_OUT : typed * STANDS_OUT < smallest && meant * STANDS_OUT >= smallest;
}
