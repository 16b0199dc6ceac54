/**
 * A reading of the area axis from the arithmetic alone (CONTRACT §2: "where
 * the evidence conflicts, the reading under which the typed subtotals add
 * up wins"), for a single label column where nothing names a level — no
 * prefix, no STT that tells, no area list: bare district names, each typed
 * with its subtotal, followed by its bare commune names. A district among
 * them named by its prefix (`Huyện Quan Sơn` beside `Mường Lát`) is a group
 * whatever the sums, never a member; where every level is named, nothing is
 * left to the arithmetic.
 *
 * The rows are split into runs, each a group row followed by two or more
 * member rows (or by one with the very same figures — a district of a single
 * commune — which counts for nothing either way; or, where that reads better,
 * by none — a district allocated as a whole), so that as many group figures
 * as possible equal their members' sum (one mistyped subtotal does not undo the reading; it stays a
 * `subtotal` finding). The reading is offered only when it is unmistakable:
 * there is a grand total and it adds up the groups (as typed, or their
 * members — it then cannot add up every row, as the plain reading needs),
 * and every group but one in four (at least one) adds up on every column
 * compared. Without a grand total, a list whose figures happen to run in
 * that pattern (2, 1, 1, 2, 1, 1 …) stays a plain list — unless three or
 * more lines whose figures are no multiples of one another add up that way
 * in every group (one mistyped cell allowed from three groups on): no chance
 * gives that. `areaScore` then
 * weighs the reading against the plain one. The same holds backwards for a
 * sheet whose group rows follow their members (bottom-up subtotals).
 */
import type { CellValue } from "../model/workbook";
import { numberOf, SAMPLE_COLUMNS, same } from "./areaScore";
import { CLS_AREA, CLS_BARE, CLS_SUBTOTAL, CLS_TOTAL, LEVEL_LOWER, LEVEL_TIER, LEVEL_UNKNOWN, LEVEL_UPPER, LEVEL_VILLAGE, LEVEL_ZONE, type RowFacts } from "./areaTree";
import type { AreaEvidence } from "../model/reading";
import type { CellRange } from "../model/workbook";

/** Fewest area rows that runs of a group and its members are looked for in without a grand total row to confirm them. */
const MIN_RUN_ROWS = 6;

/** A group's members are looked for among this many rows after it at most. */
const MAX_MEMBERS = 400;

interface Run {
  /** Agreements minus disagreements of the group's figures with its members' sums. */
  readonly score: number;
  /** Disagreements alone. */
  readonly misses: number;
  readonly exact: boolean;
}

