/**
 * `text-number`: a number stored as text (`"12"`, `"1.250"`, `"3,1"`). allocheck
 * counts it, but Excel's SUM skips it, so the sheet's own totals go wrong. When
 * a formula total of the sheet does skip it and so shows a wrong figure, the
 * finding is an error naming that total and its figure (and the total gets no
 * `subtotal` finding: one cause, one finding — see `skippedText`).
 */
import type { Finding } from "../model/finding";
import { localized, type LocalizedText } from "../model/text";
import { cellValue } from "../model/workbook";
import { formatAmount } from "../text/format";
import { accountingNegative, normalizeVietnameseNumber, normalizeWholeAmount } from "../text/vnNumber";
import { a1 } from "../model/address";
import { cellIndex, cellPosition, type RuleContext } from "./context";
import { CELL } from "../cells/readCell";
import { skippedText } from "./skippedText";
import { makeFinding } from "./finding";
import { notAFigure } from "./leafCells";
import { dotDoubt, type DoubtfulCell } from "./dotDoubt";
import { totalLineChildren } from "./lineTotals";
import type { Rule } from "./types";
import { joinList } from "../text/joinList";

export const textNumberRule: Rule = {
  id: "text-number",
  description: localized(
    "Số phải được nhập dạng số, không phải dạng văn bản (hàm SUM của Excel bỏ qua số dạng văn bản).",
    "Figures must be stored as numbers, not text (Excel's SUM skips numbers stored as text).",
  ),
  instruction: localized(
    "Chuyển ô sang dạng số (Convert to Number) hoặc gõ lại số không có dấu nháy.",
    "Convert the cell to a number (Convert to Number) or retype it without a leading apostrophe.",
  ),
  severity: "error",
  lesserSeverity: "warning",
  check: {
    left: localized("kiểu dữ liệu của ô", "the cell's data type"),
    operator: localized("là", "is"),
    right: localized("số", "number"),
  },
  evaluate(context) {
    const findings: Finding[] = [];
    const { state } = context;
    const { skippedBy } = skippedText(context);
    const doubtful = doubtfulCells(context);
    // Per table line: whether `invalid-value` checks its leaves' figures (not a total line), found once.
    const figures = new Map<number, boolean>();
    // The text cells found by the array's own search (few among millions of cells), in order.
    for (let at = state.indexOf(CELL.textNumber); at !== -1; at = state.indexOf(CELL.textNumber, at + 1)) {
      const area = Math.floor(at / context.lineCount);
      const line = at % context.lineCount;
      const position = cellPosition(context, area, line);
      const text = String(cellValue(context.sheet, position.row, position.col)).trim();
      const value = context.base[at];
      const unit = context.cellUnit[line];
      const total = skippedBy.get(at);
      if (total === undefined && context.table.areas[area].kind === "leaf" && notAFigure(value, context.lineKind[line] === "count")) {
        // `1,5` typed as text in a count: the cell's `invalid-value` error tells it, once.
        let checked = figures.get(line);
        if (checked === undefined) figures.set(line, (checked = totalLineChildren(context, line) === null));
        if (checked) continue;
      }
      // `(12)` copied from an accounting format: read as the negative number it shows.
      const shownAs = accountingNegative(text) === null ? { vi: "", en: "" } : { vi: " (số âm ghi trong ngoặc đơn theo kiểu kế toán)", en: " (a negative in parentheses, as accounting formats show it)" };
      let message: LocalizedText;
      if (total !== undefined) {
        // A formula total of the sheet skips it and so shows a wrong figure: an error, told here only (CONTRACT §3).
        const where = cellPosition(context, total.area, total.line);
        const cell = a1(where.row, where.col);
        const label = context.table.areas[total.area].label;
        const totalUnit = context.cellUnit[total.line];
        message = total.typed
          ? localized(
              `"${text}" là số lưu dạng văn bản${shownAs.vi}: ô ${cell} (${label}) ghi ${formatAmount(total.shown, totalUnit, "vi")}, đúng bằng tổng các ô thành phần khi bỏ qua ô này như hàm SUM của Excel (có lẽ chép từ một phép SUM đã bỏ qua nó), trong khi allocheck tính cả ${formatAmount(value, unit, "vi")} này. Hãy chuyển ô này sang dạng số và ghi lại ô ${cell} là ${formatAmount(total.counted, totalUnit, "vi")} (hoặc thay bằng công thức SUM).`,
              `"${text}" is a number stored as text${shownAs.en}: ${cell} (${label}) shows ${formatAmount(total.shown, totalUnit, "en")}, exactly its parts without this cell, as Excel's SUM adds them (likely copied from a SUM that skipped it), while allocheck also counts these ${formatAmount(value, unit, "en")}. Convert this cell to a number and retype ${cell} as ${formatAmount(total.counted, totalUnit, "en")} (or replace it with a SUM formula).`,
            )
          : localized(
              `"${text}" là số lưu dạng văn bản${shownAs.vi}: hàm SUM ở ô ${cell} (${label}) bỏ qua ô này nên bảng tính ghi ${formatAmount(total.shown, totalUnit, "vi")}, trong khi allocheck tính cả ${formatAmount(value, unit, "vi")} này. Công thức ở ${cell} đúng; hãy chuyển ô này sang dạng số.`,
              `"${text}" is a number stored as text${shownAs.en}: the SUM in ${cell} (${label}) skips it, so the sheet shows ${formatAmount(total.shown, totalUnit, "en")} while allocheck also counts these ${formatAmount(value, unit, "en")}. The formula in ${cell} is right; convert this cell to a number.`,
            );
      } else if (value === 0 && !/\d/.test(text)) {
        // `không` (none) for a figure: 0, as Excel's SUM, which skips the text, counts it too.
        message = localized(
          `"${text}" được hiểu là 0 (không có): hàm SUM của Excel bỏ qua ô chữ này nên cũng tính là 0, nhưng phép cộng (+) và các công thức khác báo lỗi #VALUE!. Hãy ghi số 0 hoặc để trống.`,
          `"${text}" (none) is read as 0: Excel's SUM skips this text and so counts 0 too, but a + and other formulas give #VALUE!. Enter 0 or leave the cell blank.`,
        );
      } else {
        message = localized(
          `"${text}" là số lưu dạng văn bản${shownAs.vi}: allocheck tính là ${formatAmount(value, unit, "vi")}, nhưng hàm SUM của Excel bỏ qua ô này.`,
          `"${text}" is a number stored as text${shownAs.en}: allocheck counts ${formatAmount(value, unit, "en")}, but Excel's SUM skips this cell.`,
        );
      }
      const grouped = commaGroupsThousands(text, value);
      if (grouped !== null) message = localized(`${message.vi} ${grouped.vi}`, `${message.en} ${grouped.en}`);
      const doubt = doubtful.size > 0 ? doubtful.get(at) : undefined;
      if (doubt !== undefined) {
        const { cell, others } = doubt;
        // Several doubtful cells on the line: it meets the plan only with all of them read the other way, as each cell's finding says.
        const also = others.length === 0 ? { vi: "", en: "" } : { vi: ` (cùng ${others.length > 1 ? "các ô" : "ô"} ${joinList(others, "và")} đọc như vậy)`, en: ` (with ${joinList(others, "and")} read the same way)` };
        message = localized(
          `${message.vi} Dấu chấm trong "${text}" được hiểu là phân cách hàng nghìn; nếu đó là dấu thập phân thì ô này là ${formatAmount(cell.other, unit, "vi")} và chỉ tiêu đúng kế hoạch${also.vi}: hãy kiểm tra lại.`,
          `${message.en} The dot in "${text}" is read as a thousands separator; read as a decimal mark this cell is ${formatAmount(cell.other, unit, "en")} and the line meets the plan${also.en}: please check it.`,
        );
      }
      findings.push(
        makeFinding({
          rule: "text-number",
          severity: total !== undefined ? "error" : "warning",
          sheet: context.table.sheet,
          at: position,
          indicator: context.table.lines[line].planCode,
          area: context.table.areas[area].label,
          expected: null,
          actual: value,
          message,
        }),
      );
    }
    return findings;
  },
};

