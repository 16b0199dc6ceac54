/**
 * One cause, one finding when a plan line's gap is made of several cells'
 * mistakes, each told at its cell by an earlier step (a `(12)` the district's
 * subtotal gives as 500, a `1,200` its subtotal reads as 1 200…): the sheet's
 * grand total shows the plan's figure, and every typed subtotal on the line
 * agrees once those cells hold what their findings say (no `subtotal`
 * finding is left on the line). The line's `ceiling` then only repeats those
 * cells' mistakes: it is let go, and each of their findings names it, with
 * the other cells that come right together. A number typed as text that a
 * formula total skips carries none of the gap (allocheck counts it as it
 * stands; the sheet's figure showing the plan then is a coincidence).
 */
import type { Finding } from "../model/finding";
import { CELL, isNumericState as isNumeric } from "../cells/readCell";
import { difference, standing } from "./compare";
import { localized } from "../model/text";
import type { RuleContext } from "./context";
import { grandTotalShows } from "./leafCause";
import { ceilingName, cellIndexer } from "./singleCause";
import { skippedText } from "./skippedText";
import { joinList } from "../text/joinList";

export function jointCeiling(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const ceilings = findings.filter((finding) => finding.rule === "ceiling" && finding.indicator !== null && finding.sheet === context.table.sheet);
  if (ceilings.length === 0) return [...findings];
  const indexOf = cellIndexer(context);
  const skipped = skippedText(context).skippedBy;
  const dropped = new Set<Finding>();
  const named = new Map<Finding, { ceiling: Finding; cells: string[] }>();
  for (const ceiling of ceilings) {
    const code = ceiling.indicator;
    const line = code === null ? undefined : context.lineByCode.get(code);
    const planLine = code === null ? undefined : context.planByCode.get(code);
    if (line === undefined || planLine === undefined || !grandTotalShows(context, line, planLine.target)) continue;
    if (findings.some((finding) => finding.rule === "subtotal" && finding.indicator === code)) continue;
    // The cells of the line's leaves whose errors carry the gap. A number typed as text that a formula total
    // skips is counted by allocheck as it stands: retyped as a number it moves the sheet's figure, not the plan
    // comparison, so it carries none of the gap.
    const cells = findings.filter((finding) => {
      if (finding === ceiling || finding.indicator !== code || finding.severity !== "error" || finding.rule === "ceiling") return false;
      const cell = indexOf(finding);
      if (cell !== null && finding.rule === "text-number" && skipped.has(cell)) return false;
      return cell !== null && cell % context.lineCount === line && context.table.areas[Math.floor(cell / context.lineCount)].kind === "leaf";
    });
    // One cell alone is told by the step that found it; two or more that only together explain the gap, here.
    const addresses = [...new Set(cells.map((finding) => finding.cell ?? ""))];
    if (addresses.length < 2 || !unreadDetermined(context, line) || !gapsCovered(context, line, cells.map((finding) => indexOf(finding) ?? -1))) continue;
    dropped.add(ceiling);
    for (const finding of cells) named.set(finding, { ceiling, cells: addresses.filter((cell) => cell !== finding.cell) });
  }
  if (dropped.size === 0) return [...findings];
  return findings
    .filter((finding) => !dropped.has(finding))
    .map((finding) => {
      const entry = named.get(finding);
      if (entry === undefined) return finding;
      const name = ceilingName(context, entry.ceiling);
      return {
        ...finding,
        message: localized(
          `${finding.message.vi} Sửa ô này cùng ${entry.cells.length > 1 ? "các ô" : "ô"} ${joinList(entry.cells, "và")} thì ${name.vi} cũng khớp.`,
          `${finding.message.en} Correcting this cell with ${joinList(entry.cells, "and")} also puts ${name.en} right.`,
        ),
      };
    });
}

/**
 * True when every district whose communes hold an unread figure (an error
 * value, text) on the line has a typed subtotal that leaves a figure for
 * them (not below zero, whole for a count): what they held is known.
 */
function unreadDetermined(context: RuleContext, line: number): boolean {
  const { areas } = context.table;
  const { lineCount, state, base } = context;
  for (let area = 0; area < areas.length; area++) {
    const entry = areas[area];
    if (entry.kind === "leaf" || entry.kind === "heading") continue;
    let unread = false;
    let known = 0;
    for (const child of entry.children) {
      const s = state[child * lineCount + line];
      if (areas[child].kind !== "leaf") continue;
      if (s === CELL.error || s === CELL.text) unread = true;
      else known += base[child * lineCount + line];
    }
    if (!unread) continue;
    const at = area * lineCount + line;
    if (!isNumeric(state[at])) return false;
    const value = difference(base[at], known);
    if (value < 0 || (context.lineKind[line] === "count" && !Number.isInteger(value))) return false;
  }
  return true;
}

/** True when every district whose communes disagree with its subtotal on the line has one of `cells` among them. */
function gapsCovered(context: RuleContext, line: number, cells: readonly number[]): boolean {
  const { areas } = context.table;
  const { lineCount, state, base } = context;
  const told = new Set(cells);
  for (let area = 0; area < areas.length; area++) {
    const entry = areas[area];
    if (entry.kind !== "group" || !isNumeric(state[area * lineCount + line])) continue;
    let sum = 0;
    let covered = false;
    for (const child of entry.children) {
      if (areas[child].kind !== "leaf") return false;
      sum += base[child * lineCount + line];
      if (told.has(child * lineCount + line)) covered = true;
    }
    if (!covered && standing(sum, base[area * lineCount + line]) !== "equal") return false;
  }
  return true;
}
