/**
 * One cause, at its cell, for one commune figure left blank under a typed
 * subtotal that still counts it: the district's typed total (or the grand
 * total right over the communes, through district headings) shows more than
 * its rows by a positive figure, and exactly one of its communes' cells on
 * that line is blank (the row holding figures elsewhere: a whole blank row
 * is `blankRowCause`'s), every other a typed or formula number. Folded only
 * when the figures prove it: the gap is whole on a count line and no more
 * than `SPREAD` times the largest figure of the other communes; every typed
 * total above the blank cell comes right with it (none carries the blank);
 * the plan comparison holds with it. The subtotals it puts right and the
 * line's plan comparison, if off, are told once, at the blank cell.
 */
import { typedOnNote, withTypedOnNote } from "./typedOnNote";
import type { Finding } from "../model/finding";
import { a1 } from "../model/address";
import { localized } from "../model/text";
import { formatAmount } from "../text/format";
import { joinList } from "../text/joinList";
import { CELL } from "../cells/readCell";
import { allocatedFor, cellPosition, type RuleContext } from "./context";
import { difference, lineVerdict, standing } from "./compare";
import { makeFinding } from "./finding";
import { isFormulaAt, subtotalName, typedTotalsAbove } from "./leafCause";
import { withReplaced } from "./replaceFindings";
import { ceilingName, cellIndexer, type Named } from "./singleCause";
import { communesThroughHeadings } from "./throughHeadings";

/** How many times the largest figure of the other communes the blank cell may have held. */
const SPREAD = 2;

interface BlankCell {
  /** Cell index of the blank cell. */
  readonly cell: number;
  /** What the typed subtotal says it held (base units). */
  readonly gap: number;
  /** The subtotal findings it puts right, and the line's plan comparison if off. */
  readonly folded: readonly Finding[];
  readonly named: readonly Named[];
}

export function blankCellCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  if (!findings.some((f) => f.rule === "subtotal")) return [...findings];
  const { areas } = context.table;
  const { lineCount, state } = context;
  const indexOf = cellIndexer(context);
  const at = new Map<number, Finding>();
  for (const f of findings) {
    const cell = f.rule === "subtotal" ? indexOf(f) : null;
    if (cell !== null) at.set(cell, f);
  }
  const blanks = new Map<number, BlankCell>();
  for (const [cell, f] of at) {
    if (f.severity !== "error" || f.expected === null || f.actual === null) continue;
    const area = Math.floor(cell / lineCount);
    const line = cell % lineCount;
    const kind = areas[area].kind;
    if ((kind !== "group" && kind !== "total") || context.lineKind[line] === "percent") continue;
    if (state[cell] !== CELL.number || isFormulaAt(context, area, line)) continue;
    const gap = difference(f.actual, f.expected);
    if (!(gap > 0) || blanks.has(cell)) continue;
    const blank = onlyBlank(context, communesThroughHeadings(context, area), line, gap);
    if (blank === null) continue;
    const found = explained(context, findings, at, blank * lineCount + line, gap);
    if (found !== null && found.folded.includes(f)) blanks.set(found.cell, found);
  }
  if (blanks.size === 0) return [...findings];
  const replaced = new Map<Finding, Finding | null>();
  for (const blank of blanks.values()) {
    if (blank.folded.some((f) => replaced.has(f))) continue;
    for (const f of blank.folded) replaced.set(f, null);
    replaced.set(blank.folded[0], blankFinding(context, blank));
  }
  return withReplaced(findings, replaced);
}

/** The one commune whose cell on the line is blank, its row holding figures elsewhere, and the gap a share it could hold; else null. */
function onlyBlank(context: RuleContext, communes: readonly number[], line: number, gap: number): number | null {
  const { lineCount, state, base } = context;
  let blank: number | null = null;
  let largest = 0;
  for (const commune of communes) {
    const s = state[commune * lineCount + line];
    if (s === CELL.blank) {
      if (blank !== null) return null;
      blank = commune;
    } else if (s === CELL.number) largest = Math.max(largest, base[commune * lineCount + line]);
    else return null;
  }
  if (blank === null || communes.length < 2) return null;
  let filled = false;
  for (let other = 0; other < lineCount && !filled; other++) filled = state[blank * lineCount + other] === CELL.number;
  if (!filled || standing(gap, SPREAD * largest) === "above") return null;
  const count = context.lineKind[line] === "count";
  if (count && !Number.isInteger(Number((gap / context.scales[line]).toPrecision(12)))) return null;
  return blank;
}

