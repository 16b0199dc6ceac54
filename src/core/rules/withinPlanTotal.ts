/**
 * One cause, one finding: the table's grand total typed (`Cộng`, `Tổng
 * cộng`) with a figure that keeps within the plan, over parts that add up to
 * one that breaks it. The grand total's `subtotal` (its figure against its
 * parts) and the line's `ceiling` (the parts against the plan) are both told
 * at the grand total's cell, and one gap makes both: a part below it typed
 * wrong, or changed after the total was typed, puts the parts off the total
 * and off the plan at once — put right, the total and the plan comparison
 * come right together (a gap still to allocate may stay, as the total
 * shows). `totalCause` and `shownPlanCause` tell the total showing the
 * plan's very figure; this tells one showing another figure within it.
 * Told once, as the subtotal naming the plan comparison, only when:
 *
 * - the line's ceiling is an error, and on the line nothing else is told
 *   but the grand total's subtotal at the same cell (its figure typed, not
 *   a formula), checked against what the communes add up to — a commune's
 *   number stored as text aside: counted as typed, it is a cause of its own
 *   at its own cell and stays told beside the one finding (where a district's
 *   SUM skips it, the total's parts are weighed with it counted in, the
 *   finding's figures allocheck's); a row told
 *   repeated or not in the plan (`duplicate`, `coverage`) weighs only on the
 *   lines it fills, a plan area with no row only where the parts fall short
 *   of the total (it is told beside the one finding on the other lines);
 * - the grand total's own figure, as the line's allocated total, breaks no
 *   rule of the plan at error (within a `<=` ceiling, a gap still to
 *   allocate; up to a `>=` minimum) and is not the plan's figure;
 * - the grand total is no keyboard slip of what its parts add up to or of
 *   the plan's figure (then the total itself is mistyped, and the parts'
 *   breach of the plan is a cause of its own: both are told);
 * - no single commune's figure, corrected by the gap to the total or by the
 *   gap to the plan, reads as a slip of it (then that commune is the cell to
 *   fix, and the total, off the plan's figure besides, a cause of its own).
 *
 * Where the grand total breaks the plan too (both over a ceiling), or the
 * parts are under it (a gap still to allocate whichever figure is right),
 * the two findings are two causes and both stay.
 */
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { formatAmount } from "../text/format";
import { CELL } from "../cells/readCell";
import { allocatedFor, type RuleContext } from "./context";
import { breachSeverity, difference, lineVerdict, standing, withoutNoise } from "./compare";
import { isFormulaAt, leafSum, leavesUnder } from "./leafCause";
import { cellIndexer } from "./singleCause";
import { looksLikeDigitSlip, looksLikeTypo } from "./typo";

export function withinPlanTotal(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const grand = context.grandTotal;
  if (grand === null || !findings.some((f) => f.rule === "ceiling" && f.severity === "error") || !findings.some((f) => f.rule === "subtotal")) return [...findings];
  // Rows told missing or repeated move the parts by their own figures: their steps weigh the gaps of the lines they fill.
  const movedByRows = linesMovedByRows(context, findings);
  const indexOf = cellIndexer(context);
  // What is told on each table line: by the cell it is told at, or by its plan line.
  const onLine = new Map<number, Finding[]>();
  for (const finding of findings) {
    const at = indexOf(finding);
    // A commune's number stored as text counts as typed (its own finding, its own cause): it moves no figure of the line.
    if (finding.rule === "text-number" && at !== null && context.table.areas[Math.floor(at / context.lineCount)]?.kind === "leaf") continue;
    const byCode = finding.indicator === null ? undefined : context.lineByCode.get(finding.indicator);
    const line = at !== null ? at % context.lineCount : byCode;
    if (line === undefined) continue;
    const list = onLine.get(line);
    if (list === undefined) onLine.set(line, [finding]);
    else list.push(finding);
    if (byCode !== undefined && byCode !== line) onLine.set(byCode, [...(onLine.get(byCode) ?? []), finding]);
  }
  const dropped = new Set<Finding>();
  const rewritten = new Map<Finding, Finding>();
  for (const [line, told] of onLine) {
    if (told.length !== 2 || movedByRows(line)) continue;
    const ceiling = told.find((f) => f.rule === "ceiling");
    const subtotal = told.find((f) => f.rule === "subtotal");
    if (ceiling === undefined || subtotal === undefined) continue;
    const folded = foldedSubtotal(context, grand, line, ceiling, subtotal, indexOf);
    if (folded === null) continue;
    dropped.add(ceiling);
    rewritten.set(subtotal, folded);
  }
  if (dropped.size === 0) return [...findings];
  return findings.filter((f) => !dropped.has(f)).map((f) => rewritten.get(f) ?? f);
}

