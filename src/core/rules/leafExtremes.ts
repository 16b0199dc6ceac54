/**
 * Every line's extremes over the communes (the context's leaves): the two
 * largest and the two smallest positive typed figures, with the commune
 * holding the first of each, how many there are, and whether a figure is
 * zero or below — the communes' cells read once in sheet order, each line's
 * running figures kept in typed arrays (the pass reads 3 million cells at
 * 100 000 rows). Made once per context and shared: `slipCeiling` reads a
 * line's bounds from it, `scaleCause` a line's range.
 */
import { CELL } from "../cells/readCell";
import type { RuleContext } from "./context";

export interface LeafExtremes {
  /** Per line: the largest positive figure (0 when none) and the next one (ties counted twice). */
  readonly largest: Float64Array;
  readonly nextLargest: Float64Array;
  /** Per line: the smallest positive figure (Infinity when none) and the next one. */
  readonly smallest: Float64Array;
  readonly nextSmallest: Float64Array;
  /** Per line: the leaf holding `largest` / `smallest` (its first), -1 when none. */
  readonly largestAt: Int32Array;
  readonly smallestAt: Int32Array;
  /** Per line: how many communes hold a positive typed figure. */
  readonly positives: Float64Array;
  /** Per line: 1 when a commune holds a zero, or a figure below zero. */
  readonly zero: Uint8Array;
  readonly negative: Uint8Array;
  /** Per line: 1 when a commune holds a positive number typed as text (not counted above, nor in the bounds). */
  readonly textPositive: Uint8Array;
}

const made = new WeakMap<RuleContext, LeafExtremes>();

/** The extremes of the context's lines, read once per context. */
export function leafExtremes(context: RuleContext): LeafExtremes {
  let out = made.get(context);
  if (out === undefined) {
    out = readExtremes(context);
    made.set(context, out);
  }
  return out;
}

function readExtremes(context: RuleContext): LeafExtremes {
  const { lineCount, state, base, leaves } = context;
  const number = CELL.number;
  const textNumber = CELL.textNumber;
  const largest = new Float64Array(lineCount);
  const nextLargest = new Float64Array(lineCount);
  const smallest = new Float64Array(lineCount).fill(Infinity);
  const nextSmallest = new Float64Array(lineCount).fill(Infinity);
  const largestAt = new Int32Array(lineCount).fill(-1);
  const smallestAt = new Int32Array(lineCount).fill(-1);
  const positives = new Float64Array(lineCount);
  const zero = new Uint8Array(lineCount);
  const negative = new Uint8Array(lineCount);
  const textPositive = new Uint8Array(lineCount);
  for (let k = 0; k < leaves.length; k++) {
    const leaf = leaves[k];
    const offset = leaf * lineCount;
    for (let line = 0; line < lineCount; line++) {
      const cellState = state[offset + line];
      if (cellState !== number) {
        // As `lineRanges` counts one: any figure not at or below zero.
        if (cellState === textNumber && !(base[offset + line] <= 0)) textPositive[line] = 1;
        continue;
      }
      const value = base[offset + line];
      if (!(value > 0)) {
        if (value === 0) zero[line] = 1;
        else negative[line] = 1;
        continue;
      }
      positives[line]++;
      if (value > largest[line]) {
        nextLargest[line] = largest[line];
        largest[line] = value;
        largestAt[line] = leaf;
      } else if (value > nextLargest[line]) nextLargest[line] = value;
      if (value < smallest[line]) {
        nextSmallest[line] = smallest[line];
        smallest[line] = value;
        smallestAt[line] = leaf;
      } else if (value < nextSmallest[line]) nextSmallest[line] = value;
    }
  }
  return { largest, nextLargest, smallest, nextSmallest, largestAt, smallestAt, positives, zero, negative, textPositive };
}
