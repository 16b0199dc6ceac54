/**
 * What the sheet pickers offer (every sheet, and the plan and allocation
 * sheets detection found) and how a user's choice is kept. Apart from the
 * detection itself (`detectSheets.ts`), which reads the sheets with the
 * layout engine: the pane loads that with the engine, after its first paint.
 */
import type { SheetInfo } from "./host";
import type { SheetSelection } from "./outcome";

export interface SheetChoices {
  /** Every sheet, in workbook order (the pickers offer the visible ones). */
  readonly sheets: readonly SheetInfo[];
  readonly detected: SheetSelection;
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
