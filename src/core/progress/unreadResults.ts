/**
 * Sheets named like results but not read as such: `TH 2023`, `TH 6 tháng
 * 2024` (TH abbreviates Thực hiện as often as Tổng hợp). When no results
 * sheet is read at all, progress would be silently absent: one info names
 * them, so a user whose results they are can rename them.
 */
import type { Finding } from "../model/finding";
import type { Report } from "../model/report";
import { compareFindings } from "../model/finding";
import { localized } from "../model/text";
import type { WorkbookData } from "../model/workbook";
import { countFindings } from "../report/buildReport";
import { makeFinding } from "../rules/finding";
import { sheetKey } from "../sheets/sheetNames";
import { findResultsSheets } from "./resultsSheets";
import { sheetInText } from "../model/address";

/** The info on `TH …` sheets named for a period when no results sheet is read; null otherwise. */
export function unreadResultsFinding(workbook: WorkbookData, exclude: ReadonlySet<string>): Finding | null {
  const sheets = findResultsSheets(workbook, exclude);
  if (sheets.periodSheets.length > 0 || sheets.lineTables.length > 0) return null;
  const names = (sheets.unread ?? []).map((entry) => entry.sheet).filter((name) => sheetKey(name).startsWith("th "));
  if (names.length === 0) return null;
  const list = names.map((name) => sheetInText(name)).join(", ");
  const example = `Thực hiện ${names[0].replace(/^\s*TH\s+/iu, "")}`;
  return makeFinding({
    rule: "pace",
    severity: "info",
    sheet: names[0],
    at: null,
    message: localized(
      `Trang ${list} mang tên một kỳ nhưng không được đọc là trang kết quả (TH cũng có thể là Tổng hợp), nên báo cáo không có tiến độ. Nếu đây là kết quả thực hiện, hãy đặt tên trang bắt đầu bằng "Thực hiện", "Kết quả" hoặc "Giải ngân", như "${example}".`,
      `Sheet${names.length > 1 ? "s" : ""} ${list} ${names.length > 1 ? "are" : "is"} named for a period but not read as results (TH may also mean Tổng hợp), so the report has no progress. If they hold results, name them starting with "Thực hiện", "Kết quả" or "Giải ngân", like "${example}".`,
    ),
  });
}

/** The report with that info sorted in, when there is one. */
export function withUnreadResults(report: Report, workbook: WorkbookData, exclude: ReadonlySet<string>): Report {
  const finding = unreadResultsFinding(workbook, exclude);
  if (finding === null) return report;
  const findings = [...report.findings, finding].sort(compareFindings);
  return { ...report, findings, counts: countFindings(findings) };
}
