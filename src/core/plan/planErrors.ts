/** Input errors of plan reading, with the sheet and cell they concern. */
import { cellPlace } from "../model/address";
import { InputError, type InputErrorCode } from "../model/errors";
import { localized } from "../model/text";

/** `'Kế hoạch'!D7` — sheet and cell as a user reads them in a message (and pastes them into Excel's Go To). */
export function cellRef(sheet: string, cell: string): string {
  return cellPlace(sheet, cell);
}

/** `option`: the command-line option that answers the error (see `InputError`). */
export function planError(code: InputErrorCode, vi: string, en: string, option?: string): InputError {
  return new InputError(code, localized(vi, en), option);
}
