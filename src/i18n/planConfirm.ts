/**
 * The plan import's words for targets read in running text, which the user
 * confirms before the plan sheet is written. Vietnamese first, English second.
 */
import type { LocalizedText } from "../core/model/text";
import type { ConfirmReason } from "../extract/types";
import { countOf } from "./plural";

/** Each reason a target is to be confirmed, in a few words (the readable `extract-plan` output) and in full (the pane). */
export const CONFIRM_REASONS = {
  text: {
    short: { vi: "đọc từ câu văn, cần xác nhận", en: "read from running text, to confirm" },
    why: {
      vi: "Chỉ tiêu này được đọc từ câu văn, không từ danh mục chỉ tiêu; kiểm tra con số, đơn vị và tên theo câu dưới đây.",
      en: "This target was read from running text, not from a list of targets; check its number, unit and name against the sentence below.",
    },
  },
  quota: {
    short: { vi: "suy ra từ định mức theo địa bàn, cần xác nhận", en: "worked out from a quota per area, to confirm" },
    why: {
      vi: "Văn bản chỉ nêu định mức theo địa bàn; con số này được suy ra từ định mức (nhân với số địa bàn, hoặc lấy định mức làm mức tối thiểu) và có thể không đúng ý văn bản; kiểm tra theo câu dưới đây.",
      en: "The text gives only a quota per area; this figure is worked out from it (times the number of areas, or the quota as the least) and may not be what the text means; check it against the text below.",
    },
  },
  column: {
    short: { vi: "cột số liệu được chọn trong nhiều cột của bảng, cần xác nhận", en: "column chosen among several figures of the table, to confirm" },
    why: {
      vi: "Dòng bảng này có nhiều cột số liệu và không có cột chỉ tiêu rõ ràng; con số được lấy từ một cột đã chọn; kiểm tra theo dòng bảng dưới đây.",
      en: "This table row has several columns of figures and no clear target column; the number was taken from one chosen column; check it against the row below.",
    },
  },
  yearly: {
    short: { vi: "con số mỗi năm, tổng cả giai đoạn không nêu, cần xác nhận", en: "a figure per year, no period total stated, to confirm" },
    why: {
      vi: "Văn bản nêu con số cho mỗi năm, không nêu tổng cả giai đoạn; kiểm tra con số theo câu dưới đây.",
      en: "The text gives a figure per year, not the total for the period; check it against the sentence below.",
    },
  },
  approximate: {
    short: { vi: "con số ước chừng (khoảng), cần xác nhận", en: "an approximate figure, to confirm" },
    why: {
      vi: "Văn bản nêu con số ước chừng (khoảng, gần, ước); kiểm tra con số theo câu dưới đây.",
      en: "The text gives an approximate figure (about, nearly); check it against the sentence below.",
    },
  },
  part: {
    short: { vi: "phần của một chỉ tiêu (trong đó), cần xác nhận", en: "part of a target (of which), to confirm" },
    why: {
      vi: "Con số này là một phần của chỉ tiêu đứng trước (trong đó …); kiểm tra tên và con số theo câu dưới đây.",
      en: "This figure is a part of the target before it (of which …); check its name and number against the sentence below.",
    },
  },
  zero: {
    short: { vi: "mục tiêu không có trường hợp nào, đọc là 0, cần xác nhận", en: "a target of no case at all, read as 0, to confirm" },
    why: {
      vi: "Văn bản nêu mục tiêu không để xảy ra (không có) trường hợp nào; chỉ tiêu được đọc là 0 (tối đa); kiểm tra tên và đơn vị theo câu dưới đây.",
      en: "The text aims for no case at all; the target is read as 0 (at most); check its name and unit against the sentence below.",
    },
  },
  yearSum: {
    short: { vi: "cộng các con số theo năm, cần xác nhận", en: "the sum of the figures given by year, to confirm" },
    why: {
      vi: "Văn bản chỉ nêu con số cho từng năm, không nêu tổng cả giai đoạn; chỉ tiêu cả giai đoạn được tính bằng tổng các năm; kiểm tra theo câu dưới đây.",
      en: "The text gives a figure for each year only, not the total for the period; the period's target is their sum; check it against the text below.",
    },
  },
  partsSum: {
    short: { vi: "tổng không ghi, cộng từ các khoản, cần xác nhận", en: "total not stated, the sum of its parts, to confirm" },
    why: {
      vi: "Văn bản không nêu tổng kinh phí; tổng được tính bằng cộng các khoản theo nội dung (các khoản theo nguồn vốn cộng lại cũng bằng số này); kiểm tra theo văn bản dưới đây.",
      en: "The text states no total budget; the total is the sum of the parts by purpose (the parts by source add up to the same); check it against the text below.",
    },
  },
  placesSum: {
    short: { vi: "cộng các địa bàn của bảng, cần xác nhận", en: "the sum of the table's places, to confirm" },
    why: {
      vi: "Bảng chỉ nêu con số cho từng địa bàn, không có dòng tổng cộng; chỉ tiêu được tính bằng tổng các địa bàn; kiểm tra theo bảng dưới đây.",
      en: "The table gives a figure for each place only, with no total row; the target is their sum; check it against the table below.",
    },
  },
  quarterSum: {
    short: { vi: "cộng các con số theo quý, cần xác nhận", en: "the sum of the figures given by quarter, to confirm" },
    why: {
      vi: "Văn bản chỉ nêu con số cho từng quý, không nêu chỉ tiêu cả năm; chỉ tiêu cả năm được tính bằng tổng các quý; kiểm tra theo câu dưới đây.",
      en: "The text gives a figure for each quarter only, not the year's target; the year's target is their sum; check it against the text below.",
    },
  },
  quarterStages: {
    short: { vi: "con số quý cuối (lũy kế?), cần xác nhận", en: "the last quarter's figure (running total?), to confirm" },
    why: {
      vi: "Văn bản nêu con số tăng dần theo quý mà không nói rõ là số lũy kế hay số của riêng từng quý; chỉ tiêu cả năm được lấy là con số quý cuối (nếu là số của từng quý thì chỉ tiêu là tổng các quý); kiểm tra theo câu dưới đây.",
      en: "The text gives rising figures by quarter without saying whether they are running totals or each quarter's own; the year's target is taken as the last quarter's (if each is the quarter's own, the target is their sum); check it against the text below.",
    },
  },
  quarterShares: {
    short: { vi: "các quý không khớp chỉ tiêu cả năm, cần xác nhận", en: "the quarters do not match the year's target, to confirm" },
    why: {
      vi: "Văn bản nêu chỉ tiêu cả năm và con số từng quý, nhưng các quý không khớp với chỉ tiêu cả năm; chỉ tiêu được lấy theo con số cả năm; kiểm tra theo câu dưới đây.",
      en: "The text gives the year's target and a figure for each quarter, but the quarters do not match the year's target; the target is the year's figure as stated; check it against the text below.",
    },
  },
} as const satisfies Record<ConfirmReason, { short: LocalizedText; why: LocalizedText }>;

export const CONFIRM_WORDS = {
  badge: { vi: "Cần xác nhận", en: "Please confirm" },
  why: CONFIRM_REASONS.text.why,
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
