/**
 * One cause, one finding (CONTRACT §3) where a row check and a column check
 * cross. A total line (`Tổng kinh phí`) checks each area's row against its
 * parts; group and grand totals check each line's column against their
 * children; and the plan checks each line's allocation. One mistyped cell
 * breaks several of these at once:
 *
 * - a commune's `Tổng kinh phí` typed wrong (its parts right) disagrees with
 *   its parts, and also puts its district's `Tổng kinh phí` off against its
 *   communes and the line's allocation off against the plan;
 * - a commune's budget part typed wrong disagrees with its row's total and
 *   with its district's subtotal of that part (and the part's plan line);
 * - a district's subtotal of a part typed wrong disagrees with its communes
 *   and with the district's own `Tổng kinh phí`.
 *
 * For each row check that fails, this tries the cells of that row (its total
 * cell and each part) as the one mistyped cell: corrected by exactly the
 * row's gap, the cell must make the checks it takes part in agree and must
 * break none that agreed (nor push a plan line further off its rule). The
 * cell that explains most (at least the row and one more check) is the cell
 * to fix; when two cells explain as much, the row's total stays the one told
 * — and when the total itself cannot be the mistyped cell (several parts
 * equally likely), its message says so, naming those parts and the figure
 * each would hold.
 * The findings at the totals and the plan comparisons the correction puts
 * right are let go, and the cell's finding names them ("correcting this cell
 * also puts … right"): a user who sees a district total disagree in Excel
 * then knows not to touch it. A total that agrees with its parts follows
 * them: a SUM over the mistyped cell is right as a formula; a typed total that
 * agrees was added up by hand from the wrong figure and carries it upward, so
 * the finding names it as a total to type again with the cell. Sums are
 * compared with the rules' rounding-tolerant `standing`.
 */
import { a1 } from "../model/address";
import type { Finding, Severity } from "../model/finding";
import { localized, type LocalizedText } from "../model/text";
import { cellFormula, cellValue } from "../model/workbook";
import { formatAmount } from "../text/format";
import { CELL, isNumericState as isNumeric } from "../cells/readCell";
import { allocatedFor, cellPosition, type RuleContext } from "./context";
import { breachSeverity, difference, standing, verdict } from "./compare";
import { makeFinding } from "./finding";
import { totalLineChildren } from "./lineTotals";
import { skippedText } from "./skippedText";
import { staleRowFormula } from "./subtotal";
import { joinList } from "../text/joinList";
import { splitMoneyText } from "../text/units";
import { looksLikeTypo } from "./typo";

/** `total = sum of parts` over value cells (indexes `area * lineCount + line`). */
interface Check {
  readonly along: "row" | "column";
  readonly total: number;
  readonly parts: readonly number[];
}

/** A bound on the cells one correction moves (formula totals following it): a chain is as long as the table is deep. */
const MOST_MOVES = 100_000;

/** A cell taken for the one mistyped cell: how every cell moves when it is corrected, and the failing checks that then agree. */
interface Hypothesis {
  readonly cell: number;
  /** What the cell shows minus what it should show (base units). */
  readonly error: number;
  /** Correction of each moved cell: the cell itself, and the formula totals that follow it. */
  readonly shifts: ReadonlyMap<number, number>;
  readonly explained: readonly Check[];
  /** The row check it was tried for. */
  readonly row: Check;
}

/** Sums of an area's parts on a line: as allocheck counts them, and as Excel's SUM shows them (text numbers left out). */
interface TextSums {
  full: number;
  excel: number;
}

/**
 * Per formula total that only skips numbers typed as text (`skippedText`):
 * what it would show with them counted, less what it shows — through its
 * direct parts or through every leaf under it, as `skippedText` matched it.
 */
function textShifts(context: RuleContext, explained: ReadonlySet<number>): Map<number, number> {
  const out = new Map<number, number>();
  const { areas } = context.table;
  const { state, base, lineCount } = context;
  const sums = (area: number, line: number, leavesOnly: boolean): TextSums | null => {
    const sum: TextSums = { full: 0, excel: 0 };
    const visit = (parent: number): boolean => {
      for (const child of areas[parent].children) {
        const kind = areas[child].kind;
        const at = child * lineCount + line;
        const s = state[at];
        const own = kind === "leaf" || (!leavesOnly && kind !== "heading" && isNumeric(s));
        if (!own) {
          if (!leavesOnly && kind !== "heading" && s !== CELL.blank) return false;
          if (!visit(child)) return false;
          continue;
        }
        if (s === CELL.blank) continue;
        if (!isNumeric(s)) return false;
        sum.full += base[at];
        if (s !== CELL.textNumber) sum.excel += base[at];
      }
      return true;
    };
    return visit(area) ? sum : null;
  };
  for (const cell of explained) {
    const area = Math.floor(cell / lineCount);
    const line = cell % lineCount;
    const shown = base[cell];
    const match = [sums(area, line, false), sums(area, line, true)].find((x) => x !== null && standing(shown, x.excel) === "equal" && standing(shown, x.full) !== "equal");
    if (match !== undefined && match !== null) out.set(cell, difference(match.full, shown));
  }
  return out;
}

const NO_SHIFTS: ReadonlyMap<number, number> = new Map();

/** The arithmetic checks of one table, built on demand per cell. */
class Checks {
  private readonly rows = new Map<number, Check | null>();
  private readonly columns = new Map<number, Check | null>();
  /** Per table line: the lines it adds up when it is a total line, else null. */
  readonly lineChildren: readonly (readonly number[] | null)[];
  /** Per table line: the total lines that add it up. */
  private readonly lineTotals: readonly number[][];
  private readonly byText: ReadonlySet<number>;

  /**
   * Per formula total that shows less than its parts because a SUM skips
   * numbers typed as text (`text-number` tells that cause), and per formula
   * total that follows it: what it would show with them counted, less what it shows.
   */
  private readonly texts = new Map<number, number>();
  private readonly failing = new Map<Check, boolean>();
  private readonly sums = new Map<Check, number>();
  private readonly partSets = new Map<Check, Set<number>>();
  private readonly asShown = new Map<Check, boolean>();
  /** Per text cell that only a row's formula total skips: that total and the figure it shows. */
  readonly rowSkips = new Map<number, { readonly cell: number; readonly shown: number }>();

