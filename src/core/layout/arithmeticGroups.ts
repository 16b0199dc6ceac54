/**
 * A reading of the area axis from the arithmetic alone (CONTRACT §2: "where
 * the evidence conflicts, the reading under which the typed subtotals add
 * up wins"), for a single label column where nothing names a level — no
 * prefix, no STT that tells, no area list: bare district names, each typed
 * with its subtotal, followed by its bare commune names.
 *
 * The rows are split into runs, each a group row followed by two or more
 * member rows, so that as many group figures as possible equal their
 * members' sum (one mistyped subtotal does not undo the reading; it stays a
 * `subtotal` finding). The reading is offered only when it is unmistakable:
 * there is a grand total and it adds up the groups (as typed, or their
 * members — it then cannot add up every row, as the plain reading needs),
 * and every group but one in four (at least one) adds up on every column
 * compared. Without a grand total, a list whose figures happen to run in
 * that pattern (2, 1, 1, 2, 1, 1 …) stays a plain list. `areaScore` then
 * weighs the reading against the plain one. The same holds backwards for a
 * sheet whose group rows follow their members (bottom-up subtotals).
 */
import type { CellValue } from "../model/workbook";
import { numberOf, SAMPLE_COLUMNS, same } from "./areaScore";
import { CLS_BARE, CLS_SUBTOTAL, CLS_TOTAL, LEVEL_LOWER, LEVEL_UPPER, LEVEL_VILLAGE, type RowFacts } from "./areaTree";
import type { AreaEvidence } from "../model/reading";

/** A group's members are looked for among this many rows after it at most. */
const MAX_MEMBERS = 400;

interface Run {
  /** Agreements minus disagreements of the group's figures with its members' sums. */
  readonly score: number;
  readonly exact: boolean;
}

/** Group row `k` over members `k+1 … end`: how its figures compare with their sums. */
function runOf(own: readonly number[], sums: readonly number[]): Run {
  let score = 0;
  let exact = true;
  for (let c = 0; c < own.length; c++) {
    if (Number.isNaN(own[c])) continue;
    if (same(sums[c], own[c])) {
      if (own[c] !== 0) score++;
    } else {
      score--;
      exact = false;
    }
  }
  return { score, exact };
}

/**
 * The facts with the levels the arithmetic gives (`upper` for a group, `lower`
 * for its members, evidence `arithmetic`), or null when this reading does not
 * apply or is not unmistakable.
 */
export function arithmeticLevels(
  facts: RowFacts,
  valueCols: readonly number[],
  value: (row: number, col: number) => CellValue,
  /** `after`: each group row follows its members (a bottom-up sheet) rather than leading them. */
  order: "before" | "after" = "before",
): RowFacts | null {
  const areaAt: number[] = [];
  let totalAt = -1;
  if (facts.forced.size > 0) return null;
  for (let i = 0; i < facts.length; i++) {
    const cls = facts.cls[i];
    if (cls === CLS_SUBTOTAL || cls === CLS_BARE) return null;
    if (cls === CLS_TOTAL) {
      if (totalAt >= 0) return null;
      totalAt = i;
      continue;
    }
    // A district row, or villages under their commune: the levels are named, not left to the arithmetic.
    if (facts.level[i] === LEVEL_UPPER || facts.level[i] === LEVEL_VILLAGE) return null;
    areaAt.push(i);
  }
  const n = areaAt.length;
  const cols = valueCols.slice(0, SAMPLE_COLUMNS);
  if (n < 6 || totalAt < 0) return null;
  const rows = areaAt.map((i) => cols.map((col) => numberOf(value(facts.row[i], col))));
  const canLead = rows.map((own, k) => facts.level[areaAt[k]] !== LEVEL_LOWER && own.some((v) => v !== 0) && !own.some((v) => Number.isNaN(v)));
  // A bottom-up sheet read backwards is a top-down one: each group then leads its members.
  if (order === "after") {
    rows.reverse();
    canLead.reverse();
  }

  // best[k]: the best split of rows k … n-1 into runs; next[k]: where the run from k ends (its last member).
  const best = new Float64Array(n + 1).fill(Number.NEGATIVE_INFINITY);
  const runEnd = new Int32Array(n).fill(-1);
  const runExact = new Uint8Array(n);
  best[n] = 0;
  for (let k = n - 1; k >= 0; k--) {
    if (!canLead[k]) continue;
    const own = rows[k];
    const sums = own.map(() => 0);
    for (let m = k + 1; m < n && m <= k + MAX_MEMBERS; m++) {
      for (let c = 0; c < sums.length; c++) sums[c] += Number.isNaN(rows[m][c]) ? 0 : rows[m][c];
      if (m - k >= 2 && best[m + 1] > Number.NEGATIVE_INFINITY) {
        const run = runOf(own, sums);
        const total = run.score + best[m + 1];
        if (total > best[k]) {
          best[k] = total;
          runEnd[k] = m;
          runExact[k] = run.exact ? 1 : 0;
        }
      }
      // Counts and amounts are not negative: once every sum is past the group's figure, no longer run adds up.
      if (sums.every((sum, c) => sum > own[c] && !same(sum, own[c]))) break;
    }
  }
  if (!(best[0] > 0)) return null;

  const levels: ("upper" | "lower")[] = new Array(n);
  const groupSums = cols.map(() => 0);
  const memberSums = cols.map(() => 0);
  let groups = 0;
  let exact = 0;
  for (let k = 0; k < n; k = runEnd[k] + 1) {
    levels[k] = "upper";
    for (let m = k + 1; m <= runEnd[k]; m++) {
      levels[m] = "lower";
      rows[m].forEach((v, c) => (memberSums[c] += Number.isNaN(v) ? 0 : v));
    }
    rows[k].forEach((v, c) => (groupSums[c] += v));
    groups++;
    exact += runExact[k];
  }
  if (groups < 2 || groups - exact > Math.max(1, Math.floor(groups / 4))) return null;
  if (order === "after") levels.reverse();
  // The grand total adds up the groups as typed, or their members (where a group's subtotal is mistyped).
  const total = cols.map((col) => numberOf(value(facts.row[totalAt], col)));
  const agrees = total.filter((v, c) => v !== 0 && (same(v, groupSums[c]) || same(v, memberSums[c]))).length;
  const disagrees = total.filter((v, c) => !Number.isNaN(v) && !same(v, groupSums[c]) && !same(v, memberSums[c])).length;
  if (agrees <= disagrees) return null;
  const level = facts.level.slice();
  const how: AreaEvidence[] = facts.how.slice();
  areaAt.forEach((i, k) => {
    level[i] = levels[k] === "upper" ? LEVEL_UPPER : LEVEL_LOWER;
    how[i] = "arithmetic";
  });
  return facts.withLevels(level, how);
}
