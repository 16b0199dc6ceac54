/**
 * One cause, one finding: a commune's row missing from the sheet (deleted,
 * every total typed or added up without it) while the plan lists no areas
 * to name it. Every line the plan compares is under its plan, each by what
 * one commune could hold; nothing of the sheet says which row. Told once,
 * as the quota line's under-plan `ceiling` naming the other lines, only
 * when the evidence is clear:
 *
 * - the plan lists no areas (else `coverage` names the commune and
 *   `deletedCause` weighs the gaps), and the check finds nothing on the
 *   sheet but the lines' under-plan warnings;
 * - every line compared with the plan (percent lines aside) is under it,
 *   two at least, one of them a quota line whose every commune holds the
 *   quota and whose target is the quota times one commune more than the
 *   sheet has — short by exactly one commune's quota;
 * - every other line is short by a figure a commune could hold: whole on a
 *   count line, from the smallest to the largest of the communes' figures.
 *
 * With no quota line to count the communes, the communes' STT skipping one
 * number (1, 2, 4: the row deleted, the numbers left as typed) is that
 * evidence instead: every line short by what one commune could hold, told
 * once at the first line's ceiling, naming the number skipped and where.
 *
 * A plan merely not fully allocated reads so only when all of that holds
 * by chance on every line at once; the finding stays a warning.
 */
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { formatAmount } from "../text/format";
import { CELL } from "../cells/readCell";
import { allocatedFor, type RuleContext } from "./context";
import { difference, standing } from "./compare";
import { ceilingName } from "./singleCause";
import { joinList } from "../text/joinList";
import { cellValue } from "../model/workbook";

export function missingRow(context: RuleContext, findings: readonly Finding[]): Finding[] {
  if (context.plan.areas.length > 0 || findings.length < 2) return [...findings];
  const { lineCount, leaves } = context;
  if (leaves.length < 2) return [...findings];
  // Nothing but under-plan warnings of this table's lines.
  const byLine = new Map<number, Finding>();
  for (const f of findings) {
    if (f.severity === "info") continue;
    const line = f.indicator === null ? undefined : context.lineByCode.get(f.indicator);
    if (f.rule !== "ceiling" || f.severity !== "warning" || f.sheet !== context.table.sheet || line === undefined || byLine.has(line)) return [...findings];
    byLine.set(line, f);
  }
  let quotaLine: number | null = null;
  const gaps = new Map<number, number>();
  for (let line = 0; line < lineCount; line++) {
    const planLine = context.linePlan[line];
    if (planLine === null || context.lineKind[line] === "percent" || context.sourceLines?.has(line) === true) continue;
    const allocated = allocatedFor(context, planLine.code);
    if (!byLine.has(line) || allocated === null || standing(allocated, planLine.target) !== "below") return [...findings];
    const gap = difference(planLine.target, allocated);
    gaps.set(line, gap);
    if (planLine.quota !== undefined && quotaLine === null && holdsQuota(context, line, planLine.quota) && standing(gap, planLine.quota) === "equal") quotaLine = line;
  }
  if (gaps.size < 2 || gaps.size !== byLine.size) return [...findings];
  // No quota line counting the communes: the communes' STT skipping one number (1, 2, 4) tells the one row missing.
  if (quotaLine === null) {
    const skip = sttSkip(context);
    if (skip === null) return [...findings];
    for (const [line, gap] of gaps) if (!couldHold(context, line, gap)) return [...findings];
    return toldBySkip(context, byLine, gaps, skip, findings);
  }
  for (const [line, gap] of gaps) if (line !== quotaLine && !couldHold(context, line, gap)) return [...findings];
  const kept = byLine.get(quotaLine) as Finding;
  const quota = context.linePlan[quotaLine]?.quota as number;
  const unit = (line: number) => context.cellUnit[line];
  const others = [...byLine].filter(([line]) => line !== quotaLine);
  const held = (lang: "vi" | "en") =>
    joinList(
      others.map(([line, f]) => {
        const named = ceilingName(context, f);
        const figure = formatAmount(gaps.get(line) as number, unit(line), lang);
        return lang === "vi" ? `${figure} cho ${named.vi}` : `${figure} for ${named.en}`;
      }),
      lang === "vi" ? "và" : "and",
    );
  const quotaText = (lang: "vi" | "en") => formatAmount(quota, unit(quotaLine as number), lang);
  const told: Finding = {
    ...kept,
    message: localized(
      `${kept.message.vi} Mọi chỉ tiêu đều thiếu so với kế hoạch, mỗi chỉ tiêu đúng bằng phần một địa bàn có thể giữ: kế hoạch tính ${leaves.length + 1} địa bàn theo định mức ${quotaText("vi")}, bảng chỉ có ${leaves.length} — có lẽ thiếu (đã xoá) dòng của một địa bàn, dòng đó giữ ${held("vi")}.`,
      `${kept.message.en} Every line falls short of the plan by what one area could hold: the plan counts ${leaves.length + 1} areas at the quota of ${quotaText("en")}, the sheet has ${leaves.length} — probably one area's row missing (deleted), which would hold ${held("en")}.`,
    ),
  };
  const dropped = new Set(others.map(([, f]) => f));
  return findings.filter((f) => !dropped.has(f)).map((f) => (f === kept ? told : f));
}

