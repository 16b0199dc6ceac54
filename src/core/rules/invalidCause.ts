/**
 * One cause, one finding for a plan line whose only unfit figure is one
 * commune's: a negative (`-2` for 2, `(100)` copied from an accounting
 * format) or a fraction in a count (`2,5` tổ). Under formula totals that
 * carry it up, the line's `ceiling` is off by exactly what the figure's
 * plain correction moves — its sign dropped, or rounded to the whole number
 * next to it. The cell's `invalid-value` error is then the one cause: the
 * `ceiling` is let go and the error says the plan comparison comes right
 * with that figure. An unread cell (`#REF!`, text, TRUE) counts as 0: a
 * line it alone leaves under the plan, by no more than another commune of
 * the line holds, is told in its error, with the figure that would fill the
 * gap (what it held cannot be read, so the gap is all that is known of it);
 * a larger gap is more than one cell's figure and its ceiling stays. Typed
 * totals above the cell (a grand total typed with the plan's figure over
 * formula subtotals) must come right with the same figure: their `subtotal`
 * findings are then the same cause, let go and named too. A line with any
 * other finding, or a typed total the figure does not put right, is left to
 * the steps that weigh typed totals; a ceiling that no such correction meets
 * stays.
 */
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { formatAmount } from "../text/format";
import { standing } from "./compare";
import { CELL } from "../cells/readCell";
import { cellFormula } from "../model/workbook";
import { cellPosition, type RuleContext } from "./context";
import { ceilingName, cellIndexer } from "./singleCause";

export function invalidCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const ceilings = findings.filter((finding) => finding.rule === "ceiling" && finding.indicator !== null && finding.sheet === context.table.sheet);
  if (ceilings.length === 0 || !findings.some((finding) => finding.rule === "invalid-value")) return [...findings];
  const indexOf = cellIndexer(context);
  const dropped = new Set<Finding>();
  const named = new Map<Finding, { ceiling: Finding; figure: number; unread: boolean; totals: Finding[]; with?: string[] }>();
  for (const ceiling of ceilings) {
    const code = ceiling.indicator;
    const line = code === null ? undefined : context.lineByCode.get(code);
    if (line === undefined || ceiling.actual === null || ceiling.expected === null) continue;
    const others = findings.filter((finding) => finding.indicator === code && finding !== ceiling);
    const invalid = others.filter((finding) => finding.rule === "invalid-value");
    if (invalid.length > 1 && invalid.length === others.length) {
      // Several unread cells and nothing else on the line: together they hold the gap (how it splits is not known).
      const cells = invalid.map((finding) => indexOf(finding));
      const gap = ceiling.expected - ceiling.actual;
      const unreadLeaves = cells.every(
        (cell) => cell !== null && cell % context.lineCount === line && context.table.areas[Math.floor(cell / context.lineCount)].kind === "leaf" && isUnread(context, cell) && typedTotalsRight(context, cell, 0)?.size === 0,
      );
      const count = context.lineKind[line] === "count";
      if (!unreadLeaves || gap <= 0 || standing(ceiling.actual, ceiling.expected) === "equal" || (count && !Number.isInteger(gap)) || gap > invalid.length * largestLeaf(context, line)) continue;
      dropped.add(ceiling);
      for (const finding of invalid) named.set(finding, { ceiling, figure: gap, unread: true, totals: [], with: invalid.filter((other) => other !== finding).map((other) => other.cell ?? "") });
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
    const typed = typedTotalsRight(context, cell, figure - context.base[cell]);
    if (typed === null || !totals.every((finding) => typed.has(indexOf(finding) ?? -1))) continue;
    dropped.add(ceiling);
    for (const finding of totals) dropped.add(finding);
    named.set(invalid[0], { ceiling, figure, unread: isUnread(context, cell), totals });
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
      return {
        ...finding,
        message: entry.unread
          ? localized(
              `${finding.message.vi} Tổng phân bổ còn thiếu đúng ${figure.vi} so với kế hoạch: nếu ô này là ${figure.vi} thì ${name.vi} cũng khớp.`,
              `${finding.message.en} The allocation falls short of the plan by exactly ${figure.en}: holding ${figure.en}, this cell would also put ${name.en} right.`,
            )
          : localized(
              `${finding.message.vi} Ghi lại ô này là ${figure.vi} thì ${name.vi} cũng khớp.`,
              `${finding.message.en} Entered as ${figure.en}, this cell also puts ${name.en} right.`,
            ),
      };
    });
}

/**
 * The typed totals (no formula) above the cell, by cell index, when each
 * equals its communes' sum once the cell moves by `delta` — a typed figure
 * that already agrees as the cell stands (values pasted over formulas) is
 * carried up as a formula is; null when one does not come right: evidence of
 * what the cell held that other steps weigh.
 */
function typedTotalsRight(context: RuleContext, cell: number, delta: number): Set<number> | null {
  const line = cell % context.lineCount;
  const { areas } = context.table;
  const out = new Set<number>();
  for (let area = areas[Math.floor(cell / context.lineCount)].parent; area !== null; area = areas[area].parent) {
    const at = area * context.lineCount + line;
    if (context.state[at] === CELL.blank) continue;
    const { row, col } = cellPosition(context, area, line);
    if (cellFormula(context.sheet, row, col) !== undefined) continue;
    if (context.state[at] !== CELL.number) return null;
    const sum = leafSum(context, area, line);
    if (standing(context.base[at], sum) === "equal") continue;
    if (standing(context.base[at], sum + delta) !== "equal") return null;
    out.add(at);
  }
  return out;
}

/** The sum of the communes (leaves) under an area on a line, as counted. */
function leafSum(context: RuleContext, area: number, line: number): number {
  let sum = 0;
  for (const child of context.table.areas[area].children) {
    sum += context.table.areas[child].kind === "leaf" ? context.base[child * context.lineCount + line] : leafSum(context, child, line);
  }
  return sum;
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
function correction(context: RuleContext, cell: number, allocated: number, target: number): number | null {
  const value = context.base[cell];
  const count = context.lineKind[cell % context.lineCount] === "count";
  if (isUnread(context, cell)) {
    // Counted as 0: the gap to the plan is the figure it would have to hold.
    const gap = target - allocated;
    return gap > 0 && standing(allocated, target) !== "equal" && (!count || Number.isInteger(gap)) && gap <= largestLeaf(context, cell % context.lineCount) ? gap : null;
  }
  const whole = Number.isInteger(value);
  const candidates = [value < 0 && (whole || !count) ? -value : null, count && !whole ? Math.floor(Math.abs(value)) : null, count && !whole ? Math.ceil(Math.abs(value)) : null];
  for (const figure of candidates) {
    if (figure === null || figure < 0) continue;
    if (standing(allocated + figure - value, target) === "equal") return figure;
  }
  return null;
}
