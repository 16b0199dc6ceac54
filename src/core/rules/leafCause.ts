/**
 * One cause, one finding under a district's typed subtotal that disagrees
 * with its communes, where no row check (`singleCause`) names the cell:
 *
 * - a total line (`Tổng kinh phí`) whose district cell is a formula over the
 *   district's typed parts carries the part's gap: its own `subtotal`
 *   finding is the same cause, whichever of the subtotal or a commune is
 *   wrong. It is let go and the part's finding names it.
 * - a commune that breaks the plan's per-area quota names the cell: when the
 *   quota corrections of the district's communes account for its gap
 *   exactly, the district's `subtotal` finding (or the grand total's, right
 *   over the communes) is let go and the quota finding names the subtotal
 *   that comes right with it; so too the line's `ceiling` when the quota
 *   corrections bring the line to its target (`quotaCeilings`).
 * - when the typed subtotals add up to the plan's target and the sheet's
 *   grand total shows it too, a commune may be the mistyped cell as well as
 *   the district: the district's finding says which commune cells to look
 *   at and which plan comparison comes right if one of them is corrected,
 *   and the ceiling names the district. When nothing else is told on the
 *   line, `shownPlanCause` then lets the ceiling go: the sheet's typed
 *   figures all show the plan, and the one disagreement is the district's.
 */
import { a1 } from "../model/address";
import type { Finding } from "../model/finding";
import type { PlanLine } from "../model/plan";
import { localized, type LocalizedText } from "../model/text";
import { formatAmount } from "../text/format";
import { cellFormula } from "../model/workbook";
import { CELL, isNumericState as isNumeric } from "../cells/readCell";
import { cellPosition, allocatedFor, type RuleContext } from "./context";
import { difference, standing } from "./compare";
import { totalLineChildren } from "./lineTotals";
import { alsoRight, ceilingName, ceilingSeverity, cellIndexer, subtotalsByCell, type Named } from "./singleCause";
import { joinList } from "../text/joinList";

/** A typed district subtotal (or grand total) over communes only that disagrees with them. */
interface GroupGap {
  readonly finding: Finding;
  readonly area: number;
  readonly line: number;
  /** What the communes must move by, together, to agree with the subtotal. */
  readonly gap: number;
  /** Quota findings of its communes whose corrections account for the gap. */
  readonly quotas: Finding[];
}

/** Appends to the list kept under `key` (made on first use). */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

export function isFormulaAt(context: RuleContext, area: number, line: number): boolean {
  const { row, col } = cellPosition(context, area, line);
  return Boolean(context.sheet.formulas?.[row]?.[col]);
}

/** A total's cell that passes its parts' figures upward as they are: a formula over them, or blank (a district row naming it only). */
export function passesThrough(context: RuleContext, area: number, line: number): boolean {
  return context.state[area * context.lineCount + line] === CELL.blank || isFormulaAt(context, area, line);
}

function groupGaps(context: RuleContext, findings: readonly Finding[], indexOf: (f: Finding) => number | null): GroupGap[] {
  const { areas } = context.table;
  const quotaAt = new Map<number, Finding>();
  for (const finding of findings) {
    if (finding.rule !== "quota" || finding.expected === null || finding.actual === null) continue;
    const cell = indexOf(finding);
    if (cell !== null) quotaAt.set(cell, finding);
  }
  const out: GroupGap[] = [];
  for (const finding of findings) {
    if (finding.rule !== "subtotal" || finding.severity !== "error" || finding.expected === null || finding.actual === null) continue;
    const cell = indexOf(finding);
    if (cell === null) continue;
    const area = Math.floor(cell / context.lineCount);
    const line = cell % context.lineCount;
    const entry = areas[area];
    if ((entry.kind !== "group" && entry.kind !== "total") || entry.children.length === 0) continue;
    if (isFormulaAt(context, area, line)) continue;
    // A district's subtotal, or the grand total right over the communes (a sheet without district rows).
    const overCommunes = entry.children.every((child) => areas[child].kind === "leaf");
    // Only the check along the district's column: its communes' sum (through district cells that follow them).
    const leaves = overCommunes ? entry.children : leavesUnder(context, area);
    if (standing(finding.expected, leafSum(context, area, line)) !== "equal") continue;
    const gap = difference(finding.actual, finding.expected);
    const quotas: Finding[] = [];
    let moved = 0;
    for (const child of leaves) {
      const quota = quotaAt.get(child * context.lineCount + line);
      if (quota === undefined || quota.expected === null || quota.actual === null) continue;
      quotas.push(quota);
      moved += difference(quota.expected, quota.actual);
    }
    const explained = quotas.length > 0 && standing(moved, gap) === "equal";
    // A total over districts is weighed only for the quota breaks that account for it.
    if (!overCommunes && !explained) continue;
    out.push({ finding, area, line, gap, quotas: explained ? quotas : [] });
  }
  return out;
}

