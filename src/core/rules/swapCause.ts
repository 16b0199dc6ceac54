/**
 * One cause, one finding for two figures of one commune typed into each
 * other's columns (its addresses in the money column and its money in the
 * addresses column): a district's subtotals are told off on two lines, and
 * exactly one of its communes, its two cells swapped back (each read in its
 * column's unit, a count whole), puts both right. Those `subtotal` findings
 * (the district's, and any total above off by just as much) and the plan
 * comparisons the swap puts right, the grand total showing the plan, are
 * that one cause, with the commune's own checks at the two cells (a quota,
 * a rate) the figures swapped back pass: let go, and one `subtotal` finding
 * at the commune's first cell names the two cells and what comes right. Two communes that could
 * each be the one, or a swap that leaves a subtotal off, tell nothing new.
 * District headings (no figures of their own) are looked through: the grand
 * total over them counts their communes. Under totals that follow the table
 * (formulas), where no subtotal is off, the commune's own check broken by
 * the swapped figure (its quota) and the plan comparisons off by just as much
 * tell the same swap (`anchoredSwapCause`).
 */
import { a1 } from "../model/address";
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { formatAmount } from "../text/format";
import { joinList } from "../text/joinList";
import { CELL } from "../cells/readCell";
import { allocatedFor, cellPosition, type RuleContext } from "./context";
import { difference, lineVerdict, standing } from "./compare";
import { makeFinding } from "./finding";
import { ceilingsPutRight, grandTotalShows, passesThrough, subtotalName, typedTotalsAbove } from "./leafCause";
import { withReplaced } from "./replaceFindings";
import { ceilingName, cellIndexer, subtotalsByCell, type Named } from "./singleCause";
import { OWN_CHECKS, ownCheckName, passesOwnChecks } from "./ownChecks";
import { communesThroughHeadings } from "./throughHeadings";

interface Swap {
  readonly leaf: number;
  readonly a: number;
  readonly b: number;
  /** What the two cells hold swapped back, as counted (đồng for money). */
  readonly na: number;
  readonly nb: number;
}

export function swapCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  return anchoredSwapCause(context, groupSwapCause(context, findings));
}

/** Swaps a district's (or the grand total's) subtotals off on two lines point to. */
function groupSwapCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const subtotals = findings.filter((f) => f.rule === "subtotal" && f.expected !== null && f.actual !== null);
  if (subtotals.length < 2) return [...findings];
  const { areas } = context.table;
  const { lineCount, state, base, scales } = context;
  const indexOf = cellIndexer(context);
  const subtotalAt = subtotalsByCell(findings, indexOf, true);
  const linesAt = new Map<number, number[]>();
  for (const cell of subtotalAt.keys()) {
    const area = Math.floor(cell / lineCount);
    if (areas[area].kind === "leaf") continue;
    linesAt.set(area, [...(linesAt.get(area) ?? []), cell % lineCount]);
  }
  const swaps: Swap[] = [];
  for (const [group, lines] of linesAt) {
    if (lines.length < 2) continue;
    const found: Swap[] = [];
    for (let i = 0; i < lines.length; i++) {
      for (let j = i + 1; j < lines.length; j++) {
        const a = lines[i];
        const b = lines[j];
        if (context.lineKind[a] === "percent" || context.lineKind[b] === "percent") continue;
        const ta = subtotalAt.get(group * lineCount + a);
        const tb = subtotalAt.get(group * lineCount + b);
        if (ta === undefined || tb === undefined) continue;
        for (const leaf of communesThroughHeadings(context, group)) {
          const atA = leaf * lineCount + a;
          const atB = leaf * lineCount + b;
          if (state[atA] !== CELL.number || state[atB] !== CELL.number) continue;
          const ca = base[atA] / scales[a];
          const cb = base[atB] / scales[b];
          if (standing(ca, cb) === "equal") continue;
          const na = Number((cb * scales[a]).toPrecision(15));
          const nb = Number((ca * scales[b]).toPrecision(15));
          if ((context.lineKind[a] === "count" && !Number.isInteger(na)) || (context.lineKind[b] === "count" && !Number.isInteger(nb))) continue;
          const rightA = standing(ta.actual ?? 0, (ta.expected ?? 0) - base[atA] + na) === "equal";
          const rightB = standing(tb.actual ?? 0, (tb.expected ?? 0) - base[atB] + nb) === "equal";
          if (rightA && rightB) found.push({ leaf, a, b, na, nb });
        }
      }
    }
    if (found.length === 1) swaps.push(found[0]);
  }
  if (swaps.length === 0) return [...findings];

  const replaced = new Map<Finding, Finding | null>();
  for (const swap of swaps) {
    const { leaf, a, b, na, nb } = swap;
    const shifts = new Map([
      [a, difference(na, base[leaf * lineCount + a])],
      [b, difference(nb, base[leaf * lineCount + b])],
    ]);
    const told: Named[] = [];
    const mine: Finding[] = [];
    // The district's subtotals and any total above off by just the swap's shift.
    for (const line of [a, b]) {
      for (let area = areas[leaf].parent; area !== null; area = areas[area].parent) {
        const subtotal = subtotalAt.get(area * lineCount + line);
        if (subtotal === undefined) continue;
        if (standing(difference(subtotal.actual ?? 0, subtotal.expected ?? 0), shifts.get(line) ?? 0) !== "equal") continue;
        mine.push(subtotal);
        told.push(subtotalName(context, area, line));
      }
    }
    const byLine = new Map([
      [a, [swap]],
      [b, [swap]],
    ]);
    for (const { finding, line, planLine } of ceilingsPutRight(context, findings, byLine, shifts)) {
      if (!grandTotalShows(context, line, planLine.target)) continue;
      mine.push(finding);
      told.push(ceilingName(context, finding));
    }
    // The commune's own checks at the two cells (a quota, a rate) that the figures swapped back pass: the same cause.
    for (const f of findings) {
      if (!OWN_CHECKS.has(f.rule)) continue;
      const at = indexOf(f);
      const line = at === leaf * lineCount + a ? a : at === leaf * lineCount + b ? b : null;
      if (line === null || !passesOwnChecks(context, line, line === a ? na : nb)) continue;
      mine.push(f);
      told.push(ownCheckName(f, context.table.lines[line].header));
    }
    for (const f of mine) replaced.set(f, null);
    replaced.set(mine[0], swapFinding(context, swap, told));
  }
  return withReplaced(findings, replaced);
}

