/**
 * One cause, one finding for an area written twice under one parent
 * (`duplicate`, told at the repeat's label) whose repeat leaves cells blank:
 * a blank there under a percent target or a per-area quota is the repeat's,
 * not a target missed by the area — the row is to go. Those `percent` and
 * `quota` findings are let go, and the `duplicate` finding names their
 * cells. A figure the repeat holds is its own, and stays told.
 */
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { CELL } from "../cells/readCell";
import type { RuleContext } from "./context";
import { cellIndexer } from "./singleCause";
import { joinList } from "../text/joinList";

export function repeatBlanks(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const { areas } = context.table;
  const repeats = new Map<number, Finding>();
  for (const finding of findings) {
    if (finding.rule !== "duplicate" || finding.sheet !== context.table.sheet) continue;
    const area = areas.findIndex((a) => a.kind === "leaf" && a.labelRow === finding.row && a.labelCol === finding.col);
    if (area >= 0) repeats.set(area, finding);
  }
  if (repeats.size === 0) return [...findings];
  const indexOf = cellIndexer(context);
  const blanks = new Map<Finding, Finding[]>();
  const dropped = new Set<Finding>();
  for (const finding of findings) {
    if (finding.rule !== "percent" && finding.rule !== "quota") continue;
    const at = indexOf(finding);
    if (at === null || context.state[at] !== CELL.blank) continue;
    const repeat = repeats.get(Math.floor(at / context.lineCount));
    if (repeat === undefined) continue;
    dropped.add(finding);
    blanks.set(repeat, [...(blanks.get(repeat) ?? []), finding]);
  }
  if (dropped.size === 0) return [...findings];
  const word = context.table.orientation === "areas-as-rows" ? { vi: "dòng", en: "row" } : { vi: "cột", en: "column" };
  return findings
    .filter((finding) => !dropped.has(finding))
    .map((finding) => {
      const told = blanks.get(finding);
      if (told === undefined) return finding;
      const cells = [...told].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.col ?? 0) - (b.col ?? 0));
      const list = joinList(cells.map((cell) => cell.cell ?? ""), "và");
      const listEn = joinList(cells.map((cell) => cell.cell ?? ""), "and");
      return {
        ...finding,
        message: localized(
          `${finding.message.vi} Các ô để trống của ${word.vi} lặp lại (${list}) không được báo riêng: bỏ ${word.vi} này thì chúng cũng hết.`,
          `${finding.message.en} The repeated ${word.en}'s blank cells (${listEn}) are not told on their own: removing the ${word.en} removes them too.`,
        ),
      };
    });
}
