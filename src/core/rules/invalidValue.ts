/**
 * `invalid-value`: value cells that cannot be a figure of the plan: error
 * values (`#REF!`, `#VALUE!`…), negative numbers, text that is not a number,
 * TRUE/FALSE, and fractions in a count line. Sums read such cells as 0
 * (error, text) or as they are (negative, fractional). Negative and fractional
 * figures are told at the leaf cells where they are typed, not again in the
 * subtotals that carry them; an error in a subtotal that only passes on an
 * error of one of its parts (or a `#VALUE!` a `+` makes of a part's text)
 * is not told twice either.
 */
import type { Finding } from "../model/finding";
import { localized, type LocalizedText } from "../model/text";
import { cellValue, isCellError } from "../model/workbook";
import { formatAmount, formatNumber } from "../text/format";
import { accountingNegative, normalizeVietnameseNumber } from "../text/vnNumber";
import { cellPosition, type RuleContext } from "./context";
import { CELL, isZeroWord } from "../cells/readCell";
import { textShape, type TextShape } from "../cells/textShape";
import { isPercentFormat } from "../cells/numberFormat";
import { makeFinding } from "./finding";
import { errorHeadedLines, errorHeaderFinding, errorHeaderStandIns, errorNamedAreas, errorNameFinding, errorNameStandIns } from "./errorLabels";
import { missingPlanAreas } from "./coverage";
import { unmappedPlanLineList } from "./unmapped";
import { totalLineChildren } from "./lineTotals";
import { skippedText } from "./skippedText";
import type { Rule } from "./types";

