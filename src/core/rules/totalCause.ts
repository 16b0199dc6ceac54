/**
 * One cause, named once: the table's grand total typed with the plan's figure
 * over parts that add up to something else (district subtotals that are
 * formulas over a mistyped commune, say) puts off both the grand total's
 * `subtotal` check and the plan line's `ceiling`, told at the same cell. The
 * evidence does not say which part is wrong: each names the other, and the
 * subtotal says the gap lies in the parts below it (areas across the
 * columns: along its row); when nothing else is
 * told on the line, `shownPlanCause` then lets the ceiling go, told in the
 * subtotal.
 */
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { standing } from "./compare";
import type { RuleContext } from "./context";
import { ceilingName } from "./singleCause";

const at = (finding: Finding): string | null => (finding.cell === null ? null : `${finding.sheet ?? ""}!${finding.cell}`);

export function totalCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const ceilings = new Map<string, Finding>();
  for (const finding of findings) {
    const key = at(finding);
    if (key !== null && finding.rule === "ceiling" && finding.indicator !== null && finding.expected !== null) ceilings.set(key, finding);
  }
  if (ceilings.size === 0) return [...findings];
  const rewritten = new Map<Finding, Finding>();
  for (const finding of findings) {
    if (finding.rule !== "subtotal" || finding.severity !== "error" || finding.actual === null || finding.expected === null) continue;
    const key = at(finding);
    const ceiling = key === null ? undefined : ceilings.get(key);
    if (ceiling === undefined || ceiling.expected === null || rewritten.has(ceiling)) continue;
    if (finding.indicator !== null && finding.indicator !== ceiling.indicator) continue;
    // The typed total shows the plan's figure: the gap is in the parts it is checked against.
    if (standing(finding.actual, ceiling.expected) !== "equal") continue;
    const planName = ceilingName(context, ceiling);
    const label = finding.area ?? "";
    // Areas across the columns: the parts sit along the total's row, not below it.
    const parts =
      context.table.orientation === "areas-as-rows"
        ? { vi: "ở các ô thành phần bên dưới", en: "in the parts below it" }
        : { vi: "ở các ô thành phần trên cùng dòng", en: "in its parts along the same row" };
    rewritten.set(
      finding,
      {
        ...finding,
        message: localized(
          `${finding.message.vi} Ô này ghi đúng số kế hoạch: số lệch nằm ${parts.vi} — sửa ô ghi sai ở đó thì ô cộng này và ${planName.vi} cùng khớp.`,
          `${finding.message.en} This cell shows the plan's figure: the gap lies ${parts.en} — correcting the wrong cell there puts this total and ${planName.en} right together.`,
        ),
      },
    );
    rewritten.set(ceiling, {
      ...ceiling,
      message: localized(
        `${ceiling.message.vi} Cùng một nguyên nhân với ô cộng của ${label} (${finding.cell ?? ""}) ghi đúng số kế hoạch nhưng lệch với các thành phần của nó: xem thông báo ô cộng.`,
        `${ceiling.message.en} The same cause as the total of ${label} (${finding.cell ?? ""}), which shows the plan's figure but disagrees with its parts: see the subtotal finding.`,
      ),
    });
  }
  if (rewritten.size === 0) return [...findings];
  return findings.map((finding) => rewritten.get(finding) ?? finding);
}
