/**
 * One cause, one finding for a plan commune with no row (or column) under
 * totals that follow the table (formulas, or none): nothing of the sheet
 * records its figures, and every plan line it would have filled is under the
 * plan. When the missing communes are the only gap the check finds — no
 * other area told (an area the plan lacks, a repeat), no line over its plan
 * or told anything else, every line under its plan by a figure the missing
 * communes could hold (a whole number on a count line, no more than the
 * largest figure of another commune for each of them, the quota exactly on
 * a quota line), every line all communes fill among them, at least two lines
 * under (or one quota line) — the under-plan `ceiling` warnings are that
 * cause. A missing commune may have held a line's largest figure: a line
 * under by up to `SPREAD` times the largest other figure joins them when two
 * lines (or a quota line) fit the tighter bound. Those ceilings are let
 * go, and the `coverage` finding names them with the figures the
 * communes would hold. A line off on its own besides (over its plan, or
 * under by more than the communes could hold) keeps its ceiling, and the
 * others are let go only when a quota line is short by exactly the missing
 * communes' quota among two lines at least. A cell's own error on one line
 * (`invalid-value`, `text-number`, `quota`, `percent`) keeps that line's
 * ceiling and leaves it out of the weighing; a number typed as text (counted
 * as it reads), a subtotal off by another figure than its line's gap and a
 * formula whose range leaves out parts making its gap (a `SUM` stopping a
 * row short, off by the very figure the missing commune held) move no
 * allocation; anything else on the sheet keeps every ceiling. A commune's
 * row written twice (`duplicate`, the same figures as its first writing) is
 * counted once: its figures taken off every line, the gaps are weighed the
 * same way (a line over its plan by the repeat less the missing commune's
 * share comes under by that share), a line the repeat alone put back on its
 * plan weighed too; no subtotal is weighed then, and the `coverage` finding
 * names the repeat with the ceilings.
 */
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { formatAmount } from "../text/format";
import { allocatedFor, type RuleContext } from "./context";
import { difference, standing } from "./compare";
import { ceilingName } from "./singleCause";
import { joinList } from "../text/joinList";
import { cellIndexer } from "./singleCause";
import { leftOutOfFormula } from "./subtotal";
import { sameFigures } from "./mistypedArea";
import { isFormulaAt, leafSum } from "./leafCause";
import { CELL } from "../cells/readCell";

/** Findings at one cell of one line that may account for that line's gap, not another's. */
const ONE_LINE: ReadonlySet<string> = new Set(["invalid-value", "text-number", "quota", "percent"]);

/** How many times the largest figure of the communes left a missing commune may have held on one line. */
const SPREAD = 2;

