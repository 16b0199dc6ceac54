/**
 * What the sheet pickers offer (every sheet, and the plan and allocation
 * sheets detection found) and how a user's choice is kept. Apart from the
 * detection itself (`detectSheets.ts`), which reads the sheets with the
 * layout engine: the pane loads that with the engine, after its first paint.
 */
import type { SheetInfo } from "./host";
import type { SheetSelection } from "./outcome";
import type { LocalizedText } from "../core/model/text";

export interface SheetChoices {
  /** Every sheet, in workbook order (the pickers offer the visible ones). */
  readonly sheets: readonly SheetInfo[];
  readonly detected: SheetSelection;
  /**
   * Why no allocation sheet was found although the plan was: the check's own
   * message on the whole workbook (the command line's exit 2). The pane shows
   * it at once and keeps `Kiểm tra` off until a sheet is picked.
   */
  readonly allocationProblem?: LocalizedText;
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