/** Group row `k` over members `k+1 … end`: how its figures compare with their sums. */
function runOf(own: readonly number[], sums: readonly number[]): Run {
  let score = 0;
  let misses = 0;
  for (let c = 0; c < own.length; c++) {
    if (Number.isNaN(own[c])) continue;
    if (same(sums[c], own[c])) {
      if (own[c] !== 0) score++;
    } else {
      score--;
      misses++;
    }
  }
  return { score, misses, exact: misses === 0 };
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
  /**
   * The plan's target of the line in each value column, in the column's own unit (absent where none): with no grand
   * total row, a figure the leaves must come to, which confirms the groups as a grand total would.
   */
  planTotals?: ReadonlyMap<number, number>,
  /** The cells a cell's `SUM` adds up (see `addedBlocks`), null for any other cell: tells which row of a pair adds up the other. */
  adds?: (row: number, col: number) => readonly CellRange[] | null,
): ArithmeticLevels | null {
  const areaAt: number[] = [];
  let totalAt = -1;
  let bare = 0;
  if (facts.forced.size > 0) return null;
  for (let i = 0; i < facts.length; i++) {
    const cls = facts.cls[i];
    if (cls === CLS_SUBTOTAL || cls === CLS_BARE) return null;
    if (cls === CLS_TOTAL) {
      if (totalAt >= 0) return null;
      totalAt = i;
      continue;
    }
    // Villages under their commune, tiers, zones: the levels are named, not left to the arithmetic.
    if (facts.level[i] === LEVEL_VILLAGE || facts.level[i] === LEVEL_TIER || facts.level[i] === LEVEL_ZONE) return null;
    if (facts.level[i] === LEVEL_UNKNOWN) bare++;
    areaAt.push(i);
  }
  // Every level named (a district by its prefix, the rest by theirs or the list): nothing is left to the arithmetic.
  if (bare === 0) return null;
  const n = areaAt.length;
  const cols = valueCols.slice(0, SAMPLE_COLUMNS);
  // Fewer rows than two groups of two members cannot show groups, but two districts of a single commune each (below),
  // or one district over all the other rows under a grand total (below).
  if (n < 3 || (n < MIN_RUN_ROWS && totalAt < 0)) return null;
  const rows = areaAt.map((i) => cols.map((col) => numberOf(value(facts.row[i], col))));
  // (A bare row a district named as such adds up by the formula right above it is that district's commune in every reading.)
  const canLead = rows.map((own, k) => facts.level[areaAt[k]] !== LEVEL_LOWER && !facts.summedUnder.has(areaAt[k]) && own.some((v) => v !== 0) && !own.some((v) => Number.isNaN(v)));
  // A district named by its prefix among bare names (`Huyện Quan Sơn` beside `Mường Lát`) is a group, never a member.
  const mustLead = areaAt.map((i) => facts.level[i] === LEVEL_UPPER);
  // The rows a district's `SUM` starts adding up right below it are its communes, down to the next district, even
  // where the range stops short of the last (a row inserted under it): none of them stands beside the districts.
  if (order === "before" && adds !== undefined) {
    const sheetRows = areaAt.map((i) => facts.row[i]);
    for (const k of summedMembers(sheetRows, mustLead, cols, adds)) canLead[k] = false;
  }
  // A bottom-up sheet read backwards is a top-down one: each group then leads its members.
  if (order === "after") {
    rows.reverse();
    canLead.reverse();
    mustLead.reverse();
  }
  for (let k = 0; k < n; k++) if (mustLead[k] && !canLead[k]) return null;

  // Without a grand total to confirm the groups, only lines that tell different stories can: see `splitRuns`.
  const total = totalAt >= 0 ? cols.map((col) => numberOf(value(facts.row[totalAt], col))) : null;
  // A grand total that adds up the groups confirms them on a small table too (two districts, five rows).
  let split = total !== null || (n >= MIN_RUN_ROWS && distinctPatterns(rows) >= MIN_PATTERNS_WITHOUT_TOTAL) ? bestSplit(rows, canLead, mustLead, total) : null;
  if (split === null && n >= MIN_RUN_ROWS && total === null && planTotals !== undefined && cols.some((col) => planTotals.has(col))) {
    // No grand total row: the plan's targets stand in for it, where the leaves come to them exactly, on lines that
    // tell two stories at least (one line's small counts fall into such runs by chance) — or, on a sheet of one line
    // (the money alone), where three groups of several members at least add up exactly: the rows read flat would
    // come to twice the plan's target.
    const patterns = distinctPatterns(rows);
    if (patterns >= 1) {
      const planned = bestSplit(rows, canLead, mustLead, cols.map((col) => planTotals.get(col) ?? Number.NaN));
      if (planned !== null && (patterns >= 2 || (planned.off === 0 && severalMemberGroups(planned.levels) >= MIN_GROUPS_WITHOUT_TOTAL))) split = planned;
      // So too with one group off (a mistyped subtotal, found at it), where the rows read flat come to about twice
      // the target the leaves meet exactly — as districts typed over their communes do, and no flat list by chance.
      else if (planned !== null && planned.off === 1 && severalMemberGroups(planned.levels) >= MIN_GROUPS_WITHOUT_TOTAL && flatNearTwice(rows, cols, planTotals)) split = planned;
      // One line whose plan's target the groups do not meet (allocated short of, or past, the plan): the districts
      // each adding up their communes exactly still tell them — three of several members, or two where a prefix
      // names a level — unless the rows read flat come to the target, or the line holds few distinct figures (small
      // counts, whose sums fall into such runs by chance).
      else if (planned === null && patterns === 1 && !flatMeets(rows, cols, planTotals) && manyFigures(rows)) {
        const free = bestSplit(rows, canLead, mustLead, null);
        const named = areaAt.some((i) => facts.level[i] !== LEVEL_UNKNOWN);
        if (free !== null && free.off === 0 && severalMemberGroups(free.levels) >= (named ? 2 : MIN_GROUPS_WITHOUT_TOTAL)) split = free;
      }
    }
  }
  // One district over every other row (bare names, the sheet's only district): the grand total's figures its, and
  // its communes' sum, on every line — the rows read flat would come to twice the total on every line.
  if (split === null && total !== null && n < 4) split = oneGroupOverAll(rows, canLead, mustLead, total);
  let pairedByPosition = false;
  if (split === null && total !== null) {
    // Rows in reading order (reversed for `after`) back to the sheet's.
    const sheetRow = (k: number): number => facts.row[areaAt[order === "after" ? n - 1 - k : k]];
    const lead = pairLeads(sheetRow, n, cols, adds);
    // The formulas name the other row of each pair the district: the reading the other way round takes it.
    if (lead !== "other") split = pairedSplit(rows, canLead, mustLead, total);
    // Nothing but the order tells which row of each pair is the district: taken, said to be unsure.
    // Read backwards, only the formulas take it (the top-down reading has taken the pairs by order).
    // Where every district row of the pairs is named so (STT `I`, `II`, a prefix), the order told nothing.
    if (split !== null && lead === "unknown") {
      if (order === "after") split = null;
      else pairedByPosition = split.levels.some((level, k) => level === "upper" && !mustLead[k]);
    }
  }
  if (split === null) return null;
  const levels = order === "after" ? split.levels.reverse() : split.levels;
  const level = facts.level.slice();
  const how: AreaEvidence[] = facts.how.slice();
  areaAt.forEach((i, k) => {
    // A district named by its prefix keeps that evidence.
    if (facts.level[i] === LEVEL_UPPER) return;
    level[i] = levels[k] === "upper" ? LEVEL_UPPER : LEVEL_LOWER;
    how[i] = "arithmetic";
  });
  return { facts: facts.withLevels(level, how), pairedByPosition };
}

