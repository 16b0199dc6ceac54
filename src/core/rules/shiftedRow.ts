/**
 * One cause, at its row: a commune's figures typed (or pasted) one column to
 * the right of their lines (areas across the columns: one row down) — its
 * first line's cell left blank, each figure in the next line's cell — or one
 * column to the left (one row up): its last line's cell left blank, each
 * figure in the previous line's cell, the first line's own figure pushed
 * out. Every comparison this puts off — typed subtotals over the row, or the
 * plan's ceilings under totals that follow the table, and the row's own
 * cells' checks (a quota, a rate, a rate over 100 %) — comes right exactly
 * when each figure moves back one cell; the row's first cell of the shift is
 * then the cell to fix, and those findings are told once, there. Folded only
 * when the evidence is clear:
 *
 * - the row's blank cell starts the shift, where every other commune holds a
 *   figure; the shifted lines sit side by side (no column between);
 * - at least two lines (rates aside) move, and each is told off: a typed
 *   total above it that comes right moved back (none carrying the shift), or
 *   its plan comparison that meets the target exactly;
 * - the last line reached holds the figure before it, its own pushed out:
 *   its sums are off by no more than that figure (a ceiling under its plan:
 *   the figure pushed out one a commune could hold);
 * - a quota, rate or over-100 % rate told at the row's own cell passes with
 *   the figure meant there (on the last line reached: it holds another
 *   line's figure);
 * - nothing else is told (info aside), and the row is the table's only one
 *   that fits.
 */
import type { Finding } from "../model/finding";
import { a1 } from "../model/address";
import { localized } from "../model/text";
import { formatAmount } from "../text/format";
import { joinList } from "../text/joinList";
import { CELL } from "../cells/readCell";
import { allocatedFor, cellPosition, type RuleContext } from "./context";
import { difference, standing } from "./compare";
import { OWN_CHECKS, ownCheckName, passesOwnChecks } from "./ownChecks";
import { makeFinding } from "./finding";
import { typedTotalsAbove, subtotalName } from "./leafCause";
import { ceilingName, cellIndexer, type Named } from "./singleCause";

interface Shift {
  readonly row: number;
  /** 1: the figures moved one line on (to the right, or down); -1: one line back (to the left, or up). */
  readonly way: 1 | -1;
  /** The row's first line of the shift in column order: the cell told. */
  readonly first: number;
  /** The row's lines in column order from the blank cell, each with what it was meant to hold (base units). */
  readonly moved: ReadonlyMap<number, number>;
  readonly told: ReadonlySet<Finding>;
  readonly names: readonly Named[];
}

export function shiftedRow(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const told = findings.filter((f) => f.severity !== "info");
  if (told.length < 2 || told.some((f) => !SHIFT_TOLD.has(f.rule) || f.sheet !== context.table.sheet) || !told.some((f) => f.rule === "subtotal" || f.rule === "ceiling")) return [...findings];
  const { areas, lines } = context.table;
  const order = lines.map((_, line) => line).sort((a, b) => lines[a].index - lines[b].index);
  const back = [...order].reverse();
  const indexOf = cellIndexer(context);
  const found: Shift[] = [];
  const { lineCount, state } = context;
  const last = order.length - 2;
  // Only a row holding a blank cell can start a shift: the rows found by the array's own search, in order.
  for (let at = last > 0 ? state.indexOf(CELL.blank) : -1; at >= 0; at = state.indexOf(CELL.blank, (Math.floor(at / lineCount) + 1) * lineCount)) {
    const row = Math.floor(at / lineCount);
    if (areas[row].kind !== "leaf" || areas[row].village === true) continue;
    for (const [way, lineOrder] of [[1, order], [-1, back]] as const) {
      const shift = shiftAt(context, row, way, lineOrder, told, indexOf);
      if (shift !== null) found.push(shift);
    }
    if (found.length > 1) return [...findings];
  }
  if (found.length !== 1) return [...findings];
  const [shift] = found;
  return [...findings.filter((f) => !shift.told.has(f)), rowFinding(context, shift, told)];
}

/** What a shift may put off: sums and plan comparisons, and the row's own cells' checks (a quota, a rate, a figure no rate can be). */
const SHIFT_TOLD: ReadonlySet<string> = new Set(["subtotal", "ceiling", ...OWN_CHECKS]);

/**
 * The shift of the row's figures by one line in `order` (the lines in column
 * order for a shift to the right, reversed for one to the left): the blank
 * cell it starts from, each line's figure in the next line's cell.
 */