/**
 * Per district cell of a total line that is a formula: what its column gap
 * is when it only follows the gaps of the district's typed parts, and the
 * part lines it follows.
 */
function followingTotals(context: RuleContext, groups: readonly GroupGap[]): Map<number, { gap: number; lines: number[]; typed: boolean }> {
  const out = new Map<number, { gap: number; lines: number[]; typed: boolean }>();
  const { lineCount } = context;
  const totalsOf = new Map<number, number[]>();
  for (let line = 0; line < lineCount; line++) {
    for (const part of totalLineChildren(context, line) ?? []) {
      const totals = totalsOf.get(part) ?? [];
      totals.push(line);
      totalsOf.set(part, totals);
    }
  }
  for (const group of groups) {
    for (const total of totalsOf.get(group.line) ?? []) {
      // The district's cell a formula over its parts, or typed over communes whose cells are formulas over theirs.
      const communesFollow = context.table.areas[group.area].children.every((child) => isFormulaAt(context, child, total));
      const formula = isFormulaAt(context, group.area, total);
      if (!formula && !communesFollow) continue;
      const cell = group.area * lineCount + total;
      const entry = out.get(cell) ?? { gap: 0, lines: [] };
      out.set(cell, { gap: entry.gap + group.gap, lines: [...entry.lines, group.line], typed: !formula });
    }
  }
  return out;
}

/** The table's grand total areas, found once per check (the cause steps ask for every line). */
const TOTAL_AREAS = new WeakMap<RuleContext, number[]>();

function totalAreas(context: RuleContext): number[] {
  let totals = TOTAL_AREAS.get(context);
  if (totals === undefined) {
    totals = [];
    const { areas } = context.table;
    for (let area = 0; area < areas.length; area++) if (areas[area].kind === "total") totals.push(area);
    TOTAL_AREAS.set(context, totals);
  }
  return totals;
}

/** Whether the table's grand total holds a number on this line equal to `target`. */
export function grandTotalShows(context: RuleContext, line: number, target: number): boolean {
  // A line split by funding source shows its total as its sources' totals together.
  const lines = context.sourceLines?.get(line) ?? [line];
  // A reserve kept beside the grand total (`Dự phòng` after it, outside its sum): the plan is the total with it.
  const beside = reserveBesideTotal(context, lines);
  for (const area of totalAreas(context)) {
    let shown = beside;
    for (const l of lines) {
      const at = area * context.lineCount + l;
      if (!isNumeric(context.state[at]) || context.state[at] === CELL.textNumber) {
        shown = Number.NaN;
        break;
      }
      shown += context.base[at];
    }
    if (!Number.isNaN(shown) && standing(shown, target) === "equal") return true;
  }
  return false;
}

/**
 * The table's grand total named as it shows the plan on a line: with a
 * reserve kept beside it (`Dự phòng` after it, outside its sum, holding a
 * figure there), the two together — the total alone shows the plan less the
 * reserve. `at`: the total's cell, as ` (F23)`, or empty.
 */
export function grandTotalWords(context: RuleContext, line: number, at = ""): Named {
  const reserve = context.table.notes?.reserveOutsideTotal;
  if (reserve === undefined || reserveBesideTotal(context, [line]) === 0) return { vi: `tổng cộng của bảng${at}`, en: `the table's grand total${at}` };
  return { vi: `tổng cộng của bảng${at} cùng "${reserve.label}" ghi riêng bên ngoài`, en: `the table's grand total${at} with "${reserve.label}" kept beside it` };
}

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The figure of the reserve the table keeps beside its grand total on the lines (blank or none: zero). */
function reserveBesideTotal(context: RuleContext, lines: readonly number[]): number {
  const reserve = context.table.notes?.reserveOutsideTotal;
  if (reserve === undefined) return 0;
  const area = context.table.areas.findIndex((entry) => entry.kind === "leaf" && entry.index === reserve.index);
  if (area < 0) return 0;
  let sum = 0;
  for (const l of lines) if (context.state[area * context.lineCount + l] === CELL.number) sum += context.base[area * context.lineCount + l];
  return sum;
}

