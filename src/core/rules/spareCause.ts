/**
 * One cause, at its cell: a typed subtotal (a district's, or the grand total
 * right over the communes) shows the plan's figure, the grand total shows it
 * too, and the communes under it hold more than it by a gap that only one of
 * them holds — every other commune would go below zero if it gave the gap
 * back (`20` typed for `2` beside communes of 1 and 3, 18 too many). That
 * commune is the cell to fix: the subtotal's finding (which otherwise says
 * no figure tells which commune) and the plan line's `ceiling`, which the
 * same gap puts off, are told once, at it. Where two communes could give
 * the gap back, or the communes hold too little (any of them could be
 * short), or anything else is told on the line, nothing changes.
 */
import { a1 } from "../model/address";
import type { Finding } from "../model/finding";
import { localized, type LocalizedText } from "../model/text";
import { ceilingMessage } from "./ceiling";
import { formatAmount } from "../text/format";
import { CELL } from "../cells/readCell";
import { allocatedFor, cellPosition, type RuleContext } from "./context";
import { difference, standing, verdict } from "./compare";
import { makeFinding } from "./finding";
import { withReplaced } from "./replaceFindings";
import { grandTotalShows, grandTotalWords, isFormulaAt, leafSum, subtotalName, typedTotalsAbove } from "./leafCause";
import { totalLineChildren } from "./lineTotals";
import { alsoRight, cellIndexer, ceilingName, type Named } from "./singleCause";

export function spareCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  if (!findings.some((finding) => finding.rule === "subtotal")) return [...findings];
  // Rows the plan alone shows wrong (a repeat, an area it lacks or misses) move the lines too.
  if (findings.some((finding) => finding.rule === "duplicate" || finding.rule === "coverage")) return [...findings];
  const indexOf = cellIndexer(context);
  const byCode = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.indicator === null) continue;
    const list = byCode.get(finding.indicator);
    if (list === undefined) byCode.set(finding.indicator, [finding]);
    else list.push(finding);
  }
  const replaced = new Map<Finding, Finding | null>();
  for (const [code, told] of byCode) {
    const subtotals = told.filter((finding) => finding.rule === "subtotal");
    const others = told.filter((finding) => finding.rule !== "subtotal" && finding.rule !== "ceiling");
    if (subtotals.length !== 1 || others.length > 0) continue;
    const [subtotal] = subtotals;
    const ceiling = told.find((finding) => finding.rule === "ceiling") ?? null;
    const cause = spareCell(context, subtotal, indexOf(subtotal), code);
    if (cause === null) continue;
    const also: Named[] = [cause.subtotal, ...(ceiling === null ? [] : [ceilingName(context, ceiling)])];
    replaced.set(subtotal, communeFinding(context, cause, also, ceiling === null ? null : planSaid(context, code, ceiling)));
    if (ceiling !== null) replaced.set(ceiling, null);
  }
  return withReplaced(findings, replaced);
}

interface Spare {
  readonly cell: number;
  /** What the commune holds too much (base units, > 0). */
  readonly gap: number;
  readonly group: number;
  readonly subtotal: Named;
}

