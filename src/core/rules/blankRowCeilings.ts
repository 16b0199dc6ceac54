/**
 * One cause, one finding for a commune's row present but left blank under
 * totals that follow the table (formulas, or none), as `deletedCause` tells
 * a commune with no row: the row's `quota` finding (its blank quota cell) is
 * the one to tell, and the under-plan `ceiling` warnings of the lines the
 * row would fill are let go and named in it, with the figures the row would
 * hold. Folded only when the figures allow it: the row is the table's only
 * blank commune row, every cell of it blank; nothing but the quota finding,
 * those ceilings and the row's blank rate cells (`percent`, told with it) is told; every total on those lines follows its parts
 * (a formula or blank); each ceiling's line is under its plan by a figure
 * one commune could hold (whole on a count line, no more than `SPREAD`
 * times the largest figure of another commune, the quota exactly on the
 * quota line); and at least two lines are under. With no quota line to
 * tell the row by, the one finding is the first such ceiling, moved to the
 * blank row's cell on its line and naming the others.
 */
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { formatAmount } from "../text/format";
import { joinList } from "../text/joinList";
import { CELL } from "../cells/readCell";
import { cellPosition, type RuleContext } from "./context";
import { a1 } from "../model/address";
import { difference, standing } from "./compare";
import { passesThrough } from "./leafCause";
import { ceilingName, cellIndexer } from "./singleCause";

/** How many times the largest figure of the other communes the blank row may have held on one line. */
const SPREAD = 2;

export function blankRowCeilings(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const quotas = findings.filter((f) => f.rule === "quota");
  const ceilings = findings.filter((f) => f.rule === "ceiling");
  if (quotas.length > 1 || ceilings.length < 2) return [...findings];
  if (findings.some((f) => f.severity !== "info" && f.rule !== "quota" && f.rule !== "ceiling" && f.rule !== "percent")) return [...findings];
  const quota: Finding | undefined = quotas[0];
  const { areas } = context.table;
  const { lineCount, state, base } = context;
  const blank = (area: number): boolean => {
    for (let line = 0; line < lineCount; line++) if (state[area * lineCount + line] !== CELL.blank) return false;
    return true;
  };
  let row: number;
  let quotaLine = -1;
  if (quota !== undefined) {
    const at = cellIndexer(context)(quota);
    if (at === null || quota.sheet !== context.table.sheet) return [...findings];
    row = Math.floor(at / lineCount);
    quotaLine = at % lineCount;
    if (areas[row].kind !== "leaf" || !blank(row)) return [...findings];
  } else {
    // No quota to tell it by: the table's one blank commune row.
    const blanks: number[] = [];
    for (let area = 0; area < areas.length; area++) if (areas[area].kind === "leaf" && blank(area)) blanks.push(area);
    if (blanks.length !== 1) return [...findings];
    row = blanks[0];
  }
  // A rate the blank row leaves unmet (its blank rate cell) is the same blank: told with it; any other rate finding keeps every finding.
  const indexOf = cellIndexer(context);
  const rates = findings.filter((f) => f.rule === "percent");
  if (rates.some((f) => { const at = indexOf(f); return at === null || Math.floor(at / lineCount) !== row; })) return [...findings];
  const leaves: number[] = [];
  for (let area = 0; area < areas.length; area++) if (areas[area].kind === "leaf" && area !== row) leaves.push(area);
  if (leaves.length === 0 || leaves.some(blank)) return [...findings];

  const held: { line: number; figure: number }[] = [];
  for (const ceiling of ceilings) {
    const line = ceiling.indicator === null ? undefined : context.lineByCode.get(ceiling.indicator);
    const planLine = ceiling.indicator === null ? undefined : context.planByCode.get(ceiling.indicator);
    if (line === undefined || planLine === undefined || context.sourceLines?.has(line) === true) return [...findings];
    if (ceiling.severity !== "warning" || ceiling.expected === null || ceiling.actual === null || context.lineKind[line] === "percent") return [...findings];
    const gap = difference(ceiling.expected, ceiling.actual);
    if (!(gap > 0) || (context.lineKind[line] === "count" && !Number.isInteger(Number(gap.toPrecision(12))))) return [...findings];
    if (line === quotaLine) {
      if (standing(gap, planLine.quota ?? 0) !== "equal") return [...findings];
    } else {
      const largest = Math.max(...leaves.map((leaf) => base[leaf * lineCount + line]));
      if (standing(gap, SPREAD * largest) === "above") return [...findings];
    }
    // Totals on the line follow its communes: nothing typed carries the blank as a figure.
    for (let area = 0; area < areas.length; area++) if ((areas[area].kind === "group" || areas[area].kind === "total") && !passesThrough(context, area, line)) return [...findings];
    held.push({ line, figure: gap });
  }

  const word = context.table.orientation === "areas-as-rows" ? { vi: "dòng", en: "row" } : { vi: "cột", en: "column" };
  const figures = held.map(({ line, figure }) => ({ vi: formatAmount(figure, context.cellUnit[line], "vi"), en: formatAmount(figure, context.cellUnit[line], "en") }));
  const named = ceilings.map((ceiling) => ceilingName(context, ceiling));
  const label = areas[row].label;
  const told = quota ?? atRow(context, ceilings[0], row);
  const rewritten: Finding = {
    ...told,
    message: localized(
      `${told.message.vi} Cả ${word.vi} của ${label} đều để trống, và mỗi chỉ tiêu nó sẽ điền đều thiếu so với kế hoạch đúng một phần một địa bàn có thể nhận (${joinList(figures.map((x) => x.vi), "và")}): có lẽ ${word.vi} này chưa được điền — điền các số đó thì ${joinList(named.map((x) => x.vi), "và")} cũng khớp.`,
      `${told.message.en} The whole ${word.en} of ${label} is blank, and each plan line it would fill is under the plan by a share one area could hold (${joinList(figures.map((x) => x.en), "and")}): this ${word.en} was probably left unfilled — entering those figures puts ${joinList(named.map((x) => x.en), "and")} right too.`,
    ),
  };
  const gone = new Set<Finding>([...ceilings, ...rates]);
  if (quota === undefined) return [...findings.filter((f) => !gone.has(f)), rewritten];
  return findings.filter((f) => !gone.has(f)).map((f) => (f === quota ? rewritten : f));
}

/** A line's under-plan `ceiling` moved to the blank row's cell on that line, told of the row. */
function atRow(context: RuleContext, ceiling: Finding, row: number): Finding {
  const line = ceiling.indicator === null ? 0 : (context.lineByCode.get(ceiling.indicator) ?? 0);
  const { row: r, col } = cellPosition(context, row, line);
  return { ...ceiling, cell: a1(r, col), row: r, col, area: context.table.areas[row].label };
}