function shiftAt(context: RuleContext, row: number, way: 1 | -1, order: readonly number[], told: readonly Finding[], indexOf: (f: Finding) => number | null): Shift | null {
  const { lineCount, state, base, leaves, scales, lineKind } = context;
  const { lines } = context.table;
  const start = order.findIndex((line) => state[row * lineCount + line] === CELL.blank);
  if (start < 0 || start >= order.length - 2) return null;
  const blankLine = order[start];
  // Every other commune holds a figure where the row is blank.
  if (leaves.some((leaf) => leaf !== row && state[leaf * lineCount + blankLine] !== CELL.number)) return null;
  const moved = new Map<number, number>();
  // The last line the shift reaches: it holds the figure before it, its own pushed out of the table.
  let tail: number | null = null;
  for (let i = start; i + 1 < order.length; i++) {
    const line = order[i];
    const next = order[i + 1];
    if (lines[next].index !== lines[line].index + way) break;
    const from = row * lineCount + next;
    if (state[from] !== CELL.number && state[from] !== CELL.blank) return null;
    moved.set(line, (base[from] / scales[next]) * scales[line]);
    tail = next;
  }
  const shifted = [...moved].filter(([line, meant]) => lineKind[line] !== "percent" && standing(meant, base[row * lineCount + line]) !== "equal");
  if (shifted.length < 2) return null;
  const explained = new Set<Finding>();
  const names: Named[] = [];
  const leafSums = Float64Array.from(context.leafSums);
  for (const [line, meant] of shifted) {
    const cell = row * lineCount + line;
    const delta = difference(meant, base[cell]);
    const above = typedTotalsAbove(context, cell, delta);
    if (above === null || above.carried.length > 0) return null;
    let evidence = false;
    for (const f of told) {
      const at = indexOf(f);
      if (f.rule === "subtotal" && at !== null && above.right.has(at)) {
        explained.add(f);
        names.push(subtotalName(context, Math.floor(at / lineCount), line));
        evidence = true;
      }
    }
    leafSums[line] = Number((leafSums[line] + delta).toPrecision(15));
    const code = lines[line].planCode;
    const ceiling = told.find((f) => f.rule === "ceiling" && code !== null && f.indicator === code);
    if (ceiling !== undefined) {
      const planLine = context.planByCode.get(code as string);
      const allocated = allocatedFor({ ...context, leafSums }, code as string);
      if (planLine === undefined || allocated === null || standing(allocated, planLine.target) !== "equal") return null;
      explained.add(ceiling);
      names.push(ceilingName(context, ceiling));
      evidence = true;
    }
    // The row's own cell told off on the line (a quota missed), the figure meant passing it: that finding is the evidence.
    if (!evidence && told.some((f) => OWN_CHECKS.has(f.rule) && indexOf(f) === cell && passesOwnChecks(context, line, meant))) evidence = true;
    if (!evidence) return null;
  }
  // On the last line, whatever figure was pushed out: its comparisons are off by no more than the figure it holds now.
  if (tail !== null && lineKind[tail] !== "percent") {
    const held = base[row * lineCount + tail];
    for (const f of told) {
      if (explained.has(f) || f.expected === null || f.actual === null || (f.rule !== "ceiling" && f.rule !== "subtotal")) continue;
      const at = indexOf(f);
      const onTail = f.rule === "ceiling" ? f.indicator !== null && f.indicator === lines[tail].planCode : at !== null && at % lineCount === tail && isAbove(context, Math.floor(at / lineCount), row);
      if (!onTail) continue;
      // A ceiling over by no more than the row holds there (under it, the figure pushed out one a commune could hold); a typed subtotal at least its other communes' sum.
      const gap = difference(f.actual, f.expected);
      if (f.rule === "ceiling" ? (gap > 0 ? standing(gap, held) !== "above" : plausible(context, row, tail, held - gap)) : standing(-gap, held) !== "above") explained.add(f);
    }
  }
  // The row's own cells' checks: on a moved line the figure meant passes them; on the last line it holds another line's figure.
  for (const f of told) {
    if (explained.has(f) || !OWN_CHECKS.has(f.rule)) continue;
    const at = indexOf(f);
    if (at === null || Math.floor(at / lineCount) !== row || !(state[at] === CELL.number || state[at] === CELL.blank)) return null;
    const line = at % lineCount;
    const meant = moved.get(line);
    if (line !== tail && (meant === undefined || !passesOwnChecks(context, line, meant))) continue;
    explained.add(f);
    // On the last line the figure meant was pushed out: nothing to say comes right.
    if (line !== tail) names.push(ownCheckName(f, lines[line].header));
  }
  if (told.some((f) => !explained.has(f))) return null;
  return { row, way, first: way === 1 ? blankLine : (tail ?? blankLine), moved: new Map(shifted), told: explained, names };
}