/**
 * The area rows (indices into `rows`, sheet rows top-down) that a row's `SUM`
 * makes its members: on every sampled column where the row holds one, a single
 * block in that column starting at the next area row and holding no district
 * named as such (STT, prefix). Its members are the rows from that one down to
 * the next district named as such or the next row with a `SUM` of that shape,
 * past the range's end too (a `SUM` stopping short of its last commune is that
 * subtotal's error, not a commune beside the districts).
 */
/** A chain of cells running on down one column (`=C8+C9+C10`) as the one block it covers; other blocks as they are. */
function runOn(blocks: readonly CellRange[] | null): readonly CellRange[] | null {
  if (blocks === null || blocks.length < 2) return blocks;
  const sorted = [...blocks].sort((a, b) => a.top - b.top);
  const { left, right } = sorted[0];
  for (let i = 1; i < sorted.length; i++) if (sorted[i].left !== left || sorted[i].right !== right || sorted[i].top !== sorted[i - 1].bottom + 1) return blocks;
  return [{ top: sorted[0].top, left, bottom: sorted[sorted.length - 1].bottom, right }];
}

function summedMembers(
  rows: readonly number[],
  mustLead: readonly boolean[],
  cols: readonly number[],
  adds: (row: number, col: number) => readonly CellRange[] | null,
  /** Which rows may open members (all by default). */
  mayOpen: (k: number) => boolean = () => true,
): number[] {
  const n = rows.length;
  const opensBelow = (k: number): boolean => {
    if (k + 1 >= n || !mayOpen(k)) return false;
    let told = false;
    for (const col of cols) {
      const blocks = runOn(adds(rows[k], col));
      if (blocks === null) continue;
      if (blocks.length !== 1) return false;
      const b = blocks[0];
      if (b.left !== col || b.right !== col || b.top !== rows[k + 1] || b.bottom < b.top) return false;
      for (let m = k + 1; m < n && rows[m] <= b.bottom; m++) if (mustLead[m]) return false;
      told = true;
    }
    return told;
  };
  const opens = rows.map((_row, k) => opensBelow(k));
  const members: number[] = [];
  for (let k = 0; k < n; k++) {
    if (!opens[k]) continue;
    for (let m = k + 1; m < n && !mustLead[m] && !opens[m]; m++) members.push(m);
  }
  return members;
}