  constructor(readonly context: RuleContext) {
    const children: (number[] | null)[] = [];
    const totals: number[][] = Array.from({ length: context.lineCount }, () => []);
    for (let line = 0; line < context.lineCount; line++) {
      const parts = totalLineChildren(context, line);
      children.push(parts);
      if (parts !== null) for (const part of parts) totals[part].push(line);
    }
    this.lineChildren = children;
    this.lineTotals = totals;
    this.byText = skippedText(context).explained;
    const seeds = textShifts(context, this.byText);
    this.findRowSkips(seeds);
    const via = new Map<number, Check>();
    for (const [cell, delta] of seeds) {
      this.spread(this.texts, via, cell, delta, (check) => !seeds.has(check.total) && this.agreesAsShown(check) && this.isFormula(check.total));
    }
  }

  /**
   * Row totals that skip text: an area's total-line cell whose formula (a SUM
   * along its row) shows exactly its parts without the numbers typed as text.
   * Like a column total in `skippedText`, the formula is right and the text
   * cell is the one to fix: the total goes into `seeds`, each such text cell
   * into `rowSkips` (unless a column total already names it).
   */
  private findRowSkips(seeds: Map<number, number>): void {
    const { context } = this;
    const { state, base, lineCount } = context;
    if (context.sheet.formulas === undefined) return;
    const told = skippedText(context).skippedBy;
    for (let at = state.indexOf(CELL.textNumber); at !== -1; at = state.indexOf(CELL.textNumber, at + 1)) {
      if (base[at] === 0) continue; // a text 0 skipped changes no figure
      const area = Math.floor(at / lineCount);
      for (const total of this.lineTotals[at % lineCount]) {
        const cell = area * lineCount + total;
        if (seeds.has(cell) || state[cell] !== CELL.number || !this.isFormula(cell)) continue;
        const row = this.row(cell);
        if (row === null) continue;
        let full = 0;
        let excel = 0;
        for (const part of row.parts) {
          full += base[part];
          if (state[part] !== CELL.textNumber) excel += base[part];
        }
        const shown = base[cell];
        if (standing(shown, excel) !== "equal" || standing(shown, full) === "equal") continue;
        seeds.set(cell, difference(full, shown));
        for (const part of row.parts) {
          if (state[part] === CELL.textNumber && base[part] !== 0 && !told.has(part) && !this.rowSkips.has(part)) this.rowSkips.set(part, { cell, shown });
        }
      }
    }
  }

  /** What a cell counts for here: its value, with the text numbers a formula total skips counted. */
  counted(cell: number): number {
    return this.context.base[cell] + (this.texts.get(cell) ?? 0);
  }

  /** These corrections with the moves of the text numbers that formula totals skip. */
  withTexts(shifts: ReadonlyMap<number, number>): Map<number, number> {
    const out = new Map(shifts);
    for (const [cell, shift] of this.texts) out.set(cell, (out.get(cell) ?? 0) + shift);
    return out;
  }

  /** Whether a cell is a formula total that adds up its parts (one of its checks agrees) or skips text a `text-number` error tells. */
  followsParts(cell: number): boolean {
    if (!this.isFormula(cell)) return false;
    return this.byText.has(cell) || this.withTotal(cell).some((check) => !this.fails(check));
  }

  /** Whether a check fails as the sheet stands (text numbers counted). */
  fails(check: Check): boolean {
    let failing = this.failing.get(check);
    if (failing === undefined) {
      failing = !this.agrees(check, NO_SHIFTS);
      this.failing.set(check, failing);
    }
    return failing;
  }

  /** Whether an area's total-line cell may disagree with its row's parts: a quick look, before any check is built. */
  rowMayFail(cell: number): boolean {
    const { lineCount, state, table } = this.context;
    const area = Math.floor(cell / lineCount);
    const children = this.lineChildren[cell % lineCount];
    if (children === null || table.areas[area].kind === "heading" || !isNumeric(state[cell])) return false;
    let sum = 0;
    for (const child of children) sum += this.counted(area * lineCount + child);
    return standing(this.counted(cell), sum) !== "equal";
  }

  /** Whether a check agrees with the values as the sheet shows them. */
  private agreesAsShown(check: Check): boolean {
    let agrees = this.asShown.get(check);
    if (agrees === undefined) {
      const { base } = this.context;
      let sum = 0;
      for (const part of check.parts) sum += base[part];
      agrees = standing(base[check.total], sum) === "equal";
      this.asShown.set(check, agrees);
    }
    return agrees;
  }

  /**
   * Moves `cell` by `delta` in `shifts`, and with it every total that
   * `follows` its parts (a formula that agrees with them), up the chain. A
   * total follows the one check it was first reached through (its formula
   * adds that row or that column, not both); `touched` collects every check
   * a moved cell takes part in.
   */
  spread(
    shifts: Map<number, number>,
    via: Map<number, Check>,
    cell: number,
    delta: number,
    follows: (check: Check) => boolean,
    touched?: Set<Check>,
  ): void {
    const queue: Array<[number, number]> = [[cell, delta]];
    let moves = 0;
    for (let next = queue.pop(); next !== undefined && moves < MOST_MOVES; next = queue.pop(), moves++) {
      const [at, d] = next;
      shifts.set(at, (shifts.get(at) ?? 0) + d);
      if (touched !== undefined) for (const check of this.withTotal(at)) touched.add(check);
      for (const check of this.withPart(at)) {
        touched?.add(check);
        if (!follows(check)) continue;
        const through = via.get(check.total);
        if (through !== undefined && through !== check) continue;
        via.set(check.total, check);
        queue.push([check.total, d]);
      }
    }
  }

  /**
   * Whether a check agrees once these cells are corrected: the sum of its
   * parts as they count (kept per check) moved by the corrections among
   * them, looked up from whichever side is smaller — a grand total over
   * thousands of communes is added up once, not once per cell tried.
   */
  agrees(check: Check, shifts: ReadonlyMap<number, number>): boolean {
    let sum = this.sumOf(check);
    if (shifts.size < check.parts.length) {
      for (const [cell, shift] of shifts) if (cell !== check.total && this.hasPart(check, cell)) sum += shift;
    } else {
      for (const part of check.parts) sum += shifts.get(part) ?? 0;
    }
    return standing(this.counted(check.total) + (shifts.get(check.total) ?? 0), sum) === "equal";
  }

