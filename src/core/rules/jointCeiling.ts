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
 * A commune written twice carries its row's figure on the line (the row
 * goes): with a quota break beside it, the two are such cells, and a typed
 * total left off by exactly what they move (typed as planned) goes with the
 * ceiling.
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
  const named = new Map<Finding, { ceiling: Finding; cells: string[]; also: { ceiling: Finding; cells: string[] }[] }>();
  // Communes written twice (told at the repeat's label).
  const repeats = new Map<Finding, number>();
  for (const finding of findings) {
    if (finding.rule !== "duplicate" || finding.sheet !== context.table.sheet) continue;
    const area = context.table.areas.findIndex((a) => a.kind === "leaf" && a.labelRow === finding.row && a.labelCol === finding.col);
    if (area >= 0) repeats.set(finding, area);
  }
  for (const ceiling of ceilings) {
    const code = ceiling.indicator;
    const line = code === null ? undefined : context.lineByCode.get(code);
    const planLine = code === null ? undefined : context.planByCode.get(code);
    if (line === undefined || planLine === undefined || !grandTotalShows(context, line, planLine.target)) continue;
    const subtotals = findings.filter((finding) => finding.rule === "subtotal" && finding.indicator === code);
    // The cells of the line's leaves whose errors carry the gap. A number typed as text that a formula total
    // skips is counted by allocheck as it stands: retyped as a number it moves the sheet's figure, not the plan
    // comparison, so it carries none of the gap.
    const cells = findings.filter((finding) => {
      if (finding === ceiling || finding.indicator !== code || finding.severity !== "error" || finding.rule === "ceiling") return false;
      const cell = indexOf(finding);
      if (cell !== null && finding.rule === "text-number" && skipped.has(cell)) return false;
      return cell !== null && cell % context.lineCount === line && context.table.areas[Math.floor(cell / context.lineCount)].kind === "leaf";
    });
    // A commune written twice whose row has a figure on the line carries its figure (the row goes): its cell there.
    const repeatCells: number[] = [];
    for (const [finding, area] of repeats) {
      const at = area * context.lineCount + line;
      if (!isNumeric(context.state[at]) || context.base[at] === 0) continue;
      cells.push(finding);
      repeatCells.push(at);
    }
    // One cell alone is told by the step that found it; two or more that only together explain the gap, here.
    const addresses = [...new Set(cells.map((finding) => finding.cell ?? ""))];
    const at = cells.map((finding) => indexOf(finding) ?? -1).filter((cell) => cell % context.lineCount === line);
    if (addresses.length < 2 || !unreadDetermined(context, line) || !gapsCovered(context, line, [...at, ...repeatCells])) continue;
    // A typed total left on the line (typed as planned) is the same cause when it is off by exactly what the
    // repeats and quota breaks move (the only corrections known to the figure): it goes with the ceiling.
    if (subtotals.length > 0 && !subtotalsMoved(context, subtotals, cells, repeats, line)) continue;
    for (const subtotal of subtotals) dropped.add(subtotal);
    dropped.add(ceiling);
    for (const finding of cells) {
      const before = named.get(finding);
      // A repeat may carry several lines' gaps: each ceiling is named in it.
      if (before !== undefined) before.also.push({ ceiling, cells: addresses.filter((cell) => cell !== finding.cell) });
      else named.set(finding, { ceiling, cells: addresses.filter((cell) => cell !== finding.cell), also: [] });
    }
  }
  if (dropped.size === 0) return [...findings];
  const word = context.table.orientation === "areas-as-rows" ? { vi: "dòng", en: "row" } : { vi: "cột", en: "column" };
  return findings
    .filter((finding) => !dropped.has(finding))
    .map((finding) => {
      const entry = named.get(finding);
      if (entry === undefined) return finding;
      let message = finding.message;
      for (const { ceiling, cells } of [entry, ...entry.also]) {
        const name = ceilingName(context, ceiling);
        const some = `${cells.length > 1 ? "các ô" : "ô"} ${joinList(cells, "và")}`;
        message = repeats.has(finding)
          ? localized(`${message.vi} Bỏ ${word.vi} này và sửa ${some} thì ${name.vi} cũng khớp.`, `${message.en} Removing this ${word.en} and correcting ${joinList(cells, "and")} also puts ${name.en} right.`)
          : localized(`${message.vi} Sửa ô này cùng ${some} thì ${name.vi} cũng khớp.`, `${message.en} Correcting this cell with ${joinList(cells, "and")} also puts ${name.en} right.`);
      }
      return { ...finding, message };
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

/** True when every subtotal is off by exactly what removing the repeats and setting the quota breaks to the quota moves the line by. */
function subtotalsMoved(context: RuleContext, subtotals: readonly Finding[], cells: readonly Finding[], repeats: ReadonlyMap<Finding, number>, line: number): boolean {
  let shift = 0;
  for (const finding of cells) {
    const area = repeats.get(finding);
    if (area !== undefined) shift -= context.base[area * context.lineCount + line];
    else if (finding.rule === "quota" && finding.expected !== null && finding.actual !== null) shift += difference(finding.expected, finding.actual);
    else return false;
  }
  return subtotals.every((subtotal) => subtotal.expected !== null && subtotal.actual !== null && standing(difference(subtotal.actual, subtotal.expected), shift) === "equal");
}
