/**
 * One cause, one finding for the table short of one commune's figures where
 * the plan lists no areas (with a list, the missing commune's `coverage`
 * finding tells it: `deletedCause`). When the only findings are under-plan
 * `ceiling` warnings, on two lines at least, and every count or money line
 * the plan has is under by what one commune could hold — on a line every
 * commune fills, a whole number on a count line, no more than the largest
 * figure of a commune there, the quota exactly on a quota line — and a quota
 * line that every commune meets is short by exactly one quota (the table
 * holds one commune fewer than the plan counts), the gaps are one: a
 * commune's row deleted, or its share kept back on every line. Nothing
 * tells which, so the finding is a warning: one, at the first line's total,
 * naming every line's gap, in place of one per line. Without such a quota
 * line, lines each a little under their plan are as often shares still to
 * allocate, line by line (a chance fit): each keeps its ceiling. So does
 * every line where one is on its plan, over it, under by more than a
 * commune holds, or anything else is told.
 */
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { formatAmount } from "../text/format";
import { joinList } from "../text/joinList";
import { allocatedFor, type RuleContext } from "./context";
import { difference, standing } from "./compare";
import { noPlaceLeaves } from "./noPlace";

/** Told beside the gaps without moving any allocation (a column or plan line unmatched, a number typed as text). */
const NO_GAP: ReadonlySet<string> = new Set(["unmapped", "text-number"]);

export function unlistedGapCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  if (context.plan.areas.length > 0) return [...findings];
  const ceilings: Finding[] = [];
  for (const f of findings) {
    if (f.severity === "info" || NO_GAP.has(f.rule)) continue;
    if (f.rule !== "ceiling" || f.severity !== "warning" || f.indicator === null || f.expected === null || f.actual === null || f.sheet !== context.table.sheet) return [...findings];
    ceilings.push(f);
  }
  if (ceilings.length < 2) return [...findings];
  const noPlace = noPlaceLeaves(context.table, context.sheet);
  const leaves: number[] = [];
  context.table.areas.forEach((area, index) => area.kind === "leaf" && !noPlace.has(index) && leaves.push(index));
  if (leaves.length < 3) return [...findings];
  const byCode = new Map(ceilings.map((f) => [f.indicator ?? "", f]));
  const gaps: { finding: Finding; line: number; gap: number; name: string }[] = [];
  let quotaShort = false;
  for (const planLine of context.plan.lines) {
    const line = context.lineByCode.get(planLine.code);
    if (line === undefined || planLine.kind === "percent" || allocatedFor(context, planLine.code) === null) continue;
    const ceiling = byCode.get(planLine.code);
    // A line on its plan (or over it): the table lacks no commune's figure there.
    if (ceiling === undefined) return [...findings];
    let largest = 0;
    for (const leaf of leaves) {
      const value = context.base[leaf * context.lineCount + line];
      // A line some commune leaves empty: a commune's share there may well be nothing.
      if (!(value > 0)) return [...findings];
      if (value > largest) largest = value;
    }
    const gap = difference(ceiling.expected ?? 0, ceiling.actual ?? 0);
    const quota = planLine.quota !== undefined && planLine.quota > 0;
    const whole = context.lineKind[line] !== "count" || Number.isInteger(Number(gap.toPrecision(12)));
    const fits = gap > 0 && whole && (quota ? standing(gap, planLine.quota ?? 0) === "equal" : standing(gap, largest) !== "above");
    if (!fits) return [...findings];
    // Every commune holds the quota exactly, and the line is short by one quota: one commune's worth, no chance gap.
    if (quota && leaves.every((leaf) => standing(context.base[leaf * context.lineCount + line], planLine.quota ?? 0) === "equal")) quotaShort = true;
    gaps.push({ finding: ceiling, line, gap, name: planLine.name });
  }
  if (!quotaShort || gaps.length < 2 || gaps.length !== ceilings.length) return [...findings];
  const figures = gaps.map(({ finding, line, gap, name }) => {
    const at = finding.cell === null ? "" : ` (${finding.cell})`;
    return { vi: `${name} thiếu ${formatAmount(gap, context.cellUnit[line], "vi")}${at}`, en: `${name} short by ${formatAmount(gap, context.cellUnit[line], "en")}${at}` };
  });
  const first = gaps[0].finding;
  const one: Finding = {
    ...first,
    message: localized(
      `Tổng phân bổ thấp hơn kế hoạch ở cả ${gaps.length} chỉ tiêu, mỗi chỉ tiêu thiếu không quá phần một xã có thể nhận (${joinList(figures.map((x) => x.vi), "và")}), không còn sai lệch nào khác: có thể biểu thiếu dòng của một địa bàn (bị xóa) — kế hoạch không có danh sách địa bàn để đối chiếu. Nếu đó là phần còn giữ lại chưa phân bổ thì không cần sửa.`,
      `The allocated totals are under the plan on all ${gaps.length} lines, each by no more than one commune could hold (${joinList(figures.map((x) => x.en), "and")}), with no other gap: an area's row may be missing from the table (deleted) — the plan lists no areas to check it against. If it is a share kept back, still to allocate, nothing needs fixing.`,
    ),
  };
  const dropped = new Set(gaps.slice(1).map(({ finding }) => finding));
  return findings.filter((f) => !dropped.has(f)).map((f) => (f === first ? one : f));
}
