/**
 * A budget column in a table outside any budget part (`Nội dung hoạt động |
 * Số lượng | Kinh phí (triệu đồng)` under `Nội dung hoạt động`): the lines of
 * that table, for the budget reading. Only a header cell that names the budget
 * and its money unit together makes one, and only one such table in the whole
 * text: two would be two budgets the reading cannot tell apart.
 */
import { foldText } from "../core/text/fold";
import { findUnitInText } from "../core/text/units";
import type { TextLine } from "./normalize";

const BUDGET_WORD = /^(tong )?(kinh phi|du toan|ngan sach|von)(?![a-z])/;

/** `Kinh phí (triệu đồng)`, `Dự toán (ĐVT: 1.000 đồng)`; not a rate (`Kinh phí/lớp`, `… mỗi mô hình`). */
function namesBudget(cell: string): boolean {
  const folded = foldText(cell).trim();
  if (!BUDGET_WORD.test(folded) || /\/|(?<![a-z])moi(?![a-z])/.test(folded)) return false;
  const unit = findUnitInText(cell);
  return unit !== null && unit.kind === "money";
}

/** The lines of the one table whose header row names a budget column in money, or none. */
export function budgetColumnTable(body: readonly TextLine[]): TextLine[] {
  const tables: TextLine[][] = [];
  for (let i = 0; i < body.length; i++) {
    const cells = body[i].cells;
    if (!cells || !cells.some(namesBudget)) continue;
    // Two budget columns (by year, by source): which one is the budget is not for the reading to guess.
    if (cells.filter(namesBudget).length > 1) return [];
    let end = i + 1;
    while (end < body.length && body[end].cells) end++;
    tables.push(body.slice(i, end));
    i = end - 1;
  }
  return tables.length === 1 ? tables[0] : [];
}
