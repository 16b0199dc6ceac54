/**
 * Two causes, each at its cell: two communes of one district each typed
 * their figure on a line with one slip of the keyboard (`12` for `120`,
 * `1100` for `110`) under the district's typed subtotal, kept as planned. The
 * subtotal (and the grand total) show the plan's figure; the communes are off
 * by both slips together. No one commune corrected by the gap reads as a
 * slip of its figure; but exactly one pair of them, each corrected with one
 * digit left out, typed twice or two neighbouring digits swapped, closes the
 * gap — then each is told at its cell, naming the other and the subtotal and
 * plan comparison they put right together, instead of one finding at the
 * subtotal (or at the one commune whose figure alone could hold the excess,
 * which would suggest a figure nobody typed). Told only when the evidence is
 * clear:
 *
 * - the subtotal is typed, over communes alone, and is the only finding on
 *   its line but the plan line's `ceiling`, which the same gap makes;
 * - moved by the gap, every typed total above comes right and the line meets
 *   its plan target, which the grand total shows;
 * - no one commune, corrected by the whole gap, is any slip of its figure;
 * - exactly one pair of communes, corrected, are each a digit left out,
 *   typed twice or swapped (one digit typed for another, which round figures
 *   fall into by chance, counts neither for nor against), each at least ten
 *   in the cell's unit, never below zero and whole on a count line.
 */
import { a1 } from "../model/address";
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { formatAmount } from "../text/format";
import { CELL } from "../cells/readCell";
import { allocatedFor, cellPosition, type RuleContext } from "./context";
import { difference, standing } from "./compare";
import { makeFinding } from "./finding";
import { grandTotalShows, isFormulaAt, subtotalName, typedTotalsAbove } from "./leafCause";
import { withReplaced } from "./replaceFindings";
import { ceilingName, cellIndexer, type Named } from "./singleCause";
import { joinList } from "../text/joinList";
import { looksLikeDigitSlip, looksLikeTypo } from "./typo";

/** Districts with more communes than this are not searched pair by pair. */
const MOST_COMMUNES = 80;

export function slipPairCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const subtotals = findings.filter((f) => f.rule === "subtotal" && f.severity === "error" && f.expected !== null && f.actual !== null);
  if (subtotals.length === 0) return [...findings];
  const indexOf = cellIndexer(context);
  const { lineCount } = context;
  const replaced = new Map<Finding, Finding | null>();
  const added: Finding[] = [];
  for (const subtotal of subtotals) {
    const at = indexOf(subtotal);
    if (at === null) continue;
    const line = at % lineCount;
    const area = Math.floor(at / lineCount);
    const code = context.table.lines[line].planCode;
    if (code === null) continue;
    const others = findings.filter((f) => f !== subtotal && f.severity !== "info" && (f.indicator === code || (() => { const cell = indexOf(f); return cell !== null && cell % lineCount === line; })()));
    if (others.some((f) => f.rule !== "ceiling" || f.indicator !== code)) continue;
    const ceiling = others[0] ?? null;
    const gap = difference(subtotal.actual as number, subtotal.expected as number);
    const pair = slipPair(context, area, line, code, gap);
    if (pair === null) continue;
    // Nothing told at either commune on another line.
    if (findings.some((f) => f !== subtotal && f.severity !== "info" && (() => { const cell = indexOf(f); return cell !== null && pair.some((p) => Math.floor(cell / lineCount) === p.child); })())) continue;
    const also: Named[] = [subtotalName(context, area, line), ...(ceiling === null ? [] : [ceilingName(context, ceiling)])];
    const [first, second] = pair;
    replaced.set(subtotal, slipFinding(context, line, code, first, second, also));
    added.push(slipFinding(context, line, code, second, first, also));
    if (ceiling !== null) replaced.set(ceiling, null);
  }
  return replaced.size === 0 ? [...findings] : [...withReplaced(findings, replaced), ...added];
}

interface Slip {
  readonly child: number;
  readonly typed: number;
  readonly meant: number;
}