export const invalidValueRule: Rule = {
  id: "invalid-value",
  description: localized(
    "Ô số liệu phải là một số hợp lệ: không lỗi, không âm, không phải chữ, số lượng là số nguyên.",
    "A value cell must hold a valid figure: no error, not negative, not text, whole numbers for counts.",
  ),
  instruction: localized(
    "Nhập lại số đúng vào ô (với ô lỗi như #REF!, sửa công thức hoặc tham chiếu bị mất).",
    "Enter the right figure in the cell (for an error such as #REF!, repair the formula or its lost reference).",
  ),
  severity: "error",
  check: {
    left: localized("giá trị ô", "the cell's value"),
    operator: localized("là", "is"),
    right: localized("một số hợp lệ của chỉ tiêu", "a valid figure for the line"),
  },
  evaluate(context) {
    const findings: Finding[] = [];
    const totalChildren = context.table.lines.map((_, line) => totalLineChildren(context, line));
    const blank = CELL.blank;
    const number = CELL.number;
    const states = context.state;
    // Per line: its numbers are checked at leaves (no total line over them) as counts or as other figures.
    const leafChecks = totalChildren.map((children, line) => (children !== null ? 0 : context.lineKind[line] === "count" ? 2 : 1));
    const { areaCount, lineCount, base } = context;
    const areas = context.table.areas;
    const plainAreas = context.plainAreas;
    for (let area = 0; area < areaCount; area++) {
      // A row of blanks and whole, not negative numbers holds nothing to tell (most rows): not looked at again.
      if (plainAreas !== undefined && plainAreas[area] === 1) continue;
      const isLeaf = areas[area].kind === "leaf";
      const offset = area * lineCount;
      for (let line = 0; line < lineCount; line++) {
        const state = states[offset + line];
        if (state === blank) continue;
        // A typed number that is neither negative nor, on a count line, a fraction: nothing to say (the common case).
        if (state === number) {
          if (!isLeaf || leafChecks[line] === 0) continue;
          const value = base[offset + line];
          if (value >= 0 && (leafChecks[line] === 1 || Number.isInteger(value))) continue;
        }
        let message: LocalizedText | null = null;
        let actual: number | null = null;
        if (state === CELL.error) {
          const { row, col } = cellPosition(context, area, line);
          const raw = cellValue(context.sheet, row, col);
          const error = isCellError(raw) ? raw.error : "#ERROR";
          if (passesOnError(context, area, line, totalChildren[line], error === "#VALUE!")) continue;
          message = localized(
            `Ô có giá trị lỗi ${error}, không đọc được số (tạm tính là 0).`,
            `The cell holds the error ${error}; no figure can be read (counted as 0).`,
          );
        } else if (state === CELL.date) {
          message = localized(
            "Ô chứa ngày/giờ, không phải số liệu phân bổ (không tính vào tổng; hàm SUM của Excel lại cộng số sê-ri của ngày).",
            "The cell holds a date or a time, not a figure (not counted; Excel's SUM would add the date's serial number).",
          );
        } else if (state === CELL.text || state === CELL.boolean) {
          const { row, col } = cellPosition(context, area, line);
          const raw = cellValue(context.sheet, row, col);
          // TRUE and FALSE as Excel shows them.
          const shown = typeof raw === "boolean" ? String(raw).toUpperCase() : String(raw).trim();
          message = localized(
            state === CELL.boolean ? `Giá trị logic ${shown} không phải là số (tạm tính là 0).` : `"${shown}" không phải là số (tạm tính là 0).`,
            state === CELL.boolean ? `${shown} is not a number (counted as 0).` : "The cell holds text, not a number (counted as 0).",
          );
          const shape = state === CELL.text ? textShape(shown, context.lineKind[line]) : null;
          if (shape !== null) message = shapedText(shown, shape, context.cellUnit[line].unit);
        } else if (isLeaf && totalChildren[line] === null) {
          // Negative and fractional figures are told where they are typed: at leaves, not in the sums that carry them.
          const value = context.base[offset + line];
          const unit = context.cellUnit[line];
          if (value < 0) {
            actual = value;
            message = localized(
              `Số âm ${formatAmount(value, unit, "vi")} không hợp lệ cho chỉ tiêu phân bổ.`,
              `The negative figure ${formatAmount(value, unit, "en")} is not valid for an allocation.`,
            );
          } else if (context.lineKind[line] === "count" && !Number.isInteger(value)) {
            actual = value;
            message = localized(
              `Số lượng ${formatNumber(value, "vi")} không phải là số nguyên.`,
              `The count ${formatNumber(value, "en")} is not a whole number.`,
            );
            if (state === number) message = percentFormatted(context, area, line, message);
          }
          // Typed as text: told here, unless a formula total skips it (then its `text-number` error, joined to this finding, tells it).
          if (message !== null && state === CELL.textNumber && !skippedText(context).skippedBy.has(offset + line)) {
            message = storedAsText(context, area, line, message);
          }
        }
        if (message === null) continue;
        findings.push(
          makeFinding({
            rule: "invalid-value",
            severity: "error",
            sheet: context.table.sheet,
            at: cellPosition(context, area, line),
            indicator: context.table.lines[line].planCode,
            area: context.table.areas[area].label,
            expected: null,
            actual,
            message,
          }),
        );
      }
    }
    return [...findings, ...errorLabelFindings(context)];
  },
};

/** Area names and line headers that hold an error value: one finding at each such cell, naming what it probably was. */
function errorLabelFindings(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const named = errorNamedAreas(context);
  if (named.length > 0) {
    const standIns = context.plan.areas.length > 0 ? errorNameStandIns(context, named, missingPlanAreas(context)) : new Map<number, never[]>();
    for (const index of named) findings.push(errorNameFinding(context, index, standIns.get(index) ?? []));
  }
  const headed = errorHeadedLines(context);
  if (headed.length > 0) {
    const standIns = errorHeaderStandIns(unmappedPlanLineList(context), headed);
    for (const index of headed) findings.push(errorHeaderFinding(context, index, standIns));
  }
  return findings;
}

/**
 * A fraction on a count line in a cell formatted as a percentage (`0.5` in
 * `0%`, which Excel shows as 50%): the finding says so, with what Excel
 * shows — a percent format on a count, the figure probably a rate typed
 * where a count belongs.
 */