/** The one commune under the subtotal's cell that can give back the communes' excess, when the plan and the grand total back the subtotal; null otherwise. */
function spareCell(context: RuleContext, finding: Finding, cell: number | null, code: string): Spare | null {
  if (cell === null || finding.expected === null || finding.actual === null || finding.severity !== "error") return null;
  const { areas } = context.table;
  const { lineCount, state, base } = context;
  const group = Math.floor(cell / lineCount);
  const line = cell % lineCount;
  const entry = areas[group];
  if ((entry.kind !== "group" && entry.kind !== "total") || entry.children.length < 2) return null;
  if (!entry.children.every((child) => areas[child].kind === "leaf" && areas[child].village !== true)) return null;
  if (context.lineKind[line] === "percent" || state[cell] !== CELL.number || isFormulaAt(context, group, line)) return null;
  if (context.lineByCode.get(code) !== line || context.sourceLines?.has(line) === true) return null;
  // A total line over this line, or this line a total of others: the row checks (`singleCause`) weigh the cell.
  if (totalLineChildren(context, line) !== null) return null;
  for (let other = 0; other < lineCount; other++) if (totalLineChildren(context, other)?.includes(line) === true) return null;
  const sum = leafSum(context, group, line);
  if (standing(finding.expected, sum) !== "equal") return null;
  const gap = difference(sum, finding.actual);
  if (!(gap > 0)) return null;
  const planLine = context.planByCode.get(code);
  if (planLine === undefined || !grandTotalShows(context, line, planLine.target)) return null;
  const leafSums = Float64Array.from(context.leafSums);
  leafSums[line] = Number((leafSums[line] - gap).toPrecision(15));
  const allocated = allocatedFor({ ...context, leafSums }, code);
  if (allocated === null || standing(allocated, planLine.target) !== "equal") return null;
  // The communes that could hold the gap too much: only one, its figure typed (not text, not a formula).
  const able = entry.children.filter((child) => {
    const at = child * lineCount + line;
    return state[at] !== CELL.blank && standing(base[at], gap) !== "below";
  });
  if (able.length !== 1) return null;
  const at = able[0] * lineCount + line;
  if (state[at] !== CELL.number || isFormulaAt(context, able[0], line)) return null;
  // Every typed total above comes right with it; none carries the wrong figure.
  const above = typedTotalsAbove(context, at, -gap);
  if (above === null || above.carried.length > 0) return null;
  return { cell: at, gap, group, subtotal: subtotalName(context, group, line) };
}

/** What the plan comparison, counted from the communes, says: `Counted from the areas, against the plan (C2): …`. */
function planSaid(context: RuleContext, code: string, ceiling: Finding): LocalizedText | null {
  const planLine = context.planByCode.get(code);
  const allocated = allocatedFor(context, code);
  if (planLine === undefined || allocated === null) return null;
  const where = verdict(allocated, planLine.rule, planLine.target);
  if (where === "ok") return null;
  const said = ceilingMessage(planLine, allocated, where);
  const at = ceiling.cell ?? "";
  return localized(`Tính từ các địa bàn, so với kế hoạch (${at}): ${said.vi}`, `Counted from the areas, against the plan (${at}): ${said.en}`);
}

function communeFinding(context: RuleContext, cause: Spare, also: readonly Named[], plan: LocalizedText | null): Finding {
  const area = Math.floor(cause.cell / context.lineCount);
  const line = cause.cell % context.lineCount;
  const unit = context.cellUnit[line];
  const label = context.table.areas[area].label;
  const group = context.table.areas[cause.group].label;
  const header = context.table.lines[line].header;
  const actual = context.base[cause.cell];
  const expected = difference(actual, cause.gap);
  const f = (value: number, lang: "vi" | "en") => formatAmount(value, unit, lang);
  const { row, col } = cellPosition(context, cause.group, line);
  const shown = a1(row, col);
  const total = context.table.areas[cause.group].kind === "total";
  const grand = grandTotalWords(context, line, total ? ` (${shown})` : "");
  const which = total
    ? { vi: `${grand.vi} ghi đúng số kế hoạch`, en: `${grand.en} shows the plan's figure` }
    : { vi: `ô cộng của ${group} (${shown}), cùng ${grand.vi}, ghi đúng số kế hoạch`, en: `the subtotal of ${group} (${shown}), like ${grand.en}, shows the plan's figure` };
  const said = localized(
    `${header} của ${label} ghi ${f(actual, "vi")}, nhưng ${which.vi} và chỉ khớp khi ô này là ${f(expected, "vi")} (thừa ${f(cause.gap, "vi")}); không địa bàn nào khác thuộc ${group} có tới ${f(cause.gap, "vi")} để ghi thừa.`,
    `This cell of ${label} shows ${f(actual, "en")}, but ${which.en} and adds up only when it is ${f(expected, "en")} (${f(cause.gap, "en")} too much); no other area under ${group} holds as much as ${f(cause.gap, "en")} to have too much.`,
  );
  const message = plan === null ? said : localized(`${said.vi} ${plan.vi}`, `${said.en} ${plan.en}`);
  return makeFinding({
    rule: "subtotal",
    severity: "error",
    sheet: context.table.sheet,
    at: cellPosition(context, area, line),
    indicator: context.table.lines[line].planCode,
    area: label,
    expected,
    actual,
    message: alsoRight(message, also),
  });
}
