/**
 * `percent`: every leaf area's value of a percent indicator against the plan
 * target by the plan rule (default `>=`). A leaf cell formatted as a
 * percentage (0.85 shown as 85%) is read as 85; a blank leaf is 0. A rate
 * over 100 % against a plan level of at most 100 % (`850` for 85,0) is no
 * rate at all: one `invalid-value` error at the cell, naming the rate it
 * probably means, and no `percent` finding besides.
 */
import type { Finding } from "../model/finding";
import { localized, type LocalizedText } from "../model/text";
import type { PlanLine } from "../model/plan";
import { formatQuantity } from "../text/format";
import { difference, holds, standing } from "./compare";
import { cellPosition, type RuleContext } from "./context";
import { makeFinding } from "./finding";
import { forEachLeafCell } from "./leafCells";
import type { Rule } from "./types";

export const percentRule: Rule = {
  id: "percent",
  description: localized(
    "Tỷ lệ (%) của từng địa bàn phải đạt mức kế hoạch.",
    "Each area's percentage must meet the plan's level.",
  ),
  instruction: localized(
    "Kiểm tra số liệu của địa bàn; nếu đúng, địa bàn này cần biện pháp để đạt tỷ lệ kế hoạch.",
    "Check the area's figure; if it is right, the area needs action to reach the planned rate.",
  ),
  severity: "error",
  check: {
    left: localized("tỷ lệ của từng địa bàn lá", "each leaf area's percentage"),
    operator: localized("quy tắc của kế hoạch (mặc định >=)", "the plan's rule (>= by default)"),
    right: localized("tỷ lệ kế hoạch", "the planned percentage"),
  },
  evaluate(context) {
    const findings: Finding[] = [];
    for (const planLine of context.plan.lines) {
      if (planLine.kind !== "percent") continue;
      forEachLeafCell(context, planLine.code, (cell) => {
        const label = context.table.areas[cell.area].label;
        // A share over 100 % where the plan's level is a share (at most 100 %): no area's rate can be that.
        if (isOverHundred(planLine, cell.value)) {
          findings.push(overHundredFinding(context, planLine, cell, label));
          return;
        }
        if (holds(cell.value, planLine.rule, planLine.target)) return;
        findings.push(
          makeFinding({
            rule: "percent",
            severity: "error",
            sheet: context.table.sheet,
            at: cellPosition(context, cell.area, cell.line),
            indicator: planLine.code,
            area: label,
            expected: planLine.target,
            actual: cell.value,
            message: withFractionHint(percentMessage(planLine, label, cell.value, cell.blank), planLine, cell.value, context.table.lines[cell.line].fractions === true),
          }),
        );
      });
    }
    return findings;
  },
};

/**
 * A rate typed as a fraction (0,85) in a column of percentage points (85)
 * under a plan level of 10 % or more (a rate under 1 % beside it is a
 * hundredfold short, no rate an area reports): read as 0,85 %, told with what was probably
 * meant (85 %) and how that stands against the plan, as the percent format
 * on a count is told with what Excel shows.
 */
function withFractionHint(message: LocalizedText, planLine: PlanLine, value: number, fractions: boolean): LocalizedText {
  if (fractions || !(value > 0 && value <= 1) || !(planLine.target >= 10)) return message;
  const meant = Math.round(value * 1e6) / 1e4;
  const count = { kind: "count", scale: 1 } as const;
  const M = { vi: formatQuantity(meant, planLine, "vi"), en: formatQuantity(meant, planLine, "en") };
  const T = { vi: formatQuantity(planLine.target, planLine, "vi"), en: formatQuantity(planLine.target, planLine, "en") };
  const meets = holds(meant, planLine.rule, planLine.target);
  return localized(
    `${message.vi} Ô ghi ${formatQuantity(value, count, "vi")}, có lẽ muốn ghi ${M.vi} (tỷ lệ ghi dạng số thập phân; khi đó ${meets ? "đạt" : "chưa đạt"} mức kế hoạch ${T.vi}) — hãy ghi ${formatQuantity(meant, count, "vi")} như các ô khác của cột.`,
    `${message.en} The cell holds ${formatQuantity(value, count, "en")}, probably meaning ${M.en} (the rate typed as a fraction; then it ${meets ? "meets" : "misses"} the plan's ${T.en}) — enter ${formatQuantity(meant, count, "en")} as the column's other cells are.`,
  );
}