export function deletedCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const missing = findings.filter((f) => f.rule === "coverage" && f.cell === null && f.area !== null);
  const ceilings = findings.filter((f) => f.rule === "ceiling" && f.indicator !== null && f.expected !== null && f.actual !== null);
  if (missing.length === 0 || ceilings.length === 0) return [...findings];
  // Every finding besides the missing communes must be a ceiling: anything else may explain the gaps. A cell's own
  // error on one line (an unread or unfit figure, a quota or rate missed) may explain that line's gap only: the line
  // keeps its ceiling and is left out of the weighing.
  const busy = new Set<string>();
  const indexOf = cellIndexer(context);
  const repeats = countedTwice(context, findings);
  // A typed total showing more than its rows with the repeat counted once holds the missing commune's share: `pairCause` weighs it.
  if (repeats === null || (repeats.size > 0 && typedTotalsHoldMore(context, [...repeats.values()]))) return [...findings];
  for (const finding of findings) {
    if (missing.includes(finding) || finding.severity === "info" || repeats.has(finding)) continue;
    // Beside a repeat the weighing is looser (the repeat's figures taken off): nothing else may be told.
    if (repeats.size > 0 && !(finding.rule === "ceiling" && ceilings.includes(finding))) return [...findings];
    if (finding.rule === "ceiling" && ceilings.includes(finding)) continue;
    // A column or plan line left unmatched, a number typed as text (counted as it reads, whether or not a formula total
    // of the sheet skips it): no gap of a matched line.
    if (finding.rule === "unmapped" || finding.rule === "text-number") continue;
    // A typed or stale total off against its children moves no allocation (counted from the communes) — unless it is off
    // by exactly its line's gap, when it may still count the missing commune.
    // Beside a repeat no subtotal is weighed: it may be the repeat's, or the missing commune's.
    if (finding.rule === "subtotal" && repeats.size === 0 && (!offByGap(finding, ceilings) || shortFormula(context, finding, indexOf))) continue;
    if (finding.indicator !== null && finding.cell !== null && ONE_LINE.has(finding.rule)) {
      busy.add(finding.indicator);
      continue;
    }
    return [...findings];
  }
  const count = missing.length;
  const leaves: number[] = [];
  context.table.areas.forEach((area, index) => area.kind === "leaf" && leaves.push(index));
  if (leaves.length === 0) return [...findings];
  const byCode = new Map(ceilings.map((f) => [f.indicator ?? "", f]));
  // The allocation with each repeated row counted once: its figures taken off every line.
  const leafSums = Float64Array.from(context.leafSums);
  for (const area of repeats.values()) for (let line = 0; line < context.lineCount; line++) leafSums[line] = Number((leafSums[line] - context.base[area * context.lineCount + line]).toPrecision(15));
  const counted = repeats.size === 0 ? context : { ...context, leafSums };
  let gaps: { finding: Finding | null; line: number; gap: number; stretched?: true }[] = [];
  let quotaMatch = false;
  let kept = 0;
  for (const planLine of context.plan.lines) {
    const line = context.lineByCode.get(planLine.code);
    if (line === undefined || planLine.kind === "percent") continue;
    let largest = 0;
    let everyOne = true;
    for (const leaf of leaves) {
      const value = context.base[leaf * context.lineCount + line];
      if (value > largest) largest = value;
      if (!(value > 0)) everyOne = false;
    }
    const ceiling = byCode.get(planLine.code) ?? null;
    if (busy.has(planLine.code)) {
      if (ceiling !== null) kept++;
      continue;
    }
    // With a repeat counted once, a line on its plan as the sheet stands may be under it (its gap weighed, no ceiling to let go).
    const allocatedOnce = repeats.size === 0 ? null : allocatedFor(counted, planLine.code);
    const shifted = allocatedOnce !== null && standing(allocatedOnce, allocatedFor(context, planLine.code) ?? allocatedOnce) !== "equal";
    if (ceiling === null && !shifted) {
      // On its plan without the missing communes: they held nothing there, which a line every commune fills denies.
      const allocated = allocatedFor(context, planLine.code);
      if (allocated !== null && standing(allocated, planLine.target) === "equal" && (everyOne || (planLine.quota ?? 0) > 0)) return [...findings];
      continue;
    }
    const gap = allocatedOnce !== null && shifted ? difference(planLine.target, allocatedOnce) : difference(ceiling?.expected ?? 0, ceiling?.actual ?? 0);
    if (shifted && ceiling === null && standing(gap, 0) === "equal") {
      if (everyOne || (planLine.quota ?? 0) > 0) return [...findings];
      continue;
    }
    const quota = planLine.quota !== undefined && planLine.quota > 0;
    const whole = context.lineKind[line] !== "count" || Number.isInteger(Number(gap.toPrecision(12)));
    const fits = gap > 0 && (quota ? standing(gap, (planLine.quota ?? 0) * count) === "equal" : whole && standing(gap, largest * count) !== "above");
    if (!fits && gap > 0 && !quota && whole && standing(gap, SPREAD * largest * count) !== "above") {
      // Under by more than any commune left holds: the missing one may have held the line's largest figure.
      gaps.push({ finding: ceiling, line, gap, stretched: true });
      continue;
    }
    if (!fits) {
      // A line over its plan, or under by what the communes could not hold: a gap of its own.
      kept++;
      continue;
    }
    if (planLine.quota !== undefined && planLine.quota > 0) quotaMatch = true;
    gaps.push({ finding: ceiling, line, gap });
  }
  // A line under by up to SPREAD times the largest figure left joins the lines that fit when two (or a quota line) do.
  const fitting = gaps.filter((entry) => entry.stretched === undefined);
  if (fitting.length < 2 && !quotaMatch) {
    kept += gaps.length - fitting.length;
    gaps = fitting;
  }
  // Every line under by what the missing communes could hold (two at least, or a quota line); with a line off
  // on its own besides, only a quota line short by exactly the missing communes' quota says a row is gone.
  if (gaps.length < 2 && !quotaMatch) return [...findings];
  if (kept > 0 && (!quotaMatch || gaps.length < 2)) return [...findings];

  if (!gaps.some(({ finding }) => finding !== null)) return [...findings];
  const figures = gaps.map(({ finding, line, gap }) => {
    const at = finding?.cell === null || finding === null ? "" : ` (${finding.cell})`;
    return { vi: `${formatAmount(gap, context.cellUnit[line], "vi")}${at}`, en: `${formatAmount(gap, context.cellUnit[line], "en")}${at}` };
  });
  const names = missing.map((f) => `"${f.area ?? ""}"`).join(", ");
  const told = gaps.flatMap(({ finding }) => (finding === null ? [] : [ceilingName(context, finding)]));
  // What stays told beside the coverage finding (a kept ceiling, a number typed as text, a subtotal): the message
  // says "no other gap" only when nothing does.
  const folded = new Set<Finding>([...missing, ...repeats.keys(), ...gaps.flatMap(({ finding }) => (finding === null ? [] : [finding]))]);
  const besides = findings.filter((f) => !folded.has(f) && f.severity !== "info").map((f) => f.cell ?? f.area ?? f.indicator ?? "");
  const rest =
    besides.length === 0
      ? { vi: "không còn sai lệch nào khác", en: "with no other gap" }
      : { vi: `ngoài điều đã báo riêng ở ${joinList(besides, "và")}`, en: `besides what is told apart at ${joinList(besides, "and")}` };
  // The repeats counted once: what the gaps are weighed against.
  const word = context.table.orientation === "areas-as-rows" ? { vi: "dòng", en: "row" } : { vi: "cột", en: "column" };
  const repeatCells = [...repeats.keys()].map((f) => f.cell ?? f.area ?? "");
  const once =
    repeats.size === 0
      ? { vi: "", en: "" }
      : {
          vi: `bỏ ${word.vi} trùng ${joinList(repeatCells, "và")} (đã tính hai lần) thì `,
          en: `with the repeated ${word.en}${repeats.size > 1 ? "s" : ""} ${joinList(repeatCells, "and")} (counted twice) removed, `,
        };
  const every = besides.length === 0 ? { vi: "mọi chỉ tiêu", en: "every plan line is" } : { vi: `${gaps.length} chỉ tiêu`, en: `${gaps.length} plan lines are` };
  const rewritten = new Map<Finding, Finding>();
  for (const finding of missing) {
    rewritten.set(finding, {
      ...finding,
      message: localized(
        `${finding.message.vi} Không ô nào của bảng còn ghi phần của ${count > 1 ? "các địa bàn này" : "địa bàn này"}, và ${once.vi}${every.vi} còn thấp hơn kế hoạch đúng bằng phần ${count > 1 ? "các" : "một"} địa bàn có thể nhận (${joinList(figures.map((x) => x.vi), "và")}), ${rest.vi}: có lẽ ${names} đã bị xóa khỏi biểu — thêm lại với các số đó ${repeats.size === 0 ? "" : ` và bỏ ${word.vi} trùng`} thì ${joinList(told.map((x) => x.vi), "và")} cũng khớp.`,
        `${finding.message.en} No cell of the table still holds ${count > 1 ? "their" : "its"} share, and ${once.en}${every.en} under the plan by what ${count > 1 ? "those areas" : "one area"} could hold (${joinList(figures.map((x) => x.en), "and")}), ${rest.en}: ${names} was probably deleted from the table — adding it back with those figures${repeats.size === 0 ? "" : ` and removing the repeat`} puts ${joinList(told.map((x) => x.en), "and")} right too.`,
      ),
    });
  }
  const dropped = new Set(gaps.map(({ finding }) => finding));
  return findings.filter((f) => !dropped.has(f)).map((f) => rewritten.get(f) ?? f);
}

