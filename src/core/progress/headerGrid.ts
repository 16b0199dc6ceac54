/**
 * The cells of a line-level table's header as the periods they name: a date
 * formatted to show its year alone (1/1/2023 shown `2023`) is that year, and
 * an ordinal year of the plan (`Năm thứ nhất`, `Năm thứ 2`) is that year of
 * the plan's period (2022–2025: `Năm thứ hai` is 2023). Other cells, and every
 * cell below the rows a header is looked for in, are as written.
 */
import { yearShownByDate } from "../cells/numberFormat";
import type { Grid } from "../layout/grid";
import type { CellValue } from "../model/workbook";
import { wordKey } from "../text/fold";
import type { PlanPeriod } from "./periods";

const ORDINALS: Readonly<Record<string, number>> = { nhat: 1, mot: 1, hai: 2, ba: 3, tu: 4, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10 };
/** `Năm thứ nhất`, `năm thứ 2`, `Thực hiện năm thứ ba (tổ)`: the ordinal and what follows. */
const ORDINAL_YEAR = /\bnam thu (\d{1,2}|[a-z]+)\b/;

/** The plan's year an ordinal names (`Năm thứ hai` of 2022–2025: 2023), or null (none, or past the plan's end). */
export function ordinalYear(text: string, planPeriod: PlanPeriod | null): number | null {
  if (planPeriod === null) return null;
  const match = ORDINAL_YEAR.exec(wordKey(text));
  if (match === null) return null;
  const n = /^\d+$/.test(match[1]) ? Number(match[1]) : ORDINALS[match[1]];
  if (n === undefined || n < 1) return null;
  const year = planPeriod.start + n - 1;
  return year <= planPeriod.end ? year : null;
}

/** The grid with header cells (rows above `rows`) naming a year in those two ways rewritten as the year. */
export function periodHeaderGrid(grid: Grid, planPeriod: PlanPeriod | null, rows: number): Grid {
  const value = (row: number, col: number): CellValue => {
    const raw = grid.value(row, col);
    if (row >= rows) return raw;
    if (typeof raw === "number") return yearShownByDate(raw, grid.numberFormat(row, col)) ?? raw;
    if (typeof raw !== "string") return raw;
    const year = ordinalYear(raw, planPeriod);
    if (year === null) return raw;
    // `Năm thứ nhất (2022)`: the year written beside it must be that one; another is not guessed between.
    const written = raw.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g) ?? [];
    if (written.some((y) => Number(y) !== year)) return raw;
    return raw
      .replace(/\s*\(\s*(?:19|20)\d{2}\s*\)/u, "")
      .normalize("NFC")
      .replace(/n[aă]m\s+th[uứ]\s+\S+/iu, `Năm ${year}`);
  };
  return { ...grid, value };
}
