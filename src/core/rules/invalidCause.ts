/**
 * One cause, one finding where the sheet's grand total shows the plan's
 * figure (typed so, over formula subtotals) but the communes add up to
 * something else only because of one commune's unfit figure: a negative
 * (`-2` for 2, `(100)` copied from an accounting format), a fraction in a
 * count (`2,5` tổ) or an unread cell (`#REF!`, text: counted as 0). The
 * line's `ceiling` and the grand total's `subtotal` are then off by exactly
 * what the figure's plain correction moves — its sign dropped, rounded to
 * the whole number next to it, or, for an unread cell, the gap itself (no
 * more than another commune of the line holds, or on a money line a round
 * amount within reach of its largest figure: see `couldHold`). The cell's `invalid-value`
 * error is the one cause: the others are let go and named in it. Several
 * unread cells that together hold the gap each tell it, naming the others.
 * Where the grand total shows the sheet's own sum (formulas all the way up),
 * the sheet's figures follow the cell and the plan is the only measure: the
 * ceiling is let go and named in the cell's error when the plain correction
 * of a negative or fractional figure brings the line to the plan exactly,
 * or, for the line's one unread cell, when the gap is a figure the cell
 * could hold (whole for a count, above 0, no more than another commune
 * holds or, for money, a round amount near the line's largest) and no other plan comparison of the sheet is off unexplained (a
 * sheet under its plan everywhere is still being allocated, and the gap
 * tells nothing). Typed totals equal to the sum of the figures as written
 * (a SUM pasted as values) follow a negative or fractional cell like
 * formulas: the error names them, to be typed again (an unread cell they
 * carry as 0 holds no figure of them: the gap alone is a guess). Where no
 * plain correction reaches the plan but the line is under it, an unread or
 * negative cell still leaves the line's total unknown: the shortfall (and
 * where the sign dropped leaves it) is told in the cell's error, the ceiling
 * let go, on the same terms as the gap alone. A line with any other finding, or a typed total
 * that carries neither the figure nor its correction, is left to the steps
 * that weigh typed totals.
 */
import type { Finding } from "../model/finding";
import { localized, type LocalizedText } from "../model/text";
import { formatAmount } from "../text/format";
import { standing } from "./compare";
import { CELL } from "../cells/readCell";
import { cellPosition, type RuleContext } from "./context";
import { a1 } from "../model/address";
import { ceilingName, cellIndexer } from "./singleCause";
import { grandTotalShows, typedTotalStanding, typedTotalsAbove } from "./leafCause";
import { skippedText } from "./skippedText";

