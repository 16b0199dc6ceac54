/**
 * A table of the plan's lines over periods (`Năm 2022 | 2023 | 6 tháng đầu
 * năm 2024 | Lũy kế`) on a sheet not named like a progress table (`Sheet1`,
 * `TĐ`; CONTRACT §7 names `Tiến độ`, `Theo dõi`, `Progress`): set aside as
 * the allocation sheet and not read as progress. One info per such sheet says
 * so (no cell: the sheet as a whole), so it is not passed over in silence.
 */
import type { PeriodTable } from "../layout/findAllocationSheet";
import { compareFindings, type Finding } from "../model/finding";
import type { Report } from "../model/report";
import { localized } from "../model/text";
import { a1, sheetInText } from "../model/address";
import { countFindings } from "../report/buildReport";
import { makeFinding } from "../rules/finding";

/** How many period labels the message quotes. */
const QUOTED = 3;

export function periodTableFinding(table: PeriodTable): Finding {
  const quoted = table.periods.slice(0, QUOTED).join(", ") + (table.periods.length > QUOTED ? ", …" : "");
  const name = sheetInText(table.sheet);
  if (table.unreadHeaders !== undefined && table.unreadHeaders.length > 0) return unreadHeadersFinding(table, name, quoted);
  return makeFinding({
    rule: "pace",
    severity: "info",
    sheet: table.sheet,
    at: null,
    message: localized(
      `Trang ${name} có bảng các chỉ tiêu theo kỳ (${quoted}), không theo địa bàn: có vẻ là bảng tiến độ thực hiện, không phải biểu phân bổ, nên allocheck không đọc trang này. Nếu đây là tiến độ, hãy đặt tên trang là "Tiến độ" (hoặc "Theo dõi") để được đối chiếu với kế hoạch.`,
      `Sheet ${name} holds the plan's lines over periods (${quoted}), not over areas: it looks like a progress table, not the allocation, so allocheck did not read it. If it is progress, name the sheet "Tiến độ" (or "Theo dõi") to have it checked against the plan.`,
    ),
  });
}

/**
 * A table over periods whose headers the table reader could not read at all
 * (dates typed as headers, no header of lines above the figures): the sheet
 * and its header cells named, at the first of them.
 */
function unreadHeadersFinding(table: PeriodTable, name: string, quoted: string): Finding {
  const headers = table.unreadHeaders!;
  const cells = headers.slice(0, QUOTED).map((cell) => a1(cell.row, cell.col)).join(", ") + (headers.length > QUOTED ? ", …" : "");
  return makeFinding({
    rule: "pace",
    severity: "info",
    sheet: table.sheet,
    at: { row: headers[0].row, col: headers[0].col },
    message: localized(
      `Trang ${name} có các cột theo kỳ (ô ${cells}: ${quoted}) nhưng allocheck không đọc được tiêu đề của bảng, nên trang này không được đọc và không được tính vào tiến độ. Nếu đây là tiến độ thực hiện, hãy đặt tên trang là "Tiến độ", ghi mỗi kỳ bằng chữ ở dòng tiêu đề (như "Năm 2022", "6 tháng đầu năm 2024") và có cột tên chỉ tiêu.`,
      `Sheet ${name} has columns by period (cells ${cells}: ${quoted}) but allocheck cannot read the table's headers, so the sheet is not read nor counted in the progress. If it holds progress, name the sheet "Tiến độ", write each period in words in the header row (such as "Năm 2022", "6 tháng đầu năm 2024") and give a column of the lines' names.`,
    ),
  });
}

/** The report with an info per set-aside progress table sorted in. */
export function withPeriodTables(report: Report, tables: readonly PeriodTable[]): Report {
  if (tables.length === 0) return report;
  const findings = [...report.findings, ...tables.map(periodTableFinding)].sort(compareFindings);
  return { ...report, findings, counts: countFindings(findings) };
}