/**
 * Whether the sheet's own typed figures show `target` on a line: its grand
 * total (`grandTotalShows`), or, on a sheet with no grand total row, its
 * top-level areas together — the districts' typed subtotals (one at least
 * typed, not a formula) with any area beside them.
 */
export function sheetShows(context: RuleContext, line: number, target: number): boolean {
  if (grandTotalShows(context, line, target)) return true;
  if (totalAreas(context).length > 0 || context.sourceLines?.has(line) === true) return false;
  const { areas } = context.table;
  let shown = 0;
  let typed = false;
  for (let area = 0; area < areas.length; area++) {
    const entry = areas[area];
    if (entry.parent !== null || entry.kind === "heading") continue;
    const at = area * context.lineCount + line;
    if (entry.kind === "group") {
      if (context.state[at] !== CELL.number) return false;
      if (!isFormulaAt(context, area, line)) typed = true;
    } else if (context.state[at] !== CELL.number && context.state[at] !== CELL.blank) return false;
    shown += context.base[at];
  }
  return typed && standing(shown, target) === "equal";
}

function communeCells(context: RuleContext, group: GroupGap): string {
  const leaves = context.table.areas[group.area].children;
  const first = cellPosition(context, leaves[0], group.line);
  const last = cellPosition(context, leaves[leaves.length - 1], group.line);
  const from = a1(first.row, first.col);
  return leaves.length === 1 ? from : `${from}:${a1(last.row, last.col)}`;
}

/** The district's finding when its typed figure agrees with the plan: which commune cells to look at if it is right. */
function orCommune(context: RuleContext, group: GroupGap, message: LocalizedText, ceilings: readonly Named[]): LocalizedText {
  const unit = context.cellUnit[group.line];
  const label = context.table.areas[group.area].label;
  const cells = communeCells(context, group);
  const off = { vi: formatAmount(Math.abs(group.gap), unit, "vi"), en: formatAmount(Math.abs(group.gap), unit, "en") };
  const one = context.table.areas[group.area].children.length === 1;
  // The communes hold more than the subtotal (gap < 0) or less: which one is wrong no figure of the sheet or the plan tells.
  const way = group.gap < 0 ? { vi: "ghi thừa", en: "holds too much by" } : { vi: "ghi thiếu", en: "holds too little by" };
  const unknown = one ? { vi: "", en: "" } : { vi: " (không số liệu nào của bảng hay kế hoạch cho biết là ô nào)", en: " (no figure of the sheet or the plan tells which)" };
  const grand = grandTotalWords(context, group.line);
  return localized(
    `${message.vi} Ô cộng này và ${grand.vi} lại khớp với kế hoạch: nếu ô cộng đúng thì ${one ? "ô" : "một ô"} của các địa bàn thuộc ${label} (${cells}) ${way.vi} ${off.vi}${unknown.vi} — sửa ô đó thì ô cộng này và ${joinList(ceilings.map((x) => x.vi), "và")} cùng khớp.`,
    `${message.en} This subtotal and ${grand.en} agree with the plan: if the subtotal is right, ${one ? "the cell" : "one cell"} of the areas of ${label} (${cells}) ${way.en} ${off.en}${unknown.en} — correcting it puts this subtotal and ${joinList(ceilings.map((x) => x.en), "and")} right together.`,
  );
}

/** A commune whose rows under it are all its villages (`Thôn 1`): their figures break its row down. */
function villageBreakdown(context: RuleContext, area: number): boolean {
  const { areas } = context.table;
  return areas[area].children.every((child) => areas[child].village === true);
}

/** A part's finding naming the typed totals off with it by the same figure, their areas' cells adding up the parts through formulas. */
export function offAlongside(message: LocalizedText, names: readonly Named[]): LocalizedText {
  return localized(
    `${message.vi} ${joinList(names.map((x) => x.vi), "và")} lệch đúng cùng số này, vì ô của các địa bàn ở đó được cộng từ các khoản thành phần qua công thức: cùng một ô sai làm lệch cả hai.`,
    `${message.en} ${capital(joinList(names.map((x) => x.en), "and"))} ${names.length > 1 ? "are" : "is"} off by the same figure, as the areas' cells there add up their parts through formulas: one wrong cell puts both off.`,
  );
}

