/**
 * One cause, one finding for a decrease written as a row among the areas
 * (`Điều chỉnh giảm`, `Giảm trừ`): a row the plan's areas list lacks whose
 * figures are all negative, its other cells blank. Its `coverage` finding at
 * its label is the one to tell: the row is no area, so its blank quota or
 * rate cells break no per-area quota or rate (their `quota` / `percent`
 * findings are let go), and its negative figures are named in the coverage
 * finding rather than told again at their cells. A row with any figure not
 * below zero (a commune the plan does not list) keeps every finding.
 */
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { formatAmount } from "../text/format";
import { joinList } from "../text/joinList";
import { CELL } from "../cells/readCell";
import type { RuleContext } from "./context";
import { withReplaced } from "./replaceFindings";
import { cellIndexer } from "./singleCause";

export function unlistedRowChecks(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const coverage = findings.filter((f) => f.rule === "coverage" && f.sheet === context.table.sheet && f.row !== null && f.col !== null);
  if (coverage.length === 0) return [...findings];
  const { areas } = context.table;
  const { lineCount, state } = context;
  const indexOf = cellIndexer(context);
  const replaced = new Map<Finding, Finding | null>();
  for (const finding of coverage) {
    const area = areas.findIndex((entry) => entry.kind === "leaf" && entry.labelRow === finding.row && entry.labelCol === finding.col);
    if (area === -1 || !onlyDecreases(context, area)) continue;
    const negatives: Finding[] = [];
    const blanks: Finding[] = [];
    for (const f of findings) {
      const cell = f === finding ? null : indexOf(f);
      if (cell === null || Math.floor(cell / lineCount) !== area) continue;
      if ((f.rule === "quota" || f.rule === "percent") && state[cell] === CELL.blank) blanks.push(f);
      else if (f.rule === "invalid-value" && f.actual !== null && f.actual < 0 && state[cell] === CELL.number) negatives.push(f);
    }
    if (negatives.length === 0) continue;
    for (const f of blanks) replaced.set(f, null);
    const named = negatives.map((f) => {
      const line = (indexOf(f) as number) % lineCount;
      return {
        vi: `${formatAmount(f.actual as number, context.cellUnit[line], "vi")} (${f.cell})`,
        en: `${formatAmount(f.actual as number, context.cellUnit[line], "en")} (${f.cell})`,
      };
    });
    for (const f of negatives) replaced.set(f, null);
    replaced.set(finding, {
      ...finding,
      message: localized(
        `${finding.message.vi} Dòng này ghi số âm ${joinList(named.map((x) => x.vi), "và")}: một khoản điều chỉnh giảm không phải là địa bàn — ghi phần giảm vào số của các địa bàn, hoặc đưa dòng này ra ngoài bảng.`,
        `${finding.message.en} This row holds the negative ${joinList(named.map((x) => x.en), "and")}: a decrease is no area — take it off the areas' own figures, or move the row out of the table.`,
      ),
    });
  }
  return replaced.size === 0 ? [...findings] : withReplaced(findings, replaced);
}

/** Whether the row holds at least one number and every number it holds is below zero. */
export function onlyDecreases(context: RuleContext, area: number): boolean {
  const { lineCount, state, base } = context;
  let any = false;
  for (let line = 0; line < lineCount; line++) {
    const cell = area * lineCount + line;
    if (state[cell] === CELL.blank) continue;
    if (state[cell] !== CELL.number || !(base[cell] < 0)) return false;
    any = true;
  }
  return any;
}
