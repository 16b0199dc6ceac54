/**
 * The automatic sheet pickers: which sheet holds the plan and which the
 * allocation table, found the way the engine finds them, from one read of the
 * visible sheets. A sheet that cannot be found is null; the pane then says
 * what it looked for when the user presses `Kiểm tra`.
 */
import type { SheetInfo, WorkbookHost } from "./host";
import type { SheetSelection } from "./outcome";
import type { Plan } from "../core/model/plan";
import { InputError } from "../core/model/errors";
import { findAllocationSheet } from "../core/layout";
import { findPlanSheet, readPlanFromWorkbook } from "../core/plan";

export interface SheetChoices {
  /** Every sheet, in workbook order (the pickers offer the visible ones). */
  readonly sheets: readonly SheetInfo[];
  readonly detected: SheetSelection;
}

export async function detectSheets(host: WorkbookHost): Promise<SheetChoices> {
  const sheets = await host.listSheets();
  const workbook = await host.readWorkbook();
  const planSheet = findPlanSheet(workbook);
  if (planSheet === null) return { sheets, detected: { planSheet: null, allocationSheet: null } };
  let plan: Plan;
  try {
    plan = readPlanFromWorkbook(workbook, planSheet);
  } catch (error) {
    // A plan sheet the engine cannot read: keep it picked, the check will say why.
    if (error instanceof InputError) return { sheets, detected: { planSheet, allocationSheet: null } };
    throw error;
  }
  return { sheets, detected: { planSheet, allocationSheet: findAllocationSheet(workbook, plan) } };
}

/**
 * Keeps the user's choice where the sheet still exists; otherwise takes what
 * detection found.
 */
export function mergeSelection(current: SheetSelection | null, choices: SheetChoices): SheetSelection {
  const exists = (name: string | null | undefined): name is string =>
    name !== null && name !== undefined && choices.sheets.some((s) => s.visible && s.name === name);
  const allocation = current?.allocationSheet;
  const plan = current?.planSheet;
  return {
    allocationSheet: exists(allocation) ? allocation : choices.detected.allocationSheet,
    planSheet: exists(plan) ? plan : choices.detected.planSheet,
  };
}