export function invalidCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const ceilings = findings.filter((finding) => finding.rule === "ceiling" && finding.indicator !== null && finding.sheet === context.table.sheet);
  if (ceilings.length === 0 || !findings.some((finding) => finding.rule === "invalid-value")) return [...findings];
  const indexOf = cellIndexer(context);
  const dropped = new Set<Finding>();
  const named = new Map<Finding, { ceiling: Finding; figure: number; unread: boolean; totals: Finding[]; with?: string[]; carried?: string[]; open?: true }>();
  const pending: { ceiling: Finding; invalid: Finding; figure: number; unread: boolean; carried: string[]; open?: true }[] = [];
  for (const ceiling of ceilings) {
    const code = ceiling.indicator;
    const line = code === null ? undefined : context.lineByCode.get(code);
    if (line === undefined || ceiling.actual === null || ceiling.expected === null) continue;
    // Where the sheet's grand total shows the plan's figure, the gap lies in the cells, not in the allocation;
    // where formulas carry the cells all the way up, only the plain correction (or the gap alone) tells it.
    const shown = grandTotalShows(context, line, ceiling.expected);
    const others = findings.filter((finding) => finding.indicator === code && finding !== ceiling);
    const invalid = others.filter((finding) => finding.rule === "invalid-value");
    if (!shown) {
      const followed = followedFigure(context, ceiling, line, others, indexOf);
      if (followed !== null) pending.push({ ceiling, ...followed });
      continue;
    }
    if (invalid.length > 1) {
      // Several unread cells: together they hold the gap (how it splits is not known).
      const cells = invalid.map((finding) => indexOf(finding) ?? -1);
      const gap = ceiling.expected - ceiling.actual;
      const unreadLeaves = cells.every((cell) => cell >= 0 && cell % context.lineCount === line && context.table.areas[Math.floor(cell / context.lineCount)].kind === "leaf" && isUnread(context, cell));
      const count = context.lineKind[line] === "count";
      if (!unreadLeaves || gap <= 0 || standing(ceiling.actual, ceiling.expected) === "equal" || (count && !Number.isInteger(gap)) || gap > invalid.length * largestLeaf(context, line)) continue;
      const typed = typedTotalsHolding(context, cells, gap);
      const totals = others.filter((finding) => !invalid.includes(finding));
      if (typed === null || !totals.every((finding) => finding.rule === "subtotal" && typed.has(indexOf(finding) ?? -1))) continue;
      dropped.add(ceiling);
      for (const finding of totals) dropped.add(finding);
      for (const finding of invalid) named.set(finding, { ceiling, figure: gap, unread: true, totals, with: invalid.filter((other) => other !== finding).map((other) => other.cell ?? "") });
      continue;
    }
    if (invalid.length !== 1) continue;
    const totals = others.filter((finding) => finding !== invalid[0]);
    if (totals.some((finding) => finding.rule !== "subtotal")) continue;
    const cell = indexOf(invalid[0]);
    if (cell === null || cell % context.lineCount !== line || context.table.areas[Math.floor(cell / context.lineCount)].kind !== "leaf") continue;
    const figure = correction(context, cell, ceiling.actual, ceiling.expected);
    if (figure === null) continue;
    // Typed totals above must come right with it, and every subtotal finding of the line be one of them.
    const typed = typedTotalsAbove(context, cell, figure - context.base[cell])?.right ?? null;
    if (typed === null || !totals.every((finding) => typed.has(indexOf(finding) ?? -1))) continue;
    dropped.add(ceiling);
    for (const finding of totals) dropped.add(finding);
    named.set(invalid[0], { ceiling, figure, unread: isUnread(context, cell), totals });
  }
  // An unread cell's figure told by the gap alone: only where no other plan comparison of the sheet is off unexplained.
  const explained = new Set([...dropped, ...pending.map((entry) => entry.ceiling)]);
  const alone = ceilings.every((ceiling) => explained.has(ceiling));
  for (const entry of pending) {
    if (entry.unread && !alone) continue;
    dropped.add(entry.ceiling);
    named.set(entry.invalid, { ceiling: entry.ceiling, figure: entry.figure, unread: entry.unread, totals: [], carried: entry.carried, ...(entry.open ? { open: entry.open } : {}) });
  }
  if (dropped.size === 0) return [...findings];
  return findings
    .filter((finding) => !dropped.has(finding))
    .map((finding) => {
      const entry = named.get(finding);
      if (entry === undefined) return finding;
      const plan = ceilingName(context, entry.ceiling);
      const typed = entry.totals.map((total) => ({ vi: `ô cộng ${total.cell ?? ""} (${total.area ?? ""})`, en: `the total in ${total.cell ?? ""} (${total.area ?? ""})` }));
      const name = { vi: [...typed.map((t) => t.vi), plan.vi].join(" và "), en: [...typed.map((t) => t.en), plan.en].join(" and ") };
      const unit = context.cellUnit[(indexOf(finding) ?? 0) % context.lineCount];
      const figure = { vi: formatAmount(entry.figure, unit, "vi"), en: formatAmount(entry.figure, unit, "en") };
      if (entry.with !== undefined) {
        const others = entry.with.join(", ");
        return {
          ...finding,
          message: localized(
            `${finding.message.vi} Tổng phân bổ còn thiếu đúng ${figure.vi} so với kế hoạch, có lẽ là phần ô này cùng ${entry.with.length > 1 ? "các ô" : "ô"} ${others} (cũng tính là 0) đã giữ: ghi lại các ô này thì ${name.vi} cũng khớp.`,
            `${finding.message.en} The allocation falls short of the plan by exactly ${figure.en}, likely what this cell and ${others} (also counted as 0) held: entered again, they would also put ${name.en} right.`,
          ),
        };
      }
      const carried = entry.carried ?? [];
      const retype =
        carried.length === 0
          ? { vi: "", en: "" }
          : { vi: ` Các ô cộng gõ tay ${carried.join(", ")} cũng phải gõ lại theo số đúng.`, en: ` The typed totals ${carried.join(", ")} must be typed again with the right figure.` };
      const told = {
        ...finding,
        message: entry.open
          ? openShortfall(context, finding, entry.ceiling, indexOf(finding) ?? 0)
          : entry.unread
          ? localized(
              `${finding.message.vi} Tổng phân bổ còn thiếu đúng ${figure.vi} so với kế hoạch: nếu ô này là ${figure.vi} thì ${name.vi} cũng khớp.`,
              `${finding.message.en} The allocation falls short of the plan by exactly ${figure.en}: holding ${figure.en}, this cell would also put ${name.en} right.`,
            )
          : localized(
              `${finding.message.vi} Ghi lại ô này là ${figure.vi} thì ${name.vi} cũng khớp.`,
              `${finding.message.en} Entered as ${figure.en}, this cell also puts ${name.en} right.`,
            ),
      };
      return { ...told, message: localized(`${told.message.vi}${retype.vi}`, `${told.message.en}${retype.en}`) };
    });
}

