/**
 * `second-table`: a second table on the same sheet as the allocation table —
 * below it (after a blank gap, with its own title and header row: a
 * breakdown by activity, a disbursement log, a copy for the next year),
 * beside it (past a blank column) or above it (naming no plan line: the
 * funds by source) — is not read as part of the allocation table, and the
 * user is told where it starts, so that nobody takes it for checked: one
 * info finding at its first cell.
 */
import { a1, columnLetters } from "../model/address";
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
    "Một bảng khác trên cùng trang (phía dưới, bên cạnh hoặc phía trên bảng phân bổ, có dòng tiêu đề cột riêng) không được đọc vào bảng phân bổ và không được kiểm tra.",
    "Another table on the same sheet (below, beside or above the allocation table, with its own header row) is not read into the allocation table and is not checked.",
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
    const notes = table.notes;
    if (notes === undefined) return findings;
    const checked = `${a1(notes.top, notes.left)}:${a1(notes.bottom, notes.right)}`;
    const title = (text: string) => (text === "" ? "" : ` ("${clip(text)}")`);
    const tell = (at: { readonly row: number; readonly col: number }, vi: string, en: string) =>
      findings.push(makeFinding({ rule: "second-table", severity: "info", sheet: table.sheet, at: { row: at.row, col: at.col }, message: localized(vi, en) }));
    const above = notes.tableAbove;
    if (above !== undefined) {
      tell(
        above,
        `Bảng ở dòng ${above.row + 1}${title(above.text)} phía trên không có chỉ tiêu nào của kế hoạch: allocheck chỉ kiểm tra bảng phân bổ ${checked} phía dưới, không kiểm tra bảng này.`,
        `The table at row ${above.row + 1}${title(above.text)} above names no plan line: allocheck checks only the allocation table ${checked} below it, not this one.`,
      );
    }
    const side = notes.sideTable;
    if (side !== undefined) {
      tell(
        side,
        `Bảng ở cột ${columnLetters(side.col)}${title(side.text)} là một bảng khác đặt bên cạnh: allocheck chỉ kiểm tra bảng phân bổ ${checked}, không kiểm tra bảng này.`,
        `The table at column ${columnLetters(side.col)}${title(side.text)} is another table beside it: allocheck checks only the allocation table ${checked}, not this one.`,
      );
    }
    const next = notes.nextTable;
    const held = next?.codes ?? [];
    if (next !== undefined && held.length > 0) {
      // Plan lines only that table holds: unchecked, told here once (not again as lines with no column).
      const list = held.join(", ");
      const many = held.length > 1;
      findings.push(
        makeFinding({
          rule: "second-table",
          severity: "warning",
          sheet: table.sheet,
          at: { row: next.row, col: next.col },
          indicator: many ? null : held[0],
          message: localized(
            `Từ dòng ${next.row + 1} là một bảng khác${title(next.text)}, có ${many ? "các chỉ tiêu" : "chỉ tiêu"} mã ${list} của kế hoạch mà bảng phân bổ ${checked} không có: allocheck chỉ đọc một bảng mỗi trang nên không kiểm tra ${many ? "các chỉ tiêu này" : "chỉ tiêu này"} — hãy chuyển bảng đó sang một trang riêng và kiểm tra trang đó.`,
            `From row ${next.row + 1} on is another table${title(next.text)}, holding plan line${many ? "s" : ""} ${list}, which the allocation table ${checked} lacks: allocheck reads one table per sheet, so ${many ? "these lines were" : "this line was"} not checked — move that table to a sheet of its own and check that sheet.`,
          ),
        }),
      );
    } else if (next !== undefined) {
      tell(
        next,
        `Từ dòng ${next.row + 1} là một bảng khác${title(next.text)}: allocheck chỉ kiểm tra bảng phân bổ ${checked} phía trên, không kiểm tra bảng này.`,
        `From row ${next.row + 1} on is another table${title(next.text)}: allocheck checks only the allocation table ${checked} above it, not this one.`,
      );
    }
    return findings;
  },
};
