/**
 * One cause, at its cell: a commune's figure typed with one slip of the
 * keyboard (a digit left out or typed twice, two neighbouring digits
 * swapped: `12` for `120`; not one digit typed for another, which round
 * figures fall into by chance) under a typed subtotal that kept the figure
 * as planned. The subtotal, and the table's grand total (with none, the
 * districts' typed subtotals added up), show the plan's figure; the communes under it fall short of (or pass) it by the gap. Which
 * commune holds the gap no sum tells, but only one of them, corrected by it,
 * reads as the same figure with one slip: that cell is told, naming the
 * subtotal and the plan comparison it puts right. Told only when the
 * evidence is clear:
 *
 * - the subtotal's finding is the only one on its line and at its area (the plan line's
 *   `ceiling` already let go as the same gap, `shownPlanCause`) but those of
 *   other districts on the line, each with its own slip (two slips, two
 *   findings), the plan check made with all their gaps together;
 * - the subtotal is typed (not a formula), over communes alone, and every
 *   typed total above comes right with the commune corrected, none carrying
 *   the slip; moved by the gap, the line meets its plan target, which the
 *   grand total shows;
 * - exactly one commune's figure, corrected by the gap, is any slip of it
 *   (one digit typed for another too), and that one a digit left out,
 *   typed twice or swapped — never below zero, whole on a count line, and
 *   one of the two at least ten in the cell's unit (small counts are one
 *   digit apart by chance).
 */
import { a1 } from "../model/address";
import type { Finding } from "../model/finding";
import { localized, type LocalizedText } from "../model/text";
import { formatAmount } from "../text/format";
import { CELL } from "../cells/readCell";
import { allocatedFor, cellPosition, type RuleContext } from "./context";
import { difference, standing } from "./compare";
import { makeFinding } from "./finding";
import { grandTotalWords, isFormulaAt, passesThrough, sheetShows, subtotalName, typedTotalStanding, typedTotalsAbove } from "./leafCause";
import { alsoRight, ceilingName, cellIndexer, findingsByLine } from "./singleCause";
import { looksLikeDigitSlip, looksLikeTypo } from "./typo";
import { SLIP_WORDS, withCarriedTotals } from "./carriedTotals";
import { joinList } from "../text/joinList";
import { groupLevelWords } from "./levelWords";

export function slipCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const subtotals = findings.filter((f) => f.rule === "subtotal" && f.severity === "error" && f.expected !== null && f.actual !== null);
  if (subtotals.length === 0) return [...findings];
  const indexOf = cellIndexer(context);
  const { lineCount } = context;
  const replaced = new Map<Finding, Finding>();
  // Per line, the subtotals told on it: one slip under each (two districts' slips on one line are two causes).
  const byLine = findingsByLine(context, subtotals, indexOf);
  const repeated = repeatedRows(context, findings);
  const dropped = new Set<Finding>();
  for (const [line, told] of byLine) {
    const code = context.table.lines[line].planCode;
    // Nothing else told on the line, nor at its areas (a slip moves one line).
    const mine = new Set(told.map((t) => t.finding));
    const areas = new Set(told.map((t) => t.area));
    // Beside a repeated row, the line's ceiling (the repeat and the slip together) may be this one cause: weighed below.
    const ceiling = repeated.length > 0 && told.length === 1 ? lineCeiling(findings, code) : null;
    const others = findings.some((f) => {
      if (mine.has(f) || f === ceiling || f.severity === "info") return false;
      const cell = indexOf(f);
      return (code !== null && f.indicator === code) || (cell !== null && (cell % lineCount === line || areas.has(Math.floor(cell / lineCount))));
    });
      if (others || code === null || !apart(context, told.map((t) => t.area))) continue;
    // The plan backs the subtotals together: moved by all their gaps, the line meets its target.
    let planGap = 0;
    const gaps = told.map(({ finding, area }) => ({ area, gap: difference(finding.actual as number, finding.expected as number) }));
    for (const { gap } of gaps) planGap += gap;
    const causes: [Finding, Finding][] = [];
    for (const { finding, area } of told) {
      const cause = slipUnder(context, area, line, code, difference(finding.actual as number, finding.expected as number), told.length === 1 ? null : { told: gaps, planGap }, repeated);
      if (cause !== null) causes.push([finding, cause]);
    }
    if (causes.length !== told.length) continue;
    for (const [finding, cause] of causes) replaced.set(finding, cause);
    // The slip, weighed against the plan (the repeat out or not), meets it: its finding names the ceiling, let go.
    if (ceiling !== null) dropped.add(ceiling);
  }
  if (replaced.size === 0) return [...findings];
  return findings.filter((f) => !dropped.has(f)).map((f) => replaced.get(f) ?? f);
}