/** The subtotal naming the ceiling, when the two are one cause as the file says; else null. */
function foldedSubtotal(context: RuleContext, grand: number, line: number, ceiling: Finding, subtotal: Finding, indexOf: (f: Finding) => number | null): Finding | null {
  const code = ceiling.indicator;
  const planLine = code === null ? undefined : context.planByCode.get(code);
  if (code === null || planLine === undefined || planLine.kind === "percent" || context.lineByCode.get(code) !== line || context.sourceLines?.has(line) === true) return null;
  if (subtotal.indicator !== null && subtotal.indicator !== code) return null;
  if (ceiling.severity !== "error" || subtotal.severity !== "error" || subtotal.expected === null || subtotal.actual === null) return null;
  const at = grand * context.lineCount + line;
  if (indexOf(ceiling) !== at || indexOf(subtotal) !== at) return null;
  // The grand total typed as a number, checked against what the communes add up to: the line's allocated total.
  if (context.state[at] !== CELL.number || isFormulaAt(context, grand, line)) return null;
  const allocated = allocatedFor(context, code);
  if (allocated === null || standing(leafSum(context, grand, line), allocated) !== "equal") return null;
  // Weighed against the districts' figures as the sheet shows them: SUMs skipping a commune's number stored as text
  // (told at its cell, naming them) show less than allocheck counts; counted in, the total's parts are the line's.
  const skipped = skippedText(context, grand, line);
  if (standing(subtotal.expected + skipped, allocated) !== "equal") return null;
  const shown = context.base[at];
  if (standing(shown, subtotal.actual) !== "equal" || standing(shown, planLine.target) === "equal") return null;
  // The total's own figure keeps within the plan, where the parts break it.
  if (breachSeverity(lineVerdict(shown, planLine), planLine.rule) === "error") return null;
  const scale = context.scales[line];
  const inCells = (value: number) => Number((value / scale).toPrecision(12));
  // The total itself mistyped: of its parts' sum, or of the plan's figure.
  if (looksLikeTypo(inCells(shown), inCells(allocated)) || looksLikeTypo(inCells(shown), inCells(planLine.target))) return null;
  // One commune's slip making the gap to the total, or the gap to the plan (the total then wrong besides): that commune is the cell to fix.
  if (singleSlip(context, grand, line, difference(allocated, shown)) || singleSlip(context, grand, line, difference(allocated, planLine.target))) return null;
  const unit = context.cellUnit[line];
  const left = difference(planLine.target, shown);
  const f = (value: number, lang: "vi" | "en") => formatAmount(value, unit, lang);
  // Within a ceiling, short of it: the gap still to allocate the total shows stays.
  const rest = planLine.rule === "<=" && standing(left, 0) === "above" ? { vi: `, còn ${f(left, "vi")} chưa phân bổ như ô này ghi`, en: `, ${f(left, "en")} still to allocate as this cell shows` } : { vi: "", en: "" };
  const parts =
    context.table.orientation === "areas-as-rows"
      ? { vi: "một ô thành phần bên dưới", en: "a part below it" }
      : { vi: "một ô thành phần trên cùng dòng", en: "a part along its row" };
  const lead =
    skipped === 0
      ? subtotal.message
      : localized(
          `Ô cộng của ${context.table.areas[grand].label} ghi ${f(shown, "vi")}, nhưng các địa bàn thành phần cộng lại ${f(allocated, "vi")} khi tính cả số lưu dạng văn bản mà hàm SUM bên dưới bỏ qua (đã báo tại ô đó) (lệch ${f(Math.abs(difference(allocated, shown)), "vi")}).`,
          `The subtotal of ${context.table.areas[grand].label} shows ${f(shown, "en")}, but its areas add up to ${f(allocated, "en")} counting the number stored as text that a SUM below skips (told at its cell) (off by ${f(Math.abs(difference(allocated, shown)), "en")}).`,
        );
  const message = localized(
    `${lead.vi} Tính từ các địa bàn, so với kế hoạch: ${ceiling.message.vi} Ô này ghi ${f(shown, "vi")}, trong phạm vi kế hoạch: cùng một số lệch làm lệch cả hai — nếu ${parts.vi} ghi sai (hoặc sửa sau khi đã ghi tổng), sửa ô đó thì ô cộng này và so sánh với kế hoạch cùng khớp${rest.vi}; nếu các ô thành phần đúng thì ô này chưa được cập nhật và tổng phân bổ sai so với kế hoạch như trên.`,
    `${lead.en} Counted from the areas, against the plan: ${ceiling.message.en} This cell shows ${f(shown, "en")}, within the plan: one gap puts both off — if ${parts.en} is wrong (or was changed after this total was typed), correcting it puts this total and the plan comparison right together${rest.en}; if the parts are right, this total was not updated and the allocation breaks the plan as above.`,
  );
  return skipped === 0 ? { ...subtotal, message } : { ...subtotal, expected: withoutNoise(allocated), message };
}

