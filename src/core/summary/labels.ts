/** The summary sheet's own texts, Vietnamese first (rule, severity and status words are in `core/words`). */
import type { Severity } from "../model/finding";
import type { Orientation } from "../model/table";
import type { Lang, LocalizedText } from "../model/text";
import { typographicQuotes } from "../text/quotes";
import { formatNumber } from "../text/format";
import { countOf } from "../text/plural";
import { quoteSheetName } from "../model/address";

export const TITLE: LocalizedText = { vi: "TỔNG HỢP KIỂM TRA PHÂN BỔ", en: "ALLOCATION CHECK SUMMARY" };
/** The printed page's footer: its number and the pages' count (`&P`, `&N`: the spreadsheet's footer codes). */
export const PAGE_FOOTER: LocalizedText = { vi: "Trang &P / &N", en: "Page &P of &N" };

/** The second line, which also marks the sheet as allocheck's own (see `isAllocheckSummary`). */
export const MARKER: LocalizedText = {
  vi: "allocheck · trang do allocheck tạo — mỗi lần chạy, trang này được ghi lại",
  en: "allocheck · sheet written by allocheck — rewritten on every run",
};

export const IDENTITY = {
  planTitle: { vi: "Kế hoạch", en: "Plan" },
  planNumber: { vi: "Số hiệu", en: "Number" },
  planDate: { vi: "Ngày ban hành", en: "Date" },
  planSource: { vi: "Nguồn kế hoạch", en: "Plan source" },
  planYear: { vi: "So với kế hoạch", en: "Compared with" },
  allocationSheet: { vi: "Trang tính phân bổ", en: "Allocation sheet" },
  orientation: { vi: "Bố cục bảng", en: "Table layout" },
  workbook: { vi: "Sổ tính", en: "Workbook" },
  result: { vi: "Kết quả kiểm tra", en: "Check result" },
  reading: { vi: "Cách đọc biểu", en: "Reading" },
} satisfies Record<string, LocalizedText>;

/** Where the plan was read from, in words (the report's `planSource` is `sheet:NAME` or `file:NAME`). */
export function planSourceLabel(source: string): LocalizedText {
  if (source.startsWith("sheet:")) {
    const slice = source.slice("sheet:".length);
    // A name with double quotes of its own as Excel quotes it (`'Kế hoạch "mới"'`).
    const name = slice.includes('"') ? quoteSheetName(slice) : `“${slice}”`;
    return { vi: `trang tính ${name} trong sổ tính này`, en: `the sheet ${name} in this workbook` };
  }
  if (source.startsWith("file:")) {
    const name = source.slice("file:".length);
    return { vi: `tệp ${name}`, en: `the file ${name}` };
  }
  return { vi: source, en: source };
}

export function orientationLabel(orientation: Orientation): LocalizedText {
  return orientation === "areas-as-rows"
    ? { vi: "địa bàn theo hàng, chỉ tiêu theo cột", en: "areas as rows, indicators as columns" }
    : { vi: "chỉ tiêu theo hàng, địa bàn theo cột", en: "indicators as rows, areas as columns" };
}

export function resultLabel(counts: Readonly<Record<Severity, number>>): LocalizedText {
  return {
    vi: `${formatNumber(counts.error, "vi")} lỗi, ${formatNumber(counts.warning, "vi")} cảnh báo`,
    en: `${countOf(counts.error, "error", "errors")}, ${countOf(counts.warning, "warning", "warnings")}`,
  };
}

export const SECTIONS = {
  lines: { vi: "1. Tổng hợp theo chỉ tiêu", en: "1. By indicator" },
  areas: { vi: "2. Phân bổ theo địa bàn", en: "2. By area" },
  findings: { vi: "3. Các phát hiện", en: "3. Findings" },
} satisfies Record<string, LocalizedText>;

export const LINE_HEADERS: readonly LocalizedText[] = [
  { vi: "Mã", en: "Code" },
  { vi: "Chỉ tiêu", en: "Indicator" },
  { vi: "ĐVT", en: "Unit" },
  { vi: "Kế hoạch", en: "Plan" },
  { vi: "Đã phân bổ", en: "Allocated" },
  { vi: "Chênh lệch", en: "Difference" },
  { vi: "Tỷ lệ phân bổ (%)", en: "Allocated (%)" },
  { vi: "Trạng thái", en: "Status" },
];

export const AREA_HEADER: LocalizedText = { vi: "Địa bàn", en: "Area" };
export const AREA_INDEX_HEADER: LocalizedText = { vi: "STT", en: "No." };

export const FINDING_HEADERS: readonly LocalizedText[] = [
  { vi: "STT", en: "No." },
  { vi: "Nội dung", en: "Message" },
  { vi: "Mức độ", en: "Severity" },
  { vi: "Quy tắc", en: "Rule" },
  { vi: "Trang tính", en: "Sheet" },
  { vi: "Ô", en: "Cell" },
  { vi: "Chỉ tiêu", en: "Indicator" },
  { vi: "Địa bàn", en: "Area" },
];

export const NO_FINDINGS: LocalizedText = { vi: "Không có phát hiện nào.", en: "No findings." };
export const NO_AREAS: LocalizedText = { vi: "Không có địa bàn nào.", en: "No areas." };

/** A reading the engine is not sure of (CONTRACT §5), as the identity block says it: the warning, then each reason on a line of its own. */
export function unsureReadingText(reasons: readonly LocalizedText[], lang: Lang): string {
  const head = lang === "vi" ? "CHƯA CHẮC CHẮN — hãy xem lại cách đọc biểu:" : "UNCERTAIN — please review how the sheet was read:";
  return [head, ...reasons.map((r) => `• ${typographicQuotes(r[lang])}`)].join("\n");
}