  private sumOf(check: Check): number {
    let sum = this.sums.get(check);
    if (sum === undefined) {
      sum = 0;
      for (const part of check.parts) sum += this.counted(part);
      this.sums.set(check, sum);
    }
    return sum;
  }

  private hasPart(check: Check, cell: number): boolean {
    if (check.parts.length <= 8) return check.parts.includes(cell);
    let parts = this.partSets.get(check);
    if (parts === undefined) {
      parts = new Set(check.parts);
      this.partSets.set(check, parts);
    }
    return parts.has(cell);
  }

  /** The check of an area's total-line cell against the parts in its row, or null. */
  row(cell: number): Check | null {
    return cachedCheck(this.rows, cell, () => this.buildRow(cell));
  }

  /** The check of a group or grand total cell against its children in its column, or null. */
  column(cell: number): Check | null {
    return cachedCheck(this.columns, cell, () => this.buildColumn(cell));
  }

  withTotal(cell: number): Check[] {
    const out: Check[] = [];
    const row = this.row(cell);
    if (row !== null) out.push(row);
    const column = this.column(cell);
    if (column !== null) out.push(column);
    return out;
  }

  withPart(cell: number): Check[] {
    const { lineCount, state } = this.context;
    const area = Math.floor(cell / lineCount);
    const line = cell % lineCount;
    const out: Check[] = [];
    for (const total of this.lineTotals[line]) {
      const row = this.row(area * lineCount + total);
      if (row !== null) out.push(row);
    }
    const entry = this.context.table.areas[area];
    const partOfColumn = entry.kind === "leaf" ? state[cell] === CELL.blank || isNumeric(state[cell]) : entry.kind !== "heading" && isNumeric(state[cell]);
    const parent = partOfColumn ? this.columnParent(area, line) : null;
    if (parent !== null) {
      const column = this.column(parent * lineCount + line);
      if (column !== null) out.push(column);
    }
    return out;
  }

  isFormula(cell: number): boolean {
    const { row, col } = this.position(cell);
    return cellFormula(this.context.sheet, row, col) !== undefined;
  }

  position(cell: number): { row: number; col: number } {
    const { lineCount } = this.context;
    return cellPosition(this.context, Math.floor(cell / lineCount), cell % lineCount);
  }

  /** The nearest group or total above an area whose cell on `line` holds its column's sum (headings and blank groups pass their children up). */
  private columnParent(area: number, line: number): number | null {
    const { areas } = this.context.table;
    for (let p = areas[area].parent; p !== null; p = areas[p].parent) {
      const entry = areas[p];
      if (entry.kind === "heading") continue;
      const s = this.context.state[p * this.context.lineCount + line];
      if (s === CELL.blank) continue;
      return isNumeric(s) ? p : null;
    }
    return null;
  }

  private buildRow(cell: number): Check | null {
    const { lineCount, state, table } = this.context;
    const area = Math.floor(cell / lineCount);
    const line = cell % lineCount;
    const children = this.lineChildren[line];
    if (children === null || table.areas[area].kind === "heading" || !isNumeric(state[cell])) return null;
    const parts: number[] = [];
    for (const child of children) {
      const at = area * lineCount + child;
      if (state[at] !== CELL.blank && !isNumeric(state[at])) return null;
      parts.push(at);
    }
    return { along: "row", total: cell, parts };
  }

  private buildColumn(cell: number): Check | null {
    const { lineCount, state, table, lineKind } = this.context;
    const area = Math.floor(cell / lineCount);
    const line = cell % lineCount;
    const entry = table.areas[area];
    if ((entry.kind !== "group" && entry.kind !== "total") || entry.children.length === 0) return null;
    if (lineKind[line] === "percent" || !isNumeric(state[cell])) return null;
    const parts: number[] = [];
    // As `subtotal` adds them: a leaf (blank = 0), a group's own number, else a heading's or blank group's children.
    const visit = (parent: number): boolean => {
      for (const child of table.areas[parent].children) {
        const kind = table.areas[child].kind;
        const at = child * lineCount + line;
        const s = state[at];
        if (kind === "leaf") {
          if (s !== CELL.blank && !isNumeric(s)) return false;
          parts.push(at);
          continue;
        }
        if (kind !== "heading") {
          if (isNumeric(s)) {
            parts.push(at);
            continue;
          }
          if (s !== CELL.blank) return false;
        }
        if (!visit(child)) return false;
      }
      return true;
    };
    if (!visit(area)) return null;
    return { along: "column", total: cell, parts };
  }
}

/** Per table line: what the leaves' sum moves by under these corrections. */
function leafShifts(context: RuleContext, shifts: ReadonlyMap<number, number>): Map<number, number> {
  const out = new Map<number, number>();
  for (const [cell, shift] of shifts) {
    const area = Math.floor(cell / context.lineCount);
    if (context.table.areas[area].kind !== "leaf") continue;
    const line = cell % context.lineCount;
    out.set(line, (out.get(line) ?? 0) + shift);
  }
  return out;
}

/** The context with its leaf sums moved by these corrections (what `ceiling` would count after them). */
function corrected(context: RuleContext, shifts: ReadonlyMap<number, number>): RuleContext | null {
  const moved = leafShifts(context, shifts);
  if (moved.size === 0) return null;
  const leafSums = Float64Array.from(context.leafSums);
  for (const [line, shift] of moved) leafSums[line] = Number((leafSums[line] + shift).toPrecision(15));
  return { ...context, leafSums };
}

export function ceilingSeverity(context: RuleContext, code: string): Severity | null {
  const planLine = context.planByCode.get(code);
  if (planLine === undefined || planLine.kind === "percent") return null;
  const allocated = allocatedFor(context, code);
  if (allocated === null) return null;
  return breachSeverity(verdict(allocated, planLine.rule, planLine.target), planLine.rule);
}

/** How far a plan line is off its rule: 0 on it, 1 a warning (a gap under a ceiling), 2 an error. */
const rank = (severity: Severity | null): number => (severity === null ? 0 : severity === "error" ? 2 : 1);