/**
 * The bare rows (facts of unknown level) that a district named as such (STT,
 * prefix) makes its communes by a `SUM` starting right below it (see
 * `summedMembers`): down to the next district named so, the next such `SUM`,
 * or the next row that is no area (a total, a subtotal), past the range's end
 * too — a `SUM` stopping short of its last commune is that subtotal's error.
 * No reading may take them for districts beside it (a bare commune blank on
 * the summed line would leave the district a group of none, read as a leaf).
 */
export function summedUnderDistricts(facts: RowFacts, valueCols: readonly number[], adds: (row: number, col: number) => readonly CellRange[] | null): number[] {
  const cols = valueCols.slice(0, SAMPLE_COLUMNS);
  const rows: number[] = [];
  const stops: boolean[] = [];
  for (let f = 0; f < facts.length; f++) {
    rows.push(facts.row[f]);
    stops.push(facts.cls[f] !== CLS_AREA || facts.level[f] === LEVEL_UPPER || facts.level[f] === LEVEL_TIER);
  }
  const opens = (f: number): boolean => facts.cls[f] === CLS_AREA && facts.level[f] === LEVEL_UPPER && !facts.forced.has(f);
  return summedMembers(rows, stops, cols, adds, opens).filter((f) => facts.level[f] === LEVEL_UNKNOWN && !facts.forced.has(f));
}

/** Levels read from the arithmetic, and whether each district of a single commune was told from it by order alone. */
export interface ArithmeticLevels {
  readonly facts: RowFacts;
  /**
   * Every district holds a single commune with the same figures, and no formula
   * says which row of each pair adds up the other: the first row of each pair
   * was taken for the district by its place alone.
   */
  readonly pairedByPosition: boolean;
}

/**
 * Which row of each pair of rows alike (a district of a single commune, names
 * bare) the formulas make the district: `lead` the first in reading order,
 * `other` the second, `unknown` where no formula tells or they disagree. A
 * row whose `SUM` adds up the other row of its pair (`=SUM(C8)`, as its
 * neighbours' subtotals `=SUM(C8:C10)` do) is the district. A plain
 * reference (`=C7`) tells nothing: a commune given its district's whole
 * share copies the district's cell so. Nor does the grand total's formula
 * (`=C7+C9+C11`): it may add the districts or the communes alike.
 */
function pairLeads(
  sheetRow: (k: number) => number,
  n: number,
  cols: readonly number[],
  adds: ((row: number, col: number) => readonly CellRange[] | null) | undefined,
): "lead" | "other" | "unknown" {
  if (adds === undefined || n % 2 !== 0) return "unknown";
  const only = (blocks: readonly CellRange[] | null, row: number, col: number): boolean =>
    blocks !== null && blocks.length === 1 && blocks[0].top === row && blocks[0].bottom === row && blocks[0].left === col && blocks[0].right === col;
  let leads = 0;
  let others = 0;
  for (let k = 0; k + 1 < n; k += 2) {
    const first = sheetRow(k);
    const second = sheetRow(k + 1);
    let lead = 0;
    let other = 0;
    for (const col of cols) {
      if (only(adds(first, col), second, col)) lead++;
      if (only(adds(second, col), first, col)) other++;
    }
    if (lead > other) leads++;
    else if (other > lead) others++;
  }
  if (leads > 0 && others === 0) return "lead";
  if (others > 0 && leads === 0) return "other";
  return "unknown";
}

/**
 * First the districts that lead communes; where that reads nothing, or a group that does not add up, also districts
 * standing alone — taken only when fewer groups are then off.
 */
function bestSplit(rows: readonly number[][], canLead: readonly boolean[], mustLead: readonly boolean[], total: readonly number[] | null): Split | null {
  const led = splitRuns(rows, canLead, total, false, false, mustLead);
  const alone = led === null || led.off > 0 ? splitRuns(rows, canLead, total, true, false, mustLead) : null;
  return alone !== null && (led === null || alone.off < led.off) ? alone : led;
}