export function subtotalName(context: RuleContext, area: number, line: number): Named {
  const position = cellPosition(context, area, line);
  const label = context.table.areas[area].label;
  const header = context.table.lines[line].header;
  const cell = a1(position.row, position.col);
  return { vi: `${header} của ${label} (${cell})`, en: `the ${header} of ${label} (${cell})` };
}

export function leafCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  if (!findings.some((finding) => finding.rule === "subtotal" || finding.rule === "quota" || finding.rule === "invalid-value")) return [...findings];
  const indexOf = cellIndexer(context);
  const groups = groupGaps(context, findings, indexOf);

  const dropped = new Set<Finding>();
  const rewritten = new Map<Finding, LocalizedText>();
  const messageOf = (finding: Finding) => rewritten.get(finding) ?? finding.message;

  // A formula total line over the district's typed parts: its gap is theirs.
  const follows = followingTotals(context, groups);
  const carried = new Map<GroupGap, Named[]>();
  // Typed district cells of a total line off with the communes' formulas over their parts (not added up from this cell).
  const alongside = new Map<GroupGap, Named[]>();
  for (const finding of findings) {
    if (finding.rule !== "subtotal" || finding.expected === null || finding.actual === null) continue;
    const cell = indexOf(finding);
    const follow = cell === null ? undefined : follows.get(cell);
    if (cell === null || follow === undefined || standing(difference(finding.actual, countedCommunes(context, cell, finding.expected)), follow.gap) !== "equal") continue;
    const area = Math.floor(cell / context.lineCount);
    const owner = groups.find((group) => group.area === area && follow.lines.includes(group.line));
    if (owner === undefined) continue;
    dropped.add(finding);
    pushTo(follow.typed ? alongside : carried, owner, subtotalName(context, area, cell % context.lineCount));
  }
  for (const [group, names] of alongside) rewritten.set(group.finding, offAlongside(messageOf(group.finding), names));
  for (const [group, names] of carried) {
    const message = messageOf(group.finding);
    rewritten.set(
      group.finding,
      localized(
        `${message.vi} ${joinList(names.map((x) => x.vi), "và")} được cộng từ ô này qua công thức nên lệch theo; sửa ô này thì cũng khớp.`,
        `${message.en} ${joinList(names.map((x) => x.en), "and")} ${names.length > 1 ? "are" : "is"} added up from this cell through formulas and off with it; correcting this cell puts ${names.length > 1 ? "them" : "it"} right.`,
      ),
    );
  }

  // A commune off its quota by the district's gap: the quota names the cell, the subtotal comes right with it.
  const quotaAlso = new Map<Finding, Named[]>();
  for (const group of groups) {
    if (group.quotas.length === 0) continue;
    dropped.add(group.finding);
    const subtotal = subtotalName(context, group.area, group.line);
    const also = [subtotal, ...(carried.get(group) ?? []), ...(alongside.get(group) ?? [])];
    for (const quota of group.quotas) for (const name of also) pushTo(quotaAlso, quota, name);
  }

  // An invalid figure under a typed subtotal: the subtotal gives the figure; what comes right with it is let go.
  invalidCauses(context, findings, indexOf, dropped, rewritten);

  // Typed subtotals and grand total that agree with the plan: a commune may be the cause; the two findings name each other.
  const ceilingsOf = new Map<GroupGap, Named[]>();
  const textLines = new Set<number>();
  const byLine = new Map<number, GroupGap[]>();
  const shiftOf = new Map<number, number>();
  for (const group of groups) {
    // A grand total right over the communes showing the plan: `totalCause` tells it with the ceiling at its cell.
    if (dropped.has(group.finding) || context.table.areas[group.area].kind === "total") continue;
    pushTo(byLine, group.line, group);
    shiftOf.set(group.line, (shiftOf.get(group.line) ?? 0) + group.gap);
  }
  // A formula total line in the districts' rows moves with their parts: its plan comparison is named at them.
  for (const [cell, follow] of follows) {
    const owners = groups.filter((group) => group.area === Math.floor(cell / context.lineCount) && follow.lines.includes(group.line) && (carried.has(group) || alongside.has(group)));
    if (owners.length === 0) continue;
    const line = cell % context.lineCount;
    byLine.set(line, [...(byLine.get(line) ?? []), ...owners.filter((group) => !(byLine.get(line) ?? []).includes(group))]);
    shiftOf.set(line, (shiftOf.get(line) ?? 0) + follow.gap);
    textLines.add(line);
  }
  // Formula row totals that skip text (`text-number` tells them) count with the text here, as their parts add up.
  for (const line of textLines) shiftOf.set(line, (shiftOf.get(line) ?? 0) + skippedByRows(context, line));
  for (const finding of findings) {
    if (finding.rule !== "ceiling" || finding.indicator === null) continue;
    const line = context.lineByCode.get(finding.indicator);
    const planLine = context.planByCode.get(finding.indicator);
    // A line split by funding source: the gaps of every source's column.
    const lines = line === undefined ? [] : (context.sourceLines?.get(line) ?? [line]);
    const gaps = lines.flatMap((l) => byLine.get(l) ?? []);
    const on = gaps.length === 0 ? undefined : gaps;
    if (line === undefined || planLine === undefined || on === undefined || dropped.has(finding) || ceilingSeverity(context, finding.indicator) === null) continue;
    const leafSums = Float64Array.from(context.leafSums);
    for (const l of lines) leafSums[l] = Number((leafSums[l] + (shiftOf.get(l) ?? 0)).toPrecision(15));
    const allocated = allocatedFor({ ...context, leafSums }, finding.indicator);
    if (allocated === null || standing(allocated, planLine.target) !== "equal" || !grandTotalShows(context, line, planLine.target)) continue;
    const ceiling = ceilingName(context, finding);
    for (const group of on) pushTo(ceilingsOf, group, ceiling);
    // Only villages listed as a commune's breakdown disagree with their commune: one cause, told at the commune's cell.
    if (on.every((group) => villageBreakdown(context, group.area))) {
      dropped.add(finding);
      continue;
    }
    const names = on.map((group) => subtotalName(context, group.area, group.line));
    const message = messageOf(finding);
    const grand = grandTotalWords(context, line);
    rewritten.set(
      finding,
      localized(
        `${message.vi} ${capital(grand.vi)} ghi đúng số kế hoạch; số lệch nằm ở các địa bàn dưới ${joinList(names.map((x) => x.vi), "và")}: xem thông báo tại đó.`,
        `${message.en} ${capital(grand.en)} shows the plan's figure; the gap lies in the areas under ${joinList(names.map((x) => x.en), "and")}: see the finding there.`,
      ),
    );
  }
  quotaCeilings(context, findings, indexOf, quotaAlso, dropped, rewritten);
  // Everything a quota break puts right, named in one sentence.
  for (const [quota, also] of quotaAlso) rewritten.set(quota, alsoRight(messageOf(quota), also));
  for (const [group, ceilings] of ceilingsOf) rewritten.set(group.finding, orCommune(context, group, messageOf(group.finding), ceilings));
  if (dropped.size === 0 && rewritten.size === 0) return [...findings];
  return findings.filter((finding) => !dropped.has(finding)).map((finding) => {
    const message = rewritten.get(finding);
    return message === undefined ? finding : { ...finding, message };
  });
}

