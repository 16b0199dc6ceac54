/**
 * The year whose targets the lines were checked against, in words: the same
 * sentence in the text report, `--explain`, the summary sheet and the pane.
 */
import type { ReadingPlanYear } from "../model/reading";
import type { LocalizedText } from "../model/text";

export function planYearText(planYear: ReadingPlanYear, lineCount: number): LocalizedText {
  const column = planYear.column === null ? "" : ` (cột ${planYear.column})`;
  const columnEn = planYear.column === null ? "" : ` (column ${planYear.column})`;
  const from =
    planYear.cell === null
      ? { vi: "theo tên trang phân bổ", en: "as the allocation sheet's name says" }
      : { vi: `theo tiêu đề ô ${planYear.cell} của trang phân bổ`, en: `as the allocation sheet's title in ${planYear.cell} says` };
  const rest =
    planYear.lines.length < lineCount
      ? { vi: `; ${lineCount - planYear.lines.length} dòng không chia theo năm giữ chỉ tiêu cả giai đoạn`, en: `; ${lineCount - planYear.lines.length} line(s) not split by year keep the period's target` }
      : { vi: "", en: "" };
  return {
    vi: `chỉ tiêu năm ${planYear.year}${column}, ${from.vi}${rest.vi}`,
    en: `targets for ${planYear.year}${columnEn}, ${from.en}${rest.en}`,
  };
}