/** How many times the largest figure of the other communes a figure pushed out may be. */
const SPREAD = 2;

/** Whether a figure the row may have held on a line is one a commune could hold: not below zero, at most `SPREAD` times the largest of the others. */
function plausible(context: RuleContext, row: number, line: number, figure: number): boolean {
  let largest = 0;
  for (const leaf of context.leaves) if (leaf !== row) largest = Math.max(largest, context.base[leaf * context.lineCount + line]);
  return figure >= 0 && standing(figure, SPREAD * largest) !== "above";
}

/** Whether `area` is a total over `row` (its parent, or further up). */
function isAbove(context: RuleContext, area: number, row: number): boolean {
  const { areas } = context.table;
  for (let up = areas[row].parent; up !== null; up = areas[up].parent) if (up === area) return true;
  return false;
}

function rowFinding(context: RuleContext, shift: Shift, told: readonly Finding[]): Finding {
  const { areas, lines } = context.table;
  const { lineCount, base } = context;
  // Told at the row's first cell of the shift: its blank cell (to the right), or the cell holding the next line's figure (to the left).
  const blankLine = shift.first;
  const position = cellPosition(context, shift.row, blankLine);
  const label = areas[shift.row].label;
  const across = context.table.orientation !== "areas-as-rows";
  const f = (value: number, line: number, lang: "vi" | "en") => formatAmount(value, context.cellUnit[line], lang);
  const each = [...shift.moved].sort(([a], [b]) => lines[a].index - lines[b].index).map(([line, meant]) => {
    const at = cellPosition(context, shift.row, line);
    const cell = a1(at.row, at.col);
    const shown = base[shift.row * lineCount + line];
    const now = context.state[shift.row * lineCount + line] === CELL.blank ? { vi: "để trống", en: "is blank" } : { vi: `ghi ${f(shown, line, "vi")}`, en: `shows ${f(shown, line, "en")}` };
    return { vi: `${cell} (${lines[line].header}) ${now.vi}, lẽ ra ${f(meant, line, "vi")}`, en: `${cell} (${lines[line].header}) ${now.en}, meant ${f(meant, line, "en")}` };
  });
  const subtotal = [...shift.told].some((f) => f.rule === "subtotal");
  const over = [...shift.told].some((f) => f.rule === "ceiling" && f.severity === "error");
  const ceiling = told.find((f) => shift.told.has(f) && f.rule === "ceiling");
  const on = shift.way === 1;
  const way = across ? (on ? { vi: "lệch xuống một hàng", en: "one row down" } : { vi: "lệch lên một hàng", en: "one row up" }) : on ? { vi: "lệch sang phải một cột", en: "one column to the right" } : { vi: "lệch sang trái một cột", en: "one column to the left" };
  const ends = on ? { vi: "ô đầu để trống", en: "its first cell is blank", next: { vi: "kế tiếp", en: "next" } } : { vi: "ô cuối để trống", en: "its last cell is blank", next: { vi: "liền trước", en: "previous" } };
  const message = localized(
    `Các số liệu của ${label} có lẽ bị ghi ${way.vi} so với chỉ tiêu của chúng: ${ends.vi} trong khi các địa bàn khác đều có số, và mỗi số nằm ở ô của chỉ tiêu ${ends.next.vi} (${each.map((x) => x.vi).join("; ")}). Dời các số về đúng ô thì ${joinList(shift.names.map((x) => x.vi), "và")} cùng khớp.`,
    `The figures of ${label} are probably typed ${way.en} of their lines: ${ends.en} while every other area holds a figure, and each figure sits in the ${ends.next.en} line's cell (${each.map((x) => x.en).join("; ")}). Moving them back puts ${joinList(shift.names.map((x) => x.en), "and")} right together.`,
  );
  // To the left, the first cell's own figure was pushed out: what it meant no sum tells.
  const meant = shift.moved.get(blankLine) ?? null;
  return makeFinding({
    rule: subtotal ? "subtotal" : "ceiling",
    severity: subtotal || over || [...shift.told].some((f) => f.severity === "error") ? "error" : (ceiling?.severity ?? "warning"),
    sheet: context.table.sheet,
    at: position,
    indicator: lines[blankLine].planCode,
    area: label,
    expected: subtotal ? meant : (ceiling?.expected ?? null),
    actual: subtotal ? base[shift.row * lineCount + blankLine] : (ceiling?.actual ?? null),
    message,
  });
}