/**
 * Swaps a commune's own check tells (its quota broken by the figure of
 * another line of its row): swapped back, both figures pass their own
 * checks, every typed total above the commune on both lines comes right
 * (none carries the swap), both plan comparisons hold, and the other line
 * shows the swap too — a typed total above off by just as much, or its plan
 * comparison off by just as much under totals that follow the table. The one
 * other line that fits (none when two do) makes the swap; its findings (the
 * own checks, the typed totals it puts right, the plan comparisons) are told
 * once, at the commune's first of the two cells.
 */
function anchoredSwapCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  if (!findings.some((f) => OWN_CHECKS.has(f.rule))) return [...findings];
  const { areas } = context.table;
  const { lineCount } = context;
  const indexOf = cellIndexer(context);
  const fitted: AnchoredSwap[] = [];
  const anchors = new Set<number>();
  for (const f of findings) {
    const cell = OWN_CHECKS.has(f.rule) ? indexOf(f) : null;
    if (cell === null) continue;
    const leaf = Math.floor(cell / lineCount);
    if (areas[leaf].kind !== "leaf" || anchors.has(leaf)) continue;
    anchors.add(leaf);
    const anchor = cell % lineCount;
    let only: AnchoredSwap | null = null;
    let count = 0;
    for (let other = 0; other < lineCount && count < 2; other++) {
      if (other === anchor) continue;
      const fit = swapFits(context, leaf, Math.min(anchor, other), Math.max(anchor, other));
      if (fit === null) continue;
      only = fit;
      count++;
    }
    if (count === 1 && only !== null) fitted.push(only);
  }
  if (fitted.length === 0) return [...findings];

  const replaced = new Map<Finding, Finding | null>();
  for (const fit of fitted) {
    const { swap, right, plans } = fit;
    const { leaf, a, b } = swap;
    const told: Named[] = [];
    const mine: Finding[] = [];
    for (const f of findings) {
      if (replaced.has(f)) continue;
      const cell = indexOf(f);
      if (OWN_CHECKS.has(f.rule) && (cell === leaf * lineCount + a || cell === leaf * lineCount + b)) {
        mine.push(f);
        told.push(ownCheckName(f, context.table.lines[cell % lineCount].header));
      } else if (f.rule === "subtotal" && cell !== null && right.has(cell)) {
        mine.push(f);
        told.push(subtotalName(context, Math.floor(cell / lineCount), cell % lineCount));
      } else if (f.rule === "ceiling" && f.indicator !== null && plans.has(f.indicator)) {
        mine.push(f);
        told.push(ceilingName(context, f));
      }
    }
    if (mine.length === 0) continue;
    for (const f of mine) replaced.set(f, null);
    replaced.set(mine[0], swapFinding(context, swap, told));
  }
  return withReplaced(findings, replaced);
}

interface AnchoredSwap {
  readonly swap: Swap;
  /** The typed totals above the commune (cell indexes) that the swap puts right. */
  readonly right: ReadonlySet<number>;
  /** The plan codes whose comparison comes on the plan swapped back. */
  readonly plans: ReadonlySet<string>;
}

