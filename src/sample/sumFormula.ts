/**
 * The one formula the sample writes, `SUM(…)` over cells and ranges of the
 * same sheet, evaluated the way Excel does so that the cached results written
 * with the formulas are the ones Excel would show: numbers add up, blanks are
 * zero, text (even text that looks like a number) and booleans in referenced
 * cells are skipped, and the first error value in the ranges is the result.
 */
import { parseA1 } from "../core/model/address";
import { isCellError, type CellError, type CellValue } from "../core/model/workbook";

export type CellLookup = (row: number, col: number) => CellValue;

interface RangeRef {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function parseRef(text: string): RangeRef {
  const parts = text.split(":");
  if (parts.length > 2) throw new Error(`Not a cell or range: ${text}`);
  const a = parseA1(parts[0]);
  const b = parts.length === 2 ? parseA1(parts[1]) : a;
  return {
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.col, b.col),
    right: Math.max(a.col, b.col),
  };
}

/** The references of a `SUM(A1:A3,B7)` formula (`#REF!` for a deleted one); throws on any other formula. */
export function parseSumFormula(formula: string): Array<RangeRef | CellError> {
  const match = /^SUM\(([^()]*)\)$/i.exec(formula.trim());
  if (!match) throw new Error(`Only SUM(…) formulas are supported here: ${formula}`);
  return match[1].split(",").map((part) => (part.trim().toUpperCase() === "#REF!" ? { error: "#REF!" } : parseRef(part.trim())));
}

/** Excel's result of a `SUM(…)` formula over the cells `lookup` returns. */
export function evaluateSum(formula: string, lookup: CellLookup): number | CellError {
  let total = 0;
  for (const ref of parseSumFormula(formula)) {
    if ("error" in ref) return ref;
    for (let r = ref.top; r <= ref.bottom; r++) {
      for (let c = ref.left; c <= ref.right; c++) {
        const value = lookup(r, c);
        if (typeof value === "number") total += value;
        else if (value !== null && isCellError(value)) return value;
      }
    }
  }
  return total;
}