/**
 * The `duplicate` findings of the sheet that are a commune's row written
 * twice, the same figures as its first writing (each repeat's area index):
 * its figures counted twice in the allocation. Null when a repeat differs
 * from its first writing, or holds an unread figure (no plain repeat: the
 * gaps are not weighed).
 */
function countedTwice(context: RuleContext, findings: readonly Finding[]): Map<Finding, number> | null {
  const { areas } = context.table;
  const out = new Map<Finding, number>();
  for (const finding of findings) {
    if (finding.rule !== "duplicate" || finding.sheet !== context.table.sheet) continue;
    const repeat = areas.findIndex((a) => a.kind === "leaf" && a.labelRow === finding.row && a.labelCol === finding.col);
    if (repeat < 0) return null;
    const first = areas.findIndex((a, at) => at < repeat && a.kind === "leaf" && a.key === areas[repeat].key && a.parent === areas[repeat].parent);
    if (first < 0 || !sameFigures(context, first, repeat)) return null;
    for (let line = 0; line < context.lineCount; line++) {
      const state = context.state[repeat * context.lineCount + line];
      if (state !== CELL.number && state !== CELL.blank) return null;
    }
    out.set(finding, repeat);
  }
  return out;
}

/**
 * True when some typed total (a group's or the grand total's number, not a
 * formula) shows more, on some line, than its communes add up to with the
 * repeated rows under it counted once: the typist's totals hold a figure the
 * rows do not (the missing commune's, or the repeat's counted).
 */
