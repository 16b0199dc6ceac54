/**
 * One cause, one finding for a commune's row deleted (or never written) when
 * the plan lists no areas and the totals follow the table (formulas, or
 * none): nothing names the commune, and every line it filled is under its
 * plan. Folded only on the one evidence no chance gap gives: a line with a
 * per-commune quota (`1 tổ/xã`) whose plan target is the quota times more
 * communes than the sheet has rows, every row holding the quota, the line
 * short by exactly the quota of the rows missing (one or two). Every other
 * under-plan line then joins it when short by what that many communes could
 * hold (no more than twice the line's largest figure each, whole on a count
 * line); nothing else may be told on the sheet but unmatched columns and
 * numbers typed as text, and no line may be over its plan. Told once, at the
 * quota line's ceiling, naming the others. Without a quota line a gap a
 * commune could hold is no evidence (a plan not yet wholly allocated looks
 * the same): the ceilings stay as they are.
 */
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { formatAmount } from "../text/format";
import { joinList } from "../text/joinList";
import { CELL } from "../cells/readCell";
import type { RuleContext } from "./context";
import { difference, standing } from "./compare";
import { ceilingName } from "./singleCause";

/** How many rows missing a quota line may tell. */
const MOST_MISSING = 2;
/** How many times a line's largest commune figure a missing commune may have held. */
const SPREAD = 2;
/** Findings that move no allocation and leave the weighing as it is. */
const BESIDE: ReadonlySet<string> = new Set(["unmapped", "text-number"]);

export function quotaRowGap(context: RuleContext, findings: readonly Finding[]): Finding[] {
  if (context.plan.areas.length > 0) return [...findings];
  const sheet = context.table.sheet;
  const ceilings = findings.filter((f) => f.rule === "ceiling" && f.sheet === sheet && f.severity === "warning" && f.indicator !== null && f.expected !== null && f.actual !== null && f.actual < f.expected);
  if (ceilings.length === 0) return [...findings];
  if (findings.some((f) => f.severity !== "info" && !ceilings.includes(f) && !BESIDE.has(f.rule))) return [...findings];
  const leaves = context.leaves;
  if (leaves.length === 0) return [...findings];
  // The quota line: short by exactly the quota of `missing` rows, its target that many rows more than the sheet has.
  let quotaCeiling: Finding | null = null;
  let missing = 0;
  for (const ceiling of ceilings) {
    const planLine = context.planByCode.get(ceiling.indicator as string);
    const line = context.lineByCode.get(ceiling.indicator as string);
    if (planLine === undefined || line === undefined || planLine.quota === undefined || !(planLine.quota > 0) || planLine.kind === "percent" || planLine.perArea === "district") continue;
    const quota = planLine.quota;
    if (!leaves.every((leaf) => context.state[leaf * context.lineCount + line] === CELL.number && standing(context.base[leaf * context.lineCount + line], quota) === "equal")) continue;
    const rows = Number((difference(planLine.target, 0) / quota).toPrecision(12));
    const short = Number((difference(ceiling.expected as number, ceiling.actual as number) / quota).toPrecision(12));
    if (!Number.isInteger(rows) || !Number.isInteger(short) || short < 1 || short > MOST_MISSING || rows !== leaves.length + short) continue;
    if (quotaCeiling !== null && short !== missing) return [...findings];
    if (quotaCeiling === null) {
      quotaCeiling = ceiling;
      missing = short;
    }
  }
  if (quotaCeiling === null) return [...findings];
  // Every other line under by what the missing rows could hold.
  const others: { finding: Finding; line: number; gap: number }[] = [];
  for (const ceiling of ceilings) {
    if (ceiling === quotaCeiling) continue;
    const line = context.lineByCode.get(ceiling.indicator as string);
    const planLine = context.planByCode.get(ceiling.indicator as string);
    if (line === undefined || planLine === undefined) return [...findings];
    const gap = difference(ceiling.expected as number, ceiling.actual as number);
    if (planLine.quota !== undefined && planLine.quota > 0) {
      if (standing(gap, planLine.quota * missing) !== "equal") return [...findings];
    } else {
      if (planLine.kind === "percent") return [...findings];
      let largest = 0;
      for (const leaf of leaves) largest = Math.max(largest, context.base[leaf * context.lineCount + line]);
      const whole = context.lineKind[line] !== "count" || Number.isInteger(Number((gap / context.scales[line]).toPrecision(12)));
      if (!whole || !(largest > 0) || standing(gap, SPREAD * largest * missing) === "above") return [...findings];
    }
    others.push({ finding: ceiling, line, gap });
  }
  const quotaLine = context.planByCode.get(quotaCeiling.indicator as string);
  const line = context.lineByCode.get(quotaCeiling.indicator as string);
  if (quotaLine === undefined || line === undefined) return [...findings];
  const unit = context.cellUnit[line];
  const rows = leaves.length + missing;
  const q = { vi: formatAmount(quotaLine.quota as number, unit, "vi"), en: formatAmount(quotaLine.quota as number, unit, "en") };
  const gaps = others.map(({ finding, line: at, gap }) => ({
    vi: `${ceilingName(context, finding).vi}, thiếu ${formatAmount(gap, context.cellUnit[at], "vi")}`,
    en: `${ceilingName(context, finding).en}, short by ${formatAmount(gap, context.cellUnit[at], "en")}`,
  }));
  const also =
    gaps.length === 0
      ? { vi: "", en: "" }
      : { vi: ` Phần thiếu của ${joinList(gaps.map((g) => g.vi), "và")} cũng vừa với phần ${missing > 1 ? "các" : "một"} xã đó có thể nhận.`, en: ` The shortfall of ${joinList(gaps.map((g) => g.en), "and")} is also what ${missing > 1 ? "those communes" : "that commune"} could hold.` };
  const told: Finding = {
    ...quotaCeiling,
    message: localized(
      `${quotaCeiling.message.vi} Kế hoạch giao ${quotaLine.name} ${q.vi} mỗi xã, tức ${rows} xã, nhưng biểu chỉ có ${leaves.length} dòng xã, mỗi dòng đủ định mức: có lẽ ${missing} xã bị xóa dòng hoặc chưa được đưa vào biểu.${also.vi}`,
      `${quotaCeiling.message.en} The plan gives ${quotaLine.name} ${q.en} per commune, that is ${rows} communes, but the table has ${leaves.length} commune rows, each meeting the quota: ${missing === 1 ? "a commune's row was" : `${missing} communes' rows were`} probably deleted or never added.${also.en}`,
    ),
  };
  const dropped = new Set(others.map(({ finding }) => finding));
  return findings.filter((f) => !dropped.has(f)).map((f) => (f === quotaCeiling ? told : f));
}
