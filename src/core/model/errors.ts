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
 * The message names the sheet and cell where there is one, and says what to
 * do in words that hold in the pane as on the command line; `option` is the
 * command-line option that does it (`--sheet`, `--plan-sheet "Sheet2"`),
 * which the command line adds to the message and the pane leaves out.
 */
export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    readonly text: LocalizedText,
    readonly option?: string,
  ) {
    super(text.en);
    this.name = "InputError";
  }
}