function typedTotalsHoldMore(context: RuleContext, repeats: readonly number[]): boolean {
  const { areas } = context.table;
  const { lineCount } = context;
  const under = (area: number, over: number): boolean => {
    for (let at = areas[area].parent; at !== null; at = areas[at].parent) if (at === over) return true;
    return false;
  };
  for (let area = 0; area < areas.length; area++) {
    if (areas[area].kind !== "group" && areas[area].kind !== "total") continue;
    for (let line = 0; line < lineCount; line++) {
      const at = area * lineCount + line;
      if (context.lineKind[line] === "percent" || context.state[at] !== CELL.number || isFormulaAt(context, area, line)) continue;
      let rows = leafSum(context, area, line);
      for (const r of repeats) if (under(r, area)) rows -= context.base[r * lineCount + line];
      if (standing(context.base[at], Number(rows.toPrecision(15))) === "above") return true;
    }
  }
  return false;
}

/** True when a subtotal is off by exactly the gap of its line's ceiling (either way round), or its line has no figures to weigh it by. */
function offByGap(subtotal: Finding, ceilings: readonly Finding[]): boolean {
  if (subtotal.expected === null || subtotal.actual === null) return true;
  const ceiling = ceilings.find((f) => f.indicator === subtotal.indicator);
  if (ceiling === undefined || ceiling.expected === null || ceiling.actual === null) return false;
  return standing(Math.abs(difference(subtotal.actual, subtotal.expected)), Math.abs(difference(ceiling.expected, ceiling.actual))) === "equal";
}

/**
 * True when a subtotal is a formula whose range leaves out parts that make its
 * whole gap (`=SUM(E7:E8)` over three communes): it adds up cells of the sheet
 * as they stand, so it cannot still count a deleted commune, whatever its gap.
 */
function shortFormula(context: RuleContext, subtotal: Finding, indexOf: (finding: Finding) => number | null): boolean {
  const at = indexOf(subtotal);
  if (at === null || subtotal.expected === null || subtotal.actual === null) return false;
  return leftOutOfFormula(context, Math.floor(at / context.lineCount), at % context.lineCount, subtotal.expected, subtotal.actual) !== null;
}
