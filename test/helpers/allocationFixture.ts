/**
 * Builders for the small plans and allocation sheets the layout tests write
 * by hand: a plan (as a plan.json gives it) of some lines over districts and
 * their communes, the header row of an allocation sheet, and the tree of
 * areas a detected table holds.
 */
import type { AllocationTable } from "../../src/core/model/table";
import type { Plan } from "../../src/core/model/plan";
import type { CellValue } from "../../src/core/model/workbook";
import { readPlanJson } from "../../src/core/plan";

/** A plan line as written in plan.json. */
export interface LineJson {
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  readonly target: number | string;
}

/** Communes by district: `{ "Ba Vì": ["Ba Trại", "Tản Lĩnh"] }`; a district with no commune listed is an area itself. */
export type AreasByDistrict = Readonly<Record<string, readonly string[]>>;

/** plan.json's `areas`, district by district, in the order given. */
export function planAreas(byDistrict: AreasByDistrict): Array<{ district: string; commune?: string }> {
  return Object.entries(byDistrict).flatMap(([district, communes]) =>
    communes.length === 0 ? [{ district }] : communes.map((commune) => ({ district, commune })),
  );
}

/** The plan of these lines, over these areas when given (none otherwise). */
export function planOf(lines: readonly LineJson[], byDistrict?: AreasByDistrict): Plan {
  return readPlanJson({ indicators: lines, ...(byDistrict !== undefined ? { areas: planAreas(byDistrict) } : {}) }, "plan.json");
}

/** An allocation sheet's header row: `STT`, the area column(s)' label(s), then each line's name. */
export function headerRow(areaLabels: string | readonly string[], lines: readonly LineJson[]): CellValue[] {
  return ["STT", ...(typeof areaLabels === "string" ? [areaLabels] : areaLabels), ...lines.map((l) => l.name)];
}

/** Each area of a detected table as `[label, kind, parent's label]`. */
export function areaTree(table: AllocationTable): [string, string, string | null][] {
  return table.areas.map((a) => [a.label, a.kind, a.parent === null ? null : table.areas[a.parent].label]);
}