/** The finding at the one commune under `area` whose figure on `line`, moved by `gap`, is a keyboard slip of it; null when none or several. */
/** The other districts' slips told on the same line: every subtotal's area and gap, and their gaps together. */
interface Together {
  readonly told: readonly { readonly area: number; readonly gap: number }[];
  readonly planGap: number;
}

/**
 * The communes' rows told as written twice (`duplicate`, at the repeat's
 * label), the typed totals leaving them out: the plan comparison is weighed
 * without them as well (a slip and a repeat on one line, two causes).
 */
function repeatedRows(context: RuleContext, findings: readonly Finding[]): number[] {
  const { areas } = context.table;
  const out: number[] = [];
  for (const f of findings) {
    if (f.rule !== "duplicate" || f.sheet !== context.table.sheet || f.row === null) continue;
    const area = areas.findIndex((a) => a.kind === "leaf" && a.labelRow === f.row && a.labelCol === f.col);
    if (area >= 0) out.push(area);
  }
  return out;
}

function slipUnder(context: RuleContext, area: number, line: number, code: string, gap: number, together: Together | null, repeated: readonly number[] = [], repeatOut = false): Finding | null {
  const planGap = together?.planGap ?? gap;
  const { areas } = context.table;
  const { lineCount, state, base } = context;
  const entry = areas[area];
  if (entry.kind !== "group" && entry.kind !== "total") return null;
  const communes = communesUnder(context, area, line);
  if (communes === null || communes.length < 2) return null;
  const at = area * lineCount + line;
  if (gap === 0 || state[at] !== CELL.number || isFormulaAt(context, area, line) || context.lineKind[line] === "percent" || context.sourceLines?.has(line) === true) return null;
  // The plan backs the subtotal: moved by the gap, the line meets its target, which the grand total shows.
  const planLine = context.planByCode.get(code);
  if (planLine === undefined) return null;
  if (repeated.length > 0 && !repeatOut) {
    const plain = slipUnder(context, area, line, code, gap, together);
    if (plain !== null || together !== null) return plain;
    // Weighed as the sheet would be with the repeated rows (told apart) out: their cells on the line blank, the
    // subtotal's gap without what it leaves out of them.
    const without = Float64Array.from(base);
    const states = Uint8Array.from(state);
    const leafSums = Float64Array.from(context.leafSums);
    let under = 0;
    let out = 0;
    for (const r of repeated) {
      const at = r * lineCount + line;
      if (states[at] !== CELL.number) continue;
      if (isUnder(context, r, area)) under += base[at];
      out += base[at];
      without[at] = 0;
      states[at] = CELL.blank;
    }
    if (out === 0) return null;
    leafSums[line] = Number((leafSums[line] - out).toPrecision(15));
    return slipUnder({ ...context, base: without, state: states, leafSums }, area, line, code, difference(gap, -under), null, [], true);
  }
  const leafSums = Float64Array.from(context.leafSums);
  leafSums[line] = Number((leafSums[line] + planGap).toPrecision(15));
  const allocated = allocatedFor({ ...context, leafSums }, code);
  if (allocated === null || standing(allocated, planLine.target) !== "equal" || !sheetShows(context, line, planLine.target)) return null;
  const withoutRepeat = repeatOut;
  const scale = context.scales[line];
  const slips: { child: number; meant: number; carried: readonly number[]; digit: boolean }[] = [];
  for (const child of communes) {
    const cell = child * lineCount + line;
    if (state[cell] !== CELL.number || isFormulaAt(context, child, line)) continue;
    const typed = base[cell];
    const meant = difference(typed, -gap);
    if (meant < 0 || (context.lineKind[line] === "count" && !Number.isInteger(Number((meant / scale).toPrecision(12))))) continue;
    // Any slip of the keyboard counts against the one (`200` for `100` beside `20` for `120`): it must stand alone.
    if (!looksLikeTypo(typed / scale, meant / scale)) continue;
    const above = together === null ? typedTotalsAbove(context, cell, gap) : totalsAboveTogether(context, cell, area, gap, together);
    // A district's total under the subtotal typed from its communes as they stand carries the slip: typed again with the cell.
    if (above === null || !above.right.has(at) || above.carried.some((total) => !isUnder(context, Math.floor(total / lineCount), area))) continue;
    slips.push({ child, meant, carried: above.carried, digit: Math.max(Math.abs(typed), Math.abs(meant)) / scale >= 10 && looksLikeDigitSlip(typed / scale, meant / scale) });
  }
  if (slips.length !== 1 || !slips[0].digit) return null;
  const [{ child, meant, carried }] = slips;
  const typed = base[child * lineCount + line];
  const position = cellPosition(context, child, line);
  const cell = a1(position.row, position.col);
  const unit = context.cellUnit[line];
  const f = (value: number, lang: "vi" | "en") => formatAmount(value, unit, lang);
  const subtotal = subtotalName(context, area, line);
  const header = context.table.lines[line].header;
  const label = areas[child].label;
  const ceiling = ceilingName(context, { ...ceilingAt(context, line), indicator: code } as Finding);
  // With no grand total, the districts' typed subtotals together show the plan (`sheetShows`).
  const level = context.grandTotal === null ? groupLevelWords(context) : null;
  const grand = level === null ? grandTotalWords(context, line) : { vi: `tổng các ô cộng của ${level.vi}`, en: `${level.en}' subtotals added up` };
  const message = localized(
    `${header} của ${label} (${cell}) ghi ${f(typed, "vi")}, nhưng ${subtotal.vi}, cùng ${grand.vi}, ghi đúng số kế hoạch và chỉ khớp khi các địa bàn ${gap > 0 ? "thêm" : "bớt"} ${f(Math.abs(gap), "vi")}: trong các địa bàn thuộc ${areas[area].label}, chỉ ô này sửa thành ${f(meant, "vi")} là khác số đã gõ đúng một lần gõ phím (sót hoặc thừa một chữ số, hay đảo hai chữ số liền nhau) — có lẽ ô này gõ nhầm.`,
    `The ${header} of ${label} (${cell}) shows ${f(typed, "en")}, but ${subtotal.en}, like ${grand.en}, shows the plan's figure and adds up only with ${f(Math.abs(gap), "en")} ${gap > 0 ? "more" : "less"} in the areas: of the areas of ${areas[area].label}, only this cell, corrected to ${f(meant, "en")}, differs from what was typed by one slip (a digit left out or typed twice, or two neighbouring digits swapped) — probably a slip of the keyboard here.`,
  );
  const retyped = withCarriedTotals(context, message, carried, SLIP_WORDS);
  return makeFinding({
    rule: "subtotal",
    severity: "error",
    sheet: context.table.sheet,
    at: position,
    indicator: code,
    area: label,
    expected: meant,
    actual: typed,
    message: withoutRepeat ? withRepeatOut(retyped, [subtotal, ceiling]) : together === null ? alsoRight(retyped, [subtotal, ceiling]) : withOthers(alsoRight(retyped, [subtotal]), ceiling),
  });
}

