/**
 * The automatic sheet pickers: which sheet holds the plan and which the
 * allocation table, found the way the engine finds them (one read of the
 * visible sheets). A sheet that cannot be found is null; the pane then says
 * what it looked for when the user presses `Kiểm tra`.
 */
import type { SheetInfo, WorkbookHost } from "./host";
import type { SheetSelection } from "./outcome";
import { InputError } from "../core/model/errors";
import { checkWorkbook } from "../core/check";
import { findPlanSheet } from "../core/plan/sheetNames";
import { hostWorkbookName } from "./runCheck";

export interface SheetChoices {
  /** Every sheet, in workbook order (the pickers offer the visible ones). */
  readonly sheets: readonly SheetInfo[];
  readonly detected: SheetSelection;
}

export async function detectSheets(host: WorkbookHost): Promise<SheetChoices> {
  const sheets = await host.listSheets();
  const workbook = await host.readWorkbook();
  const workbookName = await hostWorkbookName(host);
  const planSheet = findPlanSheet(workbook);
  try {
    // The allocation sheet is the one the engine would check against this plan.
    const { report, plan } = checkWorkbook(workbook, { workbookName, planSheet: planSheet ?? undefined });
    return { sheets, detected: { planSheet: plan.sheet ?? planSheet, allocationSheet: report.allocationSheet } };
  } catch (error) {
    if (error instanceof InputError) return { sheets, detected: { planSheet, allocationSheet: null } };
    throw error;
  }
}

/**
 * Keeps the user's choice where the sheet still exists; otherwise takes what
 * detection found.
 */
export function mergeSelection(
  current: SheetSelection | null,
  choices: SheetChoices,
): SheetSelection {
  const exists = (name: string | null): name is string =>
    name !== null && choices.sheets.some((s) => s.visible && s.name === name);
  return {
    allocationSheet: exists(current?.allocationSheet ?? null)
      ? (current?.allocationSheet as string)
      : choices.detected.allocationSheet,
    planSheet: exists(current?.planSheet ?? null) ? (current?.planSheet as string) : choices.detected.planSheet,
  };
}
