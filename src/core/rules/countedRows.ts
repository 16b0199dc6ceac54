/**
 * Rows the sheet's own totals count that the plan alone shows wrong (a
 * repeat, an area the plan's list lacks): the `ceiling` findings they alone
 * explain, for `duplicateCause` to let go and name in the row's finding.
 */
import type { Finding } from "../model/finding";
import { localized, type LocalizedText } from "../model/text";
import { formatAmount } from "../text/format";
import { isNumericState as isNumeric } from "../cells/readCell";
import { allocatedFor, type RuleContext } from "./context";
import { standing } from "./compare";
import { ceilingsPutRight, typedTotalsAbove } from "./leafCause";
import { ceilingName, cellIndexer, type Named } from "./singleCause";
import { correction } from "./invalidCause";
import { skippedText } from "./skippedText";
import { joinList } from "../text/joinList";
import { isAdjustmentLabel } from "../text/ownShare";

/**
 * Rows (a repeat, an area the plan's list lacks) that the sheet's totals
 * count, formulas following them or typed totals carrying them: the sheet's
 * own figures show nothing wrong, and the plan is the only measure. When
 * the plan comparisons of at least two lines the row has a figure on (or of
 * the table's one compared line) are over by exactly its figure (the rows'
 * figures together where several share a line), and no line it has a figure
 * on is on its plan (there the plan counts the row, and leaving the row out
 * would put that line off), the row is counted where it should not be: those `ceiling` findings are that one cause, let go and
 * named in the row's finding. A line off by any other figure keeps its
 * ceiling (the plan is off there on its own); a line where a row the
 * plan's list lacks holds the plan's per-area quota (as every commune does)
 * is no evidence of it; a repeat is singled out by its name, a line over
 * by its quota figure is evidence of it, and so is a row labelled as an
 * adjustment (`Tăng`) by its label, one line over by its figure enough.
 * An area the plan lacks is weighed so only when no plan area lacks a
 * row (else it may be that area under another name, which the plan counts).
 * A line of such a row off the plan by one commune's unfit figure besides
 * (`unfitBesides`) is the row and that cell together, named in both.
 */
