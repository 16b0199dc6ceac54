/**
 * `quota`: every leaf area's value of a plan line with a per-area quota (for
 * example 1 new communication team per commune) must equal the quota. Villages
 * listed under a commune heading are parts of it: their sum is checked, at
 * the commune's cell.
 */
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { formatAmount, type QuantityUnit } from "../text/format";
import { standing } from "./compare";
import { cellPosition } from "./context";
import { makeFinding } from "./finding";
import { forEachLeafCell } from "./leafCells";
import type { Rule } from "./types";

export const quotaRule: Rule = {
  id: "quota",
  description: localized(
    "Mỗi địa bàn phải được phân bổ đúng định mức của kế hoạch.",
    "Every area must be allocated exactly the plan's per-area quota.",
  ),
  instruction: localized(
    "Sửa số của địa bàn cho bằng định mức, hoặc ghi rõ lý do nếu kế hoạch cho phép khác.",
    "Set the area's figure to the quota, or note why the plan allows otherwise.",
  ),
  severity: "error",
  check: {
    left: localized("số phân bổ của từng địa bàn lá", "each leaf area's allocation"),
    operator: localized("=", "="),
    right: localized("định mức mỗi địa bàn", "the per-area quota"),
  },
  evaluate(context) {
    const findings: Finding[] = [];
    for (const planLine of context.plan.lines) {
      if (planLine.quota === undefined || planLine.kind === "percent") continue;
      const quota = planLine.quota;
      // A sheet made for one year of a longer plan: an area below the period's quota may have had the rest in another year.
      const yearShare = context.sheetYear?.lines.has(planLine.code) === true;
      // Villages under a commune heading: the commune, their sum, is the area the quota is for.
      const communes = new Map<number, { line: number; value: number; blank: boolean }>();
      const check = (area: number, line: number, value: number, blank: boolean) => {
        const stands = standing(value, quota);
        if (stands === "equal" || (yearShare && stands === "below")) return;
        const label = context.table.areas[area].label;
        findings.push(
          makeFinding({
            rule: "quota",
            severity: "error",
            sheet: context.table.sheet,
            at: cellPosition(context, area, line),
            indicator: planLine.code,
            area: label,
            expected: quota,
            actual: value,
            message: quotaMessage(context.cellUnit[line], label, value, quota, blank),
          }),
        );
      };
      forEachLeafCell(context, planLine.code, (cell) => {
        const entry = context.table.areas[cell.area];
        if (entry.village === true && entry.parent !== null) {
          const sum = communes.get(entry.parent);
          if (sum === undefined) communes.set(entry.parent, { line: cell.line, value: cell.value, blank: cell.blank });
          else {
            sum.value += cell.value;
            sum.blank &&= cell.blank;
          }
          return;
        }
        check(cell.area, cell.line, cell.value, cell.blank);
      });
      for (const [commune, sum] of communes) check(commune, sum.line, sum.value, sum.blank);
    }
    return findings;
  },
};

function quotaMessage(unit: QuantityUnit, label: string, value: number, quota: number, blank: boolean) {
  const V = { vi: formatAmount(value, unit, "vi"), en: formatAmount(value, unit, "en") };
  const Q = { vi: formatAmount(quota, unit, "vi"), en: formatAmount(quota, unit, "en") };
  return localized(
    `${label} được phân bổ ${V.vi}${blank ? " (ô trống)" : ""}, khác định mức ${Q.vi} mỗi địa bàn.`,
    `${label}: allocated ${V.en}${blank ? " (blank)" : ""}, not the quota of ${Q.en} per area.`,
  );
}
