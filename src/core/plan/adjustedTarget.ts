/**
 * The adjusted target column taken as the plan in force (`Kế hoạch | Kế
 * hoạch điều chỉnh`, `Kế hoạch` over `Ban đầu | Điều chỉnh`): said with the
 * reading's confidence, so the user sees which column the targets came from.
 */
import type { LocalizedText } from "../model/text";
import { a1, columnLetters, sheetInText } from "../model/address";
import { shownText, type Grid } from "../layout/grid";
import type { PlanHeader } from "./planHeader";

/** The lowest header text of a column (a sub-column's own name under a merged `Kế hoạch`), with its cell. */
function headerTextOf(grid: Grid, header: PlanHeader, col: number): { text: string; cell: string } {
  for (let row = header.bottom; row >= header.row; row--) {
    const merge = grid.mergeAt(row, col);
    if (merge && merge.left !== col) continue;
    const text = shownText(grid, row, col).replace(/\s+/g, " ").trim();
    if (text !== "") return { text, cell: a1(row, col) };
  }
  return { text: "", cell: a1(header.row, col) };
}

/** One sentence naming the adjusted column taken and the one kept for lines it leaves blank; empty without an adjustment. */
export function adjustedTargetDoubts(grid: Grid, header: PlanHeader): LocalizedText[] {
  const target = header.columns.target;
  if (header.firstTarget === undefined || target === undefined) return [];
  const taken = headerTextOf(grid, header, target);
  const first = headerTextOf(grid, header, header.firstTarget);
  const sheet = sheetInText(grid.name);
  const col = columnLetters(target);
  const firstCol = columnLetters(header.firstTarget);
  return [
    {
      vi: `Trang ${sheet}: số kế hoạch lấy ở cột ${col} ("${taken.text}", ô ${taken.cell}) — kế hoạch sau điều chỉnh là kế hoạch đang thực hiện; dòng nào để trống cột ${col} thì lấy cột ${firstCol} ("${first.text}"). Nếu không đúng, hãy chỉ để một cột kế hoạch.`,
      en: `Sheet ${sheet}: the targets were taken from column ${col} ("${taken.text}", cell ${taken.cell}) — the adjusted plan is the plan in force; a line left blank in column ${col} keeps column ${firstCol} ("${first.text}"). If that is wrong, keep one target column.`,
    },
  ];
}