/**
 * A plan line whose allocation comes exactly to its target once every
 * commune off the quota is set to it: the quota breaks alone account for the
 * line's gap, so the `ceiling` at the total is the same cause (CONTRACT §3:
 * one cause, one finding, at the cell to fix). It is let go, and each quota
 * finding names it as a comparison that comes right with the cells. Where the
 * check also tells rows the plan alone shows wrong (a repeated commune, one
 * the plan lacks or misses), those move the line too and the match may be a
 * coincidence: both stay, each naming the other.
 */
function quotaCeilings(
  context: RuleContext,
  findings: readonly Finding[],
  indexOf: (f: Finding) => number | null,
  quotaAlso: Map<Finding, Named[]>,
  dropped: Set<Finding>,
  rewritten: Map<Finding, LocalizedText>,
): void {
  const byLine = new Map<number, Finding[]>();
  const shifts = new Map<number, number>();
  for (const finding of findings) {
    if (finding.rule !== "quota" || finding.expected === null || finding.actual === null) continue;
    const cell = indexOf(finding);
    if (cell === null) continue;
    const line = cell % context.lineCount;
    pushTo(byLine, line, finding);
    shifts.set(line, (shifts.get(line) ?? 0) + difference(finding.expected, finding.actual));
  }
  // Rows the plan alone shows wrong (a repeat, an area it lacks or misses) move the line too: the gap is no longer the quota's alone.
  const rowsInDoubt = findings.some((finding) => finding.rule === "duplicate" || finding.rule === "coverage");
  for (const { finding, entries: quotas } of ceilingsPutRight(context, findings, byLine, shifts)) {
    if (dropped.has(finding)) continue;
    const ceiling = ceilingName(context, finding);
    for (const quota of quotas) pushTo(quotaAlso, quota, ceiling);
    if (!rowsInDoubt) {
      dropped.add(finding);
      continue;
    }
    // Both stay, each naming the other.
    const cells = joinList(quotas.map((quota) => quota.cell ?? ""), "và");
    const cellsEn = joinList(quotas.map((quota) => quota.cell ?? ""), "and");
    const message = rewritten.get(finding) ?? finding.message;
    rewritten.set(
      finding,
      localized(
        `${message.vi} Số lệch đúng bằng các địa bàn khác định mức (${cells}): sửa các ô đó theo định mức thì tổng này khớp.`,
        `${message.en} The gap is exactly that of the areas off the quota (${cellsEn}): setting those cells to the quota puts this total right.`,
      ),
    );
  }
}

