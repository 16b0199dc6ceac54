/**
 * A header written again under the plan's: a page's repeated header (read
 * on), or another table in other columns (its lines not read, and said).
 */
import { sheetInText } from "../model/address";
import type { LocalizedText } from "../model/text";
import { shownText, type Grid } from "../layout/grid";
import { wordKey } from "../text/fold";
import { matchPlanHeader, rolesInRow, type PlanHeader } from "./planHeader";
import { isBlankValue } from "./planCells";
import { readCode } from "./planValues";
import { isColumnNumbering } from "./columnNumbering";
import { sectionCode } from "./planSections";
import { BULLETS, LETTER_CODE } from "./bulletCodes";

/**
 * A row under the plan's header that writes a header again (code and name
 * headers, and a unit or target one): `same` when its code, name and target
 * sit in the header's columns (a page's repeated header, a second table of
 * the same shape), `other` when not (a second table in other columns), null
 * for any other row.
 */
export function repeatedHeaderAt(grid: Grid, row: number, header: PlanHeader): "same" | "other" | null {
  const { code, name } = header.columns;
  if (code === undefined || name === undefined) return null;
  const codeRole = matchPlanHeader(shownText(grid, row, code))?.role;
  const again = rolesInRow(grid, row);
  // A header in other columns, the plan's code cell blank: a second table shifted over (`| STT | Nội dung | ĐVT | Kế hoạch`, or `| STT | Nguồn vốn | ĐVT | Kinh phí` with no name header).
  const shifted = isBlankValue(grid.value(row, code));
  const nameless = again.columns.name === undefined && shifted && again.columns.unit !== undefined && again.columns.target !== undefined;
  if (again.columns.code === undefined || (again.columns.name === undefined && !nameless) || (again.columns.unit === undefined && again.columns.target === undefined)) return null;
  if (codeRole !== "code" && again.columns.code !== code && !shifted) return null;
  const targets = new Set([header.columns.target, header.firstTarget, header.moneyTarget].filter((col) => col !== undefined));
  const target = again.columns.target;
  const same = again.columns.code === code && again.columns.name === name && (target === undefined || targets.has(target) || (again.firstTarget !== undefined && targets.has(again.firstTarget)));
  // `STT | Nội dung | Kinh phí (triệu đồng)` under `STT | Nội dung | Số lượng (tổ)`: the same columns headed otherwise start a table of their own (its own unit), not a page's repeated header.
  return same && !headedOtherwise(grid, row, header, again) ? "same" : "other";
}

/**
 * True when a header written again in the plan header's columns heads its
 * target column with other words or another unit (`Kinh phí` for `Kế
 * hoạch`, `Kinh phí (triệu đồng)` for `Số lượng (tổ)`), or has a unit column
 * the plan's header has not (or the other way round): a table of its own. A
 * page's repeated header copies the header (case and diacritics aside; `ĐVT`
 * for `Đơn vị tính` is the same column).
 */
export function headedOtherwise(grid: Grid, row: number, header: PlanHeader, again: PlanHeader): boolean {
  if ((again.columns.unit === undefined) !== (header.columns.unit === undefined)) return true;
  const differs = (col: number | undefined): boolean => {
    if (col === undefined) return false;
    const first = wordKey(shownText(grid, header.row, col));
    const repeated = wordKey(shownText(grid, row, col));
    return first !== "" && repeated !== "" && first !== repeated;
  };
  return differs(again.columns.target);
}

/** A second table in other columns than the plan's, its lines not read: for want of the columns `missing` (their accepted headers) when it lacks some. */
export function otherTableDoubt(sheet: string, row: number, missing: readonly string[]): LocalizedText {
  if (missing.length > 0) {
    const list = missing.join("; ");
    return {
      vi: `Trang ${sheetInText(sheet)}, dòng ${row + 1}: một bảng khác bắt đầu với tiêu đề cột khác bảng kế hoạch và không có cột ${list}; các dòng của nó không được đọc là chỉ tiêu của kế hoạch. Nếu đó là chỉ tiêu, hãy thêm cột đó hoặc đưa vào cùng một bảng (cùng các cột).`,
      en: `Sheet ${sheetInText(sheet)}, row ${row + 1}: another table starts, headed in other columns than the plan's and with no column ${list}; its rows were not read as plan lines. If they are, add that column or put them in the one table (the same columns).`,
    };
  }
  return {
    vi: `Trang ${sheetInText(sheet)}, dòng ${row + 1}: một bảng khác bắt đầu với tiêu đề cột khác bảng kế hoạch; các dòng từ đây trở xuống không được đọc là chỉ tiêu của kế hoạch. Nếu đó là chỉ tiêu, hãy đưa vào cùng một bảng (cùng các cột).`,
    en: `Sheet ${sheetInText(sheet)}, row ${row + 1}: another table starts, headed in other columns than the plan's; the rows from there down were not read as plan lines. If they are, put them in the one table (the same columns).`,
  };
}

/**
 * True when the first code under a header written again at `row` repeats a
 * line of the table above in the section then open (`1`, `2` under `1`,
 * `2`): the codes start over, so this is another table of the same shape,
 * not a page's repeated header (which numbers on). A section heading
 * (`II`) or a sub-item's mark first is no start over.
 */
export function codesStartOver(grid: Grid, row: number, header: PlanHeader, read: readonly { readonly code: string; readonly section: string | null }[], section: string | null): boolean {
  const { code: codeCol } = header.columns;
  if (codeCol === undefined) return false;
  for (let next = row + 1; next < grid.rowCount; next++) {
    const code = readCode(grid.value(next, codeCol));
    if (code === "" || isColumnNumbering(grid, next)) continue;
    if (sectionCode(code, "") !== null || BULLETS.has(code) || LETTER_CODE.test(code)) return false;
    return read.some((line) => line.code === code && line.section === section);
  }
  return false;
}