export function countedRows(
  context: RuleContext,
  findings: readonly Finding[],
  rows: readonly (readonly [Finding, number])[],
  handled: ReadonlyMap<number, Finding[]>,
): { ceilings: Set<Finding>; told: (finding: Finding, word: { vi: string; en: string }) => Finding } {
  const none = { ceilings: new Set<Finding>(), told: (finding: Finding) => finding };
  if (rows.length === 0 || !findings.some((finding) => finding.rule === "ceiling")) return none;
  const { lineCount, state, base } = context;
  const compared = (line: number) => context.linePlan[line] !== null && context.lineKind[line] !== "percent";
  let comparedLines = 0;
  for (let line = 0; line < lineCount; line++) if (compared(line)) comparedLines++;
  // Plan lines with a cell's own error at another area, which may even out the row's figure there.
  const offsetBy = new Set<string>();
  for (const finding of findings) {
    if (finding.indicator !== null && finding.cell !== null && finding.area !== null && (finding.rule === "quota" || finding.rule === "invalid-value" || finding.rule === "percent")) offsetBy.add(finding.indicator);
  }
  // Per row: the lines it has a figure on that every total above counts (a formula following it, a typed total carrying it).
  const linesOf = new Map<Finding, { area: number; lines: number[] }>();
  for (const [finding, area] of rows) {
    const lines: number[] = [];
    let planCountsIt = false;
    for (let line = 0; line < lineCount; line++) {
      const at = area * lineCount + line;
      if (!compared(line) || !isNumeric(state[at]) || base[at] === 0 || handled.get(line)?.includes(finding)) continue;
      if (typedTotalsAbove(context, at, 0) === null) continue;
      lines.push(line);
      // A line on its plan with the row's figure counted: the plan counts the row there, and leaving it out would put that line off
      // (unless another cell's own error on that line — a quota or rate missed, an unfit figure — may be what evens it out).
      const planLine = context.linePlan[line];
      const allocated = planLine === null ? null : allocatedFor(context, planLine.code);
      if (planLine !== null && allocated !== null && standing(allocated, planLine.target) === "equal" && !offsetBy.has(planLine.code)) planCountsIt = true;
    }
    if (lines.length > 0 && !planCountsIt) linesOf.set(finding, { area, lines });
  }
  // The rows whose figures alone put enough plan lines right (a whole row, not one figure that happens to match),
  // weighed again without those that fall short until none does.
  let right: ReturnType<typeof ceilingsPutRight<Finding>> = [];
  let byLine = new Map<number, Finding[]>();
  let shifts = new Map<number, number>();
  for (;;) {
    byLine = new Map<number, Finding[]>();
    shifts = new Map<number, number>();
    for (const [finding, { area, lines }] of linesOf) {
      for (const line of lines) {
        byLine.set(line, [...(byLine.get(line) ?? []), finding]);
        shifts.set(line, (shifts.get(line) ?? 0) - base[area * lineCount + line]);
      }
    }
    right = linesOf.size === 0 ? [] : ceilingsPutRight(context, findings, byLine, shifts);
    // A figure that is the plan's per-area quota, held by every commune, does not single out a row the plan's list lacks
    // (it may be a plan area under another name); a repeat is singled out by its name, where no other cell's own error is on the line.
    const matched = new Map<Finding, number>();
    for (const { line, planLine, entries } of right) {
      for (const row of entries) {
        const at = (linesOf.get(row)?.area ?? 0) * lineCount + line;
        if ((row.rule === "duplicate" && !offsetBy.has(planLine.code)) || planLine.quota === undefined || standing(base[at], planLine.quota) !== "equal") matched.set(row, (matched.get(row) ?? 0) + 1);
      }
    }
    // A row labelled as an adjustment (`Tăng`, `Điều chỉnh tăng`) is singled out by its label: one line it puts right is enough.
    const needed = (row: Finding) => (row.rule === "coverage" && isAdjustmentLabel(context.table.areas[linesOf.get(row)?.area ?? 0].label) ? 1 : Math.min(2, comparedLines));
    const short = [...linesOf.keys()].filter((row) => (matched.get(row) ?? 0) < needed(row));
    if (short.length === 0) break;
    for (const row of short) linesOf.delete(row);
  }
  if (right.length === 0) return none;
  const names = new Map<Finding, Named[]>();
  for (const { finding, entries } of right) for (const row of entries) names.set(row, [...(names.get(row) ?? []), ceilingName(context, finding)]);
  const besides = unfitBesides(context, findings, new Set(right.map((entry) => entry.line)), byLine, shifts);
  // What the rows and such a cell put right together, told in both.
  const plainly = (finding: Finding, told: Finding, word: { vi: string; en: string }): Finding => {
    const texts: LocalizedText[] = [];
    for (const entry of besides) {
      const ceiling = ceilingName(context, entry.ceiling);
      const unit = context.cellUnit[entry.line];
      const figure = { vi: formatAmount(entry.figure, unit, "vi"), en: formatAmount(entry.figure, unit, "en") };
      const cell = entry.invalid.cell ?? "";
      if (entry.rows.includes(finding)) {
        texts.push(localized(`Bỏ ${word.vi} này và ghi ô ${cell} là ${figure.vi} thì ${ceiling.vi} cũng khớp.`, `Removing this ${word.en} and entering ${figure.en} in ${cell} puts ${ceiling.en} right.`));
      } else if (entry.invalid === finding) {
        const labels = entry.rows.map((row) => row.cell ?? row.area ?? "");
        texts.push(localized(`Ghi ô này là ${figure.vi} và bỏ ${word.vi} ${joinList(labels, "và")} thì ${ceiling.vi} cũng khớp.`, `Entered as ${figure.en}, with ${word.en} ${joinList(labels, "and")} removed, this cell puts ${ceiling.en} right.`));
      }
    }
    if (texts.length === 0) return told;
    return { ...told, message: localized([told.message.vi, ...texts.map((t) => t.vi)].join(" "), [told.message.en, ...texts.map((t) => t.en)].join(" ")) };
  };
  return {
    ceilings: new Set([...right.map((entry) => entry.finding), ...besides.map((entry) => entry.ceiling)]),
    told: (finding, word) => plainly(finding, toldRow(finding, word), word),
  };

  function toldRow(finding: Finding, word: { vi: string; en: string }): Finding {
    {
      const ceilings = names.get(finding);
      if (ceilings === undefined) return finding;
      const list = { vi: joinList(ceilings.map((x) => x.vi), "và"), en: joinList(ceilings.map((x) => x.en), "and") };
      if (finding.rule === "duplicate") {
        return {
          ...finding,
          message: localized(
            `${finding.message.vi} Các ô cộng của bảng tính cả ${word.vi} trùng này, nên phân bổ vượt kế hoạch đúng bằng số liệu của nó: bỏ ${word.vi} này thì ${list.vi} cũng khớp.`,
            `${finding.message.en} The sheet's totals count this repeated ${word.en}, so the allocation is over the plan by exactly its figures: removing it puts ${list.en} right.`,
          ),
        };
      }
      return {
        ...finding,
        severity: "error" as const,
        message: localized(
          `${finding.message.vi} Các ô cộng của bảng tính cả ${word.vi} này, nên phân bổ vượt kế hoạch đúng bằng số liệu của nó: nếu địa bàn này không thuộc kế hoạch thì bỏ ${word.vi} này, ${list.vi} cũng khớp; nếu có thì ghi tên đúng theo kế hoạch.`,
          `${finding.message.en} The sheet's totals count this ${word.en}, so the allocation is over the plan by exactly its figures: if the area is not part of the plan, removing it puts ${list.en} right; if it is, write its name as the plan does.`,
        ),
      };
    }
  }
}