/** Whether the figures of the rows are distinct on two rows in three at least, on every line (no list of small counts). */
function manyFigures(rows: readonly number[][]): boolean {
  const width = rows[0]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    const figures = new Set(rows.map((row) => row[c]).filter((v) => Number.isFinite(v) && v !== 0));
    if (figures.size === 0) continue;
    if (figures.size * 3 < rows.length * 2) return false;
  }
  return true;
}

/** Whether the rows read flat come to the plan's target on some line that has one. */
function flatMeets(rows: readonly number[][], cols: readonly number[], planTotals: ReadonlyMap<number, number>): boolean {
  return cols.some((col, c) => {
    const target = planTotals.get(col);
    if (target === undefined) return false;
    let sum = 0;
    for (const row of rows) if (!Number.isNaN(row[c])) sum += row[c];
    return same(sum, target);
  });
}

/** Whether the rows read flat come to about twice the plan's target (within a quarter of it) on every line that has one. */
function flatNearTwice(rows: readonly number[][], cols: readonly number[], planTotals: ReadonlyMap<number, number>): boolean {
  let lines = 0;
  for (let c = 0; c < cols.length; c++) {
    const target = planTotals.get(cols[c]);
    if (target === undefined) continue;
    let sum = 0;
    for (const row of rows) if (!Number.isNaN(row[c])) sum += row[c];
    if (!(target > 0) || Math.abs(sum - 2 * target) > target / 4) return false;
    lines++;
  }
  return lines > 0;
}

/** How many groups of a split lead two members or more. */
function severalMemberGroups(levels: readonly ("upper" | "lower")[]): number {
  let groups = 0;
  for (let k = 0; k < levels.length; k++) {
    if (levels[k] !== "upper") continue;
    let members = 0;
    while (k + 1 + members < levels.length && levels[k + 1 + members] === "lower") members++;
    if (members >= 2) groups++;
  }
  return groups;
}

/** Fewest lines with figures on which districts of a single commune each must be told by the grand total. */
const MIN_PAIRED_LINES = 2;

/**
 * Every district of a single commune (a pilot commune per district), names
 * bare: the rows alike two by two, and the grand total adding up one row of
 * each pair on every line — where the flat reading, twice that, adds up on
 * none. Each pair's first row is the district (its second, read backwards):
 * the caller asks the formulas which (`pairLeads`) and says when only the
 * order told. Null unless that holds on two lines with figures at least.
 */
function pairedSplit(rows: readonly number[][], canLead: readonly boolean[], mustLead: readonly boolean[], total: readonly number[]): Split | null {
  const n = rows.length;
  if (n < 4 || n % 2 !== 0) return null;
  const width = total.length;
  const groupSums = new Array<number>(width).fill(0);
  const allSums = new Array<number>(width).fill(0);
  for (let k = 0; k < n; k += 2) {
    if (!canLead[k] || mustLead[k + 1]) return null;
    for (let c = 0; c < width; c++) {
      if (!same(rows[k][c], rows[k + 1][c])) return null;
      groupSums[c] += rows[k][c];
      allSums[c] += rows[k][c] + rows[k + 1][c];
    }
  }
  let lines = 0;
  for (let c = 0; c < width; c++) {
    if (Number.isNaN(total[c])) continue;
    if (!same(total[c], groupSums[c])) return null;
    if (total[c] === 0) continue;
    if (same(total[c], allSums[c])) return null;
    lines++;
  }
  if (lines < MIN_PAIRED_LINES) return null;
  return { levels: rows.map((_row, k) => (k % 2 === 0 ? "upper" : "lower")), off: 0 };
}

/**
 * Without a grand total, a split the reading does not take (not
 * unmistakable) but that a person would weigh: two groups or more of several
 * members each, one at least adding up its members on every line compared,
 * on lines that tell two stories at least (never one line alone, whose small
 * counts fall into such runs by chance). The flat reading then stands, said
 * to be unsure. With a grand total row: it adds up the rows read flat on no
 * line (`totalAddsUpNoLine`), rows of two levels left unseen.
 */
