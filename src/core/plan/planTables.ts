/**
 * Further plan tables on the plan sheet: one beside the first (`Mã | Chỉ
 * tiêu | ĐVT | Kế hoạch` twice in the header row, the indicators on the left,
 * the budget on the right) or one below it headed in other columns. Each is
 * read as a view of the sheet that hides what lies before it, so its cells
 * keep their own addresses.
 */
import type { Grid } from "../layout/grid";
import { matchPlanHeader, planHeaderAt, REQUIRED_ROLES, type PlanHeader, type PlanRole } from "./planHeader";
import { shownText } from "../layout/grid";
import { hasUnit } from "./headerUnit";

/** The sheet seen from `fromRow` down and between columns `fromCol` and `toCol` (inclusive); other cells are blank. */
export function gridWindow(grid: Grid, fromRow: number, fromCol: number, toCol: number): Grid {
  const inside = (row: number, col: number): boolean => row >= fromRow && col >= fromCol && col <= toCol;
  return {
    name: grid.name,
    rowCount: grid.rowCount,
    colCount: Math.min(grid.colCount, toCol + 1),
    transposed: grid.transposed,
    value: (row, col) => (inside(row, col) ? grid.value(row, col) : null),
    numberFormat: (row, col) => (inside(row, col) ? grid.numberFormat(row, col) : undefined),
    mergeAt: (row, col) => {
      if (!inside(row, col)) return undefined;
      const merge = grid.mergeAt(row, col);
      return merge !== undefined && merge.left >= fromCol && merge.right <= toCol && merge.top >= fromRow ? merge : undefined;
    },
    ...(grid.formula !== undefined ? { formula: (row: number, col: number) => (inside(row, col) ? grid.formula!(row, col) : undefined) } : {}),
  };
}

/**
 * The roles a header lacks of those every plan table needs (code, name,
 * unit, target); the unit is not lacking when the target's header names it
 * (`Kế hoạch (triệu đồng)`).
 */
export function missingRoles(grid: Grid, header: PlanHeader): PlanRole[] {
  return REQUIRED_ROLES.filter((role) => header.columns[role] === undefined && !(role === "unit" && hasUnit(grid, header)));
}

/** The columns a header's table uses. */
function lastColumn(header: PlanHeader): number {
  return Math.max(...Object.values(header.columns), header.firstTarget ?? -1, header.moneyTarget ?? -1);
}

/**
 * A second plan table beside the first: right of every column the first's
 * header uses, a code header (`Mã`, `STT`) in the same header row opening a
 * header with all the roles a plan table needs. Its first column, or null.
 */
export function besideTableColumn(grid: Grid, header: PlanHeader, lastUsed: number): number | null {
  const from = Math.max(lastColumn(header), lastUsed) + 1;
  for (let col = from; col < grid.colCount; col++) {
    if (matchPlanHeader(shownText(grid, header.row, col))?.role !== "code") continue;
    const view = gridWindow(grid, 0, col, grid.colCount - 1);
    if (missingRoles(view, planHeaderAt(view, header.row)).length === 0) return col;
  }
  return null;
}

/** The plan header of a table starting at `row` of `view` (seen from row `above` down, the rows over its header too), and the roles it lacks. */
export function tableBelow(grid: Grid, row: number, fromCol: number, toCol: number, above = row): { grid: Grid; header: PlanHeader; missing: PlanRole[] } {
  const view = gridWindow(grid, Math.min(above, row), fromCol, toCol);
  const header = planHeaderAt(view, row);
  return { grid: view, header, missing: missingRoles(view, header) };
}
