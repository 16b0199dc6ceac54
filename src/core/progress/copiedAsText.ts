/**
 * A target copied onto a progress table as text (`80%`, `"8"` under `Kế
 * hoạch`): `text-number` tells a number stored as text because Excel's SUM
 * skips it, so on a copied target it is told only where a sum of the sheet
 * counts the cell — the copy of a part under a parent line (`KP.1` under
 * `KP`, whose copy may be a SUM over its parts'). A percent line's copy, and
 * one no parent line adds up, is summed by nothing: its text says nothing
 * (`plan-copy` still compares its figure with the plan's target).
 */
import type { Finding } from "../model/finding";
import type { RuleContext } from "../rules";
import { totalLineChildren } from "../rules/lineTotals";

/** Whether `finding` is a `text-number` warning on a copied target (in `copyCols`) that no sum of the table counts. */
export function unsummedCopyText(context: RuleContext, copyCols: ReadonlySet<number>): (finding: Finding) => boolean {
  let counted: Set<number> | null = null;
  return (finding) => {
    if (finding.rule !== "text-number" || finding.severity !== "warning" || finding.col === null || !copyCols.has(finding.col)) return false;
    if (counted === null) {
      counted = new Set<number>();
      for (let l = 0; l < context.lineCount; l++) for (const part of totalLineChildren(context, l) ?? []) counted.add(context.table.lines[part].index);
    }
    return !counted.has(finding.row ?? -1);
  };
}