function percentFormatted(context: RuleContext, area: number, line: number, message: LocalizedText): LocalizedText {
  const { row, col } = cellPosition(context, area, line);
  const format = context.sheet.numberFormats?.[row]?.[col];
  if (!isPercentFormat(format)) return message;
  const decimals = /\.(0+)%/.exec(format ?? "")?.[1].length ?? 0;
  const shown = `${(context.base[area * context.lineCount + line] * 100).toFixed(decimals)}%`;
  return localized(
    `${message.vi} Ô được định dạng phần trăm (${format}) nên Excel hiện ${shown.replace(".", ",")}: định dạng phần trăm trên một chỉ tiêu đếm số lượng, không phải tỷ lệ — hãy ghi số lượng và bỏ định dạng phần trăm.`,
    `${message.en} The cell is formatted as a percentage (${format}), so Excel shows ${shown}: a percent format on a line that counts, not a rate — enter the count and remove the percent format.`,
  );
}

/**
 * A negative or fractional figure typed as text that no formula total skips:
 * its `text-number` warning is told here, in the one finding of the cell — what was read (`(12)`, an
 * accounting format's negative, as −12) and that Excel's SUM skips it.
 */
function storedAsText(context: RuleContext, area: number, line: number, message: LocalizedText): LocalizedText {
  const { row, col } = cellPosition(context, area, line);
  const text = String(cellValue(context.sheet, row, col)).trim();
  const amount = (lang: "vi" | "en") => formatAmount(context.base[area * context.lineCount + line], context.cellUnit[line], lang);
  const parenthesized = accountingNegative(text) !== null;
  return localized(
    `${message.vi} "${text}" là số lưu dạng văn bản${parenthesized ? " (số âm ghi trong ngoặc đơn theo kiểu kế toán)" : ""}: allocheck đọc là ${amount("vi")}, nhưng hàm SUM của Excel bỏ qua ô này.`,
    `${message.en} "${text}" is a number stored as text${parenthesized ? " (a negative in parentheses, as accounting formats show it)" : ""}: allocheck reads ${amount("en")}, but Excel's SUM skips this cell.`,
  );
}

/**
 * True when an error in a subtotal comes from an error in one of its parts
 * (Excel passes errors on) or, for `#VALUE!`, from text in one of them (a
 * `+` over a cell holding text gives it), told at that part.
 */
function passesOnError(context: RuleContext, area: number, line: number, lineChildren: number[] | null, fromText: boolean): boolean {
  const entry = context.table.areas[area];
  // `không` (read as 0, told at its cell) is text to a `+` too.
  const zeroWord = (at: number) => {
    const { row, col } = cellPosition(context, Math.floor(at / context.lineCount), at % context.lineCount);
    return isZeroWord(cellValue(context.sheet, row, col));
  };
  const passed = (state: number, at: number) => state === CELL.error || (fromText && (state === CELL.text || (state === CELL.textNumber && context.base[at] === 0 && zeroWord(at))));
  if (entry.kind !== "leaf" && hasErrorBelow(context, area, line, passed)) return true;
  if (lineChildren !== null) {
    const offset = area * context.lineCount;
    if (lineChildren.some((child) => passed(context.state[offset + child], offset + child))) return true;
  }
  return false;
}

function hasErrorBelow(context: RuleContext, area: number, line: number, passed: (state: number, at: number) => boolean): boolean {
  for (const child of context.table.areas[area].children) {
    const at = child * context.lineCount + line;
    if (passed(context.state[at], at)) return true;
    if (context.table.areas[child].kind === "heading" && hasErrorBelow(context, child, line, passed)) return true;
  }
  return false;
}

