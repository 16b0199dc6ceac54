/**
 * Percent lines typed as fractions: `0.85` in General format against an 80 %
 * target means 85 %, not 0.85 %. Decided from the whole line, never from one
 * cell: every number of the line that is not shown with a `%` format is at
 * most 1, at least one lies strictly between 0 and 1 — or more than twice as
 * many lie between 0 and 1 as above 1 (two at least) — and the plan's target
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
  let between = 0;
  let above = 0;
  for (const area of areas) {
    if (area.kind === "heading") continue;
    const row = orientation === "areas-as-rows" ? area.index : line.index;
    const col = orientation === "areas-as-rows" ? line.index : area.index;
    const raw = cellValue(sheet, row, col);
    if (raw === null || isPercentFormat(cellNumberFormat(sheet, row, col))) continue;
    const reading = readCellNumber(raw);
    if (reading.kind !== "number" && reading.kind !== "text-number") continue;
    const value = reading.value;
    if (value < 0) return false;
    if (value > 1) above++;
    else if (value > 0 && value < 1) between++;
  }
  // Every figure a fraction; or, most of them (two at least), a figure or so above 1 among them: typed as points by
  // mistake, told at its cell (over 100 % read so), not every fraction of the line told short of the plan.
  return between > 0 && (above === 0 || (between >= 2 && between > 2 * above));
}