/**
 * A commune's invalid figure under a district whose typed subtotal holds a
 * number: an error value or text (counted as 0), a negative number or a
 * fractional count (counted as typed). The subtotal less the other communes
 * is what the cell held (what several error or text cells of the district
 * held together). When that figure is valid (not negative; whole on a count
 * line):
 *
 * - a number typed wrong also puts the district's subtotal off by exactly
 *   its own gap: that `subtotal` finding is the same cause, let go and named;
 * - when the figure puts the plan line exactly on its target — the grand
 *   total showing it too — the ceiling at the total is the same cause: let
 *   go, and the `invalid-value` finding names the figure and the comparison
 *   that comes right with it.
 */
function invalidCauses(
  context: RuleContext,
  findings: readonly Finding[],
  indexOf: (f: Finding) => number | null,
  dropped: Set<Finding>,
  rewritten: Map<Finding, LocalizedText>,
): void {
  const { byLine, shifts, drops } = invalidFigures(context, findings, indexOf);
  for (const finding of drops) dropped.add(finding);
  const ceilingsOf = new Map<Finding, Named[]>();
  for (const { finding, line, planLine, entries } of ceilingsPutRight(context, findings, byLine, shifts)) {
    if (!sheetShows(context, line, planLine.target)) continue;
    dropped.add(finding);
    for (const entry of entries) pushTo(ceilingsOf, entry.finding, ceilingName(context, finding));
  }
  for (const entries of byLine.values()) {
    for (const entry of entries) {
      const also = [...entry.also, ...(ceilingsOf.get(entry.finding) ?? [])];
      if (also.length === 0) continue;
      const unit = context.cellUnit[entry.line];
      const message = rewritten.get(entry.finding) ?? entry.finding.message;
      const source = entry.subtotal;
      const amount = { vi: formatAmount(entry.value, unit, "vi"), en: formatAmount(entry.value, unit, "en") };
      rewritten.set(
        entry.finding,
        entry.together.length > 1
          ? localized(
              `${message.vi} Theo ${source.vi}, các ô ${joinList(entry.together, "và")} cộng lại là ${amount.vi}; ghi lại các số đó thì ${joinList(also.map((x) => x.vi), "và")} cũng khớp.`,
              `${message.en} By ${source.en}, the cells ${joinList(entry.together, "and")} hold ${amount.en} together; entering those figures also puts ${joinList(also.map((x) => x.en), "and")} right.`,
            )
          : localized(
              `${message.vi} Theo ${source.vi}, ô này là ${amount.vi}; ghi lại số đó thì ${joinList(also.map((x) => x.vi), "và")} cũng khớp.`,
              `${message.en} By ${source.en}, this cell is ${amount.en}; entering that figure also puts ${joinList(also.map((x) => x.en), "and")} right.`,
            ),
      );
    }
  }
}

/** An invalid figure told at `finding`, and what its district's typed subtotal says the cell (or its unread cells together) held. */
export interface InvalidFigure {
  readonly finding: Finding;
  readonly value: number;
  readonly line: number;
  readonly subtotal: Named;
  readonly also: Named[];
  readonly together: string[];
}

/**
 * The invalid figures under typed district subtotals (see `invalidCauses`),
 * by line; what they move each line's leaf sum by once entered; the subtotal
 * findings that come right with them.
 */
