import type { LocalizedText } from "./text";

export type InputErrorCode =
  | "not-a-workbook"
  | "file-missing"
  | "no-plan"
  | "bad-plan"
  | "no-table"
  | "sheet-not-found"
  /** Results sheets that contradict each other (CONTRACT §7): one period twice, overlapping periods. */
  | "bad-results"
  /** The output file would be the input file (a summary copy never overwrites its input). */
  | "output-is-input";

/**
 * Input the product cannot use (CLI exit status 2; a clear message in the pane).
 * The message names the sheet and cell where there is one.
 */
export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    readonly text: LocalizedText,
  ) {
    super(text.en);
    this.name = "InputError";
  }
}