/** The line's `ceiling` finding (over or under its plan), null when none. */
function lineCeiling(findings: readonly Finding[], code: string | null): Finding | null {
  if (code === null) return null;
  return findings.find((f) => f.rule === "ceiling" && f.indicator === code && (f.severity === "error" || f.severity === "warning")) ?? null;
}

/** The plan comparison that comes right only with the row told as written twice removed too. */
export function withRepeatOut(message: LocalizedText, also: readonly { readonly vi: string; readonly en: string }[]): LocalizedText {
  return localized(
    `${message.vi} Sửa ô này và bỏ dòng địa bàn ghi hai lần (đã báo riêng) thì ${joinList(also.map((x) => x.vi), "và")} cũng khớp.`,
    `${message.en} Correcting this cell, with the row written twice (told apart) removed, puts ${joinList(also.map((x) => x.en), "and")} right too.`,
  );
}

/** The plan comparison that comes right only with the line's other slips corrected too. */
function withOthers(message: LocalizedText, ceiling: { readonly vi: string; readonly en: string }): LocalizedText {
  return localized(
    `${message.vi} Sửa cả các ô gõ nhầm khác của chỉ tiêu này thì ${ceiling.vi} cũng khớp.`,
    `${message.en} With the other mistyped cells of this line corrected as well, ${ceiling.en} comes right too.`,
  );
}

