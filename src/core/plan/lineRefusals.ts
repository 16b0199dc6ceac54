/**
 * A plan line whose cells leave its target unknown: refused at its cells,
 * never guessed.
 */
import type { InputError } from "../model/errors";
import { cellRef, planError } from "./planErrors";

/**
 * `| Tổ truyền thông | tổ | (blank) | 1 tổ/xã |`: a per-area quota and no
 * target. The plan does not say the target is the quota times the areas, so
 * it is not guessed: the user types it.
 */
export function quotaWithoutTarget(sheet: string, quotaCell: string, quotaText: string, targetCell: string): InputError {
  return planError(
    "bad-plan",
    `${cellRef(sheet, quotaCell)}: có định mức "${quotaText}" nhưng ô kế hoạch ${targetCell} để trống. Hãy nhập số kế hoạch (tổng) vào ${targetCell}.`,
    `${cellRef(sheet, quotaCell)}: quota "${quotaText}" but the target cell ${targetCell} is blank. Type the line's (total) target in ${targetCell}.`,
  );
}