/** The one pair of communes under `area` whose figures on `line`, each corrected by one digit slip, close `gap`; null when none, several, or one alone could. */
function slipPair(context: RuleContext, area: number, line: number, code: string, gap: number): [Slip, Slip] | null {
  const { areas } = context.table;
  const { lineCount, state, base } = context;
  const entry = areas[area];
  if (gap === 0 || (entry.kind !== "group" && entry.kind !== "total") || isFormulaAt(context, area, line) || state[area * lineCount + line] !== CELL.number) return null;
  if (context.lineKind[line] === "percent" || context.sourceLines?.has(line) === true) return null;
  const communes = entry.children;
  if (communes.length < 3 || communes.length > MOST_COMMUNES || communes.some((child) => areas[child].kind !== "leaf" || areas[child].village === true)) return null;
  if (communes.some((child) => state[child * lineCount + line] !== CELL.number || isFormulaAt(context, child, line))) return null;
  // The plan backs the subtotal: moved by the gap, the line meets its target, which the grand total shows; every typed total above comes right.
  const planLine = context.planByCode.get(code);
  if (planLine === undefined) return null;
  const leafSums = Float64Array.from(context.leafSums);
  leafSums[line] = Number((leafSums[line] + gap).toPrecision(15));
  const allocated = allocatedFor({ ...context, leafSums }, code);
  if (allocated === null || standing(allocated, planLine.target) !== "equal" || !grandTotalShows(context, line, planLine.target)) return null;
  const above = typedTotalsAbove(context, communes[0] * lineCount + line, gap);
  if (above === null || above.carried.length > 0 || !above.right.has(area * lineCount + line)) return null;
  const scale = context.scales[line];
  const count = context.lineKind[line] === "count";
  const fits = (typed: number, meant: number) => meant >= 0 && (!count || Number.isInteger(Number((meant / scale).toPrecision(12)))) && looksLikeTypo(typed / scale, meant / scale);
  const digit = (typed: number, meant: number) => Math.max(typed, meant) / scale >= 10 && looksLikeDigitSlip(typed / scale, meant / scale);
  // One commune alone could hold the gap as a slip: a single cause, not a pair.
  if (communes.some((child) => fits(base[child * lineCount + line], difference(base[child * lineCount + line], -gap)))) return null;
  const found: [Slip, Slip][] = [];
  for (let i = 0; i < communes.length; i++) {
    const ti = base[communes[i] * lineCount + line];
    for (const mi of slipsOf(ti / scale)) {
      const meantI = Number((mi * scale).toPrecision(15));
      if (!fits(ti, meantI) || !digit(ti, meantI)) continue;
      for (let j = i + 1; j < communes.length; j++) {
        const tj = base[communes[j] * lineCount + line];
        const meantJ = Number((tj + gap - (meantI - ti)).toPrecision(15));
        if (!fits(tj, meantJ) || !digit(tj, meantJ)) continue;
        found.push([{ child: communes[i], typed: ti, meant: meantI }, { child: communes[j], typed: tj, meant: meantJ }]);
        if (found.length > 1) return null;
      }
    }
  }
  return found.length === 1 ? found[0] : null;
}

/** Every figure one keyboard slip from `value` (a digit typed for another, left out, typed in, or two neighbours swapped). */
function slipsOf(value: number): number[] {
  const typed = String(Number(Math.abs(value).toPrecision(12)));
  const out = new Set<string>();
  const digits = "0123456789";
  for (let i = 0; i <= typed.length; i++) {
    for (const d of digits) out.add(typed.slice(0, i) + d + typed.slice(i));
    if (i < typed.length) {
      out.add(typed.slice(0, i) + typed.slice(i + 1));
      for (const d of digits) out.add(typed.slice(0, i) + d + typed.slice(i + 1));
    }
    if (i + 1 < typed.length) out.add(typed.slice(0, i) + typed[i + 1] + typed[i] + typed.slice(i + 2));
  }
  const values: number[] = [];
  for (const text of out) {
    if (!/^\d+(\.\d+)?$/.test(text)) continue;
    const n = Number(text);
    if (Number.isFinite(n) && n !== Math.abs(value)) values.push(n);
  }
  return values;
}

function slipFinding(context: RuleContext, line: number, code: string, slip: Slip, other: Slip, also: readonly Named[]): Finding {
  const { areas } = context.table;
  const unit = context.cellUnit[line];
  const f = (value: number, lang: "vi" | "en") => formatAmount(value, unit, lang);
  const position = cellPosition(context, slip.child, line);
  const cell = a1(position.row, position.col);
  const op = cellPosition(context, other.child, line);
  const otherCell = a1(op.row, op.col);
  const header = context.table.lines[line].header;
  const label = areas[slip.child].label;
  const otherLabel = areas[other.child].label;
  const message = localized(
    `${header} của ${label} (${cell}) ghi ${f(slip.typed, "vi")}, có lẽ gõ nhầm từ ${f(slip.meant, "vi")} (sót, thừa hoặc đảo một chữ số); ${otherLabel} (${otherCell}) cùng huyện cũng ghi ${f(other.typed, "vi")} thay vì ${f(other.meant, "vi")}: trong các địa bàn, chỉ hai ô này, mỗi ô sửa một lần gõ phím, là khớp với ô cộng gõ tay.`,
    `The ${header} of ${label} (${cell}) shows ${f(slip.typed, "en")}, probably a slip for ${f(slip.meant, "en")} (a digit left out, typed twice or swapped); ${otherLabel} (${otherCell}) in the same district also shows ${f(other.typed, "en")} for ${f(other.meant, "en")}: of the areas, only these two cells, each corrected by one slip, agree with the typed subtotal.`,
  );
  return makeFinding({
    rule: "subtotal",
    severity: "error",
    sheet: context.table.sheet,
    at: position,
    indicator: code,
    area: label,
    expected: slip.meant,
    actual: slip.typed,
    message: localized(
      `${message.vi} Sửa cả hai ô thì ${joinList(also.map((x) => x.vi), "và")} cũng khớp.`,
      `${message.en} With both cells corrected, ${joinList(also.map((x) => x.en), "and")} come right too.`,
    ),
  });
}