/** Whether every commune's figure on the line is the quota. */
function holdsQuota(context: RuleContext, line: number, quota: number): boolean {
  return context.leaves.every((leaf) => {
    const at = leaf * context.lineCount + line;
    return context.state[at] === CELL.number && standing(context.base[at], quota) === "equal";
  });
}

/** Whether a commune could hold the gap on the line: whole on a count line, from the smallest to the largest of the communes' figures. */
function couldHold(context: RuleContext, line: number, gap: number): boolean {
  const scale = context.scales[line];
  if (context.lineKind[line] === "count" && !Number.isInteger(Number((gap / scale).toPrecision(12)))) return false;
  let smallest = Infinity;
  let largest = -Infinity;
  for (const leaf of context.leaves) {
    const at = leaf * context.lineCount + line;
    if (context.state[at] !== CELL.number && context.state[at] !== CELL.blank) return false;
    const value = context.base[at];
    if (value < smallest) smallest = value;
    if (value > largest) largest = value;
  }
  return largest > 0 && gap >= smallest && gap <= largest;
}

/** The number the communes' STT skips (areas as rows), between the rows of two communes (area indexes). */
interface SttSkip {
  readonly number: number;
  readonly after: number;
  readonly before: number;
}

/**
 * The one number the communes' STT skips, numbered along the sheet or anew
 * (from 1) under each district: every commune's STT a whole number in one
 * column left of the names, each the one before plus one but a single one
 * plus two. Null where the numbering says nothing so plain (no such column,
 * any other jump, two skips, the areas as columns).
 */
function sttSkip(context: RuleContext): SttSkip | null {
  const { table, sheet, leaves } = context;
  if (table.orientation !== "areas-as-rows") return null;
  const areas = table.areas;
  const numberAt = (leaf: number, col: number): number | null => {
    const value = cellValue(sheet, areas[leaf].index, col);
    const n = typeof value === "number" ? value : typeof value === "string" && /^\s*\d{1,4}\s*$/.test(value) ? Number(value) : NaN;
    return Number.isInteger(n) && n > 0 ? n : null;
  };
  const labelCol = areas[leaves[0]].labelCol;
  for (let col = 0; col < labelCol; col++) {
    if (!leaves.every((leaf) => numberAt(leaf, col) !== null)) continue;
    let skip: SttSkip | null = null;
    for (let k = 0; k < leaves.length; k++) {
      const n = numberAt(leaves[k], col) as number;
      const previous = k === 0 ? 0 : (numberAt(leaves[k - 1], col) as number);
      const newDistrict = k > 0 && areas[leaves[k]].parent !== areas[leaves[k - 1]].parent;
      if (n === previous + 1 || (n === 1 && newDistrict)) continue;
      if (n !== previous + 2 || k === 0 || skip !== null) return null;
      skip = { number: previous + 1, after: leaves[k - 1], before: leaves[k] };
    }
    return skip;
  }
  return null;
}

/** Every line's under-plan warning told once, at the first line's, naming the number the STT skips and what the missing row would hold. */
function toldBySkip(context: RuleContext, byLine: ReadonlyMap<number, Finding>, gaps: ReadonlyMap<number, number>, skip: SttSkip, findings: readonly Finding[]): Finding[] {
  const entries = [...byLine].sort(([a], [b]) => a - b);
  const kept = entries[0][1];
  const { areas } = context.table;
  const [from, to] = [areas[skip.after].index + 1, areas[skip.before].index + 1];
  const held = (lang: "vi" | "en") =>
    joinList(
      entries.map(([line, f]) => {
        const named = ceilingName(context, f);
        const figure = formatAmount(gaps.get(line) as number, context.cellUnit[line], lang);
        return lang === "vi" ? `${figure} cho ${named.vi}` : `${figure} for ${named.en}`;
      }),
      lang === "vi" ? "và" : "and",
    );
  const told: Finding = {
    ...kept,
    message: localized(
      `${kept.message.vi} Mọi chỉ tiêu đều thiếu so với kế hoạch, mỗi chỉ tiêu đúng bằng phần một địa bàn có thể giữ, và STT của các địa bàn bỏ mất số ${skip.number} (giữa dòng ${from} và dòng ${to}) — có lẽ thiếu (đã xoá) dòng của một địa bàn ở đó, dòng đó giữ ${held("vi")}.`,
      `${kept.message.en} Every line falls short of the plan by what one area could hold, and the areas' STT skips ${skip.number} (between rows ${from} and ${to}) — probably one area's row missing (deleted) there, which would hold ${held("en")}.`,
    ),
  };
  const dropped = new Set(entries.slice(1).map(([, f]) => f));
  return findings.filter((f) => !dropped.has(f)).map((f) => (f === kept ? told : f));
}