/** How a text that is not a figure of its line was read, by what it looks like (see `textShape`). */
function shapedText(shown: string, shape: TextShape, unitName: string | undefined): LocalizedText {
  const unit = unitName === undefined || unitName.trim() === "" ? { vi: "", en: "" } : { vi: ` tính bằng ${unitName}`, en: ` in ${unitName}` };
  switch (shape.kind) {
    case "percent":
      return localized(
        `"${shown}" là tỷ lệ phần trăm, không phải số liệu${unit.vi} của chỉ tiêu này (tạm tính là 0).`,
        `"${shown}" is a percentage, not a figure${unit.en} as this line takes (counted as 0).`,
      );
    case "money":
      return localized(`"${shown}" là số tiền, không phải số lượng${unit.vi} (tạm tính là 0).`, `"${shown}" is an amount of money, not a count${unit.en} (counted as 0).`);
    case "arithmetic":
      return localized(
        `"${shown}" là phép tính gõ dạng văn bản (thiếu dấu = ở đầu), Excel không tính nó (tạm tính là 0): hãy gõ lại với dấu = hoặc ghi kết quả.`,
        `"${shown}" is a sum typed as text (no leading =), which Excel does not work out (counted as 0): retype it with = or type its result.`,
      );
    case "slash":
      return localized(
        `"${shown}" không phải là số: có thể là phân số hay ngày tháng (tạm tính là 0).`,
        `"${shown}" is not a number: it may be a fraction or a date (counted as 0).`,
      );
    case "marked":
      return localized(
        `"${shown}" không phải là số: có số ${shape.number} kèm dấu chú thích, Excel không cộng nó (tạm tính là 0). Hãy chỉ ghi số trong ô, chú thích để ở cột Ghi chú.`,
        `"${shown}" is not a number: it holds ${shape.number} with a footnote mark, which Excel does not add up (counted as 0). Keep only the figure in the cell and the note in a notes column.`,
      );
    case "formula":
      return localized(
        `"${shown}" là công thức nằm trong ô định dạng văn bản (Text): Excel hiện nguyên chữ, không tính (tạm tính là 0). Hãy đổi định dạng ô sang số (General) rồi nhập lại công thức.`,
        `"${shown}" is a formula in a cell formatted as text: Excel shows it as typed and does not work it out (counted as 0). Format the cell as a number (General) and enter the formula again.`,
      );
    case "letter": {
      // The letter o (or O) where a 0 was meant: `2o` may be 20.
      const zero = /^[oO]$/.test(shape.letter) ? normalizeVietnameseNumber(`${shape.number}0`) : null;
      const figure = (n: string, lang: "vi" | "en") => formatNumber(Number(normalizeVietnameseNumber(n)), lang);
      return zero === null
        ? localized(
            `"${shown}" không đọc được thành số: có thể là ${figure(shape.number, "vi")} gõ thừa chữ ${shape.letter} (tạm tính là 0). Hãy ghi đúng số cần ghi.`,
            `"${shown}" cannot be read as a number: it may be ${figure(shape.number, "en")} with a stray letter ${shape.letter} (counted as 0). Enter the figure meant.`,
          )
        : localized(
            `"${shown}" không đọc được thành số: có thể là ${figure(shape.number, "vi")} gõ thừa chữ ${shape.letter}, hoặc ${formatNumber(Number(zero), "vi")} với chữ ${shape.letter} gõ nhầm cho số 0 (tạm tính là 0). Hãy ghi đúng số cần ghi.`,
            `"${shown}" cannot be read as a number: it may be ${figure(shape.number, "en")} with a stray letter ${shape.letter}, or ${formatNumber(Number(zero), "en")} with the letter ${shape.letter} typed for a zero (counted as 0). Enter the figure meant.`,
          );
    }
    case "noted":
      return localized(
        `"${shown}" không phải là số: có số ${shape.number} kèm chữ, allocheck không tự lấy số đó (tạm tính là 0). Hãy chỉ ghi số trong ô, ghi chú để ở cột Ghi chú.`,
        `"${shown}" is not a number: it holds ${shape.number} with words, which allocheck does not take by itself (counted as 0). Keep only the figure in the cell and the note in a notes column.`,
      );
  }
}