/**
 * What the formula totals under the grand total leave out on the line: the
 * communes' numbers stored as text under a district whose cell is a formula
 * (Excel's SUM skips them), which the grand total's parts as shown lack.
 */
function skippedText(context: RuleContext, grand: number, line: number): number {
  const { areas } = context.table;
  let skipped = 0;
  for (const leaf of leavesUnder(context, grand)) {
    const at = leaf * context.lineCount + line;
    if (context.state[at] !== CELL.textNumber) continue;
    for (let up = areas[leaf].parent; up !== null && up !== grand; up = areas[up].parent) {
      if (!isFormulaAt(context, up, line)) continue;
      skipped += context.base[at];
      break;
    }
  }
  return skipped;
}

/**
 * Whether one commune under the total, its figure corrected by `gap`, reads
 * as a keyboard slip of it, as `slipCeiling` reads one: the only commune
 * whose correction is any slip, and that one a digit typed twice, left out
 * or swapped with its neighbour.
 */
function singleSlip(context: RuleContext, grand: number, line: number, gap: number): boolean {
  const scale = context.scales[line];
  const inCells = (value: number) => Number((value / scale).toPrecision(12));
  let slips = 0;
  let digitSlip = false;
  for (const leaf of leavesUnder(context, grand)) {
    const at = leaf * context.lineCount + line;
    if (context.state[at] !== CELL.number && context.state[at] !== CELL.textNumber) continue;
    const [typed, meant] = [inCells(context.base[at]), inCells(difference(context.base[at], gap))];
    if (meant < 0 || !looksLikeTypo(typed, meant)) continue;
    slips++;
    digitSlip = looksLikeDigitSlip(typed, meant);
  }
  return slips === 1 && digitSlip;
}

/**
 * Whether a row told repeated or not among the plan's areas (`duplicate`,
 * `coverage` at its label) holds a figure on the line, or a plan area with no
 * row could make the line's parts short of its grand total: such a row moves
 * the line's parts by its own figures, a cause beside the one gap. A row it
 * cannot place moves every line.
 */
function linesMovedByRows(context: RuleContext, findings: readonly Finding[]): (line: number) => boolean {
  const { areas } = context.table;
  const rows: number[] = [];
  let missing = false;
  let unplaced = false;
  // Areas by their label cell, built once on the first finding that needs it (findings × areas otherwise).
  let byLabel: Map<number, number> | undefined;
  for (const finding of findings) {
    if (finding.rule !== "coverage" && finding.rule !== "duplicate") continue;
    if (finding.rule === "coverage" && finding.cell === null) {
      missing = true;
      continue;
    }
    const area = finding.sheet === context.table.sheet && finding.row !== null && finding.col !== null ? (byLabel ??= labelIndex(context)).get(labelKey(finding.row, finding.col)) ?? -1 : -1;
    if (area === -1) unplaced = true;
    else rows.push(...(areas[area].kind === "leaf" ? [area] : leavesUnder(context, area)));
  }
  const grand = context.grandTotal;
  return (line) => {
    if (unplaced) return true;
    if (rows.some((area) => standing(context.base[area * context.lineCount + line], 0) !== "equal")) return true;
    // A plan area with no row can only leave the parts short: of a total that counts it.
    return missing && grand !== null && standing(leafSum(context, grand, line), context.base[grand * context.lineCount + line]) === "below";
  };
}

/** A label cell's key: its row and column in one number (columns stay under Excel's 16 384). */
function labelKey(row: number, col: number): number {
  return row * 16_384 + col;
}

/** Each label cell's area, the first area when two share one (as a search from the top finds it). */
function labelIndex(context: RuleContext): Map<number, number> {
  const out = new Map<number, number>();
  context.table.areas.forEach((area, index) => {
    const key = labelKey(area.labelRow, area.labelCol);
    if (!out.has(key)) out.set(key, index);
  });
  return out;
}