export function invalidFigures(
  context: RuleContext,
  findings: readonly Finding[],
  indexOf: (f: Finding) => number | null,
): { byLine: Map<number, InvalidFigure[]>; shifts: Map<number, number>; drops: Finding[] } {
  const { areas } = context.table;
  const { lineCount, state, base } = context;
  const subtotalAt = subtotalsByCell(findings, indexOf);
  // Error values, text and TRUE/FALSE (counted as 0): several under one district share what its subtotal leaves for them.
  const unread = new Map<number, Finding>();
  for (const finding of findings) {
    if (finding.rule !== "invalid-value") continue;
    const cell = indexOf(finding);
    if (cell !== null && (state[cell] === CELL.error || state[cell] === CELL.text || state[cell] === CELL.boolean)) unread.set(cell, finding);
  }
  const drops: Finding[] = [];
  const byLine = new Map<number, InvalidFigure[]>();
  const shifts = new Map<number, number>();
  for (const finding of findings) {
    if (finding.rule !== "invalid-value") continue;
    const cell = indexOf(finding);
    if (cell === null) continue;
    const typed = isNumeric(state[cell]);
    if (!typed && !unread.has(cell)) continue;
    const area = Math.floor(cell / lineCount);
    const line = cell % lineCount;
    const parent = areas[area].parent;
    // Under a district, or the grand total right over the communes (a sheet without district rows).
    if (areas[area].kind !== "leaf" || parent === null) continue;
    if (areas[parent].kind !== "group" && (areas[parent].kind !== "total" || !areas[parent].children.every((child) => areas[child].kind === "leaf"))) continue;
    const at = parent * lineCount + line;
    if (state[at] !== CELL.number || isFormulaAt(context, parent, line)) continue;
    const shared = typed ? [area] : areas[parent].children.filter((child) => unread.has(child * lineCount + line));
    // Told once per district and line: at its first unread cell.
    if (shared[0] !== area) continue;
    let others = 0;
    let known = true;
    for (const child of areas[parent].children) {
      if (shared.includes(child)) continue;
      const s = state[child * lineCount + line];
      if (areas[child].kind !== "leaf" || (s !== CELL.blank && !isNumeric(s))) known = false;
      others += base[child * lineCount + line];
    }
    const value = difference(base[at], others);
    const counted = typed ? base[cell] : 0;
    if (!known || value < 0 || (context.lineKind[line] === "count" && !Number.isInteger(value)) || standing(value, counted) === "equal") continue;
    const subtotal = subtotalName(context, parent, line);
    const also: Named[] = [];
    // A number typed wrong: the district's subtotal is off by its gap alone.
    const atSubtotal = typed ? subtotalAt.get(at) : undefined;
    if (atSubtotal !== undefined) {
      drops.push(atSubtotal);
      also.push(subtotal);
      // Typed totals further up that agree with the communes once this cell holds the figure were added up from it: right.
      const shift = difference(value, counted);
      for (let above = areas[parent].parent; above !== null; above = areas[above].parent) {
        const over = subtotalAt.get(above * lineCount + line);
        if (over === undefined || over.actual === null || standing(over.actual, leafSum(context, above, line) + shift) !== "equal") continue;
        drops.push(over);
        also.push(subtotalName(context, above, line));
      }
    }
    const together = shared.map((child) => {
      const { row, col } = cellPosition(context, child, line);
      return a1(row, col);
    });
    for (const child of shared) pushTo(byLine, line, { finding: unread.get(child * lineCount + line) ?? finding, value, line, subtotal, also, together });
    shifts.set(line, (shifts.get(line) ?? 0) + difference(value, counted));
  }
  return { byLine, shifts, drops };
}

/**
 * What a district's total-line cell is checked against: its communes' cells,
 * each a formula along its row counted as its parts add up (numbers typed as
 * text counted, as `text-number` tells the SUM that skips them); `expected`
 * when a commune's cell is typed.
 */
function countedCommunes(context: RuleContext, cell: number, expected: number): number {
  const { lineCount, base } = context;
  const area = Math.floor(cell / lineCount);
  const line = cell % lineCount;
  const parts = totalLineChildren(context, line);
  if (parts === null) return expected;
  let sum = 0;
  for (const child of context.table.areas[area].children) {
    if (!isFormulaAt(context, child, line)) return expected;
    for (const part of parts) sum += base[child * lineCount + part];
  }
  return sum;
}