export function arithmeticHint(facts: RowFacts, valueCols: readonly number[], value: (row: number, col: number) => CellValue): boolean {
  if (facts.forced.size > 0) return false;
  const areaAt: number[] = [];
  let totalAt = -1;
  for (let i = 0; i < facts.length; i++) {
    const cls = facts.cls[i];
    if (cls !== CLS_AREA && cls !== CLS_TOTAL) return false;
    if (cls === CLS_TOTAL) {
      if (totalAt >= 0) return false;
      totalAt = i;
      continue;
    }
    if (facts.level[i] !== LEVEL_UNKNOWN && facts.level[i] !== LEVEL_LOWER) return false;
    areaAt.push(i);
  }
  const cols = valueCols.slice(0, SAMPLE_COLUMNS);
  if (totalAt >= 0) return totalAddsUpNoLine(facts.row[totalAt], areaAt.map((i) => facts.row[i]), cols, value);
  if (areaAt.length < 5) return false;
  const rows = areaAt.map((i) => cols.map((col) => numberOf(value(facts.row[i], col))));
  if (distinctPatterns(rows) < 2) return false;
  return someRowsAddUpOthers(facts, areaAt, rows);
}

/**
 * A sheet of one line with figures and no grand total row, read as a flat
 * list that allocates past the plan's target, where some rows add up the rows
 * after them like districts over their communes (two groups of several
 * members at least, one exact) — not enough to take the districts
 * (`arithmeticLevels`), but a person would weigh them: the flat reading is
 * then said to be unsure.
 */
export function oneLineGroupsHint(
  facts: RowFacts,
  valueCols: readonly number[],
  value: (row: number, col: number) => CellValue,
  planTotals: ReadonlyMap<number, number>,
): boolean {
  if (facts.forced.size > 0) return false;
  const areaAt: number[] = [];
  for (let i = 0; i < facts.length; i++) {
    if (facts.cls[i] !== CLS_AREA) return false;
    areaAt.push(i);
  }
  if (areaAt.length < 5 || !areaAt.some((i) => facts.level[i] === LEVEL_UNKNOWN)) return false;
  const cols = valueCols.slice(0, SAMPLE_COLUMNS);
  const rows = areaAt.map((i) => cols.map((col) => numberOf(value(facts.row[i], col))));
  if (distinctPatterns(rows) !== 1) return false;
  const past = cols.some((col, c) => {
    const target = planTotals.get(col);
    if (target === undefined) return false;
    let sum = 0;
    for (const row of rows) if (!Number.isNaN(row[c])) sum += row[c];
    return sum > target && !same(sum, target);
  });
  if (!past) return false;
  return someRowsAddUpOthers(facts, areaAt, rows);
}

/**
 * Whether some rows read flat add up the rows after them (or before them,
 * districts written under their communes) like districts over communes: a
 * split into runs of several members, as loose as a hint may be. A row can
 * lead a run when it is not known to be of the lower level and holds
 * figures, none of them unread.
 */
function someRowsAddUpOthers(facts: RowFacts, areaAt: readonly number[], rows: number[][]): boolean {
  // (A bare row a district named as such adds up by the formula right above it is that district's commune in every reading.)
  const canLead = rows.map((own, k) => facts.level[areaAt[k]] !== LEVEL_LOWER && !facts.summedUnder.has(areaAt[k]) && own.some((v) => v !== 0) && !own.some((v) => Number.isNaN(v)));
  for (const reversed of [false, true]) {
    const ordered = reversed ? rows.slice().reverse() : rows;
    const leads = reversed ? canLead.slice().reverse() : canLead;
    if (splitRuns(ordered, leads, null, false, true) !== null) return true;
  }
  return false;
}

/**
 * A grand total that adds up the rows read flat on no line, two lines with
 * figures at least: no one mistyped cell does that (it puts one line off),
 * rows of two levels unseen do (districts and their communes both summed).
 */
function totalAddsUpNoLine(totalRow: number, rows: readonly number[], cols: readonly number[], value: (row: number, col: number) => CellValue): boolean {
  let lines = 0;
  for (const col of cols) {
    const total = numberOf(value(totalRow, col));
    if (Number.isNaN(total) || total === 0) continue;
    let sum = 0;
    for (const row of rows) {
      const v = numberOf(value(row, col));
      if (!Number.isNaN(v)) sum += v;
    }
    if (same(sum, total)) return false;
    lines++;
  }
  return lines >= 2;
}

