/**
 * `ceiling`: the allocated total of a plan line (sum of its leaf cells) against
 * the plan target, by the plan rule. Over a `<=` ceiling is an error and under
 * it a warning (a gap still to allocate); for `=` any difference is an error;
 * for `>=` only under is. Reported at the line's grand total cell, or at its
 * header cell when the table has no total; a line split by funding source with
 * no total column is reported at its first source's total, every source's
 * total cell named.
 */
import type { Finding } from "../model/finding";
import { localized, type LocalizedText } from "../model/text";
import type { PlanLine } from "../model/plan";
import { formatAmount, formatNumber, formatQuantity } from "../text/format";
import { allocatedFor, type RuleContext, type YearAgainstPeriod } from "./context";
import { breachSeverity, difference, lineVerdict, standing } from "./compare";
import { brokenSplit, followsParts } from "./budgetSplit";
import { makeFinding } from "./finding";
import { dotDoubt } from "./dotDoubt";
import { a1, sheetInText } from "../model/address";
import type { Rule } from "./types";
import { wordKey } from "../text/fold";
import { headedByYears } from "../text/years";

export const ceilingRule: Rule = {
  id: "ceiling",
  description: localized(
    "Tổng phân bổ của mỗi chỉ tiêu phải đúng quy tắc so với kế hoạch (không vượt trần; đạt mức tối thiểu).",
    "Each plan line's allocated total must meet the plan's rule against its target (not over a ceiling; not under a minimum).",
  ),
  instruction: localized(
    "Điều chỉnh số phân bổ ở các địa bàn để tổng khớp với kế hoạch, hoặc kiểm tra lại chỉ tiêu kế hoạch.",
    "Adjust the areas' allocations so that the total meets the plan, or check the plan's target.",
  ),
  severity: "error",
  lesserSeverity: "warning",
  check: {
    left: localized("tổng phân bổ của chỉ tiêu (cộng các địa bàn lá)", "allocated total of the plan line (sum of leaf areas)"),
    operator: localized("quy tắc của kế hoạch (<=, =, >=)", "the plan's rule (<=, =, >=)"),
    right: localized("chỉ tiêu kế hoạch", "the plan target"),
  },
  evaluate(context) {
    const findings: Finding[] = [];
    const yearShares: string[] = [];
    for (const planLine of context.plan.lines) {
      const finding = evaluateLine(context, planLine);
      if (finding === YEAR_SHARE) yearShares.push(planLine.code);
      else if (finding !== null) findings.push(finding);
    }
    if (yearShares.length > 0 && context.sheetYear !== undefined) findings.push(yearShareFinding(context, context.sheetYear, yearShares));
    return findings;
  },
};

/** A line of a one-year sheet under the period's target: short by design, told once for the sheet. */
const YEAR_SHARE = "year-share";

function evaluateLine(context: RuleContext, planLine: PlanLine): Finding | null | typeof YEAR_SHARE {
  if (planLine.kind === "percent") return null; // the percent rule checks each leaf
  const lineIndex = context.lineByCode.get(planLine.code);
  if (lineIndex === undefined) return null; // derived parents are told by their children; unmapped by `unmapped`
  const allocated = allocatedFor(context, planLine.code);
  if (allocated === null) return null;
  const where = lineVerdict(allocated, planLine);
  const severity = breachSeverity(where, planLine.rule);
  if (where === "ok" || severity === null) return null;
  if (where === "under" && context.sheetYear?.lines.has(planLine.code) === true) return YEAR_SHARE;
  const partsTotal = brokenSplit(context, planLine);
  if (partsTotal !== null && followsParts(context, planLine, partsTotal)) return null; // told by budget-split

  const cells = (context.sourceLines?.get(lineIndex) ?? [lineIndex]).map((k) => totalCell(context, k));
  const at = cells[0];
  const message = withDotDoubt(context, planLine, ceilingMessage(planLine, allocated, where)) ?? withUnitHint(ceilingMessage(planLine, allocated, where), planLine, allocated);
  return makeFinding({
    rule: "ceiling",
    severity,
    sheet: context.table.sheet,
    at,
    indicator: planLine.code,
    area: null,
    expected: planLine.target,
    actual: allocated,
    message: cells.length > 1 ? withSourceCells(message, cells, splitByYear(context, context.sourceLines?.get(lineIndex) ?? [])) : message,
  });
}

