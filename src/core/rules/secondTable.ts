/**
 * `second-table`: a second table below the allocation table on the same
 * sheet (after a blank gap, with its own title and header row — a breakdown
 * by activity, a disbursement log, a copy for the next year) is not read as
 * part of the allocation table, and the user is told where it starts, so
 * that nobody takes it for checked: one info finding at its first cell.
 */
import { a1 } from "../model/address";
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { makeFinding } from "./finding";
import type { Rule } from "./types";

/** A title quoted in a message: at most this many characters. */
const TITLE_CHARS = 60;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= TITLE_CHARS ? flat : `${flat.slice(0, TITLE_CHARS - 1)}…`;
}

export const secondTableRule: Rule = {
  id: "second-table",
  description: localized(
    "Một bảng khác nằm dưới bảng phân bổ trên cùng trang (có tiêu đề và dòng tiêu đề cột riêng) không được đọc vào bảng phân bổ và không được kiểm tra.",
    "Another table below the allocation table on the same sheet (with its own title and header row) is not read into the allocation table and is not checked.",
  ),
  instruction: localized(
    "Nếu bảng đó cũng cần kiểm tra, chuyển nó sang một trang riêng và kiểm tra trang đó.",
    "If that table needs checking too, move it to a sheet of its own and check that sheet.",
  ),
  severity: "info",
  check: {
    left: localized("các dòng của trang", "the rows of the sheet"),
    operator: localized("thuộc", "belong to"),
    right: localized("bảng phân bổ", "the allocation table"),
  },
  evaluate(context) {
    const findings: Finding[] = [];
    const { table } = context;
    const next = table.notes?.nextTable;
    if (next === undefined) return findings;
    const notes = table.notes!;
    const checked = `${a1(notes.top, notes.left)}:${a1(notes.bottom, notes.right)}`;
    const title = next.text === "" ? "" : ` ("${clip(next.text)}")`;
    findings.push(
      makeFinding({
        rule: "second-table",
        severity: "info",
        sheet: table.sheet,
        at: { row: next.row, col: next.col },
        message: localized(
          `Từ dòng ${next.row + 1} là một bảng khác${title}: allocheck chỉ kiểm tra bảng phân bổ ${checked} phía trên, không kiểm tra bảng này.`,
          `From row ${next.row + 1} on is another table${title}: allocheck checks only the allocation table ${checked} above it, not this one.`,
        ),
      }),
    );
    return findings;
  },
};
