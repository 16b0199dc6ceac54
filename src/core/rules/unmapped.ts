/**
 * `unmapped`: a plan line with no column/row in the table (unless it is a
 * parent whose children all have theirs), and a column/row of the table that
 * matches no plan line (unless it is a total of lines that do).
 */
import type { Finding } from "../model/finding";
import { columnLetters } from "../model/address";
import { localized } from "../model/text";
import { isMapped, type RuleContext } from "./context";
import { makeFinding } from "./finding";
import type { PlanLine } from "../model/plan";
import { errorHeadedLines, errorHeaderStandIns } from "./errorLabels";
import { totalLineChildren } from "./lineTotals";
import type { Rule } from "./types";
import { headerlessName } from "./strayColumnCause";

export const unmappedRule: Rule = {
  id: "unmapped",
  description: localized(
    "Mỗi chỉ tiêu của kế hoạch phải có cột/dòng tương ứng trong biểu, và ngược lại.",
    "Every plan line must have its column/row in the table, and every column/row its plan line.",
  ),
  instruction: localized(
    "Đặt tên (hoặc mã) cột/dòng giống chỉ tiêu trong kế hoạch, hoặc bổ sung chỉ tiêu còn thiếu.",
    "Name (or code) the column/row like the plan line, or add the missing line.",
  ),
  severity: "warning",
  check: {
    left: localized("chỉ tiêu của kế hoạch", "the plan's lines"),
    operator: localized("tương ứng 1–1 với", "match one to one"),
    right: localized("cột/dòng của biểu phân bổ", "the table's columns/rows"),
  },
  evaluate(context) {
    const headed = errorHeadedLines(context);
    return [...unmappedPlanLines(context, headed), ...unmatchedTableLines(context, new Set(headed))];
  },
};

function axis(context: RuleContext) {
  return context.table.orientation === "areas-as-rows"
    ? { vi: "cột", en: "column", Vi: "Cột", En: "Column" }
    : { vi: "dòng", en: "row", Vi: "Dòng", En: "Row" };
}

/** The plan lines with no column (row) of their own in the table, told by `unmapped`. */
export function unmappedPlanLineList(context: RuleContext): PlanLine[] {
  const below = new Set(context.table.notes?.nextTable?.codes ?? []);
  // A line the second table on the sheet holds (or whose parts it holds) is told once, by `second-table`.
  return context.plan.lines.filter((planLine) => !isMapped(context, planLine.code) && !(below.size > 0 && heldBelow(context, planLine.code, below)));
}

function unmappedPlanLines(context: RuleContext, headed: readonly number[]): Finding[] {
  const word = axis(context);
  const findings: Finding[] = [];
  const unmapped = unmappedPlanLineList(context);
  // The lines that columns (rows) headed by an error value stand for are told at those headers (`invalid-value`).
  const standIns = new Set(headed.length > 0 ? errorHeaderStandIns(unmapped, headed) : []);
  for (const planLine of unmapped) {
    if (standIns.has(planLine)) continue;
    findings.push(
      makeFinding({
        rule: "unmapped",
        severity: "warning",
        sheet: context.table.sheet,
        at: null,
        indicator: planLine.code,
        area: null,
        expected: null,
        actual: null,
        message: localized(
          `Chỉ tiêu ${planLine.code} "${planLine.name}" của kế hoạch không có ${word.vi} tương ứng trong biểu phân bổ.`,
          `Plan line ${planLine.code} "${planLine.name}" has no matching ${word.en} in the allocation table.`,
        ),
      }),
    );
  }
  return findings;
}

/** Whether the plan line, or each of its parts not in the table read, is held by the second table below it. */
function heldBelow(context: RuleContext, code: string, below: ReadonlySet<string>): boolean {
  if (below.has(code)) return true;
  const children = context.planChildren.get(code);
  return children !== undefined && children.length > 0 && children.every((child) => isMapped(context, child.code) || heldBelow(context, child.code, below));
}

function unmatchedTableLines(context: RuleContext, headed: ReadonlySet<number>): Finding[] {
  const word = axis(context);
  const findings: Finding[] = [];
  // The split of a plan line (`Trong đó: NSTW | NSĐP` under it): parts of a line the plan has, checked as its parts.
  const splitOfPlanLine = new Set<number>();
  context.table.lines.forEach((line, index) => {
    if (line.parts !== undefined && context.linePlan[index] !== null) for (const part of line.parts) splitOfPlanLine.add(part);
  });
  context.table.lines.forEach((line, index) => {
    if (context.linePlan[index] !== null || splitOfPlanLine.has(line.index) || headed.has(index)) return;
    if (line.isTotal) {
      const children = totalLineChildren(context, index);
      if (children !== null && children.every((child) => context.linePlan[child] !== null)) return;
    }
    findings.push(
      makeFinding({
        rule: "unmapped",
        severity: "warning",
        sheet: context.table.sheet,
        at: { row: line.headerRow, col: line.headerCol },
        indicator: null,
        area: null,
        expected: null,
        actual: null,
        message: line.header.trim() === "" ? headerlessMessage(context, index) : localized(
          `${word.Vi} "${line.header}" không khớp với chỉ tiêu nào của kế hoạch.`,
          `${word.En} ${context.table.orientation === "areas-as-rows" ? columnLetters(line.index) : line.index + 1} "${line.header}" matches no line of the plan.`,
        ),
      }),
    );
  });
  return findings;
}

/** A column (row) without a header, named by its letter (number): never `Cột ""`. */
function headerlessMessage(context: RuleContext, index: number) {
  const name = headerlessName(context, index);
  return localized(`${name.vi} không khớp với chỉ tiêu nào của kế hoạch.`, `${name.en} matches no line of the plan.`);
}