/** The cell holding table line `lineIndex`'s total: on the grand total area, or the line's header when the table has none. */
function totalCell(context: RuleContext, lineIndex: number): { row: number; col: number } {
  const line = context.table.lines[lineIndex];
  if (context.grandTotal === null) return { row: line.headerRow, col: line.headerCol };
  const total = context.table.areas[context.grandTotal].index;
  return context.table.orientation === "areas-as-rows" ? { row: total, col: line.index } : { row: line.index, col: total };
}

/** True when every part of a split line is headed by a year (`Kinh phí / Năm 2026`, `… / 2027`): a line split by year, not by funding source. */
function splitByYear(context: RuleContext, lineIndexes: readonly number[]): boolean {
  return headedByYears(
    lineIndexes.map((k) => context.table.lines[k].header),
    wordKey,
  );
}

/** A line split by funding source or by year with no total of its own: the message names every part's total cell, whose sum was compared. */
function withSourceCells(message: LocalizedText, cells: readonly { row: number; col: number }[], byYear: boolean): LocalizedText {
  const listed = cells.map((cell) => a1(cell.row, cell.col)).join(" + ");
  const split = byYear ? { vi: "năm", en: "year" } : { vi: "nguồn vốn", en: "funding source" };
  return localized(
    `${message.vi} Chỉ tiêu chia theo ${split.vi}, không có cột tổng riêng: tổng phân bổ là ${listed}.`,
    `${message.en} The line is split by ${split.en} with no total of its own: the allocated total is ${listed}.`,
  );
}

/**
 * The one finding for a sheet made for one year whose lines fall short of
 * the targets the plan gives for its whole period: at the title cell naming
 * the year (or the sheet, when its name names it), the lines listed.
 */
function yearShareFinding(context: RuleContext, sheetYear: YearAgainstPeriod, codes: readonly string[]): Finding {
  const { year, period, at } = sheetYear;
  const span = `${period.start}–${period.end}`;
  const where =
    at === null
      ? { vi: `tên trang ${sheetInText(context.table.sheet)}`, en: `the sheet's name ${sheetInText(context.table.sheet)}` }
      : { vi: `ô ${a1(at.row, at.col)}`, en: `cell ${a1(at.row, at.col)}` };
  const listed = codes.join(", ");
  return makeFinding({
    rule: "ceiling",
    severity: "info",
    sheet: context.table.sheet,
    at,
    message: localized(
      `Biểu phân bổ lập cho năm ${year} (${where.vi}), còn kế hoạch chỉ giao chỉ tiêu cho cả giai đoạn ${span}: ${codes.length} dòng (mã ${listed}) phân bổ thấp hơn chỉ tiêu cả giai đoạn, không coi là còn thiếu; chỉ kiểm tra không vượt chỉ tiêu giai đoạn.`,
      `The allocation is made for ${year} (${where.en}) while the plan gives targets for its whole period ${span}: ${codes.length} line(s) (code ${listed}) under the period's target are not taken as a gap; only going over the period's target is checked.`,
    ),
  });
}

/** The factor (1000, 1e6, 1/1000, 1/1e6) the allocated total is of the target exactly, or null: a money unit misread (triệu for tỷ). */
function unitFactor(planLine: PlanLine, allocated: number): number | null {
  if (planLine.kind !== "money" || planLine.target === 0 || allocated === 0) return null;
  for (const factor of [1e3, 1e6, 1e-3, 1e-6]) if (standing(allocated, planLine.target * factor) === "equal") return factor;
  return null;
}