/** Without a grand total: the fewest groups of several members that may hold a mistyped one, and the fewest lines whose figures are not multiples of one another. */
const MIN_GROUPS_WITHOUT_TOTAL = 3;
const MIN_PATTERNS_WITHOUT_TOTAL = 3;

/** How many columns tell different stories: columns with figures, those proportional to one another counted once. */
function distinctPatterns(rows: readonly number[][]): number {
  const width = rows[0]?.length ?? 0;
  const patterns = new Set<string>();
  for (let c = 0; c < width; c++) {
    let base = 0;
    for (const row of rows) {
      if (Number.isFinite(row[c]) && row[c] !== 0) {
        base = row[c];
        break;
      }
    }
    if (base === 0) continue;
    patterns.add(rows.map((row) => (Number.isFinite(row[c]) ? Math.round((row[c] / base) * 1e6) : "x")).join(","));
  }
  return patterns.size;
}

/**
 * The first row a group over all the rows after it (two at least, none a district named as such), where on every
 * line the grand total shows the group's figure and the members add up to it, none of them zero: else null.
 */
function oneGroupOverAll(rows: readonly number[][], canLead: readonly boolean[], mustLead: readonly boolean[], total: readonly number[]): Split | null {
  if (rows.length < 3 || !canLead[0] || mustLead.some((must, k) => must && k > 0)) return null;
  const own = rows[0];
  for (let c = 0; c < own.length; c++) {
    if (!(own[c] > 0) || !same(total[c], own[c])) return null;
    let sum = 0;
    for (let m = 1; m < rows.length; m++) {
      if (!(rows[m][c] > 0)) return null;
      sum += rows[m][c];
    }
    if (!same(sum, own[c])) return null;
  }
  return { levels: rows.map((_row, k) => (k === 0 ? "upper" : "lower")), off: 0 };
}

/** A reading of the rows: each one's level, and how many of its groups do not add up. */
interface Split {
  readonly levels: ("upper" | "lower")[];
  readonly off: number;
}

/**
 * The split of the rows (in reading order, each group before its members)
 * into runs that adds up best; null when it is not unmistakable.
 * `alone`: a group row may also stand with no member (a district allocated
 * as a whole among districts split into communes).
 */