/**
 * The error of an unread or negative cell whose line falls short of the plan
 * by more than its plain correction tells: counting the cell as it stands,
 * the shortfall (and, for a negative, where its sign dropped leaves the
 * line); the line's total is known once the cell is entered again.
 */
function openShortfall(context: RuleContext, finding: Finding, ceiling: Finding, cell: number): LocalizedText {
  const unit = context.cellUnit[cell % context.lineCount];
  const amount = (value: number) => ({ vi: formatAmount(value, unit, "vi"), en: formatAmount(value, unit, "en") });
  const name = (ceiling.indicator !== null ? context.planByCode.get(ceiling.indicator)?.name : undefined) ?? ceiling.indicator ?? "";
  const at = ceiling.cell !== null ? ` (${ceiling.cell})` : "";
  const value = context.base[cell];
  const gap = amount((ceiling.expected ?? 0) - (ceiling.actual ?? 0));
  const as = isUnread(context, cell) ? { vi: "0", en: "0" } : amount(value);
  let flip = { vi: "", en: "" };
  if (!isUnread(context, cell)) {
    const left = (ceiling.expected ?? 0) - ((ceiling.actual ?? 0) - 2 * value);
    flip = left > 0
      ? { vi: ` (bỏ dấu trừ vẫn còn thiếu ${amount(left).vi})`, en: ` (its sign dropped, still ${amount(left).en} short)` }
      : { vi: ` (bỏ dấu trừ thì thừa ${amount(-left).vi})`, en: ` (its sign dropped, ${amount(-left).en} over)` };
  }
  const beyond = isUnread(context, cell)
    ? { vi: " — không giống con số của một xã, nên chưa biết ô này đã giữ bao nhiêu", en: " — not a figure one commune would hold, so what this cell held is not known" }
    : { vi: "", en: "" };
  return localized(
    `${finding.message.vi} Tính ô này là ${as.vi}, tổng phân bổ của ${name}${at} còn thiếu ${gap.vi} so với kế hoạch${flip.vi}${beyond.vi}: ghi lại ô này rồi đối chiếu lại với kế hoạch.`,
    `${finding.message.en} Counting this cell as ${as.en}, the allocated total of ${name}${at} falls short of the plan by ${gap.en}${flip.en}${beyond.en}: enter it again, then compare the total with the plan again.`,
  );
}

/**
 * Under totals that are formulas (or blank) all the way up the cell's line,
 * the sheet's own figures follow the cell: the line's one finding besides
 * the ceiling (numbers typed as text aside: counted as they stand, they move
 * nothing in the plan comparison) is one commune's `invalid-value`, and its
 * plain correction (or, unread, the gap itself: see `correction`) brings the
 * line to the plan's target exactly. That finding, the figure and whether
 * the cell is unread; null otherwise.
 */
function followedFigure(
  context: RuleContext,
  ceiling: Finding,
  line: number,
  others: readonly Finding[],
  indexOf: (finding: Finding) => number | null,
): { invalid: Finding; figure: number; unread: boolean; carried: string[]; open?: true } | null {
  // A number typed as text is counted as it stands (a SUM skipping it moves the sheet's figure, not the plan comparison).
  const skipped = skippedText(context).skippedBy;
  const told = others.filter((finding) => {
    if (finding.rule !== "text-number") return true;
    const at = indexOf(finding);
    return finding.severity !== "warning" && (at === null || !skipped.has(at));
  });
  if (told.length !== 1 || told[0].rule !== "invalid-value" || ceiling.actual === null || ceiling.expected === null) return null;
  const cell = indexOf(told[0]);
  if (cell === null || cell % context.lineCount !== line || context.table.areas[Math.floor(cell / context.lineCount)].kind !== "leaf") return null;
  const figure = correction(context, cell, ceiling.actual, ceiling.expected);
  const unread = isUnread(context, cell);
  if (figure === null) {
    // No plain correction reaches the plan: an unread or negative figure under it still leaves the line's total unknown.
    const open = context.base[cell] < 0 || unread;
    if (!open || standing(ceiling.actual, ceiling.expected) !== "below") return null;
    const above = typedTotalsAbove(context, cell, 0);
    if (above === null || above.right.size > 0 || (above.carried.length > 0 && unread)) return null;
    return { invalid: told[0], figure: ceiling.expected - ceiling.actual, unread: true, carried: cellsOf(context, above.carried), open: true };
  }
  const above = typedTotalsAbove(context, cell, figure - context.base[cell]);
  // Typed totals carrying an unread cell as 0 hold no figure of it: the gap alone is a guess there.
  if (above === null || above.right.size > 0 || (above.carried.length > 0 && unread)) return null;
  return { invalid: told[0], figure, unread, carried: cellsOf(context, above.carried) };
}

