/**
 * One cause, one finding on a line-level progress table (CONTRACT §3, §7): a
 * period's figure typed as text (`"2"`, `2 tổ`) that the line's `Lũy kế`
 * leaves out — a `SUM` along the row skips text, or a figure copied from such
 * a SUM — makes the `Lũy kế` show exactly the other periods' sum. The text
 * cell is what to fix: its `text-number` finding becomes an error naming the
 * `Lũy kế` cell and the figure it shows, and that `Lũy kế` is not checked by
 * `cumulative` again (a typed one must be retyped too, as the message says).
 */
import type { Finding } from "../model/finding";
import type { LineEntry } from "../model/table";
import { localized } from "../model/text";
import { cellFormula, cellValue, type SheetData } from "../model/workbook";
import { a1 } from "../model/address";
import { CELL, type RuleContext } from "../rules";
import { standing } from "../rules/compare";
import { formatAmount } from "../text/format";
import type { LineTableColumn, LineTableRow } from "./lineTable";

/** The rows with each `Lũy kế` so explained left unchecked, and the findings with each skipped cell's told as the cause. */
export function cumulativeSkipsText(
  context: RuleContext,
  sheet: SheetData,
  valueCols: readonly LineTableColumn[],
  lines: readonly LineEntry[],
  rows: readonly LineTableRow[],
  findings: Finding[],
): LineTableRow[] {
  if (!context.state.includes(CELL.textNumber)) return [...rows];
  const periodCols = valueCols.map((column, a) => ({ column, a })).filter(({ column }) => column.role === "period");
  return rows.map((row, l) => {
    const cumulative = row.cumulative;
    if (cumulative === null || cumulative.unchecked === true || lines[l].kind === "percent") return row;
    const texts: { col: number; value: number }[] = [];
    let full = row.opening?.value ?? 0;
    for (const period of row.periods) full += period.value;
    for (const { column, a } of periodCols) {
      const at = a * context.lineCount + l;
      if (context.state[at] === CELL.textNumber && context.base[at] !== 0 && row.periods.some((p) => p.at.col === column.col)) texts.push({ col: column.col, value: context.base[at] });
    }
    if (texts.length === 0) return row;
    const excel = full - texts.reduce((sum, text) => sum + text.value, 0);
    if (standing(cumulative.value, excel) !== "equal" || standing(cumulative.value, full) === "equal") return row;
    const typed = cellFormula(sheet, cumulative.at.row, cumulative.at.col) === undefined;
    const total = a1(cumulative.at.row, cumulative.at.col);
    const unit = context.cellUnit[l];
    for (const text of texts) {
      const index = findings.findIndex((f) => f.rule === "text-number" && f.row === row.row && f.col === text.col);
      if (index === -1) continue;
      const typedText = String(cellValue(sheet, row.row, text.col)).trim();
      const shown = { vi: formatAmount(cumulative.value, unit, "vi"), en: formatAmount(cumulative.value, unit, "en") };
      const counted = { vi: formatAmount(full, unit, "vi"), en: formatAmount(full, unit, "en") };
      const value = { vi: formatAmount(text.value, unit, "vi"), en: formatAmount(text.value, unit, "en") };
      findings[index] = {
        ...findings[index],
        severity: "error",
        message: typed
          ? localized(
              `"${typedText}" là số lưu dạng văn bản: ô ${total} (Lũy kế) ghi ${shown.vi}, đúng bằng tổng các kỳ khi bỏ qua ô này như hàm SUM của Excel (có lẽ chép từ một phép SUM đã bỏ qua nó), trong khi allocheck tính cả ${value.vi} này. Hãy chuyển ô này sang dạng số và ghi lại ô ${total} là ${counted.vi} (hoặc thay bằng công thức SUM).`,
              `"${typedText}" is a number stored as text: ${total} (cumulative) shows ${shown.en}, exactly the periods without this cell, as Excel's SUM adds them (likely copied from a SUM that skipped it), while allocheck also counts these ${value.en}. Convert this cell to a number and retype ${total} as ${counted.en} (or replace it with a SUM formula).`,
            )
          : localized(
              `"${typedText}" là số lưu dạng văn bản: hàm SUM ở ô ${total} (Lũy kế) bỏ qua ô này nên bảng tính ghi ${shown.vi}, trong khi allocheck tính cả ${value.vi} này. Công thức ở ${total} đúng; hãy chuyển ô này sang dạng số.`,
              `"${typedText}" is a number stored as text: the SUM in ${total} (cumulative) skips it, so the sheet shows ${shown.en} while allocheck also counts these ${value.en}. The formula in ${total} is right; convert this cell to a number.`,
            ),
      };
    }
    return { ...row, cumulative: { ...cumulative, unchecked: true as const } };
  });
}
