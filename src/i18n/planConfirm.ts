/**
 * The plan import's words for targets read in running text, which the user
 * confirms before the plan sheet is written. Vietnamese first, English second.
 */
import type { LocalizedText } from "../core/model/text";
import { countOf } from "./plural";

export const CONFIRM_WORDS = {
  badge: { vi: "Cần xác nhận", en: "Please confirm" },
  why: {
    vi: "Chỉ tiêu này được đọc từ câu văn, không từ danh mục chỉ tiêu; kiểm tra con số, đơn vị và tên theo câu dưới đây.",
    en: "This target was read from running text, not from a list of targets; check its number, unit and name against the sentence below.",
  },
  confirm: { vi: "Xác nhận", en: "Confirm" },
  confirmed: { vi: "Đã xác nhận", en: "Confirmed" },
} as const satisfies Record<string, LocalizedText>;

/** `Còn 2 chỉ tiêu cần xác nhận …` before the sheet can be written. */
export function confirmFirst(count: number): LocalizedText {
  return {
    vi: `Còn ${count} chỉ tiêu đọc từ câu văn chưa được xác nhận (ở đầu danh sách): xác nhận hoặc xoá từng dòng trước khi ghi trang Kế hoạch.`,
    en:
      count === 1
        ? "1 target read from running text is not confirmed yet (at the top of the list): confirm or remove it before writing the plan sheet."
        : `${count} targets read from running text are not confirmed yet (at the top of the list): confirm or remove each before writing the plan sheet.`,
  };
}

/** `3 chỉ tiêu cần xác nhận` above the list. */
export function toConfirm(count: number): LocalizedText {
  return { vi: `${count} chỉ tiêu cần xác nhận`, en: `${countOf(count, "target", "targets")} to confirm` };
}