/** A1 addresses of cells by index. */
function cellsOf(context: RuleContext, cells: readonly number[]): string[] {
  return cells.map((at) => {
    const { row, col } = cellPosition(context, Math.floor(at / context.lineCount), at % context.lineCount);
    return a1(row, col);
  });
}

/**
 * For several unread cells holding `gap` together: the typed totals above
 * them, by cell index, that come right with it (each over all the cells);
 * null when a typed total disagrees otherwise.
 */
function typedTotalsHolding(context: RuleContext, cells: readonly number[], gap: number): Set<number> | null {
  const line = cells[0] % context.lineCount;
  const { areas } = context.table;
  const above = new Map<number, number>();
  for (const cell of cells) {
    for (let area = areas[Math.floor(cell / context.lineCount)].parent; area !== null; area = areas[area].parent) above.set(area, (above.get(area) ?? 0) + 1);
  }
  const out = new Set<number>();
  for (const [area, under] of above) {
    const stands = typedTotalStanding(context, area, line, gap);
    if (stands === "skip" || stands === "carried") continue;
    // A typed total that moves must be over every one of the cells.
    if (stands === null || under !== cells.length) return null;
    out.add(area * context.lineCount + line);
  }
  return out;
}

/** The largest figure a commune (leaf) holds on the line. */
function largestLeaf(context: RuleContext, line: number): number {
  let largest = 0;
  const { areas } = context.table;
  for (let area = 0; area < areas.length; area++) {
    if (areas[area].kind === "leaf") largest = Math.max(largest, context.base[area * context.lineCount + line]);
  }
  return largest;
}

/** How many places apart money figures may lie on one line: an unread commune may have held up to this many times the largest other. */
const SPREAD = 2;
/** Fewest communes with a figure on a money line for its rounding to tell anything. */
const FEW = 3;

/**
 * Whether an unread commune could have held `gap`: no more than another
 * commune of the line holds; or, on a money line (where one commune often
 * holds the line's largest figure), within `SPREAD` times the largest
 * other, a whole amount of the column's unit as round as every other figure
 * of the line (a multiple of the largest power of ten dividing them all:
 * `250` among `100`, `150`, `90`; not `253`).
 */
function couldHold(context: RuleContext, line: number, gap: number): boolean {
  const largest = largestLeaf(context, line);
  if (gap <= largest) return true;
  if (context.lineKind[line] !== "money" || gap > SPREAD * largest || !Number.isInteger(gap)) return false;
  const { areas } = context.table;
  let step = Infinity;
  let count = 0;
  for (let area = 0; area < areas.length && step >= 1; area++) {
    const at = area * context.lineCount + line;
    const value = context.base[at];
    if (areas[area].kind !== "leaf" || value <= 0 || (context.state[at] !== CELL.number && context.state[at] !== CELL.textNumber)) continue;
    count++;
    if (!Number.isInteger(value)) step = 0;
    else step = Math.min(step, powerOfTen(value));
  }
  return count >= FEW && step >= 1 && step !== Infinity && gap % step === 0;
}

/** The largest power of ten a positive whole number is a multiple of. */
function powerOfTen(value: number): number {
  let step = 1;
  while (value % (step * 10) === 0) step *= 10;
  return step;
}

/** An error value, text or TRUE/FALSE: read as 0. */
function isUnread(context: RuleContext, cell: number): boolean {
  const state = context.state[cell];
  return state === CELL.error || state === CELL.text || state === CELL.boolean;
}

/**
 * The figure the cell's plain correction gives (its sign dropped; a count
 * rounded down or up) that brings the line's allocated total to the plan's
 * target, or null when none does.
 */
export function correction(context: RuleContext, cell: number, allocated: number, target: number): number | null {
  const value = context.base[cell];
  const count = context.lineKind[cell % context.lineCount] === "count";
  if (isUnread(context, cell)) {
    // Counted as 0: the gap to the plan is the figure it would have to hold.
    const gap = target - allocated;
    return gap > 0 && standing(allocated, target) !== "equal" && (!count || Number.isInteger(gap)) && couldHold(context, cell % context.lineCount, gap) ? gap : null;
  }
  const whole = Number.isInteger(value);
  const candidates = [value < 0 && (whole || !count) ? -value : null, count && !whole ? Math.floor(Math.abs(value)) : null, count && !whole ? Math.ceil(Math.abs(value)) : null];
  for (const figure of candidates) {
    if (figure === null || figure < 0) continue;
    if (standing(allocated + figure - value, target) === "equal") return figure;
  }
  return null;
}
