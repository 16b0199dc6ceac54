/**
 * `no-value`: a formula of the table with no saved value (the file was
 * written by a script and never calculated in Excel) that allocheck could not
 * evaluate itself (CONTRACT §2: only plain arithmetic over cells is; see
 * core/formula). It counts as blank, and the user is told so — never skipped
 * silently. Formulas allocheck evaluated have their value filled in before
 * the check, so only those left blank reach this rule.
 */
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { cellFormula, cellValue } from "../model/workbook";
import { cellPosition } from "./context";
import { CELL } from "../cells/readCell";
import { makeFinding } from "./finding";
import type { Rule } from "./types";

export const noValueRule: Rule = {
  id: "no-value",
  description: localized(
    "Công thức phải có giá trị đã tính (tệp chưa được mở và tính lại trong Excel thì công thức không có giá trị).",
    "A formula must have a calculated value (a file never opened and recalculated in Excel has none).",
  ),
  instruction: localized(
    "Mở tệp trong Excel để tính lại các công thức rồi lưu, hoặc nhập giá trị trực tiếp.",
    "Open the file in Excel so that it recalculates the formulas, and save it; or type the value.",
  ),
  severity: "warning",
  check: {
    left: localized("công thức", "the formula"),
    operator: localized("có", "has"),
    right: localized("giá trị đã tính", "a calculated value"),
  },
  evaluate(context) {
    const findings: Finding[] = [];
    if (context.sheet.formulas === undefined) return findings;
    const { state, lineCount } = context;
    for (let at = 0; at < state.length; at++) {
      if (state[at] !== CELL.blank) continue;
      const area = Math.floor(at / lineCount);
      const line = at % lineCount;
      if (context.table.areas[area].kind === "heading") continue;
      const position = cellPosition(context, area, line);
      const formula = cellFormula(context.sheet, position.row, position.col);
      if (formula === undefined || cellValue(context.sheet, position.row, position.col) !== null) continue;
      findings.push(
        makeFinding({
          rule: "no-value",
          severity: "warning",
          sheet: context.table.sheet,
          at: position,
          indicator: context.table.lines[line].planCode,
          area: context.table.areas[area].label,
          message: localized(
            `Công thức =${formula} chưa có giá trị đã tính và allocheck không tự tính được: ô được coi là trống.`,
            `The formula =${formula} has no calculated value and allocheck cannot evaluate it: the cell counts as blank.`,
          ),
        }),
      );
    }
    return findings;
  },
};
