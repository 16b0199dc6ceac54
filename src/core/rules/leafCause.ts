/**
 * One cause, one finding where a subtotal and the plan agree against the
 * leaves: a commune typed wrong under a typed district subtotal puts that
 * subtotal off against its communes and the line's allocated total (counted
 * from the leaves) off against the plan, by the same amount. The subtotal is
 * then the right figure — the plan says so — and the leaves are what is off:
 * one finding, at the subtotal (the cell that shows where to look), saying so;
 * the `ceiling` finding it explains is let go. A total line's own checks
 * (`Tổng kinh phí` against its parts) are `singleCause`'s.
 */
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { formatAmount } from "../text/format";
import type { RuleContext } from "./context";
import { difference, standing } from "./compare";

export function leafCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const ceilings = findings.filter((f) => f.rule === "ceiling" && f.indicator !== null && f.expected !== null && f.actual !== null);
  if (ceilings.length === 0) return [...findings];
  const byRows = context.table.orientation === "areas-as-rows";
  const replaced = new Map<Finding, Finding | null>();
  for (const ceiling of ceilings) {
    const line = context.lineByCode.get(ceiling.indicator ?? "");
    if (line === undefined) continue;
    const entry = context.table.lines[line];
    // The subtotal findings in the line's own column (row), for a group or grand total.
    const subtotals = findings.filter(
      (f) => f.rule === "subtotal" && f.sheet === context.table.sheet && f.expected !== null && f.actual !== null && (byRows ? f.col : f.row) === entry.index,
    );
    if (subtotals.length !== 1 || replaced.has(subtotals[0])) continue;
    const subtotal = subtotals[0];
    const leavesOff = difference(subtotal.expected ?? 0, subtotal.actual ?? 0);
    if (standing(leavesOff, 0) === "equal" || standing(leavesOff, difference(ceiling.actual ?? 0, ceiling.expected ?? 0)) !== "equal") continue;
    const unit = context.cellUnit[line];
    const f = (value: number, lang: "vi" | "en") => formatAmount(value, unit, lang);
    const gap = Math.abs(leavesOff);
    const area = subtotal.area ?? "";
    const name = context.planByCode.get(ceiling.indicator ?? "")?.name ?? ceiling.indicator ?? "";
    const at = ceiling.cell !== null ? ` (${ceiling.cell})` : "";
    replaced.set(subtotal, {
      ...subtotal,
      message: localized(
        `Các địa bàn của ${area} cộng lại ${f(subtotal.expected ?? 0, "vi")}, nhưng ô cộng ${subtotal.cell} ghi ${f(subtotal.actual ?? 0, "vi")} — khớp với kế hoạch của ${name}. Có lẽ một địa bàn của ${area} ghi sai (lệch ${f(gap, "vi")}); sửa địa bàn đó thì tổng phân bổ so với kế hoạch${at} cũng khớp.`,
        `The areas of ${area} add up to ${f(subtotal.expected ?? 0, "en")}, but its subtotal ${subtotal.cell} shows ${f(subtotal.actual ?? 0, "en")}, as the plan of ${name} has it. One of the areas of ${area} is probably mistyped (off by ${f(gap, "en")}); correcting it also puts the allocated total against the plan${at} right.`,
      ),
    });
    replaced.set(ceiling, null);
  }
  if (replaced.size === 0) return [...findings];
  const out: Finding[] = [];
  for (const finding of findings) {
    const instead = replaced.get(finding);
    if (instead === null) continue;
    out.push(instead ?? finding);
  }
  return out;
}
