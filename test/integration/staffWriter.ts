/**
 * The cells a staff-sheet generator writes (`staffSheets.ts` for areas down
 * the rows, `staffColumns.ts` for areas across): the allocation sheet's rows,
 * the `Số liệu` sheet its figures are linked from, and the merges — grown
 * row by row and cell by cell as the generator places them.
 */
import type { FixtureValue } from "../helpers/xlsxFixture";
import { columnLetters } from "../../src/core/model/address";

export interface StaffWriter {
  /** The allocation sheet's rows. */
  readonly workbook: FixtureValue[][];
  /** The `Số liệu` sheet's rows (empty when no figure is linked). */
  readonly linked: FixtureValue[][];
  /** The allocation sheet's merged ranges (`A1:B1`). */
  readonly merges: string[];
  /** Sets a cell of `sheet`, growing its rows and the row as needed. */
  put(sheet: FixtureValue[][], row: number, col: number, value: FixtureValue): void;
  /** Sets a cell of the allocation sheet. */
  set(row: number, col: number, value: FixtureValue): void;
  /** The A1 address of a cell (0-based row and column). */
  addr(row: number, col: number): string;
}

export function staffWriter(): StaffWriter {
  const workbook: FixtureValue[][] = [];
  const put = (sheet: FixtureValue[][], row: number, col: number, value: FixtureValue): void => {
    while (sheet.length <= row) sheet.push([]);
    const r = sheet[row];
    while (r.length <= col) r.push(null);
    r[col] = value;
  };
  return {
    workbook,
    linked: [],
    merges: [],
    put,
    set: (row, col, value) => put(workbook, row, col, value),
    addr: (row, col) => `${columnLetters(col)}${row + 1}`,
  };
}
