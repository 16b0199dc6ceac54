/**
 * A dash typed where a line's target goes (`2 | Hội thảo | cuộc | -`): staff
 * write it for "none planned", as Excel's accounting format shows 0. The line
 * is read with a target of 0, and that is said with the cells, so a figure
 * allocated to it is found over the plan and the user can see why.
 */
import type { Comparison } from "../model/plan";
import type { LocalizedText } from "../model/text";
import type { CellValue } from "../model/workbook";
import { cellRef } from "./planErrors";

/** `-`, `–`, `—` alone in a cell. */
export function isDash(value: CellValue | undefined): boolean {
  return typeof value === "string" && /^[-–—]$/.test(value.trim());
}

/** The line `code`'s dashes (`cells`, A1 on `sheet`) read as 0; under a ceiling, any allocation to it is over. */
export function dashedTargetDoubt(sheet: string, cells: readonly string[], shown: string, code: string, target: number, rule: Comparison): LocalizedText {
  return dashedDoubtAt(cells.map((cell, i) => (i === 0 ? cellRef(sheet, cell) : cell)).join(", "), shown, code, target, rule);
}

/** The same said of a dash at `where` (cells of a sheet, or a plan file's `indicators[2].target`). */
export function dashedDoubtAt(where: string, shown: string, code: string, target: number, rule: Comparison): LocalizedText {
  const over = target === 0 && rule === "<="
    ? { vi: " nên mọi số phân bổ cho chỉ tiêu này đều vượt kế hoạch", en: ", so any figure allocated to it is over the plan" }
    : { vi: "", en: "" };
  return {
    vi: `${where}: dấu "${shown}" (không có kế hoạch) được đọc là 0 cho chỉ tiêu ${code}${over.vi}. Nếu chỉ tiêu có kế hoạch, hãy gõ số.`,
    en: `${where}: the dash "${shown}" (none planned) is read as 0 for line ${code}${over.en}. If the line has a target, type it.`,
  };
}
