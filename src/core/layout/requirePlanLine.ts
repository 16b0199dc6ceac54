/**
 * A table none of whose columns (rows) matches a line of the plan compares
 * nothing: it is not an allocation table of this plan (CONTRACT §4, "no
 * allocation table found": exit status 2), and a report on it would read as a
 * pass. Said in one message that names the sheet and the headers it read, so
 * the user can rename a header or write the plan line's code above it.
 */
import { InputError } from "../model/errors";
import { a1, sheetInText } from "../model/address";
import type { Plan } from "../model/plan";
import type { AllocationTable } from "../model/table";
import { localized } from "../model/text";
import { cellValue, isCellError, type SheetData } from "../model/workbook";

/** How many headers the message lists. */
const SHOWN = 4;

/** Throws `no-table` when the plan has lines and no line of `table` matches one. */
export function requirePlanLine(table: AllocationTable, plan: Plan, sheet?: SheetData): void {
  if (plan.lines.length === 0 || table.lines.some((line) => line.planCode !== null)) return;
  const columns = table.orientation === "areas-as-rows";
  if (sheet !== undefined) errorHeaders(table, sheet, columns);
  const headers = table.lines.slice(0, SHOWN).map((line) => `"${line.header.replace(/\s+/g, " ").trim()}" (${a1(line.headerRow, line.headerCol)})`);
  // More lines than shown: the list ends with its ellipsis, no full stop after it.
  const end = table.lines.length > SHOWN ? ", …" : ".";
  const example = plan.lines[0];
  const read =
    headers.length > 0
      ? localized(` Các ${columns ? "cột" : "dòng"} đã đọc: ${headers.join(", ")}${end}`, ` The ${columns ? "columns" : "rows"} read: ${headers.join(", ")}${end}`)
      : localized("", "");
  throw new InputError(
    "no-table",
    localized(
      `Không tìm thấy chỉ tiêu nào của kế hoạch trong trang ${sheetInText(table.sheet)}: không ${columns ? "cột" : "dòng"} nào khớp với tên hay mã của ${plan.lines.length} chỉ tiêu (như ${example.code} "${example.name}"), nên không đối chiếu được gì.${read.vi} Hãy đặt tên ${columns ? "cột" : "dòng"} giống chỉ tiêu, hoặc ghi mã chỉ tiêu cạnh tiêu đề.`,
      `No plan line was found on sheet ${sheetInText(table.sheet)}: no ${columns ? "column" : "row"} matches the name or code of ${plan.lines.length === 1 ? "the plan's one line (" : `any of the plan's ${plan.lines.length} lines (such as `}${example.code} "${example.name}"), so nothing was compared.${read.en} Name the ${columns ? "columns" : "rows"} like the plan lines, or write the line's code beside the header.`,
    ),
  );
}

/**
 * Every header read holds an error value (`#REF!`: the names were formulas
 * over a sheet since deleted): nothing tells which column is which plan line.
 * Said so, with the cells to repair, rather than as headers that match no line.
 */
function errorHeaders(table: AllocationTable, sheet: SheetData, columns: boolean): void {
  const cells: string[] = [];
  const errors = new Set<string>();
  for (const line of table.lines) {
    const value = cellValue(sheet, line.headerRow, line.headerCol);
    if (!isCellError(value)) return;
    cells.push(a1(line.headerRow, line.headerCol));
    errors.add(value.error);
  }
  if (cells.length === 0) return;
  const shown = cells.length > SHOWN * 2 ? `${cells.slice(0, SHOWN * 2).join(", ")}, …` : cells.join(", ");
  const error = [...errors].join(", ");
  const word = columns ? { vi: "cột", en: "column" } : { vi: "dòng", en: "row" };
  throw new InputError(
    "no-table",
    localized(
      `Trang ${sheetInText(table.sheet)}: mọi ô tiêu đề ${word.vi} của bảng có giá trị lỗi ${error} (${shown}), nên không biết ${word.vi} nào là chỉ tiêu nào của kế hoạch và không đối chiếu được gì. Sửa công thức ở các ô tiêu đề (tham chiếu bị mất) hoặc ghi lại tên chỉ tiêu vào đó.`,
      `Sheet ${sheetInText(table.sheet)}: every ${word.en} header of the table holds the error ${error} (${shown}), so nothing tells which ${word.en} is which plan line and nothing could be compared. Repair the header cells' formulas (their lost reference) or write the plan lines' names in them.`,
    ),
  );
}