/** The swap of a leaf's cells on lines `a` and `b` when the sheet bears it out (see `anchoredSwapCause`), else null. */
function swapFits(context: RuleContext, leaf: number, a: number, b: number): AnchoredSwap | null {
  const { lineCount, state, base, scales, lineKind, linePlan } = context;
  const planA = linePlan[a];
  const planB = linePlan[b];
  if (planA === null || planB === null || lineKind[a] === "percent" || lineKind[b] === "percent") return null;
  const atA = leaf * lineCount + a;
  const atB = leaf * lineCount + b;
  if (state[atA] !== CELL.number || state[atB] !== CELL.number) return null;
  const ca = base[atA] / scales[a];
  const cb = base[atB] / scales[b];
  if (standing(ca, cb) === "equal") return null;
  const na = Number((cb * scales[a]).toPrecision(15));
  const nb = Number((ca * scales[b]).toPrecision(15));
  if (!passesOwnChecks(context, a, na) || !passesOwnChecks(context, b, nb)) return null;
  const shifts = new Map([
    [a, difference(na, base[atA])],
    [b, difference(nb, base[atB])],
  ]);
  // Every typed total above on both lines comes right; none was added up from the swapped figures.
  const right = new Set<number>();
  let rightOnB = false;
  for (const [line, shift] of shifts) {
    const above = typedTotalsAbove(context, leaf * lineCount + line, shift);
    if (above === null || above.carried.length > 0) return null;
    for (const cell of above.right) right.add(cell);
    if (line === b && above.right.size > 0) rightOnB = true;
  }
  // Both plan comparisons hold swapped back; those off before come exactly on the plan.
  const leafSums = Float64Array.from(context.leafSums);
  for (const [line, shift] of shifts) leafSums[line] = Number((leafSums[line] + shift).toPrecision(15));
  const moved = { ...context, leafSums };
  const plans = new Set<string>();
  let planOnB = false;
  for (const [line, planLine] of [
    [a, planA],
    [b, planB],
  ] as const) {
    const before = allocatedFor(context, planLine.code);
    const after = allocatedFor(moved, planLine.code);
    if (before === null || after === null) continue;
    if (lineVerdict(after, planLine) !== "ok") return null;
    if (lineVerdict(before, planLine) === "ok") continue;
    if (standing(after, planLine.target) !== "equal") return null;
    plans.add(planLine.code);
    if (line === b && (grandTotalShows(context, line, planLine.target) || followsLeaves(context, line))) planOnB = true;
  }
  if (!rightOnB && !planOnB) return null;
  return { swap: { leaf, a, b, na, nb }, right, plans };
}

/** Whether the sheet's grand total on a line follows its communes (a formula or blank), or there is none. */
function followsLeaves(context: RuleContext, line: number): boolean {
  return context.grandTotal === null || passesThrough(context, context.grandTotal, line);
}

function swapFinding(context: RuleContext, swap: Swap, told: readonly Named[]): Finding {
  const { leaf, a, b, na, nb } = swap;
  const { lineCount, base } = context;
  const label = context.table.areas[leaf].label;
  const cell = (line: number) => {
    const at = cellPosition(context, leaf, line);
    return a1(at.row, at.col);
  };
  const f = (value: number, line: number, lang: "vi" | "en") => formatAmount(value, context.cellUnit[line], lang);
  const [ha, hb] = [context.table.lines[a].header, context.table.lines[b].header];
  const message = localized(
    `${ha} của ${label} (${cell(a)}) ghi ${f(base[leaf * lineCount + a], a, "vi")} và ${hb} (${cell(b)}) ghi ${f(base[leaf * lineCount + b], b, "vi")}: có lẽ hai số bị gõ đảo chỗ cho nhau — đổi lại (${cell(a)} là ${f(na, a, "vi")}, ${cell(b)} là ${f(nb, b, "vi")}).`,
    `${ha} of ${label} (${cell(a)}) shows ${f(base[leaf * lineCount + a], a, "en")} and ${hb} (${cell(b)}) shows ${f(base[leaf * lineCount + b], b, "en")}: the two figures were probably typed into each other's cells — swap them back (${cell(a)} ${f(na, a, "en")}, ${cell(b)} ${f(nb, b, "en")}).`,
  );
  return makeFinding({
    rule: "subtotal",
    severity: "error",
    sheet: context.table.sheet,
    at: cellPosition(context, leaf, a),
    indicator: context.table.lines[a].planCode,
    area: label,
    expected: na,
    actual: base[leaf * lineCount + a],
    message:
      told.length === 0
        ? message
        : localized(
            `${message.vi} Đổi lại thì ${joinList(told.map((x) => x.vi), "và")} cũng khớp.`,
            `${message.en} Swapping them back also puts ${joinList(told.map((x) => x.en), "and")} right.`,
          ),
  });
}
