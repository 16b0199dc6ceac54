/**
 * A row (or column) under the table that copies the plan's targets (`Kế
 * hoạch giao`, `Chỉ tiêu kế hoạch`) is no area and counts in no total; but a
 * finance officer reads it as the plan the sheet was made from. Where its
 * figures differ from the plan allocheck checks against, the sheet may follow
 * another plan (an older version, another year): the reading says so, line by
 * line, with both figures. Where they agree, nothing is said.
 */
import type { RuleContext } from "../rules/context";
import type { QuantityUnit } from "../text/format";

/** A plan line whose copied figure differs from the plan's target. */
export interface PlanCopyGap {
  /** The copied row's number (areas as rows) or column's letter, and its label. */
  readonly at: number;
  readonly label: string;
  readonly code: string;
  /** Both in base units (đồng for money). */
  readonly copied: number;
  readonly target: number;
  readonly unit: QuantityUnit;
}

const PLAN_COPY = "plan copy";

export function planCopyGaps(context: RuleContext): PlanCopyGap[] {
  const { table, sheet, plan } = context;
  const copies = table.notes?.ignoredAreas.filter((entry) => entry.why === PLAN_COPY) ?? [];
  if (copies.length === 0) return [];
  const rows = table.orientation === "areas-as-rows";
  const out: PlanCopyGap[] = [];
  for (const copy of copies) {
    for (const planLine of plan.lines) {
      if (planLine.kind === "percent") continue;
      const line = context.lineByCode.get(planLine.code);
      if (line === undefined) continue;
      const at = table.lines[line].index;
      const value = rows ? sheet.values[copy.index]?.[at] : sheet.values[at]?.[copy.index];
      // Only a figure typed (or a formula's value) is compared: a blank or a text says nothing.
      if (typeof value !== "number" || !Number.isFinite(value)) continue;
      const copied = value * context.scales[line];
      if (Math.abs(copied - planLine.target) < 0.5) continue;
      out.push({ at: copy.index, label: copy.label, code: planLine.code, copied, target: planLine.target, unit: context.lineUnit[line] });
    }
  }
  return out;
}
