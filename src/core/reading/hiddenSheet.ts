/**
 * The allocation sheet checked is hidden in the workbook (`hidden`, or
 * `veryHidden`, which Excel's own Unhide menu does not list): the user may
 * not see the sheet the report is about — a stale copy kept out of sight, a
 * helper sheet — so the reading says so, before anything else.
 */
import { sheetInText } from "../model/address";

export function hiddenSheetReason(sheet: string): { vi: string; en: string } {
  return {
    vi: `Trang ${sheetInText(sheet)} mà allocheck kiểm tra đang bị ẩn trong sổ làm việc: nếu đây không phải biểu phân bổ đang dùng (một bản cũ, một trang phụ), hãy chọn trang phân bổ; nếu đúng, hãy bỏ ẩn trang để xem các ô được nêu.`,
    en: `The sheet ${sheetInText(sheet)} that allocheck checked is hidden in the workbook: if it is not the allocation sheet in use (an old copy, a helper sheet), choose the allocation sheet; if it is, unhide it to see the cells named.`,
  };
}
