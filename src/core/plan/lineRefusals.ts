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
export function noFormulaValue(sheet: string, cell: string, formula: string) {
  return planError(
    "bad-plan",
    `${cellRef(sheet, cell)}: số kế hoạch là công thức =${formula} chưa có giá trị đã tính, allocheck không tự tính được. Hãy mở tệp bằng Excel, lưu lại (để có giá trị), hoặc gõ số.`,
    `${cellRef(sheet, cell)}: the target is the formula =${formula} with no computed value, which allocheck cannot compute. Open the file in Excel and save it (so it keeps the value), or type the figure.`,
  );
}

export function notANumber(sheet: string, cell: string, shown: string) {
  // An error value (`#N/A` of a lookup, `#REF!` of a deleted sheet) or a date (`dd/mm/yyyy` a date-formatted cell shows): said as such, with what to do.
  if (/^#[A-Z_/0]+[!?A-Z]$/i.test(shown)) {
    return planError(
      "bad-plan",
      `${cellRef(sheet, cell)}: ô có giá trị lỗi ${shown}, không phải số kế hoạch — hãy sửa công thức của ô hoặc gõ số.`,
      `${cellRef(sheet, cell)}: the cell holds the error ${shown}, not a target — fix the cell's formula or type the figure.`,
    );
  }
  if (/^\d{2}\/\d{2}\/\d{4}$|^\d{2}:\d{2}$/.test(shown)) {
    return planError(
      "bad-plan",
      `${cellRef(sheet, cell)}: ô hiện ngày giờ ${shown}, không phải số kế hoạch — hãy định dạng ô là Số (Number) rồi gõ lại số.`,
      `${cellRef(sheet, cell)}: the cell shows the date or time ${shown}, not a target — format the cell as Number and type the figure again.`,
    );
  }
  return planError(
    "bad-plan",
    `${cellRef(sheet, cell)}: "${shown}" không phải là số.`,
    `${cellRef(sheet, cell)}: "${shown}" is not a number.`,
  );
}