/**
 * The lines the counted rows have a figure on but do not put right alone,
 * whose one other finding is a commune's `invalid-value` (numbers typed as
 * text aside) or `quota` under totals that follow it: when that cell's plain
 * correction (an unread cell: the gap left, a figure it could hold; a quota
 * break: the quota) brings the line to the plan with the rows left out, the
 * line's ceiling is the rows and that cell together.
 */
function unfitBesides(
  context: RuleContext,
  findings: readonly Finding[],
  done: ReadonlySet<number>,
  byLine: ReadonlyMap<number, Finding[]>,
  shifts: ReadonlyMap<number, number>,
): { ceiling: Finding; line: number; invalid: Finding; figure: number; rows: Finding[] }[] {
  const out: { ceiling: Finding; line: number; invalid: Finding; figure: number; rows: Finding[] }[] = [];
  const indexOf = cellIndexer(context);
  const skipped = skippedText(context).skippedBy;
  for (const ceiling of findings) {
    if (ceiling.rule !== "ceiling" || ceiling.indicator === null || ceiling.sheet !== context.table.sheet || ceiling.actual === null || ceiling.expected === null) continue;
    const line = context.lineByCode.get(ceiling.indicator);
    const rows = line === undefined ? undefined : byLine.get(line);
    if (line === undefined || rows === undefined || done.has(line)) continue;
    const others = findings.filter((f) => {
      if (f === ceiling || f.indicator !== ceiling.indicator) return false;
      if (f.rule !== "text-number") return true;
      const at = indexOf(f);
      return f.severity !== "warning" && (at === null || !skipped.has(at));
    });
    if (others.length !== 1 || (others[0].rule !== "invalid-value" && others[0].rule !== "quota")) continue;
    const cell = indexOf(others[0]);
    if (cell === null || cell % context.lineCount !== line || context.table.areas[Math.floor(cell / context.lineCount)].kind !== "leaf") continue;
    const allocated = ceiling.actual + (shifts.get(line) ?? 0);
    const figure = others[0].rule === "quota" ? atQuota(context, cell, others[0], allocated, ceiling.expected) : correction(context, cell, allocated, ceiling.expected);
    if (figure === null) continue;
    const above = typedTotalsAbove(context, cell, figure - context.base[cell]);
    // A quota break the typed totals carry (typed with it, as the repeat) is corrected with them; an unread cell is not.
    if (above === null || above.right.size > 0 || (above.carried.length > 0 && others[0].rule !== "quota")) continue;
    out.push({ ceiling, line, invalid: others[0], figure, rows });
  }
  return out;
}

/** The quota, when setting the commune's cell to it brings the line (the rows left out) to the plan. */
function atQuota(context: RuleContext, cell: number, quota: Finding, allocated: number, target: number): number | null {
  if (quota.expected === null) return null;
  return standing(allocated + quota.expected - context.base[cell], target) === "equal" ? quota.expected : null;
}
