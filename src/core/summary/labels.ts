/** Every text the summary sheet shows, Vietnamese first. */
import type { Severity, RuleId } from "../model/finding";
import type { Comparison, IndicatorKind } from "../model/plan";
import type { LineStatus } from "../model/report";
import type { Orientation } from "../model/table";
import type { Lang, LocalizedText } from "../model/text";

export const TITLE: LocalizedText = { vi: "TỔNG HỢP KIỂM TRA PHÂN BỔ", en: "ALLOCATION CHECK SUMMARY" };

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
  allocationSheet: { vi: "Trang tính phân bổ", en: "Allocation sheet" },
  orientation: { vi: "Bố cục bảng", en: "Table layout" },
  workbook: { vi: "Sổ tính", en: "Workbook" },
  result: { vi: "Kết quả kiểm tra", en: "Check result" },
} satisfies Record<string, LocalizedText>;

/** Where the plan was read from, in words (the report's `planSource` is `sheet:NAME` or `file:NAME`). */
export function planSourceLabel(source: string): LocalizedText {
  if (source.startsWith("sheet:")) {
    const name = source.slice("sheet:".length);
    return { vi: `trang tính “${name}” trong sổ tính này`, en: `the sheet “${name}” in this workbook` };
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
    vi: `${counts.error} lỗi, ${counts.warning} cảnh báo`,
    en: `${counts.error} error${counts.error === 1 ? "" : "s"}, ${counts.warning} warning${counts.warning === 1 ? "" : "s"}`,
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

export const SEVERITY_LABEL: Readonly<Record<Severity, LocalizedText>> = {
  error: { vi: "Lỗi", en: "Error" },
  warning: { vi: "Cảnh báo", en: "Warning" },
  info: { vi: "Thông tin", en: "Info" },
};

export const RULE_LABEL: Readonly<Record<RuleId, LocalizedText>> = {
  ceiling: { vi: "Vượt/thiếu kế hoạch", en: "Ceiling" },
  percent: { vi: "Tỷ lệ", en: "Percent" },
  quota: { vi: "Định mức", en: "Quota" },
  subtotal: { vi: "Cộng dồn", en: "Subtotal" },
  "budget-split": { vi: "Chia kinh phí", en: "Budget split" },
  "invalid-value": { vi: "Giá trị không hợp lệ", en: "Invalid value" },
  "text-number": { vi: "Số lưu dạng chữ", en: "Number as text" },
  duplicate: { vi: "Trùng địa bàn", en: "Duplicate" },
  coverage: { vi: "Thiếu/thừa địa bàn", en: "Coverage" },
  unmapped: { vi: "Không khớp chỉ tiêu", en: "Unmapped" },
  "no-value": { vi: "Công thức chưa có giá trị", en: "No value" },
  cumulative: { vi: "Lũy kế sai", en: "Cumulative" },
  rate: { vi: "Tỷ lệ thực hiện sai", en: "Rate" },
  "plan-copy": { vi: "Kế hoạch chép sai", en: "Plan copy" },
  pace: { vi: "Chậm tiến độ", en: "Pace" },
  overspend: { vi: "Giải ngân vượt", en: "Overspend" },
  "area-progress": { vi: "Tiến độ địa bàn", en: "Area progress" },
};

/** Status words; the formula in the sheet writes the same words. */
export const STATUS_LABEL: Readonly<Record<LineStatus, LocalizedText>> = {
  ok: { vi: "Đạt", en: "OK" },
  over: { vi: "Vượt", en: "Over" },
  under: { vi: "Còn thiếu", en: "Under" },
  unmapped: { vi: "Chưa có cột phân bổ", en: "Not in the sheet" },
};

/** For `>=` (a minimum such as a percent), falling short is a failure, not a gap. */
export const UNDER_MINIMUM: LocalizedText = { vi: "Không đạt", en: "Not met" };

export function statusText(status: LineStatus, rule: Comparison, lang: Lang): string {
  if (status === "under" && rule === ">=") return UNDER_MINIMUM[lang];
  return STATUS_LABEL[status][lang];
}

export function kindUnitFallback(kind: IndicatorKind): string {
  return kind === "percent" ? "%" : "";
}
