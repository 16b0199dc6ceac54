/**
 * Areas whose name cell holds an error value (`#REF!` where a reference was
 * deleted): what the reading believes each one is. The `invalid-value`
 * finding at that cell names the plan's area it probably stands for — the
 * district its communes name, or the one commune of its district the sheet
 * leaves without a row — and the reading shows the same: that plan area,
 * or none when nothing tells which, beside the error the cell holds.
 */
import { cellValue, isCellError } from "../model/workbook";
import type { RuleContext } from "../rules/context";
import { missingPlanAreas } from "../rules/coverage";
import { errorNamedAreas, errorNameStandIns } from "../rules/errorLabels";

export interface ErrorName {
  /** The error value the name cell holds. */
  readonly error: string;
  /** The plan area it probably is (as the plan writes it), or null. */
  readonly planArea: string | null;
}

/** Per table area whose name cell holds an error value, by index in the table's areas. */
export function errorNamesOf(context: RuleContext): ReadonlyMap<number, ErrorName> {
  const named = errorNamedAreas(context);
  const out = new Map<number, ErrorName>();
  if (named.length === 0) return out;
  const standIns = context.plan.areas.length > 0 ? errorNameStandIns(context, named, missingPlanAreas(context)) : new Map();
  for (const index of named) {
    const area = context.table.areas[index];
    const value = cellValue(context.sheet, area.labelRow, area.labelCol);
    const probable = standIns.get(index) ?? [];
    out.set(index, {
      error: isCellError(value) ? value.error : String(value),
      planArea: probable.length === 1 ? (probable[0].commune ?? probable[0].district) : null,
    });
  }
  return out;
}