/**
 * Causes that explain the same failing check are two readings of one
 * mistake: the one that explains more is kept (sheet order between equals),
 * the other let go — a district's total is not taken for a second mistyped
 * cell when a commune's correction already puts it right.
 */
function withoutOverlap(causes: readonly Hypothesis[]): Hypothesis[] {
  if (causes.length < 2) return [...causes];
  const order = causes.map((cause, index) => ({ cause, index })).sort((a, b) => b.cause.explained.length - a.cause.explained.length || a.index - b.index);
  const taken = new Set<Check>();
  const kept = new Set<Hypothesis>();
  for (const { cause } of order) {
    if (cause.explained.some((check) => taken.has(check))) continue;
    for (const check of cause.explained) taken.add(check);
    kept.add(cause);
  }
  return causes.filter((cause) => kept.has(cause));
}

/** Whether these corrections push a plan line further off its rule. */
function worsensPlan(context: RuleContext, shifts: ReadonlyMap<number, number>): boolean {
  const after = corrected(context, shifts);
  if (after === null) return false;
  return context.plan.lines.some((planLine) => rank(ceilingSeverity(after, planLine.code)) > rank(ceilingSeverity(context, planLine.code)));
}

/** Corrects `cell` by `error` (and the formula totals that follow it); null when that breaks a check that agreed or pushes a plan line further off. */
function tryCell(checks: Checks, row: Check, cell: number, error: number, planCheck = true): Hypothesis | null {
  const { context } = checks;
  // No allocation is negative: a cell that would have to be is not the mistyped one.
  if (checks.counted(cell) - error < 0) return null;
  const shifts = new Map<number, number>();
  const touched = new Set<Check>();
  const follows = (check: Check) => check.total !== cell && !checks.fails(check);
  checks.spread(shifts, new Map(), cell, -error, follows, touched);
  const explained: Check[] = [];
  for (const check of touched) {
    const after = checks.agrees(check, shifts);
    if (!checks.fails(check) && !after) return null;
    if (checks.fails(check) && after) explained.push(check);
  }
  if (planCheck && worsensPlan(context, shifts)) return null;
  return { cell, error, shifts, explained, row };
}

/** For a failing row check: the cell to fix, or null when no cell of the row explains it without breaking another check. */
function causeOf(checks: Checks, row: Check, weak: Hypothesis[], undecided: Map<number, Hypothesis[]>): Hypothesis[] {
  let sum = 0;
  for (const part of row.parts) sum += checks.counted(part);
  const gap = difference(checks.counted(row.total), sum);
  const own = tryCell(checks, row, row.total, gap);
  // A total formula that reads exactly its parts and disagrees with them was not recalculated: it is the cell told, never evidence against a part.
  const { lineCount } = checks.context;
  if (staleRowFormula(checks.context, Math.floor(row.total / lineCount), row.total % lineCount) !== null) return own === null ? [] : [own];
  // A formula that adds up its own parts (or skips text, which `text-number` tells) is right as a formula: never the mistyped cell.
  const parts = row.parts
    .filter((part) => !checks.followsParts(part))
    .map((part) => tryCell(checks, row, part, -gap))
    .filter((h): h is Hypothesis => h !== null);
  const strong = [own, ...parts].filter((h): h is Hypothesis => h !== null && h.explained.length >= 2);
  const most = Math.max(0, ...strong.map((h) => h.explained.length));
  const best = strong.filter((h) => h.explained.length === most);
  if (best.length === 1) return best;
  if (best.length === 0) {
    const several = partsAtOnce(checks, row, gap);
    if (several !== null) return several;
  }
  if (own === null && best.length === 0) {
    // None alone: the one part whose column subtotal also fails may be one of several mistyped cells under it (`sharedColumns`).
    const shared = parts.filter((h) => sharedCheck(checks, h) !== null);
    for (const h of shared) weak.push(h);
    if (shared.length > 0) return [];
  }
  // The row's total cannot be the mistyped cell (correcting it breaks a check that agreed or pushes a plan line off its rule): one of its parts is.
  if (own === null) {
    const candidates = best.length > 0 ? best : parts;
    const one = onlyPart(checks, candidates);
    // Several parts equally likely: the row's total stays the cell told, said to be the sum of parts one of which is off.
    if (one.length === 0 && candidates.length > 1) undecided.set(row.total, slipsAmong(checks, candidates));
    return one;
  }
  // Two cells explain as much (or none more than its own row): the row's total stays the cell told.
  return [own];
}

/**
 * Mistyped cells each where its row total and its column subtotal cross,
 * that no one alone can be — corrected alone it puts the plan line off —
 * but that together leave every plan line as it stands (two communes of two
 * districts typed one too many and one too few on the same line: the plan
 * still adds up). Taken only when every row check left unexplained has
 * exactly one such cell, explaining two checks at least, the cells apart
 * and nothing else undecided.
 */
function offsetting(checks: Checks, rows: readonly Check[], weak: readonly Hypothesis[], undecided: ReadonlyMap<number, Hypothesis[]>, causes: ReadonlyMap<number, Hypothesis | null>): Hypothesis[] {
  if (rows.length < 2 || weak.length > 0 || undecided.size > 0) return [];
  const found: Hypothesis[] = [];
  for (const row of rows) {
    let sum = 0;
    for (const part of row.parts) sum += checks.counted(part);
    const gap = difference(checks.counted(row.total), sum);
    const strong = row.parts
      .filter((part) => !checks.followsParts(part))
      .map((part) => tryCell(checks, row, part, -gap, false))
      .filter((h): h is Hypothesis => h !== null && h.explained.length >= 2);
    if (strong.length !== 1 || causes.has(strong[0].cell) || found.some((h) => h.cell === strong[0].cell)) return [];
    found.push(strong[0]);
  }
  const joint = new Map<number, number>();
  for (const cause of found) for (const [cell, shift] of cause.shifts) joint.set(cell, (joint.get(cell) ?? 0) + shift);
  return worsensPlan(checks.context, joint) ? [] : found;
}

