/**
 * One cause, one finding (CONTRACT §3) for a plan parent with a column (or
 * row) of its own (`Tổng kinh phí` over `KP.1` … `KP.5`): when the plan's
 * split holds (the parent's target is its children's sum), every child has
 * a column, and the parent's allocation is its children's sum, the parent's
 * gap to the plan is only its children's gaps. Where each child off its plan
 * is told by its own `ceiling` finding (after the other steps), the parent's `ceiling` finding is
 * let go, and the children's findings name the parent's total as following.
 */
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { allocatedFor, type RuleContext } from "./context";
import { standing } from "./compare";

export function parentCeiling(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const byCode = new Map<string, Finding>();
  for (const finding of findings) if (finding.rule === "ceiling" && finding.indicator !== null && finding.sheet === context.table.sheet) byCode.set(finding.indicator, finding);
  const dropped = new Set<Finding>();
  const following = new Map<Finding, Finding>();
  for (const finding of byCode.values()) {
    const code = finding.indicator;
    const children = code === null ? undefined : context.planChildren.get(code);
    const parent = code === null ? undefined : context.planByCode.get(code);
    if (children === undefined || children.length < 2 || parent === undefined) continue;
    if (children.some((child) => child.kind !== parent.kind || child.rule !== parent.rule || child.targetYear !== parent.targetYear)) continue;
    if (standing(parent.target, children.reduce((sum, child) => sum + child.target, 0)) !== "equal") continue;
    const allocated = allocatedFor(context, parent.code);
    const parts = children.map((child) => (context.lineByCode.has(child.code) ? allocatedFor(context, child.code) : null));
    if (allocated === null || parts.some((part) => part === null)) continue;
    if (standing(allocated, parts.reduce<number>((sum, part) => sum + (part ?? 0), 0)) !== "equal") continue;
    // Every child off its plan must be told by its own ceiling finding.
    const off = children.filter((child, i) => standing(parts[i] ?? 0, child.target) !== "equal");
    if (off.length === 0 || off.some((child) => !byCode.has(child.code))) continue;
    dropped.add(finding);
    for (const child of off) following.set(byCode.get(child.code)!, finding);
  }
  if (dropped.size === 0) return [...findings];
  return findings
    .filter((finding) => !dropped.has(finding))
    .map((finding) => {
      const parent = following.get(finding);
      if (parent === undefined) return finding;
      const name = context.planByCode.get(parent.indicator ?? "")?.name ?? "";
      return {
        ...finding,
        message: localized(
          `${finding.message.vi} Tổng của dòng mẹ "${name}" (${parent.cell ?? ""}) lệch theo đúng phần này.`,
          `${finding.message.en} The parent line "${name}" (${parent.cell ?? ""}) is off by this part too.`,
        ),
      };
    });
}
