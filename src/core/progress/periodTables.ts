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
import { localized, type LocalizedText } from "../model/text";
import { a1, sheetInText } from "../model/address";
import { countFindings } from "../report/buildReport";
import { makeFinding } from "../rules/finding";

/** How many period labels the message quotes. */
const QUOTED = 3;

export function periodTableFinding(table: PeriodTable): Finding {
  const quoted = quotedTexts(table.periods);
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
  return unreadTableFinding({
    rule: "pace",
    severity: "info",
    sheet: table.sheet,
    cells: table.unreadHeaders!,
    quoted,
    holds: localized("có các cột theo kỳ", "has columns by period"),
    advice: localized(
      `Nếu đây là tiến độ thực hiện, hãy đặt tên trang là "Tiến độ", ghi mỗi kỳ bằng chữ ở dòng tiêu đề (như "Năm 2022", "6 tháng đầu năm 2024") và có cột tên chỉ tiêu.`,
      `If it holds progress, name the sheet "Tiến độ", write each period in words in the header row (such as "Năm 2022", "6 tháng đầu năm 2024") and give a column of the lines' names.`,
    ),
  });
}

/** A sheet whose table the reader could not read: what it holds, its first cells (header or figures) and what they hold, what to do. */
export interface UnreadTable {
  readonly rule: "pace" | "unmapped";
  readonly severity: "info" | "warning";
  readonly sheet: string;
  /** The cells named (0-based), the finding at the first; at least one. */
  readonly cells: readonly { readonly row: number; readonly col: number }[];
  /** What the first of them hold, as the message quotes it. */
  readonly quoted: string;
  /** What the sheet has there (`có các cột theo kỳ`). */
  readonly holds: LocalizedText;
  readonly advice: LocalizedText;
}

/** The finding for a table the reader could not read: the sheet and its cells named, not counted in the progress. */
export function unreadTableFinding(table: UnreadTable): Finding {
  const { cells: all } = table;
  const name = sheetInText(table.sheet);
  const cells = all.slice(0, QUOTED).map((cell) => a1(cell.row, cell.col)).join(", ") + (all.length > QUOTED ? ", …" : "");
  return makeFinding({
    rule: table.rule,
    severity: table.severity,
    sheet: table.sheet,
    at: { row: all[0].row, col: all[0].col },
    message: localized(
      `Trang ${name} ${table.holds.vi} (ô ${cells}: ${table.quoted}) nhưng allocheck không đọc được tiêu đề của bảng, nên trang này không được đọc và không được tính vào tiến độ. ${table.advice.vi}`,
      `Sheet ${name} ${table.holds.en} (cells ${cells}: ${table.quoted}) but allocheck cannot read the table's headers, so the sheet is not read nor counted in the progress. ${table.advice.en}`,
    ),
  });
}

/** Up to `QUOTED` texts joined, `…` after when there are more. */
export function quotedTexts(texts: readonly string[]): string {
  return texts.slice(0, QUOTED).join(", ") + (texts.length > QUOTED ? ", …" : "");
}

/** The report with an info per set-aside progress table sorted in. */
export function withPeriodTables(report: Report, tables: readonly PeriodTable[]): Report {
  if (tables.length === 0) return report;
  const findings = [...report.findings, ...tables.map(periodTableFinding)].sort(compareFindings);
  return { ...report, findings, counts: countFindings(findings) };
}
