/**
 * A value stated as a bound: `trên 20`, `hơn 3,2 tỷ`, `ít nhất 14`, `tối
 * thiểu 300`, `≥ 300`, `300 trở lên` are lower bounds (the plan's rule `>=`:
 * to be met or passed); `tối đa 5`, `không quá 5`, `dưới 5`, `≤ 5` upper
 * bounds (`<=`). The plan's rules (CONTRACT §1) have no strict comparison, so
 * `trên 30` and `hơn 3,2 tỷ` keep their number with `>=`: the check asks for
 * at least that much, never for exactly it.
 */
import type { Comparison } from "../core/model/plan";
import { foldText } from "../core/text/fold";
import { AT_LEAST, AT_MOST } from "./vocabulary";

export interface BoundedValue {
  /** The value cell without its qualifier (`20` of `trên 20`). */
  readonly value: string;
  readonly rule?: Comparison;
}

const SYMBOL_BEFORE: ReadonlyArray<readonly [RegExp, Comparison]> = [
  [/^(?:≥|>=|=>|>)\s*/u, ">="],
  [/^(?:≤|<=|=<|<)\s*/u, "<="],
];
const WORDS_AFTER: ReadonlyArray<readonly [RegExp, Comparison]> = [
  [/\s*trở lên\s*$/iu, ">="],
  [/\s*trở xuống\s*$/iu, "<="],
];

/** Splits the qualifier off a value cell; the cell as it is when it has none. */
export function splitBound(cell: string): BoundedValue {
  const text = cell.trim();
  for (const [re, rule] of SYMBOL_BEFORE) {
    const m = re.exec(text);
    if (m) return { value: text.slice(m[0].length), rule };
  }
  for (const [re, rule] of WORDS_AFTER) {
    const m = re.exec(text);
    // `Từ 95 trở lên`: the `từ` goes with the bound.
    if (m) return { value: text.slice(0, m.index).replace(/^từ\s+/iu, ""), rule };
  }
  const words = text.split(/\s+/);
  // The longest qualifier of one to four words before the value (`không ít hơn 20`).
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const head = foldText(words.slice(0, n).join(" "));
    const rule: Comparison | undefined = AT_LEAST.includes(head) ? ">=" : AT_MOST.includes(head) ? "<=" : undefined;
    if (rule !== undefined) return { value: words.slice(n).join(" "), rule };
  }
  return { value: text };
}

/** A value cell stated as a range (`15-20`, `15 - 20`, `từ 15 đến 20`, `15 đến 20%`): its two ends as written, or null. */
export function splitRange(cell: string): readonly [string, string] | null {
  const m = /^(?:từ\s+)?(\d+(?:[.,]\d+)*)\s*%?\s*(?:[-–]|đến|tới)\s*(\d+(?:[.,]\d+)*)\s*(%?)$/iu.exec(cell.trim());
  return m ? [m[1] + m[3], m[2] + m[3]] : null;
}
