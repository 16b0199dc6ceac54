/**
 * One cause, one finding for an adjustment written as a row among the areas
 * (`Điều chỉnh giảm`, `Giảm`: a row that is no place, see `isAdjustmentLabel`)
 * whose figures are all negative, where the plan lists no areas (with a list,
 * its `coverage` finding tells it: `unlistedRowChecks`). Its negative figures
 * are told once, at its label, as what they are — a decrease, not an area's
 * allocation — and the comparisons they alone put off (a total over it, a
 * line's plan, each off by exactly the row's figure on its line) are named in
 * that finding rather than told again. A row with any figure not below zero
 * keeps every finding.
 */
import type { Finding } from "../model/finding";
import { localized, type LocalizedText } from "../model/text";
import { formatAmount } from "../text/format";
import { joinList } from "../text/joinList";
import { isAdjustmentLabel } from "../text/ownShare";
import { CELL } from "../cells/readCell";
import { allocatedFor, type RuleContext } from "./context";
import { difference, standing } from "./compare";
import { makeFinding } from "./finding";
import { noPlaceLeaves } from "./noPlace";
import { withReplaced } from "./replaceFindings";
import { onlyDecreases } from "./unlistedRowChecks";
import { ceilingName, cellIndexer, type Named } from "./singleCause";

export function adjustmentRow(context: RuleContext, findings: readonly Finding[]): Finding[] {
  if (context.plan.areas.length > 0) return [...findings];
  const { areas, sheet } = context.table;
  const rows = [...noPlaceLeaves(context.table)].filter((a) => isAdjustmentLabel(areas[a].label) && onlyDecreases(context, a));
  if (rows.length === 0) return [...findings];
  const { lineCount, state, base } = context;
  const indexOf = cellIndexer(context);
  const replaced = new Map<Finding, Finding | null>();
  for (const area of rows) {
    const negatives: Finding[] = [];
    const also: Named[] = [];
    const folded: Finding[] = [];
    // The totals over the row: every area above it.
    const above = new Set<number>();
    for (let parent = areas[area].parent; parent !== null; parent = areas[parent].parent) above.add(parent);
    // The figure the row holds on each line, zero where blank.
    const held = (line: number): number => (state[area * lineCount + line] === CELL.number ? base[area * lineCount + line] : 0);
    const offBy = (gap: number, line: number): boolean => held(line) !== 0 && standing(Math.abs(gap), Math.abs(held(line))) === "equal";
    for (const f of findings) {
      if (f.sheet !== sheet || replaced.has(f)) continue;
      const cell = indexOf(f);
      if (f.rule === "invalid-value" && cell !== null && Math.floor(cell / lineCount) === area && f.actual !== null && f.actual < 0) negatives.push(f);
      else if (f.rule === "subtotal" && cell !== null && above.has(Math.floor(cell / lineCount)) && f.actual !== null && f.expected !== null && offBy(difference(f.actual, f.expected), cell % lineCount)) {
        also.push({ vi: `ô cộng của ${areas[Math.floor(cell / lineCount)].label} (${f.cell})`, en: `the subtotal of ${areas[Math.floor(cell / lineCount)].label} (${f.cell})` });
        folded.push(f);
      } else if (f.rule === "ceiling" && f.indicator !== null) {
        const line = context.lineByCode.get(f.indicator);
        const planLine = context.planByCode.get(f.indicator);
        const allocated = allocatedFor(context, f.indicator);
        if (line === undefined || planLine === undefined || allocated === null || !offBy(difference(allocated, planLine.target), line)) continue;
        also.push(ceilingName(context, f));
        folded.push(f);
      }
    }
    if (negatives.length === 0) continue;
    for (const f of [...negatives, ...folded]) replaced.set(f, null);
    const named = negatives.map((f) => {
      const line = (indexOf(f) as number) % lineCount;
      return {
        vi: `${formatAmount(f.actual as number, context.cellUnit[line], "vi")} (${f.cell})`,
        en: `${formatAmount(f.actual as number, context.cellUnit[line], "en")} (${f.cell})`,
      };
    });
    const label = areas[area].label;
    const message = localized(
      `Dòng "${label}" ghi số âm ${joinList(named.map((x) => x.vi), "và")}: một khoản điều chỉnh giảm không phải là số phân bổ của một địa bàn — ghi phần giảm vào số của các địa bàn, hoặc đưa dòng này ra ngoài bảng.`,
      `The row "${label}" holds the negative ${joinList(named.map((x) => x.en), "and")}: a decrease is no area's allocation — take it off the areas' own figures, or move the row out of the table.`,
    );
    const told = makeFinding({ rule: "invalid-value", severity: "error", sheet, at: { row: areas[area].labelRow, col: areas[area].labelCol }, area: label, message: rightWithout(message, also) });
    replaced.set(negatives[0], told);
  }
  return withReplaced(findings, replaced);
}

/** The message naming the comparisons that come right once the row is out of the table. */
function rightWithout(message: LocalizedText, also: readonly Named[]): LocalizedText {
  if (also.length === 0) return message;
  return localized(
    `${message.vi} Bỏ dòng này khỏi bảng thì ${joinList(also.map((x) => x.vi), "và")} cũng khớp.`,
    `${message.en} Taking the row out of the table also puts ${joinList(also.map((x) => x.en), "and")} right.`,
  );
}
