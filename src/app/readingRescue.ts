/**
 * A check that finds no plan line on the sheet is an unusable input (the
 * CLI's exit 2, the pane's error message, in the same words): nothing was
 * compared. That is exactly when the user needs the reading view, to map the
 * sheet's columns (or rows) to the plan's lines. So the pane reads the sheet
 * once more without comparing, for the reading view only — its report is
 * never shown as a check, and the error stays the check's answer until a
 * correction makes a plan line found.
 */
import { InputError } from "../core/model/errors";
import type { LocalizedText } from "../core/model/text";
import type { WorkbookHost } from "./host";
import type { CheckOutcome, SheetSelection } from "./outcome";
import { runCheck } from "./runCheck";

export interface UnmatchedReading {
  /** The sheet as read, for the reading view only (no plan line matched: nothing in it was compared). */
  readonly outcome: CheckOutcome;
  /** The check's own message (the CLI's words). */
  readonly problem: LocalizedText;
}

/**
 * After a failed check: the reading of the sheet when the failure is that no
 * allocation table matching the plan was found and a table was read all the
 * same; null otherwise (any other failure, or no table at all).
 */
export async function readingWithoutPlanLine(host: WorkbookHost, selection: SheetSelection, failure: unknown): Promise<UnmatchedReading | null> {
  if (!(failure instanceof InputError) || failure.code !== "no-table") return null;
  try {
    const outcome = await runCheck(host, selection, { allowNoPlanLine: true });
    if (outcome.report.reading === undefined || outcome.plan.lines.length === 0) return null;
    return { outcome, problem: failure.text };
  } catch {
    // The same failure before any table was read (no sheet to read): nothing to map.
    return null;
  }
}
