/**
 * One cause, one finding for a plan line whose only unfit figure is one
 * commune's: a negative (`-2` for 2, `(100)` copied from an accounting
 * format) or a fraction in a count (`2,5` tổ). Under formula totals that
 * carry it up, the line's `ceiling` is off by exactly what the figure's
 * plain correction moves — its sign dropped, or rounded to the whole number
 * next to it. The cell's `invalid-value` error is then the one cause: the
 * `ceiling` is let go and the error says the plan comparison comes right
 * with that figure. A line with a `subtotal` finding is left to the steps
 * that weigh typed totals; a ceiling that no such correction meets stays.
 */
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { formatAmount } from "../text/format";
import { standing } from "./compare";
import type { RuleContext } from "./context";
import { ceilingName, cellIndexer } from "./singleCause";

export function invalidCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const ceilings = findings.filter((finding) => finding.rule === "ceiling" && finding.indicator !== null && finding.sheet === context.table.sheet);
  if (ceilings.length === 0 || !findings.some((finding) => finding.rule === "invalid-value")) return [...findings];
  const indexOf = cellIndexer(context);
  const dropped = new Set<Finding>();
  const named = new Map<Finding, { ceiling: Finding; figure: number }>();
  for (const ceiling of ceilings) {
    const code = ceiling.indicator;
    const line = code === null ? undefined : context.lineByCode.get(code);
    if (line === undefined || ceiling.actual === null || ceiling.expected === null) continue;
    if (findings.some((finding) => finding.rule === "subtotal" && finding.indicator === code)) continue;
    const invalid = findings.filter((finding) => finding.rule === "invalid-value" && finding.indicator === code);
    if (invalid.length !== 1) continue;
    const cell = indexOf(invalid[0]);
    if (cell === null || cell % context.lineCount !== line || context.table.areas[Math.floor(cell / context.lineCount)].kind !== "leaf") continue;
    const figure = correction(context, cell, ceiling.actual, ceiling.expected);
    if (figure === null) continue;
    dropped.add(ceiling);
    named.set(invalid[0], { ceiling, figure });
  }
  if (dropped.size === 0) return [...findings];
  return findings
    .filter((finding) => !dropped.has(finding))
    .map((finding) => {
      const entry = named.get(finding);
      if (entry === undefined) return finding;
      const name = ceilingName(context, entry.ceiling);
      const unit = context.cellUnit[(indexOf(finding) ?? 0) % context.lineCount];
      return {
        ...finding,
        message: localized(
          `${finding.message.vi} Ghi lại ô này là ${formatAmount(entry.figure, unit, "vi")} thì ${name.vi} cũng khớp.`,
          `${finding.message.en} Entered as ${formatAmount(entry.figure, unit, "en")}, this cell also puts ${name.en} right.`,
        ),
      };
    });
}

/**
 * The figure the cell's plain correction gives (its sign dropped; a count
 * rounded down or up) that brings the line's allocated total to the plan's
 * target, or null when none does.
 */
function correction(context: RuleContext, cell: number, allocated: number, target: number): number | null {
  const value = context.base[cell];
  const count = context.lineKind[cell % context.lineCount] === "count";
  const whole = Number.isInteger(value);
  const candidates = [value < 0 && (whole || !count) ? -value : null, count && !whole ? Math.floor(Math.abs(value)) : null, count && !whole ? Math.ceil(Math.abs(value)) : null];
  for (const figure of candidates) {
    if (figure === null || figure < 0) continue;
    if (standing(allocated + figure - value, target) === "equal") return figure;
  }
  return null;
}
