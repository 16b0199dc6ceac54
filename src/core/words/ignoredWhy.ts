/**
 * Why the reading left a row or column out (`reading.ignored[].why`, CONTRACT
 * §5), in words: one table for the text report's `--explain` and the pane's
 * reading view. An unknown reason is given as it is.
 */
import type { Lang } from "../model/text";

const IGNORED_WHY: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  vi: {
    "text column": "cột chữ",
    "no plan line": "không có chỉ tiêu tương ứng",
    "hidden, no plan line": "đang bị ẩn, không có chỉ tiêu tương ứng (cột phụ)",
    "hidden, no figures": "đang bị ẩn, không có số liệu, không có trong danh sách địa bàn của kế hoạch",
    corrected: "người dùng bỏ qua",
    "plan copy": "số kế hoạch chép lại, không phải địa bàn",
    "check row": "kiểm tra, chênh lệch hoặc phần chưa phân bổ, không phải địa bàn",
    "group heading": "tên nhóm địa bàn, không có số liệu, không phải địa bàn",
    "ratio to plan": "tỷ lệ so với kế hoạch, số tính ra, không phải số phân bổ",
    "computed ratio": "tỷ lệ tính ra từ số liệu của bảng (tỷ trọng của từng địa bàn trong tổng, hoặc chỉ tiêu này chia chỉ tiêu kia như giải ngân / kế hoạch)",
    "batch within the running total": "một đợt đã nằm trong số lũy kế của chỉ tiêu (số lũy kế là số đã phân bổ đến nay)",
    "note row": "dòng ghi chú (số văn bản, ngày, năm thực hiện), không phải số liệu",
    "second table": "bảng khác, không kiểm tra",
    "repeated header": "dòng tiêu đề cột chép lại giữa bảng (sang trang), không phải địa bàn",
    "no name": "có số liệu nhưng không có tên địa bàn, không được tính",
    "of which": 'dòng "trong đó", đã nằm trong dòng trên',
    "split of the line before": "phần chia (trong đó) của chỉ tiêu trước nó, được kiểm tra theo tổng đó",
    "part of a total line": "một phần của chỉ tiêu tổng sau nó (các phần cộng lại bằng tổng), được kiểm tra theo tổng đó",
    "total of lines": "dòng cộng của các chỉ tiêu (nguồn vốn, mục) được kiểm tra với các chỉ tiêu đó, không phải chỉ tiêu riêng",
    "target given": "số được giao (chỉ tiêu, dự toán) chép bên cạnh số phân bổ, không kiểm tra",
    "running total": "số lũy kế (đã đạt đến nay), không phải số phân bổ, không kiểm tra",
    village: "thôn, bản của xã ở trên, đã nằm trong dòng xã",
    "area figure": "số liệu mô tả địa bàn, không phải phân bổ của chỉ tiêu nào",
    rate: "định mức, đơn giá (mức cho một đơn vị), không phải số phân bổ",
    "not in the total, no area": "công thức của dòng/cột tổng không cộng nó, tên không phải địa bàn (năm, số xã, thực hiện, số cũ)",
    "old row, left out by the subtotals": "dòng cũ của địa bàn (trước sáp nhập, đổi tên), các dòng cộng không tính nó, không kiểm tra",
  },
  en: {
    "text column": "text column",
    "no plan line": "no plan line",
    "hidden, no plan line": "hidden, no plan line (a helper column)",
    "hidden, no figures": "hidden, no figures, not in the plan's list of areas",
    corrected: "left out by the user",
    "plan copy": "the plan's figures copied, not an area",
    "check row": "a check, a difference or what is left to allocate, not an area",
    "group heading": "a group of areas named, no figures, not an area",
    "ratio to plan": "ratio to the plan, a computed figure, not an allocation",
    "computed ratio": "a ratio worked out from the table's figures (each area's share of a total, or one line over another, such as disbursed / planned)",
    "batch within the running total": "a batch already in the line's running total (the running total is the figure allocated so far)",
    "note row": "a note row (a document's number, a date, the year of the work), no figures",
    "second table": "another table, not checked",
    "repeated header": "the column header typed again inside the table (a new page), not an area",
    "no name": "figures without an area name, not counted",
    "of which": 'an "of which" line, already in the line above',
    "split of the line before": "a split (of which) of the line before it, checked against it",
    "part of a total line": "a part of a total line after it (the parts add up to it), checked against it",
    "total of lines": "the total of plan lines (a fund, a section), checked against them, no line of its own",
    "target given": "the target given, copied beside the figure allocated, not checked",
    "running total": "a running total (reached so far), not the figure allocated, not checked",
    village: "a village of the commune above, already in its row",
    "area figure": "a figure describing the areas, no allocation of any plan line",
    rate: "a rate (per unit), not an amount allocated",
    "not in the total, no area": "left out by the total's formulas, its name no area's (a year, a count, results, old figures)",
    "old row, left out by the subtotals": "an area's old row (before a merger or rename), left out by the subtotals, not checked",
  },
};

/** `why` in words of `lang`. */
export function ignoredWhyWords(why: string, lang: Lang): string {
  const words = IGNORED_WHY[lang];
  return Object.hasOwn(words, why) ? words[why] : why;
}