function withUnitHint(message: LocalizedText, planLine: PlanLine, allocated: number): LocalizedText {
  const factor = unitFactor(planLine, allocated);
  if (factor === null) return message;
  const times = factor > 1 ? factor : 1 / factor;
  const vi = `${factor > 1 ? "gấp " : "bằng 1/"}${formatNumber(times, "vi")}${factor > 1 ? " lần" : ""}`;
  const en = factor > 1 ? `exactly ${formatNumber(times, "en")} times` : `exactly 1/${formatNumber(times, "en")} of`;
  return localized(
    `${message.vi} Tổng phân bổ ${vi} kế hoạch: có thể đơn vị tính của cột (triệu đồng, tỷ đồng…) đã bị đọc sai — hãy kiểm tra ghi chú ĐVT của biểu.`,
    `${message.en} The allocated total is ${en} the plan: the column's money unit (million, billion VND…) may have been misread — check the sheet's unit note.`,
  );
}

/**
 * The message naming the cells whose `1.500` read with the dot as a decimal
 * mark would make the line hold (see `dotDoubt`), or null when there are none.
 * It says more than the hint of a misread column unit, and takes its place.
 */
function withDotDoubt(context: RuleContext, planLine: PlanLine, message: LocalizedText): LocalizedText | null {
  const doubt = dotDoubt(context, planLine);
  if (doubt === null) return null;
  const cells = doubt.cells.map((cell) => `${a1(cell.row, cell.col)} ("${cell.text}")`).join(", ");
  const other = { vi: formatAmount(doubt.otherTotal, planLine, "vi"), en: formatAmount(doubt.otherTotal, planLine, "en") };
  const many = doubt.cells.length > 1;
  return localized(
    `${message.vi} Cách đọc chưa chắc chắn: ${many ? "các ô" : "ô"} ${cells} là số dạng văn bản, allocheck hiểu dấu chấm là phân cách hàng nghìn; nếu đó là dấu thập phân thì tổng phân bổ là ${other.vi}, đúng kế hoạch — hãy kiểm tra ${many ? "các ô này" : "ô này"}.`,
    `${message.en} The reading is uncertain: ${many ? "cells" : "cell"} ${cells} ${many ? "are numbers" : "is a number"} stored as text whose dot allocheck reads as a thousands separator; read as a decimal mark, the allocated total is ${other.en}, within the plan — check ${many ? "these cells" : "this cell"}.`,
  );
}

export function ceilingMessage(planLine: PlanLine, allocated: number, where: "under" | "over") {
  const gap = Math.abs(difference(allocated, planLine.target));
  const f = (value: number, lang: "vi" | "en") => formatAmount(value, planLine, lang);
  const A = { vi: f(allocated, "vi"), en: f(allocated, "en") };
  const T = { vi: f(planLine.target, "vi"), en: f(planLine.target, "en") };
  const D = { vi: formatQuantity(gap, planLine, "vi"), en: formatQuantity(gap, planLine, "en") };
  if (planLine.rule === "<=") {
    return where === "over"
      ? localized(
          `Tổng phân bổ ${A.vi} vượt kế hoạch ${T.vi} (vượt ${D.vi}).`,
          `Allocated ${A.en} exceeds the plan's ${T.en} (over by ${D.en}).`,
        )
      : localized(
          `Tổng phân bổ ${A.vi} thấp hơn kế hoạch ${T.vi} (còn ${D.vi} chưa phân bổ).`,
          `Allocated ${A.en} is under the plan's ${T.en} (${D.en} not yet allocated).`,
        );
  }
  if (planLine.rule === ">=") {
    return localized(
      `Tổng phân bổ ${A.vi} chưa đạt mức tối thiểu ${T.vi} của kế hoạch (thiếu ${D.vi}).`,
      `Allocated ${A.en} is below the plan's minimum of ${T.en} (short by ${D.en}).`,
    );
  }
  return where === "over"
    ? localized(
        `Tổng phân bổ ${A.vi} phải bằng kế hoạch ${T.vi} (đang thừa ${D.vi}).`,
        `Allocated ${A.en} must equal the plan's ${T.en} (over by ${D.en}).`,
      )
    : localized(
        `Tổng phân bổ ${A.vi} phải bằng kế hoạch ${T.vi} (đang thiếu ${D.vi}).`,
        `Allocated ${A.en} must equal the plan's ${T.en} (short by ${D.en}).`,
      );
}
