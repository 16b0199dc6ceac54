/**
 * One cause, one finding (CONTRACT §3): a number typed as text that a
 * formula total of the sheet skips (Excel's SUM ignores text) makes that
 * total show a wrong figure. The total's formula is right; the text cell is
 * what to fix. This finds, once per check, each group or grand total that
 * holds a formula whose shown value is exactly the sum of its parts with the
 * text numbers left out — through its direct parts, or through all the
 * leaves under it, none under a typed subtotal that counts them — and the
 * text cells it skips; or, every subtotal under it right with its text
 * numbers counted, exactly the leaves under it without them (a sum over the
 * communes themselves, past the districts' own). `subtotal` then says
 * nothing of that total, and `text-number` gives each skipped cell an error
 * naming the total. A typed total that shows exactly that figure (copied as
 * a value from such a SUM) is the same cause: told once, at the text cell,
 * whose finding says to retype the total too.
 */
import { cellFormula } from "../model/workbook";
import { cellPosition, type RuleContext } from "./context";
import { CELL, isNumericState as isNumeric } from "../cells/readCell";
import { standing } from "./compare";

export interface SkippingTotal {
  /** Area index of the total. */
  readonly area: number;
  readonly line: number;
  /** The figure the total shows (base units). */
  readonly shown: number;
  /** The figure with the text numbers counted (base units). */
  readonly counted: number;
  /** True for a typed figure (no formula): copied from a SUM that skipped the text, it must be retyped too. */
  readonly typed: boolean;
}

export interface SkippedText {
  /** Value-cell index (`area * lineCount + line`) of each total explained by skipped text. */
  readonly explained: ReadonlySet<number>;
  /** Value-cell index of each skipped text cell → the nearest total that skips it. */
  readonly skippedBy: ReadonlyMap<number, SkippingTotal>;
}

const CACHE = new WeakMap<RuleContext, SkippedText>();

interface Sums {
  /** What allocheck counts: text numbers included. */
  full: number;
  /** What Excel's SUM shows: text numbers left out. */
  excel: number;
  texts: number[];
}

export function skippedText(context: RuleContext): SkippedText {
  const cached = CACHE.get(context);
  if (cached !== undefined) return cached;
  const explained = new Set<number>();
  const skippedBy = new Map<number, SkippingTotal>();
  const { areas } = context.table;
  const { state, base, lineCount } = context;
  if (state.includes(CELL.textNumber)) {
    // Nearest totals first: a leaf's own group before the grand total.
    const order = areas
      .map((_, index) => index)
      .filter((index) => (areas[index].kind === "group" || areas[index].kind === "total") && areas[index].children.length > 0)
      .sort((a, b) => depth(context, b) - depth(context, a));
    for (const area of order) {
      for (let line = 0; line < lineCount; line++) {
        const at = area * lineCount + line;
        if (state[at] !== CELL.number || context.lineKind[line] === "percent") continue;
        const { row, col } = cellPosition(context, area, line);
        const typed = cellFormula(context.sheet, row, col) === undefined;
        const shown = base[at];
        const direct = partsSum(context, area, line, false);
        const leaves = partsSum(context, area, line, true);
        // Through subtotals that each count their text numbers rightly, a total that still shows the communes without
        // them was summed (or copied) over the communes themselves, as Excel's SUM adds them.
        const throughRight = partsSum(context, area, line, true, true);
        const match = [direct, leaves, throughRight].find(
          (sums) => sums !== null && sums.texts.length > 0 && standing(shown, sums.excel) === "equal" && standing(shown, sums.full) !== "equal",
        );
        if (match === undefined || match === null) continue;
        // A typed figure that leaves out a negative or a fraction of a count: no SUM to blame, the cell's own error tells it.
        if (typed && match.texts.some((text) => !validFigure(context, text))) continue;
        explained.add(at);
        for (const text of match.texts) if (!skippedBy.has(text)) skippedBy.set(text, { area, line, shown, counted: match.full, typed });
      }
    }
  }
  const result = { explained, skippedBy };
  CACHE.set(context, result);
  return result;
}

/** A figure a typed total may have left out as a SUM does: not negative, whole in a count. */
function validFigure(context: RuleContext, at: number): boolean {
  const value = context.base[at];
  return value > 0 && (context.lineKind[at % context.lineCount] !== "count" || Number.isInteger(value));
}

function depth(context: RuleContext, area: number): number {
  let d = 0;
  for (let p = context.table.areas[area].parent; p !== null; p = context.table.areas[p].parent) d++;
  return d;
}

/**
 * Sums of an area's parts on a line (direct parts, or every leaf below), or null when a part holds no number;
 * `throughRight`: every leaf below, past subtotals that must each show their own leaves with the text counted (null
 * when one does not).
 */
function partsSum(context: RuleContext, area: number, line: number, leavesOnly: boolean, throughRight = false): Sums | null {
  const sums: Sums = { full: 0, excel: 0, texts: [] };
  // `carried`: under a typed subtotal (no formula) that holds a number, which counts its text numbers as they read:
  // a total over the leaves through it skips none of them.
  const visit = (parent: number, carried: boolean): boolean => {
    for (const child of context.table.areas[parent].children) {
      const entry = context.table.areas[child];
      const at = child * context.lineCount + line;
      const state = context.state[at];
      const ownValue = entry.kind === "leaf" || (!leavesOnly && entry.kind !== "heading" && isNumeric(state));
      if (!ownValue) {
        if (!leavesOnly && entry.kind !== "heading" && state !== CELL.blank) return false;
        if (throughRight) {
          if (entry.kind !== "heading" && state !== CELL.blank && !rightSubtotal(context, child, line)) return false;
          if (!visit(child, false)) return false;
          continue;
        }
        if (!visit(child, carried || (entry.kind !== "heading" && state === CELL.number && typedAt(context, child, line)))) return false;
        continue;
      }
      if (state === CELL.blank) continue;
      if (!isNumeric(state)) return false;
      sums.full += context.base[at];
      // A text `0` skipped changes no figure: it stays a warning.
      if (state === CELL.textNumber && !carried) {
        if (context.base[at] !== 0) sums.texts.push(at);
      }
      else sums.excel += context.base[at];
    }
    return true;
  };
  return visit(area, false) ? sums : null;
}

/** Whether the area's cell on the line is a number showing its leaves' sum, text numbers counted. */
function rightSubtotal(context: RuleContext, area: number, line: number): boolean {
  const at = area * context.lineCount + line;
  if (context.state[at] !== CELL.number) return false;
  const sums = partsSum(context, area, line, true, true);
  return sums !== null && standing(context.base[at], sums.full) === "equal";
}

/** True when the area's cell on the line holds no formula (a typed figure). */
function typedAt(context: RuleContext, area: number, line: number): boolean {
  const { row, col } = cellPosition(context, area, line);
  return cellFormula(context.sheet, row, col) === undefined;
}