/** The one part of a row that can be its mistyped cell: the only one, or the only one whose figure differs from the meant one by a slip of the keyboard. */
function onlyPart(checks: Checks, candidates: readonly Hypothesis[]): Hypothesis[] {
  if (candidates.length <= 1) return [...candidates];
  const slips = slipsOf(checks, candidates);
  return slips.length === 1 ? slips : [];
}

/** The candidates whose figure differs from the meant one by a slip of the keyboard. */
function slipsOf(checks: Checks, candidates: readonly Hypothesis[]): Hypothesis[] {
  const { context } = checks;
  return candidates.filter((h) => {
    const scale = context.scales[h.cell % context.lineCount];
    const typed = context.base[h.cell];
    return looksLikeTypo(typed / scale, difference(typed, h.error) / scale);
  });
}

/** The parts still in question when none alone is the mistyped one: the slips among them when several are, else all. */
function slipsAmong(checks: Checks, candidates: readonly Hypothesis[]): Hypothesis[] {
  const slips = slipsOf(checks, candidates);
  return slips.length > 1 ? slips : [...candidates];
}

/**
 * A row's total that cannot be its mistyped cell, told at itself because
 * several of its parts are equally likely: the message says the total is
 * probably right and names the parts, one of which is off, with the figure
 * each would then hold.
 */
function undecidedParts(checks: Checks, message: LocalizedText, parts: readonly Hypothesis[]): LocalizedText {
  const { context } = checks;
  const item = (h: Hypothesis, lang: "vi" | "en") => {
    const unit = context.cellUnit[h.cell % context.lineCount];
    const { row, col } = cellPosition(context, Math.floor(h.cell / context.lineCount), h.cell % context.lineCount);
    const meant = formatAmount(difference(context.base[h.cell], h.error), unit, lang);
    return lang === "vi" ? `ô ${a1(row, col)} là ${meant}` : `${a1(row, col)} as ${meant}`;
  };
  return localized(
    `${message.vi} Ô tổng này có lẽ đúng (sửa nó theo các khoản thì bảng hoặc kế hoạch lại lệch): có lẽ một trong các khoản ghi sai — ghi ${joinList(parts.map((h) => item(h, "vi")), "hoặc")} thì khớp; không số liệu nào của bảng hay kế hoạch cho biết là khoản nào.`,
    `${message.en} This total is probably right (correcting it to its parts puts the table or the plan off): probably one of its parts is mistyped — entering ${joinList(parts.map((h) => item(h, "en")), "or")} puts it right; no figure of the sheet or the plan tells which.`,
  );
}

/**
 * The first failing check, besides its own row, that a weak correction moves:
 * the district's subtotal of the cell's column, or — when typed subtotals
 * carried the cell upward — the district's own total along its row.
 */
function sharedCheck(checks: Checks, h: Hypothesis): Check | null {
  for (const cell of h.shifts.keys()) {
    for (const check of checks.withPart(cell)) if (check !== h.row && checks.fails(check)) return check;
    for (const check of checks.withTotal(cell)) if (check !== h.row && checks.fails(check)) return check;
  }
  return null;
}

/**
 * Several communes of one district typed wrong: each puts its own row's
 * total off, and together they put the district's subtotal (or, carried up by
 * typed subtotals, the district's own total) off. No one of them alone
 * explains it, so each is weak on its own. Of the choices of one part per
 * row that together put it right, break no check that agreed and push no
 * plan line further off, the one that leaves the plan best — when it is the
 * only one — gives a cell to fix in each row.
 */
function sharedColumns(checks: Checks, weak: readonly Hypothesis[]): Hypothesis[] {
  // Per shared check, per row: the parts that may be the row's mistyped cell.
  const byCheck = new Map<Check, Map<Check, Hypothesis[]>>();
  for (const h of weak) {
    const shared = sharedCheck(checks, h);
    if (shared === null) continue;
    const rows = byCheck.get(shared) ?? new Map<Check, Hypothesis[]>();
    const list = rows.get(h.row) ?? [];
    list.push(h);
    rows.set(h.row, list);
    byCheck.set(shared, rows);
  }
  const out: Hypothesis[] = [];
  for (const [shared, rows] of byCheck) {
    if (rows.size < 2) continue;
    const options = [...rows.values()];
    if (options.reduce((n, list) => n * list.length, 1) > MOST_COMBINATIONS) continue;
    // Every choice of one part per row that puts the shared check right and breaks nothing; the one that leaves the plan best.
    let best: { group: Hypothesis[]; off: number }[] = [];
    const choose = (at: number, group: Hypothesis[]): void => {
      if (at === options.length) {
        const off = jointOff(checks, shared, group);
        if (off === null) return;
        if (best.length === 0 || off < best[0].off) best = [{ group: [...group], off }];
        else if (off === best[0].off) best.push({ group: [...group], off });
        return;
      }
      for (const h of options[at]) {
        group.push(h);
        choose(at + 1, group);
        group.pop();
      }
    };
    choose(0, []);
    if (best.length !== 1) continue;
    for (const h of best[0].group) out.push({ ...h, explained: [...h.explained, shared] });
  }
  return out;
}

/** A bound on the choices tried for cells that share one subtotal. */
const MOST_COMBINATIONS = 256;

/** How far off the plan stays once this group is corrected (summed ranks), or null when the group does not put `shared` right or breaks a check. */
function jointOff(checks: Checks, shared: Check, group: readonly Hypothesis[]): number | null {
  const shifts = new Map<number, number>();
  for (const h of group) for (const [cell, shift] of h.shifts) shifts.set(cell, (shifts.get(cell) ?? 0) + shift);
  if (!checks.agrees(shared, shifts)) return null;
  for (const cell of shifts.keys()) {
    for (const check of [...checks.withTotal(cell), ...checks.withPart(cell)]) if (!checks.fails(check) && !checks.agrees(check, shifts)) return null;
  }
  const { context } = checks;
  if (worsensPlan(context, shifts)) return null;
  const after = corrected(context, shifts) ?? context;
  let off = 0;
  for (const planLine of context.plan.lines) off += rank(ceilingSeverity(after, planLine.code));
  return off;
}

/**
 * Several parts of one row typed wrong: each part whose column subtotal is
 * off by exactly what its correction puts right (and breaks nothing), their
 * errors adding up to the row's gap. Null unless at least two such parts
 * account for the whole gap.
 */