/**
 * The note for `1,500` read as 1500 (its comma grouping thousands, as in a
 * count or in whole đồng, where no fraction is ever written) rather than
 * 1,5 as the Vietnamese decimal comma would have it; null otherwise.
 */
function commaGroupsThousands(text: string, value: number): LocalizedText | null {
  if (!text.includes(",")) return null;
  const whole = normalizeWholeAmount(text);
  if (whole === null || whole === normalizeVietnameseNumber(text) || Number(whole) !== value) return null;
  return localized(
    `Dấu phẩy trong "${text}" được hiểu là dấu phân cách hàng nghìn (số này không thể có phần lẻ), không phải dấu thập phân: hãy kiểm tra lại.`,
    `The comma in "${text}" is read as a thousands separator (this figure cannot be fractional), not as a decimal mark: please check it.`,
  );
}

/** The doubtful `1.500` cells of every plan line (see `dotDoubt`), by cell index, each with the other doubtful cells of its line (A1). */
function doubtfulCells(context: RuleContext): Map<number, { cell: DoubtfulCell; others: string[] }> {
  const out = new Map<number, { cell: DoubtfulCell; others: string[] }>();
  for (const planLine of context.plan.lines) {
    const line = context.lineByCode.get(planLine.code);
    if (line === undefined || planLine.kind !== "money") continue;
    const doubt = dotDoubt(context, planLine);
    if (doubt === null) continue;
    const cells = doubt.cells.map((cell) => a1(cell.row, cell.col));
    doubt.cells.forEach((cell, i) => out.set(cellIndex(context, cell.area, line), { cell, others: cells.filter((_, j) => j !== i) }));
  }
  return out;
}