/** On a total line: what its communes' formula cells add up to along their rows less what they show (numbers typed as text a SUM skips). */
function skippedByRows(context: RuleContext, line: number): number {
  const parts = totalLineChildren(context, line);
  if (parts === null) return 0;
  const { areas } = context.table;
  const { lineCount, base, state } = context;
  let gap = 0;
  for (let area = 0; area < areas.length; area++) {
    if (areas[area].kind !== "leaf" || !isFormulaAt(context, area, line)) continue;
    let text = 0;
    for (const part of parts) if (state[area * lineCount + part] === CELL.textNumber) text += base[area * lineCount + part];
    if (text === 0) continue;
    let sum = 0;
    for (const part of parts) sum += base[area * lineCount + part];
    if (standing(difference(sum, base[area * lineCount + line]), text) === "equal") gap += text;
  }
  return gap;
}

/**
 * The `ceiling` findings whose line meets its plan target exactly once the
 * line's leaf sum is shifted by `shifts` (what the cells in `byLine` would
 * hold, put right), each with those cells' entries.
 */
export function ceilingsPutRight<T>(
  context: RuleContext,
  findings: readonly Finding[],
  byLine: ReadonlyMap<number, T[]>,
  shifts: ReadonlyMap<number, number>,
): { finding: Finding; line: number; planLine: PlanLine; entries: T[] }[] {
  const out: { finding: Finding; line: number; planLine: PlanLine; entries: T[] }[] = [];
  for (const finding of findings) {
    if (finding.rule !== "ceiling" || finding.indicator === null) continue;
    const line = context.lineByCode.get(finding.indicator);
    const planLine = context.planByCode.get(finding.indicator);
    const entries = line === undefined ? undefined : byLine.get(line);
    if (line === undefined || planLine === undefined || entries === undefined) continue;
    const leafSums = Float64Array.from(context.leafSums);
    leafSums[line] = Number((leafSums[line] + (shifts.get(line) ?? 0)).toPrecision(15));
    const allocated = allocatedFor({ ...context, leafSums }, finding.indicator);
    if (allocated !== null && standing(allocated, planLine.target) === "equal") out.push({ finding, line, planLine, entries });
  }
  return out;
}

/** What an area's leaves add up to on one line, as allocheck counts them. */
/**
 * How a district's or the grand total's typed figure on a line stands with
 * its communes moved by `delta`: `skip` when blank or a formula (it follows
 * them), `carried` when it already equals their sum, `right` when it equals
 * it once they move; null when it does neither or is no number.
 */
export function typedTotalStanding(context: RuleContext, area: number, line: number, delta: number): "skip" | "carried" | "right" | null {
  const at = area * context.lineCount + line;
  if (context.state[at] === CELL.blank) return "skip";
  const { row, col } = cellPosition(context, area, line);
  if (cellFormula(context.sheet, row, col) !== undefined) return "skip";
  if (context.state[at] !== CELL.number) return null;
  const sum = leafSum(context, area, line);
  if (standing(context.base[at], sum) === "equal") return "carried";
  return standing(context.base[at], sum + delta) === "equal" ? "right" : null;
}

/**
 * The typed totals above a cell, on its line (see `typedTotalStanding`), by
 * cell index: those that carry the cell's figure as it stands and those it
 * puts right moved by `delta`; null when one does neither — evidence of what
 * the cell held that other steps weigh.
 */
export function typedTotalsAbove(context: RuleContext, cell: number, delta: number): { right: Set<number>; carried: number[] } | null {
  const line = cell % context.lineCount;
  const { areas } = context.table;
  const right = new Set<number>();
  const carried: number[] = [];
  for (let area = areas[Math.floor(cell / context.lineCount)].parent; area !== null; area = areas[area].parent) {
    const stands = typedTotalStanding(context, area, line, delta);
    if (stands === null) return null;
    if (stands === "carried") carried.push(area * context.lineCount + line);
    else if (stands === "right") right.add(area * context.lineCount + line);
  }
  return { right, carried };
}

/** The leaf areas under an area, at any depth. */
export function leavesUnder(context: RuleContext, area: number): number[] {
  const { areas } = context.table;
  const out: number[] = [];
  for (const child of areas[area].children) {
    if (areas[child].kind === "leaf") out.push(child);
    else out.push(...leavesUnder(context, child));
  }
  return out;
}

export function leafSum(context: RuleContext, area: number, line: number): number {
  const { areas } = context.table;
  let sum = 0;
  for (const child of areas[area].children) sum += areas[child].kind === "leaf" ? context.base[child * context.lineCount + line] : leafSum(context, child, line);
  return sum;
}