function partsAtOnce(checks: Checks, row: Check, gap: number): Hypothesis[] | null {
  const found: Hypothesis[] = [];
  let errors = 0;
  for (const part of row.parts) {
    if (checks.followsParts(part)) continue;
    const column = checks.withPart(part).find((check) => check.along === "column");
    if (column === undefined || !checks.fails(column)) continue;
    let sum = 0;
    for (const other of column.parts) sum += checks.counted(other);
    // A part shown too high by e leaves its column's total e below the parts' sum.
    const error = difference(sum, checks.counted(column.total));
    const cause = tryCell(checks, row, part, error);
    if (cause === null || !cause.explained.includes(column)) return null;
    found.push(cause);
    errors += error;
  }
  return found.length >= 2 && standing(errors, -gap) === "equal" ? found : null;
}

/** The `subtotal` findings by the index of their cell (only those with both figures when `withFigures`). */
export function subtotalsByCell(findings: readonly Finding[], indexOf: (finding: Finding) => number | null, withFigures = false): Map<number, Finding> {
  const out = new Map<number, Finding>();
  for (const finding of findings) {
    if (finding.rule !== "subtotal" || (withFigures && (finding.expected === null || finding.actual === null))) continue;
    const cell = indexOf(finding);
    if (cell !== null) out.set(cell, finding);
  }
  return out;
}

/**
 * Per check: each area's and line's table index by sheet position (its row or
 * column), made once and only when a finding asks. Arrays indexed by the
 * position, -1 where none: a check's 100 000 areas are counted into a typed
 * array in about a millisecond, where a Map took tens of them.
 */
interface Positions {
  /** The first area (not a heading) at each position. */
  readonly areaAt: Int32Array;
  /** The last line at each position. */
  readonly lineAt: Int32Array;
}

const POSITIONS = new WeakMap<RuleContext, Positions>();

/** Table index by sheet position: `at(item)` for each item, the first (or the last) one kept where several share one; -1 elsewhere. */
function indexByPosition<T>(items: readonly T[], at: (item: T) => number, keep: "first" | "last", skip: (item: T) => boolean = () => false): Int32Array {
  let size = 0;
  for (const item of items) size = Math.max(size, at(item) + 1);
  const out = new Int32Array(size).fill(-1);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (skip(item)) continue;
    const position = at(item);
    if (keep === "last" || out[position] === -1) out[position] = i;
  }
  return out;
}

function positionsOf(context: RuleContext): Positions {
  let positions = POSITIONS.get(context);
  if (positions === undefined) {
    positions = {
      areaAt: indexByPosition(context.table.areas, (area) => area.index, "first", (area) => area.kind === "heading"),
      lineAt: indexByPosition(context.table.lines, (line) => line.index, "last"),
    };
    POSITIONS.set(context, positions);
  }
  return positions;
}

/** The index held at `position`, or -1 (a position out of the array's range too). */
function indexAt(byPosition: Int32Array, position: number): number {
  return position >= 0 && position < byPosition.length ? byPosition[position] : -1;
}

/** Cell index of a finding's cell in the table, or null. */
export function cellIndexer(context: RuleContext): (finding: Finding) => number | null {
  const byRows = context.table.orientation === "areas-as-rows";
  return (finding) => {
    if (finding.sheet !== context.table.sheet || finding.row === null || finding.col === null) return null;
    const { areaAt, lineAt } = positionsOf(context);
    const area = indexAt(areaAt, byRows ? finding.row : finding.col);
    const line = indexAt(lineAt, byRows ? finding.col : finding.row);
    return area === -1 || line === -1 ? null : area * context.lineCount + line;
  };
}

/** Findings grouped by the line of the cell each is told at, with that cell's area; findings off the table are left out. */
export function findingsByLine(context: RuleContext, findings: readonly Finding[], indexOf = cellIndexer(context)): Map<number, { finding: Finding; area: number }[]> {
  const byLine = new Map<number, { finding: Finding; area: number }[]>();
  for (const finding of findings) {
    const at = indexOf(finding);
    if (at === null) continue;
    const line = at % context.lineCount;
    byLine.set(line, [...(byLine.get(line) ?? []), { finding, area: Math.floor(at / context.lineCount) }]);
  }
  return byLine;
}

export interface Named {
  readonly vi: string;
  readonly en: string;
}

function totalName(checks: Checks, check: Check): Named {
  const { context } = checks;
  const area = Math.floor(check.total / context.lineCount);
  const line = check.total % context.lineCount;
  const label = context.table.areas[area].label;
  const { row, col } = checks.position(check.total);
  const cell = a1(row, col);
  return check.along === "row"
    ? { vi: `${context.table.lines[line].header} của ${label} (${cell})`, en: `the total of ${label} (${cell})` }
    : { vi: `ô cộng của ${label} (${cell})`, en: `the subtotal of ${label} (${cell})` };
}

export function ceilingName(context: RuleContext, finding: Finding): Named {
  const name = (finding.indicator !== null ? context.planByCode.get(finding.indicator)?.name : undefined) ?? finding.indicator ?? "";
  const at = finding.cell !== null ? ` (${finding.cell})` : "";
  return { vi: `tổng phân bổ của ${name} so với kế hoạch${at}`, en: `the allocated total of ${name} against the plan${at}` };
}

export function alsoRight(message: LocalizedText, also: readonly Named[]): LocalizedText {
  if (also.length === 0) return message;
  return localized(
    `${message.vi} Sửa ô này thì ${joinList(also.map((x) => x.vi), "và")} cũng khớp.`,
    `${message.en} Correcting this cell also puts ${joinList(also.map((x) => x.en), "and")} right.`,
  );
}

/**
 * The typed totals a correction moves: each was added up by hand from the
 * mistyped figure (it agrees with its parts as they stand), so it carries the
 * error up and must be typed again with the cell — unlike a formula, which
 * follows by itself.
 */
function typedFollowers(checks: Checks, cause: Hypothesis): Named[] {
  const { context } = checks;
  const out: Named[] = [];
  for (const cell of cause.shifts.keys()) {
    if (cell === cause.cell || checks.isFormula(cell)) continue;
    const area = Math.floor(cell / context.lineCount);
    const line = cell % context.lineCount;
    const { row, col } = checks.position(cell);
    const label = context.table.areas[area].label;
    const header = context.table.lines[line].header;
    out.push({ vi: `${header} của ${label} (${a1(row, col)})`, en: `${header} of ${label} (${a1(row, col)})` });
  }
  return out;
}

