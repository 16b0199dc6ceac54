/**
 * Where a finding with no cell of its own is to be looked at (a plan commune
 * with no row: `coverage` at no cell): its sheet and, when the plan lists the
 * commune under a district the sheet has a row (or column) for, that
 * district's label cell — where the missing row belongs. A projection of the
 * report and the plan; nothing is computed anew.
 */
import type { Finding } from "../model/finding";
import type { Plan } from "../model/plan";
import type { Report } from "../model/report";
import { areaKey } from "../text/fold";

export interface FindingPlace {
  readonly sheet: string;
  /** The district the finding's area belongs under, as the sheet writes it, and its label cell (A1, no sheet). */
  readonly group: { readonly name: string; readonly cell: string | null } | null;
}

/** The place of a finding that names a sheet but no cell; null for a finding with a cell or no sheet. */
export function findingPlace(finding: Finding, plan: Pick<Plan, "areas">, report: Pick<Report, "allocationSheet" | "orientation" | "reading">): FindingPlace | null {
  if (finding.sheet === null || finding.cell !== null) return null;
  const reading = report.reading;
  // The reading is the allocation sheet's: a finding on another sheet is placed on its sheet alone.
  if (finding.area === null || reading === undefined || finding.sheet !== report.allocationSheet) return { sheet: finding.sheet, group: null };
  const key = areaKey(finding.area);
  const listed = plan.areas.find((a) => a.commune !== undefined && areaKey(a.commune) === key);
  if (listed === undefined) return { sheet: finding.sheet, group: null };
  const district = areaKey(listed.district);
  const group = reading.areas.find((a) => a.role === "group" && areaKey(a.planArea ?? a.name) === district);
  if (group === undefined) return { sheet: finding.sheet, group: { name: listed.district, cell: null } };
  const header = reading.headerRows[0];
  const cell = report.orientation === "areas-as-rows" ? `${reading.labelColumn}${group.at}` : header === undefined ? null : `${group.at}${header}`;
  return { sheet: finding.sheet, group: { name: group.name, cell } };
}
