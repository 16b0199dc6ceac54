/**
 * `plan-copy` on a period sheet that splits each line into the target copied
 * and what was done (`Tổ truyền thông` over `Kế hoạch` | `Thực hiện`): the
 * copied column's grand total is the plan's target. It is told where that
 * cell differs from the plan while the areas' copied figures add up to the
 * plan's target — the total alone copied wrong, one finding at its cell. A
 * column whose areas add up to another figure (one year's plan, a copy of
 * another split) is left alone.
 */
import type { Finding } from "../model/finding";
import type { Plan } from "../model/plan";
import { localized } from "../model/text";
import { cellValue } from "../model/workbook";
import { isNumericState, readCell, CELL } from "../cells/readCell";
import type { RuleContext } from "../rules/context";
import { standing } from "../rules/compare";
import { makeFinding } from "../rules/finding";
import { formatAmount } from "../text/format";
import type { CopiedTargetColumn } from "./subColumns";

export function copiedTargetFindings(context: RuleContext, plan: Plan, columns: readonly CopiedTargetColumn[]): Finding[] {
  const grand = context.grandTotal;
  if (columns.length === 0 || grand === null) return [];
  const byRows = context.table.orientation === "areas-as-rows";
  const out: Finding[] = [];
  for (const { code, index } of columns) {
    const planLine = plan.lines.find((entry) => entry.code === code);
    const l = context.table.lines.findIndex((entry) => entry.planCode === code);
    if (planLine === undefined || l < 0 || planLine.kind === "percent") continue;
    const measure = { kind: context.lineKind[l], scale: context.scales[l] };
    const read = (area: number) => {
      const row = byRows ? context.table.areas[area].index : index;
      const col = byRows ? index : context.table.areas[area].index;
      return { reading: readCell(cellValue(context.sheet, row, col), context.sheet.numberFormats?.[row]?.[col], measure), row, col };
    };
    const total = read(grand);
    if (!isNumericState(total.reading.state) || standing(total.reading.base, planLine.target) === "equal") continue;
    let sum = 0;
    let usable = true;
    for (const leaf of context.leaves) {
      const { reading } = read(leaf);
      if (isNumericState(reading.state)) sum += reading.base;
      else if (reading.state !== CELL.blank) usable = false;
    }
    if (!usable || standing(sum, planLine.target) !== "equal") continue;
    const f = (value: number, lang: "vi" | "en") => formatAmount(value, planLine, lang);
    out.push(
      makeFinding({
        rule: "plan-copy",
        severity: "warning",
        sheet: context.sheet.name,
        at: { row: total.row, col: total.col },
        indicator: code,
        expected: planLine.target,
        actual: total.reading.base,
        message: localized(
          `Kế hoạch của "${planLine.name}" chép ở dòng tổng là ${f(total.reading.base, "vi")}, nhưng kế hoạch giao ${f(planLine.target, "vi")} (các địa bàn bên dưới cộng lại đúng ${f(sum, "vi")}).`,
          `The plan target of "${planLine.name}" copied on the total row is ${f(total.reading.base, "en")}, but the plan sets ${f(planLine.target, "en")} (the areas under it add up to ${f(sum, "en")}).`,
        ),
      }),
    );
  }
  return out;
}