function retypeToo(message: LocalizedText, retyped: readonly Named[]): LocalizedText {
  if (retyped.length === 0) return message;
  return localized(
    `${message.vi} Ô cộng gõ tay từ số sai này cũng phải sửa theo: ${joinList(retyped.map((x) => x.vi), "và")}.`,
    `${message.en} The typed ${retyped.length > 1 ? "totals" : "total"} added up from this wrong figure must be corrected with it: ${joinList(retyped.map((x) => x.en), "and")}.`,
  );
}

/** The finding at a part cell that its row's total and its column's subtotal both point to. */
function partFinding(checks: Checks, cause: Hypothesis, totals: readonly Named[], also: readonly Named[]): Finding {
  const { context } = checks;
  const area = Math.floor(cause.cell / context.lineCount);
  const line = cause.cell % context.lineCount;
  const unit = context.cellUnit[line];
  const label = context.table.areas[area].label;
  const header = context.table.lines[line].header;
  const actual = context.base[cause.cell];
  const expected = difference(actual, cause.error);
  const f = (value: number, lang: "vi" | "en") => formatAmount(value, unit, lang);
  const gap = Math.abs(cause.error);
  const message = localized(
    `${header} của ${label} ghi ${f(actual, "vi")}, nhưng ${joinList(totals.map((x) => x.vi), "và")} chỉ khớp khi ô này là ${f(expected, "vi")} (lệch ${f(gap, "vi")}).`,
    `This cell of ${label} shows ${f(actual, "en")}, but ${joinList(totals.map((x) => x.en), "and")} ${totals.length > 1 ? "add" : "adds"} up only when it is ${f(expected, "en")} (off by ${f(gap, "en")}).`,
  );
  return makeFinding({
    rule: "subtotal",
    severity: "error",
    sheet: context.table.sheet,
    at: checks.position(cause.cell),
    indicator: context.table.lines[line].planCode,
    area: label,
    expected,
    actual,
    message: alsoRight(message, also),
  });
}

/**
 * Whether a number typed as text, read with a unit of its own (`96đ`, `96 đ`
 * in a `triệu đồng` column), is what the totals take in the column's unit:
 * its own digits are the figure the cause's correction asks for.
 */
function unitInText(checks: Checks, cell: number, finding: Finding): boolean {
  const { context } = checks;
  const position = checks.position(cell);
  const raw = cellValue(context.sheet, position.row, position.col);
  const money = typeof raw === "string" ? splitMoneyText(raw) : null;
  const scale = context.scales[cell % context.lineCount];
  if (money === null || finding.expected === null || money.scale === scale) return false;
  return standing(Number(money.canonical) * scale, finding.expected) === "equal";
}

/** The `text-number` error of a text cell that a row's SUM skips, as `text-number` words it for a column's SUM. */
function rowSkipOf(checks: Checks, cell: number | null): Finding | undefined {
  if (cell === null) return undefined;
  const skip = checks.rowSkips.get(cell);
  if (skip === undefined) return undefined;
  const { context } = checks;
  const area = Math.floor(cell / context.lineCount);
  const line = cell % context.lineCount;
  const position = checks.position(cell);
  const text = String(cellValue(context.sheet, position.row, position.col)).trim();
  const where = checks.position(skip.cell);
  const total = a1(where.row, where.col);
  const label = context.table.areas[area].label;
  const value = context.base[cell];
  const unit = context.cellUnit[line];
  const totalUnit = context.cellUnit[skip.cell % context.lineCount];
  return makeFinding({
    rule: "text-number",
    severity: "error",
    sheet: context.table.sheet,
    at: position,
    indicator: context.table.lines[line].planCode,
    area: label,
    expected: null,
    actual: value,
    message: localized(
      `"${text}" là số lưu dạng văn bản: hàm SUM ở ô ${total} (${label}) bỏ qua ô này nên bảng tính ghi ${formatAmount(skip.shown, totalUnit, "vi")}, trong khi allocheck tính cả ${formatAmount(value, unit, "vi")} này. Công thức ở ${total} đúng; hãy chuyển ô này sang dạng số.`,
      `"${text}" is a number stored as text: the SUM in ${total} (${label}) skips it, so the sheet shows ${formatAmount(skip.shown, totalUnit, "en")} while allocheck also counts these ${formatAmount(value, unit, "en")}. The formula in ${total} is right; convert this cell to a number.`,
    ),
  });
}

/**
 * The rules' findings with each single cause told once: at the cell to fix,
 * naming what else comes right with it, the findings it explains let go.
 */