function splitRuns(
  rows: readonly number[][],
  canLead: readonly boolean[],
  total: readonly number[] | null,
  alone: boolean,
  loose = false,
  /** Rows that are groups whatever the sums (a district named by its prefix): never a member of a run. */
  mustLead?: readonly boolean[],
): Split | null {
  const n = rows.length;
  // best[k]: the best split of rows k … n-1 into runs; next[k]: where the run from k ends (its last member).
  const best = new Float64Array(n + 1).fill(Number.NEGATIVE_INFINITY);
  const runEnd = new Int32Array(n).fill(-1);
  const runExact = new Uint8Array(n);
  // Runs off on as many lines as they add up on, or more: no mistyped cell, no group.
  const runSevere = new Uint8Array(n);
  // The lines the run's group adds up its members on (figures not zero), and those it misses on.
  const runAgreed = new Int32Array(n);
  const runMissed = new Int32Array(n);
  best[n] = 0;
  for (let k = n - 1; k >= 0; k--) {
    if (!canLead[k]) continue;
    const own = rows[k];
    const sums = own.map(() => 0);
    for (let m = k + 1; m < n && m <= k + MAX_MEMBERS; m++) {
      if (mustLead?.[m] === true) break;
      for (let c = 0; c < sums.length; c++) sums[c] += Number.isNaN(rows[m][c]) ? 0 : rows[m][c];
      if (best[m + 1] > Number.NEGATIVE_INFINITY) {
        const run = runOf(own, sums);
        // A group of one member (a district with a single commune) repeats its figures: that proves nothing, so
        // its agreements score nothing (its misses, a mistyped subtotal, still count against it) and the groups
        // of several must carry the reading.
        const single = m - k === 1;
        const score = (single ? -run.misses : run.score) + best[m + 1];
        if (score > best[k]) {
          best[k] = score;
          runEnd[k] = m;
          runExact[k] = run.exact ? 1 : 0;
          runSevere[k] = run.misses > 0 && run.misses >= run.score + run.misses ? 1 : 0;
          runAgreed[k] = run.score + run.misses;
          runMissed[k] = run.misses;
        }
      }
      // Counts and amounts are not negative: once every sum is past the group's figure, no longer run adds up.
      if (sums.every((sum, c) => sum > own[c] && !same(sum, own[c]))) break;
    }
    if (alone && best[k + 1] > best[k]) {
      // A district allocated as a whole, no commune under it: proves nothing, scores nothing; never preferred to members.
      best[k] = best[k + 1];
      runEnd[k] = k;
      runExact[k] = 1;
      runSevere[k] = 0;
      runAgreed[k] = 0;
      runMissed[k] = 0;
    }
  }
  // As many groups off as adding up (two districts, one subtotal stale on every line): only the grand total can tell.
  const even = best[0] === 0;
  if (!(best[0] > 0) && !(even && (total !== null || loose))) return null;

  const levels: ("upper" | "lower")[] = new Array(n);
  const width = rows[0]?.length ?? 0;
  const groupSums = new Array<number>(width).fill(0);
  const memberSums = new Array<number>(width).fill(0);
  let groups = 0;
  let off = 0;
  let severe = 0;
  let exactGroups = 0;
  let runs = 0;
  // The last group of several members: its agreements and misses.
  let agreed = 0;
  let missed = 0;
  for (let k = 0; k < n; k = runEnd[k] + 1) {
    runs++;
    levels[k] = "upper";
    for (let m = k + 1; m <= runEnd[k]; m++) {
      levels[m] = "lower";
      rows[m].forEach((v, c) => (memberSums[c] += Number.isNaN(v) ? 0 : v));
    }
    rows[k].forEach((v, c) => (groupSums[c] += v));
    if (runExact[k] === 0) off++;
    severe += runSevere[k];
    if (runEnd[k] - k >= 2) {
      groups++; // a group of one, or of none, is no evidence
      agreed = runAgreed[k];
      missed = runMissed[k];
    }
    if (runEnd[k] - k >= 2 && runExact[k] === 1) exactGroups++;
  }
  if (loose) return groups >= 2 && exactGroups >= 1 && off < groups ? { levels, off } : null;
  // One group of several members beside districts of a single commune (or none): it adds up exactly, and the
  // grand total adds up the groups on every line, on lines that tell two stories at least — checked below.
  // So too where that group is off on one line and adds up on another, every district of a single commune adding
  // up: a mistyped subtotal or commune (found at the subtotal), the grand total still adding up the groups on every
  // line — which the rows read flat, their sum near twice the total, add up on none.
  const loneOff = groups === 1 && exactGroups === 0 && off === 1 && missed === 1 && agreed >= 1 && runs >= 2;
  const lone = (groups === 1 && exactGroups === 1 && off === 0) || loneOff ? total !== null && distinctPatterns(rows) >= 2 : false;
  if ((groups < 2 && !lone) || off > Math.max(1, Math.floor(groups / 4))) return null;
  if (total === null) {
    // Nothing to confirm the groups but their own sums: every group adds up on most lines, and with two groups only, on all.
    return severe > 0 || (groups < MIN_GROUPS_WITHOUT_TOTAL && off > 0) ? null : { levels, off };
  }
  // The grand total adds up the groups as typed, or their members (where a group's subtotal is mistyped).
  const agrees = total.filter((v, c) => v !== 0 && (same(v, groupSums[c]) || same(v, memberSums[c]))).length;
  const disagrees = total.filter((v, c) => !Number.isNaN(v) && !same(v, groupSums[c]) && !same(v, memberSums[c])).length;
  if (agrees <= disagrees || (lone && (disagrees > 0 || agrees < 2))) return null;
  // An even score stands only on a grand total that adds up the groups (or their members) on every line, with a group that adds up.
  if (even && (disagrees > 0 || (exactGroups === 0 && !lone))) return null;
  return { levels, off };
}
