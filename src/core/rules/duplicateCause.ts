/**
 * One cause, one finding for an area written twice under one parent
 * (`duplicate`, told at the second label) whose typed totals were added up
 * without it: the nearest total above it that disagrees (formula totals
 * between following it) is off by exactly the repeat's figure on each line
 * (typed totals further up agreeing with the communes without it), and the
 * plan line is off by as much while the grand total shows the plan's figure.
 * Those `subtotal` and `ceiling` findings are that one cause: let go, and
 * the `duplicate` finding names them as coming right when the repeat goes.
 * Where the totals count the repeat (the sheet's own figures include it), a
 * ceiling it puts over stays a finding of its own.
 */
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { CELL, isNumericState as isNumeric } from "../cells/readCell";
import type { RuleContext } from "./context";
import { difference, standing } from "./compare";
import { ceilingsPutRight, grandTotalShows, isFormulaAt, leafSum, subtotalName } from "./leafCause";
import { ceilingName, cellIndexer, subtotalsByCell, type Named } from "./singleCause";

function joined(items: readonly string[], and: string): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

export function duplicateCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const { areas } = context.table;
  const { lineCount, state, base } = context;
  const repeats = new Map<Finding, number>();
  for (const finding of findings) {
    if (finding.rule !== "duplicate" || finding.sheet !== context.table.sheet) continue;
    const area = areas.findIndex((a) => a.kind === "leaf" && a.labelRow === finding.row && a.labelCol === finding.col);
    if (area >= 0) repeats.set(finding, area);
  }
  if (repeats.size === 0 || !findings.some((finding) => finding.rule === "subtotal" || finding.rule === "ceiling")) return [...findings];
  const indexOf = cellIndexer(context);
  const subtotalAt = subtotalsByCell(findings, indexOf, true);

  const dropped = new Set<Finding>();
  const also = new Map<Finding, Named[]>();
  const byLine = new Map<number, Finding[]>();
  const shifts = new Map<number, number>();
  for (const [finding, area] of repeats) {
    const names: Named[] = [];
    for (let line = 0; line < lineCount; line++) {
      const at = area * lineCount + line;
      if (state[at] === CELL.blank || !isNumeric(state[at]) || base[at] === 0) continue;
      // The nearest total above off by exactly the repeat: formulas between that agree count it and follow it.
      let parent = areas[area].parent;
      let subtotal: Finding | undefined;
      for (; parent !== null; parent = areas[parent].parent) {
        subtotal = subtotalAt.get(parent * lineCount + line);
        if (subtotal !== undefined || !isFormulaAt(context, parent, line)) break;
      }
      if (parent === null || subtotal === undefined || subtotal.expected === null || subtotal.actual === null) continue;
      if (standing(difference(subtotal.actual, subtotal.expected), -base[at]) !== "equal") continue;
      dropped.add(subtotal);
      names.push(subtotalName(context, parent, line));
      // Totals further up that agree with their communes once the repeat is out were typed from them: right.
      for (let above = areas[parent].parent; above !== null; above = areas[above].parent) {
        const over = subtotalAt.get(above * lineCount + line);
        if (over === undefined || over.actual === null || standing(over.actual, difference(leafSum(context, above, line), base[at])) !== "equal") continue;
        dropped.add(over);
        names.push(subtotalName(context, above, line));
      }
      byLine.set(line, [...(byLine.get(line) ?? []), finding]);
      shifts.set(line, (shifts.get(line) ?? 0) - base[at]);
    }
    also.set(finding, names);
  }
  for (const { finding, line, planLine, entries } of ceilingsPutRight(context, findings, byLine, shifts)) {
    if (!grandTotalShows(context, line, planLine.target)) continue;
    dropped.add(finding);
    for (const repeat of entries) also.get(repeat)?.push(ceilingName(context, finding));
  }
  if (dropped.size === 0) return [...findings];
  const word = context.table.orientation === "areas-as-rows" ? { vi: "dòng", en: "row" } : { vi: "cột", en: "column" };
  return findings
    .filter((finding) => !dropped.has(finding))
    .map((finding) => {
      const names = also.get(finding);
      if (names === undefined || names.length === 0) return finding;
      return {
        ...finding,
        message: localized(
          `${finding.message.vi} Các ô cộng gõ tay không tính ${word.vi} trùng này: bỏ ${word.vi} này thì ${joined(names.map((x) => x.vi), "và")} cũng khớp.`,
          `${finding.message.en} The typed totals leave this repeated ${word.en} out: removing it also puts ${joined(names.map((x) => x.en), "and")} right.`,
        ),
      };
    });
}
