/**
 * Periods that a longer reported period covers (`Quý I/2024` and `Quý
 * II/2024` beside `6 tháng đầu năm 2024`, `6 tháng 2024` beside `Năm 2024`):
 * for each line that has both, the longer period stands for their months,
 * and they are set aside (a line only the shorter one reports keeps it). Where
 * the set-aside periods fill the longer one exactly, it is their sum, checked
 * per count or money line like any typed subtotal (`subtotal` at the longer
 * period's cell); otherwise one info says which figures are used.
 */
import { withoutNoise } from "../rules/compare";
import { a1, cellPlace, sheetInText } from "../model/address";
import type { Finding } from "../model/finding";
import type { PlanLine } from "../model/plan";
import { localized } from "../model/text";
import { makeFinding } from "../rules/finding";
import { formatAmount } from "../text/format";
import { comparePeriods, contains, endIndex, startIndex, supersededPeriods, type Period } from "./periods";
import type { CellRef, LineResults } from "./types";

export interface NoticedPeriod {
  readonly period: Period;
  /** Its header cell, or (row -1) its period sheet. */
  readonly at: CellRef;
}

function where(at: CellRef): string {
  return at.row < 0 ? sheetInText(at.sheet) : cellPlace(at.sheet, a1(at.row, at.col));
}

/** True when `parts` (no one inside another) cover every month of `outer` and nothing else, without overlapping. */
function tiles(outer: Period, parts: readonly Period[]): boolean {
  const ordered = [...parts].sort(comparePeriods);
  let next = startIndex(outer);
  for (const part of ordered) {
    if (startIndex(part) !== next) return false;
    next = endIndex(part) + 1;
  }
  return next === endIndex(outer) + 1;
}

/** What was set aside: per period id, the plan codes whose figures for it were (every code when the period is gone). */
export interface SetAside {
  readonly findings: Finding[];
  /** Period ids no line keeps a figure for: removed from the periods. */
  readonly removed: ReadonlySet<string>;
  /** Per period id still reported for other lines: the codes whose figures for it were set aside. */
  readonly codes: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Per line, sets aside each period that a longer period of the same line
 * covers (a line a year sheet does not report keeps its half-year figure);
 * removes from `periods` the ones no line keeps. The findings say so once per
 * longer period, or tell a longer period that is not the sum of the periods
 * filling it.
 */
export function setAsideNestedPeriods(
  periods: Map<string, NoticedPeriod>,
  labels: ReadonlyMap<string, string>,
  lines: ReadonlyMap<string, LineResults>,
  planLines: ReadonlyMap<string, PlanLine>,
): SetAside {
  const label = (period: Period) => labels.get(period.id) ?? period.id;
  const findings: Finding[] = [];
  // Per longer period not filled exactly: the periods set aside for it, on any line.
  const noted = new Map<string, { outer: Period; inner: Map<string, Period> }>();
  const dropped = new Map<string, Set<string>>();
  for (const line of lines.values()) {
    const superseded = supersededPeriods(line.periods.map((value) => value.period));
    if (superseded.size === 0) continue;
    const byOuter = new Map<string, { outer: Period; inner: Period[] }>();
    for (const [id, outer] of superseded) {
      const group = byOuter.get(outer.id) ?? { outer, inner: [] };
      group.inner.push(line.periods.find((value) => value.period.id === id)!.period);
      byOuter.set(outer.id, group);
      dropped.set(id, (dropped.get(id) ?? new Set<string>()).add(line.code));
    }
    for (const { outer, inner } of byOuter.values()) {
      // The set-aside periods no other set-aside one covers (`6 tháng 2024`, not also its quarters).
      const widest = inner.filter((period) => !inner.some((other) => contains(other, period)));
      if (tiles(outer, widest)) {
        const finding = sumFinding(outer, widest, line, planLines.get(line.code), label);
        if (finding !== null) findings.push(finding);
        continue;
      }
      const entry = noted.get(outer.id) ?? { outer, inner: new Map<string, Period>() };
      for (const period of inner) entry.inner.set(period.id, period);
      noted.set(outer.id, entry);
    }
    for (let i = line.periods.length - 1; i >= 0; i--) if (superseded.has(line.periods[i].period.id)) line.periods.splice(i, 1);
  }
  for (const { outer, inner } of noted.values()) findings.push(notedFinding(outer, [...inner.values()].sort(comparePeriods), periods, label));
  const kept = new Set<string>();
  for (const line of lines.values()) for (const value of line.periods) kept.add(value.period.id);
  const removed = new Set<string>();
  const codes = new Map<string, ReadonlySet<string>>();
  for (const [id, codesOf] of dropped) {
    if (kept.has(id)) codes.set(id, codesOf);
    else {
      removed.add(id);
      periods.delete(id);
    }
  }
  return { findings, removed, codes };
}

/** One info per longer period: the periods set aside for it, at the first one's header (or sheet). */
function notedFinding(outer: Period, inner: readonly Period[], periods: ReadonlyMap<string, NoticedPeriod>, label: (period: Period) => string): Finding {
  const first = periods.get(inner[0].id)!.at;
  const names = inner.map((period) => `"${label(period)}"`).join(", ");
  const outerAt = where(periods.get(outer.id)!.at);
  return makeFinding({
    rule: "pace",
    severity: "info",
    sheet: first.sheet,
    at: first.row < 0 ? null : { row: first.row, col: first.col },
    message: localized(
      `Kỳ ${names} nằm trong kỳ "${label(outer)}" (${outerAt}), đã báo cáo đủ các tháng đó: số liệu của "${label(outer)}" được dùng, số của ${names} không cộng thêm vào lũy kế.`,
      `The period${inner.length > 1 ? "s" : ""} ${names} lie${inner.length > 1 ? "" : "s"} within "${label(outer)}" (${outerAt}), which reports all their months: the figures of "${label(outer)}" are used, and those of ${names} are not added to the cumulative totals.`,
    ),
  });
}

/** A count or money line's figure for the longer period against the sum of the periods that fill it: a `subtotal` when they differ, else null. */
function sumFinding(outer: Period, parts: readonly Period[], line: LineResults, planLine: PlanLine | undefined, label: (period: Period) => string): Finding | null {
  if (planLine === undefined || planLine.kind === "percent") return null;
  const whole = line.periods.find((value) => value.period.id === outer.id);
  if (whole === undefined || whole.at.row < 0) return null;
  let sum = 0;
  for (const part of parts) sum += line.periods.find((value) => value.period.id === part.id)?.value ?? 0;
  sum = withoutNoise(sum);
  if (Math.abs(sum - whole.value) <= 1e-6 * Math.max(1, Math.abs(sum))) return null;
  const names = parts.map((period) => `"${label(period)}"`).join(" + ");
  const f = (value: number, lang: "vi" | "en") => formatAmount(value, planLine, lang);
  return makeFinding({
    rule: "subtotal",
    severity: "error",
    sheet: whole.at.sheet,
    at: { row: whole.at.row, col: whole.at.col },
    indicator: line.code,
    expected: sum,
    actual: whole.value,
    message: localized(
      `Kỳ "${label(outer)}" của "${planLine.name}" ghi ${f(whole.value, "vi")}, nhưng các kỳ trong đó (${names}) cộng lại ${f(sum, "vi")} (lệch ${f(Math.abs(whole.value - sum), "vi")}).`,
      `"${label(outer)}" of "${planLine.name}" shows ${f(whole.value, "en")}, but the periods within it (${names}) add up to ${f(sum, "en")} (off by ${f(Math.abs(whole.value - sum), "en")}).`,
    ),
  });
}
