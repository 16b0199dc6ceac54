/**
 * Percent lines typed as fractions: `0.85` in General format against an 80 %
 * target means 85 %, not 0.85 %. Decided from the whole line, never from one
 * cell: every number of the line that is not shown with a `%` format is at
 * most 1, at least one lies strictly between 0 and 1, and the plan's target
 * is above 1 percentage point. The reading says so (see `reading/confidence`).
 */
import { isPercentFormat } from "../cells/numberFormat";
import type { PlanLine } from "../model/plan";
import type { AreaEntry, LineEntry, Orientation } from "../model/table";
import { cellNumberFormat, cellValue, type SheetData } from "../model/workbook";
import { readCellNumber } from "../text/vnNumber";

/** The lines, with `fractions` set on each percent line whose cells are typed as fractions. */
export function markPercentFractions(
  sheet: SheetData,
  orientation: Orientation,
  lines: readonly LineEntry[],
  areas: readonly AreaEntry[],
  planByCode: ReadonlyMap<string, PlanLine>,
): LineEntry[] {
  return lines.map((line) => {
    const plan = line.planCode === null ? undefined : planByCode.get(line.planCode);
    if (plan === undefined || plan.kind !== "percent" || !(plan.target > 1)) return line;
    return typedAsFractions(sheet, orientation, line, areas) ? { ...line, fractions: true } : line;
  });
}

function typedAsFractions(sheet: SheetData, orientation: Orientation, line: LineEntry, areas: readonly AreaEntry[]): boolean {
  let between = false;
  for (const area of areas) {
    if (area.kind === "heading") continue;
    const row = orientation === "areas-as-rows" ? area.index : line.index;
    const col = orientation === "areas-as-rows" ? line.index : area.index;
    const raw = cellValue(sheet, row, col);
    if (raw === null || isPercentFormat(cellNumberFormat(sheet, row, col))) continue;
    const reading = readCellNumber(raw);
    if (reading.kind !== "number" && reading.kind !== "text-number") continue;
    const value = reading.value;
    if (value > 1 || value < 0) return false;
    if (value > 0 && value < 1) between = true;
  }
  return between;
}
