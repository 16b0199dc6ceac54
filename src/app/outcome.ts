/** What the pane keeps between a check and the writes that follow it. */
import type { Plan } from "../core/model/plan";
import type { Report } from "../core/model/report";
import type { AllocationTable } from "../core/model/table";
import type { WorkbookData } from "../core/model/workbook";
import type { AreaValues } from "../core/result/areaValues";

/** The sheets the user picked; null lets the engine find them. */
export interface SheetSelection {
  readonly allocationSheet: string | null;
  readonly planSheet: string | null;
}

export interface CheckOutcome {
  readonly report: Report;
  readonly plan: Plan;
  readonly table: AllocationTable;
  /** Each area's value per table line, from the same check (the summary's table by area). */
  readonly areaValues: AreaValues;
  /** The sheets read for the check (what the summary is built from). */
  readonly workbook: WorkbookData;
  readonly workbookName: string;
  /** What was asked for (a re-check asks the same). */
  readonly selection: SheetSelection;
  /** Fingerprint of the allocation sheet when it was read. */
  readonly fingerprint: string;
}

/** The result of a write that may have had to check again first. */
export interface Refreshed<T> {
  readonly outcome: CheckOutcome;
  /** True when the allocation sheet had changed and the check ran again. */
  readonly rechecked: boolean;
  readonly value: T;
}