/**
 * As `typedTotalsAbove`, each typed total above `area` moved by the gaps of
 * every told subtotal under it (the other districts' slips corrected too),
 * those at `area` and under it by this one's gap.
 */
function totalsAboveTogether(context: RuleContext, cell: number, area: number, gap: number, together: Together): { right: Set<number>; carried: number[] } | null {
  const { lineCount } = context;
  const { areas } = context.table;
  const line = cell % lineCount;
  const right = new Set<number>();
  const carried: number[] = [];
  let reached = false;
  for (let at = areas[Math.floor(cell / lineCount)].parent; at !== null; at = areas[at].parent) {
    if (at === area) reached = true;
    let delta = gap;
    if (reached && at !== area) {
      delta = 0;
      for (const t of together.told) if (t.area === at || isUnder(context, t.area, at)) delta += t.gap;
    }
    const stands = typedTotalStanding(context, at, line, delta);
    if (stands === null) return null;
    if (stands === "carried") carried.push(at * lineCount + line);
    else if (stands === "right") right.add(at * lineCount + line);
  }
  return { right, carried };
}

/** Whether no area of the list lies under another (each subtotal over communes of its own). */
function apart(context: RuleContext, areas: readonly number[]): boolean {
  if (areas.length === 1) return true;
  for (const area of areas) for (const over of areas) if (area !== over && isUnder(context, area, over)) return false;
  return true;
}

/** Whether `area` lies under `over` in the table's tree. */
function isUnder(context: RuleContext, area: number, over: number): boolean {
  for (let at = context.table.areas[area].parent; at !== null; at = context.table.areas[at].parent) if (at === over) return true;
  return false;
}

/**
 * The communes a subtotal on `line` adds up: its children, and those of the
 * districts under it whose cell on the line follows them (blank, a formula,
 * or typed as they stand: a grand total typed over districts); null when a
 * part is no commune or holds a total of its own that disagrees.
 */
function communesUnder(context: RuleContext, area: number, line: number): number[] | null {
  const { areas } = context.table;
  const out: number[] = [];
  for (const child of areas[area].children) {
    const entry = areas[child];
    if (entry.kind === "leaf" && entry.village !== true) out.push(child);
    else if ((entry.kind === "heading" || (entry.kind === "group" && (passesThrough(context, child, line) || typedTotalStanding(context, child, line, 0) === "carried"))) && entry.children.length > 0) {
      const under = communesUnder(context, child, line);
      if (under === null) return null;
      out.push(...under);
    } else return null;
  }
  return out;
}

/** Where the line's `ceiling` is told: its grand total cell, or its header. */
function ceilingAt(context: RuleContext, line: number): Pick<Finding, "cell"> {
  const entry = context.table.lines[line];
  const total = context.grandTotal === null ? null : context.table.areas[context.grandTotal].index;
  if (total === null) return { cell: a1(entry.headerRow, entry.headerCol) };
  return { cell: context.table.orientation === "areas-as-rows" ? a1(total, entry.index) : a1(entry.index, total) };
}
