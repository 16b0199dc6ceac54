/**
 * `budget-split`: a plan parent's target (`KP`, `4`) against the sum of its
 * children's targets (`KP.1` …, `4.1` …). Checked when parent and children
 * are of one kind — money, or counts in the same unit — never for percent.
 * Reported at the parent's target cell on the plan sheet. When the
 * allocation follows the parts, the parent's allocated total is off its
 * stated target for the same cause: this finding says so, and `ceiling`
 * tells nothing for the parent.
 */
import type { Finding } from "../model/finding";
import { parseA1 } from "../model/address";
import { localized } from "../model/text";
import type { PlanLine } from "../model/plan";
import { foldText } from "../text/fold";
import { formatAmount } from "../text/format";
import { difference, standing } from "./compare";
import { allocatedFor, type RuleContext } from "./context";
import { makeFinding } from "./finding";
import type { Rule } from "./types";

export const budgetSplitRule: Rule = {
  id: "budget-split",
  description: localized(
    "Chỉ tiêu (kinh phí) tổng của kế hoạch phải bằng tổng các mục con của nó.",
    "A plan parent's target must equal the sum of its children's targets.",
  ),
  instruction: localized(
    "Đối chiếu với văn bản kế hoạch và sửa số của mục tổng hoặc của các mục con.",
    "Check against the plan document and correct the parent's or the children's targets.",
  ),
  severity: "error",
  check: {
    left: localized("chỉ tiêu của mục tổng", "the parent's target"),
    operator: localized("=", "="),
    right: localized("tổng chỉ tiêu các mục con", "the sum of the children's targets"),
  },
  evaluate(context) {
    const findings: Finding[] = [];
    for (const parent of context.plan.lines) {
      const expected = brokenSplit(context, parent);
      if (expected === null) continue;
      const children = context.planChildren.get(parent.code)!;
      const follows = followsParts(context, parent, expected);
      const sheet = parent.source?.sheet ?? context.plan.sheet ?? null;
      const at = parent.source?.cell !== undefined && sheet !== null ? safeParse(parent.source.cell) : null;
      const codes = children.map((child) => child.code).join(", ");
      const f = (value: number, lang: "vi" | "en") => formatAmount(value, parent, lang);
      const gap = Math.abs(difference(parent.target, expected));
      const year = parent.targetYear === undefined ? { vi: "", en: "" } : { vi: ` năm ${parent.targetYear}`, en: ` for ${parent.targetYear}` };
      findings.push(
        makeFinding({
          rule: "budget-split",
          severity: "error",
          sheet,
          at,
          indicator: parent.code,
          area: null,
          expected,
          actual: parent.target,
          message: localized(
            `Kế hoạch ghi mục ${parent.code}${year.vi} là ${f(parent.target, "vi")}, nhưng các mục con (${codes}) cộng lại ${f(expected, "vi")} (lệch ${f(gap, "vi")}).` +
              (follows ? ` Biểu phân bổ theo các mục con nên tổng phân bổ của ${parent.code} (${f(expected, "vi")}) cũng lệch số kế hoạch ghi.` : ""),
            `The plan gives ${parent.code}${year.en} as ${f(parent.target, "en")}, but its parts (${codes}) add up to ${f(expected, "en")} (off by ${f(gap, "en")}).` +
              (follows ? ` The allocation follows the parts, so ${parent.code}'s allocated total (${f(expected, "en")}) is off the stated target too.` : ""),
          ),
        }),
      );
    }
    return findings;
  },
};

/**
 * The sum of a plan parent's children's targets when it differs from the
 * parent's own target, else null. A family whose targets are not all for the
 * same span (one year's figure beside the period's) is not compared.
 */
export function brokenSplit(context: RuleContext, parent: PlanLine): number | null {
  const children = context.planChildren.get(parent.code);
  if (children === undefined || children.length === 0 || !sameMeasure(parent, children)) return null;
  if (children.some((child) => child.targetYear !== parent.targetYear)) return null;
  const expected = children.reduce((sum, child) => sum + child.target, 0);
  return standing(parent.target, expected) === "equal" ? null : expected;
}

/**
 * The allocation of a plan parent whose split is broken equals its parts'
 * targets: the plan's own inconsistency is the one cause of the parent's gap,
 * told by `budget-split` alone (no `ceiling` finding besides).
 */
export function followsParts(context: RuleContext, parent: PlanLine, partsTotal: number): boolean {
  const allocated = allocatedFor(context, parent.code);
  return allocated !== null && standing(allocated, partsTotal) === "equal";
}

function sameMeasure(parent: PlanLine, children: readonly PlanLine[]): boolean {
  if (parent.kind === "percent") return false;
  if (parent.kind === "money") return children.every((child) => child.kind === "money");
  const unit = foldText(parent.unit);
  return children.every((child) => child.kind === "count" && foldText(child.unit) === unit);
}

function safeParse(cell: string): { row: number; col: number } | null {
  try {
    return parseA1(cell);
  } catch {
    return null;
  }
}