/** The blank cell's cause when every typed total above comes right with `gap` and the plan comparison holds; else null. */
function explained(context: RuleContext, findings: readonly Finding[], at: ReadonlyMap<number, Finding>, cell: number, gap: number): BlankCell | null {
  const { lineCount } = context;
  const line = cell % lineCount;
  const above = typedTotalsAbove(context, cell, gap);
  if (above === null || above.carried.length > 0) return null;
  const folded: Finding[] = [];
  const named: Named[] = [];
  for (const total of above.right) {
    const f = at.get(total);
    if (f === undefined) continue;
    folded.push(f);
    named.push(subtotalName(context, Math.floor(total / lineCount), line));
  }
  const planLine = context.linePlan[line];
  if (planLine !== null) {
    const before = allocatedFor(context, planLine.code);
    const leafSums = Float64Array.from(context.leafSums);
    leafSums[line] = Number((leafSums[line] + gap).toPrecision(15));
    const after = allocatedFor({ ...context, leafSums }, planLine.code);
    if (before !== null && after !== null) {
      if (lineVerdict(after, planLine) !== "ok") return null;
      let told = false;
      for (const f of findings) {
        if (f.rule !== "ceiling" || f.indicator !== planLine.code) continue;
        folded.push(f);
        named.push(ceilingName(context, f));
        told = true;
      }
      // The plan comparison another step already told in the subtotal: named all the same.
      if (!told && lineVerdict(before, planLine) !== "ok") named.push(planName(context, planLine.code, line));
    }
  }
  return folded.length === 0 ? null : { cell, gap, folded, named };
}

/** The line's plan comparison, at its grand total cell when the table has one. */
function planName(context: RuleContext, code: string, line: number): Named {
  const name = context.planByCode.get(code)?.name ?? code;
  const total = context.grandTotal === null ? null : cellPosition(context, context.grandTotal, line);
  const at = total === null ? "" : ` (${a1(total.row, total.col)})`;
  return { vi: `tổng phân bổ của ${name} so với kế hoạch${at}`, en: `the allocated total of ${name} against the plan${at}` };
}

function blankFinding(context: RuleContext, blank: BlankCell): Finding {
  const { lineCount } = context;
  const area = Math.floor(blank.cell / lineCount);
  const line = blank.cell % lineCount;
  const { row, col } = cellPosition(context, area, line);
  const cell = a1(row, col);
  const label = context.table.areas[area].label;
  const vi = formatAmount(blank.gap, context.cellUnit[line], "vi");
  const en = formatAmount(blank.gap, context.cellUnit[line], "en");
  return makeFinding({
    rule: "subtotal",
    severity: "error",
    sheet: context.table.sheet,
    at: { row, col },
    indicator: context.table.lines[line].planCode,
    area: label,
    expected: blank.gap,
    actual: 0,
    message: withTypedOnNote(localized(
      `Ô ${cell} của ${label} để trống, là ô trống duy nhất trong các địa bàn mà ô cộng gõ tay vẫn tính thêm ${vi}: có lẽ số của ${label} bị bỏ sót — điền ${vi} vào ô này thì ${joinList(blank.named.map((x) => x.vi), "và")} cũng khớp.`,
      `Cell ${cell} of ${label} is blank, the only blank cell among the areas a typed total still counts ${en} more for: the figure of ${label} was probably left out — entering ${en} here puts ${joinList(blank.named.map((x) => x.en), "and")} right.`,
    ), typedOnNote(context, area, line, blank.gap)),
  });
}
