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
import { sheetInText } from "../model/address";
import { countFindings } from "../report/buildReport";
import { makeFinding } from "../rules/finding";

/** How many period labels the message quotes. */
const QUOTED = 3;

export function periodTableFinding(table: PeriodTable): Finding {
  const quoted = table.periods.slice(0, QUOTED).join(", ") + (table.periods.length > QUOTED ? ", …" : "");
  const name = sheetInText(table.sheet);
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

/** The report with an info per set-aside progress table sorted in. */
export function withPeriodTables(report: Report, tables: readonly PeriodTable[]): Report {
  if (tables.length === 0) return report;
  const findings = [...report.findings, ...tables.map(periodTableFinding)].sort(compareFindings);
  return { ...report, findings, counts: countFindings(findings) };
}