export function singleCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  if (!findings.some((finding) => finding.rule === "subtotal")) return [...findings];
  const checks = new Checks(context);
  if (checks.lineChildren.every((children) => children === null)) return [...findings];

  // The failing row checks, and the cell to fix in each.
  const causes = new Map<number, Hypothesis | null>();
  const weak: Hypothesis[] = [];
  const undecided = new Map<number, Hypothesis[]>();
  const unexplained: Check[] = [];
  for (let line = 0; line < context.lineCount; line++) {
    if (checks.lineChildren[line] === null) continue;
    for (let area = 0; area < context.areaCount; area++) {
      const cell = area * context.lineCount + line;
      if (!checks.rowMayFail(cell)) continue;
      const row = checks.row(cell);
      if (row === null || !checks.fails(row)) continue;
      const found = causeOf(checks, row, weak, undecided);
      if (found.length === 0) unexplained.push(row);
      for (const cause of found) {
        const seen = causes.get(cause.cell);
        // One cell taken for two causes that disagree on its error: neither is trusted.
        if (seen === undefined) causes.set(cause.cell, cause);
        else if (seen !== null && standing(seen.error, cause.error) !== "equal") causes.set(cause.cell, null);
      }
    }
  }
  const accepted = withoutOverlap([...causes.values()].filter((cause): cause is Hypothesis => cause !== null));
  for (const cause of offsetting(checks, unexplained, weak, undecided, causes)) accepted.push(cause);
  // Cells that only together explain a subtotal share it: added after the overlap is settled.
  for (const cause of sharedColumns(checks, weak)) if (!causes.has(cause.cell)) accepted.push(cause);

  // All corrections at once: a total two mistyped cells put off comes right only with both.
  const joint = new Map<number, number>();
  for (const cause of accepted) for (const [cell, shift] of cause.shifts) joint.set(cell, (joint.get(cell) ?? 0) + shift);
  // The plan comparisons as they stand once corrected, text numbers that a row's SUM skips counted.
  const after = corrected(context, checks.withTexts(joint));
  const causeCells = new Set(accepted.map((cause) => cause.cell));
  const indexOf = cellIndexer(context);

  // A cell to fix that is also a number typed as text: its text-number warning joins the cell's one finding.
  const asText = new Map<number, Finding>();
  const merged = new Set<Finding>();
  for (const finding of findings) {
    if (finding.rule !== "text-number" || finding.severity !== "warning") continue;
    const cell = indexOf(finding);
    if (cell !== null && causeCells.has(cell) && !checks.rowSkips.has(cell)) {
      asText.set(cell, finding);
      merged.add(finding);
    }
  }
  const withText = (cell: number, message: LocalizedText): LocalizedText => {
    const text = asText.get(cell);
    return text === undefined ? message : localized(`${message.vi} ${text.message.vi}`, `${message.en} ${text.message.en}`);
  };

  const dropped = new Set<Finding>();
  const droppedCells = new Set<number>();
  for (const finding of findings) {
    if (finding.rule === "subtotal") {
      const cell = indexOf(finding);
      if (cell === null || causeCells.has(cell)) continue;
      // Told for a check that comes right with the corrections (or with the text numbers a SUM skips counted).
      const own = checks.withTotal(cell);
      if (own.length > 0 && own.every((check) => checks.agrees(check, joint))) {
        dropped.add(finding);
        droppedCells.add(cell);
      }
    } else if (finding.rule === "ceiling" && after !== null && finding.indicator !== null) {
      if (ceilingSeverity(after, finding.indicator) === null && ceilingSeverity(context, finding.indicator) !== null) dropped.add(finding);
    }
  }
  const retyped = new Map(accepted.map((cause) => [cause.cell, typedFollowers(checks, cause)]));
  if (dropped.size === 0 && asText.size === 0 && undecided.size === 0 && accepted.every((cause) => cause.cell === cause.row.total && retyped.get(cause.cell)?.length === 0)) return [...findings];

  // What each cause names: the dropped totals among the checks it moves, and the plan lines whose leaves it moves.
  const told = new Map<number, { totals: Named[]; also: Named[]; retyped: Named[] }>();
  for (const cause of accepted) {
    const totals: Named[] = [];
    const seen = new Set<number>();
    const name = (check: Check) => {
      // A typed total moved with the cell comes right only when typed again: named as such (`typedFollowers`).
      if (check.total === cause.cell || seen.has(check.total) || (cause.shifts.has(check.total) && !checks.isFormula(check.total))) return;
      seen.add(check.total);
      totals.push(totalName(checks, check));
    };
    // The row's total is named when this cell alone puts it right (or when nothing else is named).
    if (cause.cell !== cause.row.total && cause.explained.includes(cause.row)) name(cause.row);
    for (const check of cause.explained) if (droppedCells.has(check.total)) name(check);
    if (totals.length === 0 && cause.cell !== cause.row.total) name(cause.row);
    const lines = leafShifts(context, cause.shifts);
    const ceilings: Named[] = [];
    for (const finding of dropped) {
      if (finding.rule !== "ceiling" || finding.indicator === null) continue;
      const line = context.lineByCode.get(finding.indicator);
      const moves = line !== undefined ? lines.has(line) : lines.size > 0;
      if (moves) ceilings.push(ceilingName(context, finding));
    }
    told.set(cause.cell, { totals, also: ceilings, retyped: retyped.get(cause.cell) ?? [] });
  }

  const out: Finding[] = [];
  const spoken = new Set<number>();
  for (const finding of findings) {
    if (dropped.has(finding)) continue;
    if (merged.has(finding)) continue;
    const skip = finding.rule === "text-number" && finding.severity === "warning" ? rowSkipOf(checks, indexOf(finding)) : undefined;
    if (skip !== undefined) {
      out.push(skip);
      continue;
    }
    const cell = finding.severity === "error" ? indexOf(finding) : null;
    const says = cell !== null && !spoken.has(cell) ? told.get(cell) : undefined;
    const parts = finding.rule === "subtotal" && cell !== null && !causeCells.has(cell) ? undecided.get(cell) : undefined;
    if (parts !== undefined) {
      out.push({ ...finding, message: undecidedParts(checks, finding.message, parts) });
      continue;
    }
    if (says === undefined || cell === null) {
      out.push(finding);
      continue;
    }
    // The cell to fix already has its finding (its row's total, its district's subtotal): it names what else comes right.
    spoken.add(cell);
    out.push({ ...finding, message: withText(cell, retypeToo(alsoRight(finding.message, [...says.totals, ...says.also]), says.retyped)) });
  }
  for (const cause of accepted) {
    if (spoken.has(cause.cell)) continue;
    const says = told.get(cause.cell) ?? { totals: [], also: [], retyped: [] };
    const finding = partFinding(checks, cause, says.totals, says.also);
    const message = retypeToo(finding.message, says.retyped);
    // A number typed as text with a unit of its own (`96đ` in a triệu column) that the totals read in the column's unit: the text is the cause.
    const text = asText.get(cause.cell);
    if (text !== undefined && unitInText(checks, cause.cell, finding)) out.push({ ...finding, rule: "text-number", message: localized(`${text.message.vi} ${message.vi}`, `${text.message.en} ${message.en}`) });
    else out.push({ ...finding, message: withText(cause.cell, message) });
  }
  return out;
}

/** The check kept for `cell` in `cache`, built once. */
function cachedCheck(cache: Map<number, Check | null>, cell: number, build: () => Check | null): Check | null {
  let check = cache.get(cell);
  if (check === undefined) {
    check = build();
    cache.set(cell, check);
  }
  return check;
}