function percentMessage(planLine: PlanLine, label: string, value: number, blank: boolean) {
  const V = { vi: formatQuantity(value, planLine, "vi"), en: formatQuantity(value, planLine, "en") };
  const T = { vi: formatQuantity(planLine.target, planLine, "vi"), en: formatQuantity(planLine.target, planLine, "en") };
  const gap = formatQuantity(Math.abs(difference(value, planLine.target)), { kind: "count", scale: 1 }, "vi");
  const gapEn = formatQuantity(Math.abs(difference(value, planLine.target)), { kind: "count", scale: 1 }, "en");
  const blankVi = blank ? " (ô trống)" : "";
  const blankEn = blank ? " (blank)" : "";
  const where = standing(value, planLine.target);
  if (where === "below") {
    return localized(
      `${label}: tỷ lệ ${V.vi}${blankVi} thấp hơn mức kế hoạch ${T.vi} (thiếu ${gap} điểm %).`,
      `${label}: ${V.en}${blankEn} is below the plan's ${T.en} (short by ${gapEn} points).`,
    );
  }
  return localized(
    `${label}: tỷ lệ ${V.vi} vượt mức tối đa ${T.vi} của kế hoạch (vượt ${gap} điểm %).`,
    `${label}: ${V.en} is above the plan's maximum of ${T.en} (over by ${gapEn} points).`,
  );
}

function isOverHundred(planLine: PlanLine, value: number): boolean {
  return value > 100 && planLine.target <= 100;
}

function overHundredFinding(context: RuleContext, planLine: PlanLine, cell: { area: number; line: number; value: number }, label: string, ofArea = true): Finding {
  return makeFinding({
    rule: "invalid-value",
    severity: "error",
    sheet: context.table.sheet,
    at: cellPosition(context, cell.area, cell.line),
    indicator: planLine.code,
    area: label,
    expected: null,
    actual: cell.value,
    message: overHundredMessage(planLine, label, cell.value, ofArea),
  });
}

/**
 * Any sheet's rates over 100 % (`invalid-value`, one per cell), without
 * judging them against the plan's level: a results sheet's (CONTRACT §7, where
 * `percent` does not apply) share over 100 % is no area's rate either.
 */
export function overHundredFindings(context: RuleContext, ofArea = true): Finding[] {
  const findings: Finding[] = [];
  for (const planLine of context.plan.lines) {
    if (planLine.kind !== "percent") continue;
    forEachLeafCell(context, planLine.code, (cell) => {
      if (isOverHundred(planLine, cell.value)) findings.push(overHundredFinding(context, planLine, cell, context.table.areas[cell.area].label, ofArea));
    });
  }
  return findings;
}

/** A rate over 100 %: what it probably means (its decimal mark lost: 850 → 85), and how that stands against the plan. */
function overHundredMessage(planLine: PlanLine, label: string, value: number, ofArea = true): LocalizedText {
  let meant = value;
  while (meant > 100) meant /= 10;
  meant = Math.round(meant * 1e6) / 1e6;
  const V = { vi: formatQuantity(value, planLine, "vi"), en: formatQuantity(value, planLine, "en") };
  const M = { vi: formatQuantity(meant, planLine, "vi"), en: formatQuantity(meant, planLine, "en") };
  const T = { vi: formatQuantity(planLine.target, planLine, "vi"), en: formatQuantity(planLine.target, planLine, "en") };
  const meets = holds(meant, planLine.rule, planLine.target);
  return localized(
    `${label}: tỷ lệ ${V.vi} vượt quá 100%, không thể là tỷ lệ ${ofArea ? "của một địa bàn" : "đạt được"}: có lẽ dấu thập phân bị gõ sót (${M.vi}, khi đó ${meets ? "đạt" : "chưa đạt"} mức kế hoạch ${T.vi}). Hãy ghi lại đúng tỷ lệ.`,
    `${label}: the rate ${V.en} is over 100 %, which ${ofArea ? "no area's rate" : "no rate reached"} can be: the decimal mark was probably left out (${M.en}, which ${meets ? "meets" : "misses"} the plan's ${T.en}). Enter the right rate.`,
  );
}
