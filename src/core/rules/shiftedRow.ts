/**
 * One cause, at its row: a commune's figures typed (or pasted) one column to
 * the right of their lines (areas across the columns: one row down) — its
 * first line's cell left blank, each figure in the next line's cell. Every
 * comparison this puts off — typed subtotals over the row, or the plan's
 * ceilings under totals that follow the table — comes right exactly when
 * each figure moves back one cell; the row's first cell is then the cell to
 * fix, and those findings are told once, there. Folded only when the
 * evidence is clear:
 *
 * - the row's blank cell starts the shift, where every other commune holds a
 *   figure; the shifted lines sit side by side (no column between);
 * - at least two lines (rates aside) move, and each is told off: a typed
 *   total above it that comes right moved back (none carrying the shift), or
 *   its plan comparison that meets the target exactly;
 * - the last line reached holds the figure before it, its own pushed out:
 *   its comparisons are off by no more than that figure;
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
import { makeFinding } from "./finding";
import { typedTotalsAbove, subtotalName } from "./leafCause";
import { ceilingName, cellIndexer, type Named } from "./singleCause";

interface Shift {
  readonly row: number;
  /** The row's lines in column order from the blank cell, each with what it was meant to hold (base units). */
  readonly moved: ReadonlyMap<number, number>;
  readonly told: ReadonlySet<Finding>;
  readonly names: readonly Named[];
}

export function shiftedRow(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const told = findings.filter((f) => f.severity !== "info");
  if (told.length < 2 || told.some((f) => (f.rule !== "subtotal" && f.rule !== "ceiling") || f.sheet !== context.table.sheet)) return [...findings];
  const { areas, lines } = context.table;
  const order = lines.map((_, line) => line).sort((a, b) => lines[a].index - lines[b].index);
  const indexOf = cellIndexer(context);
  const found: Shift[] = [];
  const { lineCount, state } = context;
  const last = order.length - 2;
  // Only a row holding a blank cell can start a shift: the rows found by the array's own search, in order.
  for (let at = last > 0 ? state.indexOf(CELL.blank) : -1; at >= 0; at = state.indexOf(CELL.blank, (Math.floor(at / lineCount) + 1) * lineCount)) {
    const row = Math.floor(at / lineCount);
    if (areas[row].kind !== "leaf" || areas[row].village === true) continue;
    // The row's first blank cell in column order.
    const offset = row * lineCount;
    let start = 0;
    while (start < last && state[offset + order[start]] !== CELL.blank) start++;
    if (start >= last) continue;
    const shift = shiftAt(context, row, start, order, told, indexOf);
    if (shift !== null) found.push(shift);
    if (found.length > 1) return [...findings];
  }
  if (found.length !== 1) return [...findings];
  const [shift] = found;
  return [...findings.filter((f) => !shift.told.has(f)), rowFinding(context, shift, told)];
}

/** The shift starting at the row's first blank cell, `order[start]` (not among the last two lines). */
function shiftAt(context: RuleContext, row: number, start: number, order: readonly number[], told: readonly Finding[], indexOf: (f: Finding) => number | null): Shift | null {
  const { lineCount, state, base, leaves, scales, lineKind } = context;
  const { lines } = context.table;
  const blankLine = order[start];
  // Every other commune holds a figure where the row is blank.
  if (leaves.some((leaf) => leaf !== row && state[leaf * lineCount + blankLine] !== CELL.number)) return null;
  const moved = new Map<number, number>();
  // The last line the shift reaches: it holds the figure before it, its own pushed out of the table.
  let tail: number | null = null;
  for (let i = start; i + 1 < order.length; i++) {
    const line = order[i];
    const next = order[i + 1];
    if (lines[next].index !== lines[line].index + 1) break;
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
    if (!evidence) return null;
  }
  // On the last line, whatever figure was pushed out: its comparisons are off by no more than the figure it holds now.
  if (tail !== null && lineKind[tail] !== "percent") {
    const held = base[row * lineCount + tail];
    for (const f of told) {
      if (explained.has(f) || f.expected === null || f.actual === null) continue;
      const at = indexOf(f);
      const onTail = f.rule === "ceiling" ? f.indicator !== null && f.indicator === lines[tail].planCode : at !== null && at % lineCount === tail && isAbove(context, Math.floor(at / lineCount), row);
      if (!onTail) continue;
      // A ceiling over by no more than the row holds there; a typed subtotal at least its other communes' sum.
      const gap = difference(f.actual, f.expected);
      if (f.rule === "ceiling" ? gap > 0 && standing(gap, held) !== "above" : standing(-gap, held) !== "above") explained.add(f);
    }
  }
  if (told.some((f) => !explained.has(f))) return null;
  return { row, moved: new Map(shifted), told: explained, names };
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
  // The shift starts at the row's blank cell: the first line moved.
  const [blankLine] = shift.moved.keys();
  const position = cellPosition(context, shift.row, blankLine);
  const label = areas[shift.row].label;
  const across = context.table.orientation !== "areas-as-rows";
  const f = (value: number, line: number, lang: "vi" | "en") => formatAmount(value, context.cellUnit[line], lang);
  const each = [...shift.moved].map(([line, meant]) => {
    const at = cellPosition(context, shift.row, line);
    const cell = a1(at.row, at.col);
    const shown = base[shift.row * lineCount + line];
    const now = context.state[shift.row * lineCount + line] === CELL.blank ? { vi: "để trống", en: "is blank" } : { vi: `ghi ${f(shown, line, "vi")}`, en: `shows ${f(shown, line, "en")}` };
    return { vi: `${cell} (${lines[line].header}) ${now.vi}, lẽ ra ${f(meant, line, "vi")}`, en: `${cell} (${lines[line].header}) ${now.en}, meant ${f(meant, line, "en")}` };
  });
  const subtotal = [...shift.told].some((f) => f.rule === "subtotal");
  const over = [...shift.told].some((f) => f.rule === "ceiling" && f.severity === "error");
  const ceiling = told.find((f) => shift.told.has(f) && f.rule === "ceiling");
  const way = across ? { vi: "lệch xuống một hàng", en: "one row down" } : { vi: "lệch sang phải một cột", en: "one column to the right" };
  const message = localized(
    `Các số liệu của ${label} có lẽ bị ghi ${way.vi} so với chỉ tiêu của chúng: ô đầu để trống trong khi các địa bàn khác đều có số, và mỗi số nằm ở ô của chỉ tiêu kế tiếp (${each.map((x) => x.vi).join("; ")}). Dời các số về đúng ô thì ${joinList(shift.names.map((x) => x.vi), "và")} cùng khớp.`,
    `The figures of ${label} are probably typed ${way.en} of their lines: its first cell is blank while every other area holds a figure, and each figure sits in the next line's cell (${each.map((x) => x.en).join("; ")}). Moving them back puts ${joinList(shift.names.map((x) => x.en), "and")} right together.`,
  );
  const meant = shift.moved.get(blankLine) ?? 0;
  return makeFinding({
    rule: subtotal ? "subtotal" : "ceiling",
    severity: subtotal || over ? "error" : (ceiling?.severity ?? "warning"),
    sheet: context.table.sheet,
    at: position,
    indicator: lines[blankLine].planCode,
    area: label,
    expected: subtotal ? meant : (ceiling?.expected ?? null),
    actual: subtotal ? base[shift.row * lineCount + blankLine] : (ceiling?.actual ?? null),
    message,
  });
}
