/**
 * A budget column in a table outside any budget part (`Nội dung hoạt động |
 * Số lượng | Kinh phí (triệu đồng)` under `Nội dung hoạt động`): the lines of
 * that table, for the budget reading. Only a header cell that names the budget
 * and its money unit together makes one, and only one such table in the whole
 * text: two would be two budgets the reading cannot tell apart.
 */
import { foldText } from "../core/text/fold";
import { findUnitInText, moneyScale } from "../core/text/units";
import type { TextLine } from "./normalize";

const BUDGET_WORD = /^(tong )?(kinh phi|du toan|ngan sach|von|thanh tien)(?![a-z])/;

/** `Kinh phí (triệu đồng)`, `Dự toán (ĐVT: 1.000 đồng)`; not a rate (`Kinh phí/lớp`, `… mỗi mô hình`). */
function namesBudget(cell: string): boolean {
  const folded = foldText(cell).trim();
  if (!BUDGET_WORD.test(folded) || /\/|(?<![a-z])moi(?![a-z])/.test(folded)) return false;
  const unit = findUnitInText(cell);
  return unit !== null && unit.kind === "money";
}

/** `(ĐVT: 1.000 đồng)`, `Đơn vị tính: triệu đồng`, `Đơn vị tính kinh phí: triệu đồng` alone on the line above a table: the money unit of its columns. */
const UNIT_NOTE = /^\s*\(?\s*(?:đvt|đơn vị tính|đơn vị)(?:\s+(?:kinh phí|tiền))?\s*[:：]\s*([^()]{1,30}?)\s*\)?\s*[.;]?\s*$/iu;

function notesMoney(line: TextLine | undefined): boolean {
  if (line === undefined || line.cells) return false;
  const note = UNIT_NOTE.exec(line.text);
  return note !== null && moneyScale(note[1]) !== null;
}

/** `Kinh phí` with no unit of its own, under a money unit note. */
function namesBareBudget(cell: string): boolean {
  const folded = foldText(cell).trim();
  return BUDGET_WORD.test(folded) && !/\/|(?<![a-z])moi(?![a-z])/.test(folded) && findUnitInText(cell) === null;
}

/** `| | (hộ) | (triệu đồng) |` under the header: the row of units gives the bare `Kinh phí` column above it a money unit. */
function unitRowMoney(header: readonly string[], below: readonly string[] | undefined): boolean {
  if (below === undefined || below.length !== header.length) return false;
  const filled = below.filter((c) => c.trim() !== "");
  if (filled.length === 0 || !filled.every((c) => /^\s*\([^()]+\)\s*$/.test(c))) return false;
  return header.some((c, k) => namesBareBudget(c) && moneyScale(below[k].replace(/[()]/g, "").trim()) !== null);
}

/**
 * The lines of the one table whose header row names a budget column in money, or none; a bare `Kinh phí` column
 * under a money unit note (`(ĐVT: 1.000 đồng)` on the line above) or over a row of units naming money is one too.
 */
export function budgetColumnTable(body: readonly TextLine[]): TextLine[] {
  const tables: TextLine[][] = [];
  for (let i = 0; i < body.length; i++) {
    const cells = body[i].cells;
    if (!cells) continue;
    const noted = i > 0 && notesMoney(body[i - 1]);
    const unitBelow = !noted && unitRowMoney(cells, body[i + 1]?.cells);
    const budgetCells = noted || unitBelow ? cells.filter((c) => namesBudget(c) || namesBareBudget(c)) : cells.filter(namesBudget);
    if (budgetCells.length === 0) continue;
    // Two budget columns (by year, by source): which one is the budget is not for the reading to guess.
    if (budgetCells.length > 1) return [];
    let end = i + 1;
    while (end < body.length && body[end].cells) end++;
    tables.push(body.slice(noted ? i - 1 : i, end));
    i = end - 1;
  }
  return tables.length === 1 ? tables[0] : [];
}
