/**
 * A sheet written as Excel's user types it: a cell `"=SUM(C8:C10)"` or
 * `"=E8+F8"` is a formula whose saved value is worked out here, as Excel
 * saves it (`{ stale: "SUM(C8:C10)", shows: 12 }`: a formula whose saved value
 * was not recalculated). Only SUM over ranges and cells, `+` and `-`.
 */
import { columnLetters, parseA1 } from "../../../src/core/model/address";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { sheet } from "../layout/sheetBuilder";

export interface Stale {
  readonly stale: string;
  readonly shows: number;
}

export type Typed = CellValue | Stale;

function isStale(value: Typed): value is Stale {
  return typeof value === "object" && value !== null && "stale" in value;
}

export function formulaSheet(name: string, rows: ReadonlyArray<ReadonlyArray<Typed>>, merges: readonly string[] = []): SheetData {
  const formulas: Record<string, string> = {};
  const cached = new Map<string, number>();
  const raw = (address: string): Typed => {
    const { row, col } = parseA1(address);
    return rows[row]?.[col] ?? null;
  };
  const valueOf = (address: string): number => {
    const value = raw(address);
    if (typeof value === "number") return value;
    if (isStale(value)) return value.shows;
    if (typeof value === "string" && value.startsWith("=")) return evaluate(address, value.slice(1));
    return 0;
  };
  const evaluate = (address: string, formula: string): number => {
    const seen = cached.get(address);
    if (seen !== undefined) return seen;
    let total = 0;
    for (const term of formula.replace(/-/g, "+-").split("+").filter((t) => t.length > 0)) {
      const sign = term.startsWith("-") ? -1 : 1;
      const body = term.replace(/^-/, "");
      const sum = /^SUM\((.*)\)$/i.exec(body);
      const refs = sum === null ? [body] : sum[1].split(",");
      for (const ref of refs) {
        const [from, to = from] = ref.trim().split(":");
        const a = parseA1(from);
        const b = parseA1(to);
        for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) total += sign * valueOf(`${columnLetters(c)}${r + 1}`);
      }
    }
    cached.set(address, total);
    return total;
  };
  const values = rows.map((row, r) =>
    row.map((value, c) => {
      const address = `${columnLetters(c)}${r + 1}`;
      if (isStale(value)) {
        formulas[address] = value.stale;
        return value.shows;
      }
      if (typeof value === "string" && value.startsWith("=")) {
        formulas[address] = value.slice(1);
        return evaluate(address, value.slice(1));
      }
      return value;
    }),
  );
  return sheet(name, values, { merges, formulas });
}

/** `C4` read across: the cell's row and column swapped (`D3`). */
function swapAddress(address: string): string {
  const { row, col } = parseA1(address);
  return `${columnLetters(row)}${col + 1}`;
}

function swapFormula(formula: string): string {
  return formula.replace(/\b([A-Z]{1,3})(\d+)\b/g, (address) => swapAddress(address));
}

/** The rows with every row and column swapped, formulas' references too (the other orientation of the same table). */
export function transposeTyped(rows: ReadonlyArray<ReadonlyArray<Typed>>): Typed[][] {
  const width = Math.max(...rows.map((row) => row.length));
  return Array.from({ length: width }, (_, c) =>
    rows.map((row) => {
      const value = row[c] ?? null;
      if (isStale(value)) return { stale: swapFormula(value.stale), shows: value.shows };
      if (typeof value === "string" && value.startsWith("=")) return `=${swapFormula(value.slice(1))}`;
      return value;
    }),
  );
}

/** A cell's address in the transposed table. */
export const transposedAddress = swapAddress;
