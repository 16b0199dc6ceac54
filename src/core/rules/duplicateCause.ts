/**
 * One cause, one finding for an area listed twice: its second row (or
 * column) is counted again in every line's allocated total, so a line that is
 * over its plan only because of it has no `ceiling` finding of its own — the
 * `duplicate` finding names it ("counted twice, it puts … over the plan").
 * A line still over without the repeat keeps its finding.
 */
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { allocatedFor, type RuleContext } from "./context";
import { repeatsOf } from "./duplicate";
import { breachSeverity, verdict } from "./compare";

/** Per table line: what the repeated areas' leaves add to the leaf sums. */
function repeatedSums(context: RuleContext, repeats: readonly number[]): Float64Array {
  const { areas } = context.table;
  const sums = new Float64Array(context.lineCount);
  const add = (area: number): void => {
    if (areas[area].kind === "leaf") {
      const offset = area * context.lineCount;
      for (let line = 0; line < context.lineCount; line++) sums[line] += context.base[offset + line];
      return;
    }
    for (const child of areas[area].children) add(child);
  };
  for (const area of repeats) add(area);
  return sums;
}

export function duplicateCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  if (!findings.some((f) => f.rule === "duplicate") || !findings.some((f) => f.rule === "ceiling")) return [...findings];
  const repeats = repeatsOf(context.table.areas).map(([index]) => index);
  if (repeats.length === 0) return [...findings];
  const extra = repeatedSums(context, repeats);
  const leafSums = Float64Array.from(context.leafSums, (sum, line) => Number((sum - extra[line]).toPrecision(15)));
  const without: RuleContext = { ...context, leafSums };
  const dropped = new Set<Finding>();
  for (const finding of findings) {
    if (finding.rule !== "ceiling" || finding.indicator === null) continue;
    const planLine = context.planByCode.get(finding.indicator);
    const allocated = allocatedFor(without, finding.indicator);
    if (planLine === undefined || allocated === null) continue;
    const before = allocatedFor(context, finding.indicator);
    if (before === null || verdict(before, planLine.rule, planLine.target) !== "over") continue;
    if (breachSeverity(verdict(allocated, planLine.rule, planLine.target), planLine.rule) === null) dropped.add(finding);
  }
  if (dropped.size === 0) return [...findings];
  const named = [...dropped].map((f) => {
    const name = context.planByCode.get(f.indicator ?? "")?.name ?? f.indicator ?? "";
    const at = f.cell !== null ? ` (${f.cell})` : "";
    return { vi: `${name}${at}`, en: `${name}${at}` };
  });
  const list = (lang: "vi" | "en") => named.map((n) => n[lang]).join(", ");
  const out: Finding[] = [];
  let told = false;
  for (const finding of findings) {
    if (dropped.has(finding)) continue;
    if (finding.rule === "duplicate" && !told) {
      told = true;
      out.push({
        ...finding,
        message: localized(
          `${finding.message.vi} Số liệu bị cộng hai lần làm tổng phân bổ vượt kế hoạch ở: ${list("vi")}; bỏ dòng trùng thì khớp.`,
          `${finding.message.en} Counted twice, it puts the allocated total over the plan for: ${list("en")}; without the repeat it fits.`,
        ),
      });
      continue;
    }
    out.push(finding);
  }
  return out;
}
