/**
 * A `Tổng cộng` (`Tổng`, `Tổng số`, `Cộng`) row closing a progress table is
 * the plan's one money total (`KP` `Tổng kinh phí`) when the table has no row
 * of its own for it: its figures are that line's, checked against its
 * children per period like any parent line's — not a line the plan lacks.
 * Beside a row of its own for that total, a `Tổng cộng` row is that row again,
 * not a line the plan lacks either (see totalCopy for where it differs).
 */
import type { Plan } from "../model/plan";
import { cellValue, type SheetData } from "../model/workbook";
import { isTotalLabel } from "../layout/labels";
import { cellText } from "../layout/grid";

/** The plan's one money total with parts (`KP` over `KP.1` …), or null when the plan has none or several money roots. */
function moneyRoot(plan: Plan): string | null {
  const parents = new Set(plan.lines.map((line) => line.parentCode).filter((parent): parent is string => parent !== undefined));
  const roots = plan.lines.filter((line) => line.kind === "money" && line.parentCode === undefined);
  return roots.length === 1 && parents.has(roots[0].code) ? roots[0].code : null;
}

/** The plan line a total row stands for, or null (a label that is no total, no single money root, or one already given a row). */
export function totalRowLine(label: string, code: string, plan: Plan, matched: readonly (string | null)[]): string | null {
  if (code !== "" || !isTotalLabel(label)) return null;
  const root = moneyRoot(plan);
  return root === null || matched.includes(root) ? null : root;
}

/** The row of the plan's one money total (see `totalRowLine`) when the table has one, else null. */
function rootRow(plan: Plan, matched: readonly (string | null)[], rows: readonly number[]): number | null {
  const root = moneyRoot(plan);
  const at = root === null ? -1 : matched.indexOf(root);
  return at < 0 ? null : rows[at];
}

/** The row of the table's own money total a total row (`Tổng cộng`, no code) stands beside and so repeats, or null. */
export function totalRowOf(label: string, code: string, plan: Plan, matched: readonly (string | null)[], rows: readonly number[]): number | null {
  if (code !== "" || !isTotalLabel(label)) return null;
  return rootRow(plan, matched, rows);
}

/** True when a row shows, cell for cell over `cols`, what row `other` shows — and holds it as the same kind (a number typed as text is not that number: Excel's SUM skips it). */
export function sameFigures(sheet: SheetData, row: number, other: number, cols: readonly number[]): boolean {
  return cols.every((c) => sameCell(cellValue(sheet, row, c), cellValue(sheet, other, c)));
}

/** Two cells show the same and are of one kind (number, text), a blank beside anything blank. */
export function sameCell(a: ReturnType<typeof cellValue>, b: ReturnType<typeof cellValue>): boolean {
  const [x, y] = [shownText(a), shownText(b)];
  return x === y && (x === "" || typeof a === typeof b);
}

/** True when a row's cells over `cols` hold text (a number typed as text, a word): each such cell is checked on its own. */
export function holdsText(sheet: SheetData, row: number, cols: readonly number[]): boolean {
  return cols.some((c) => typeof cellValue(sheet, row, c) === "string" && cellText(cellValue(sheet, row, c)) !== "");
}

/** What a cell shows, to compare two cells by: a number as written, else its text. */
export function shownText(value: ReturnType<typeof cellValue>): string {
  return typeof value === "number" ? String(value) : cellText(value);
}
