/**
 * Periods that a longer reported period covers (`Quý I/2024` and `Quý
 * II/2024` beside `6 tháng đầu năm 2024`, `6 tháng 2024` beside `Năm 2024`):
 * the longer period stands for their months, and they are set aside. Where
 * the set-aside periods fill the longer one exactly, it is their sum, checked
 * per count or money line like any typed subtotal (`subtotal` at the longer
 * period's cell); otherwise one info says which figures are used.
 */
import { a1 } from "../model/address";
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
  return at.row < 0 ? `"${at.sheet}"` : `"${at.sheet}"!${a1(at.row, at.col)}`;
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

/**
 * Sets aside (removes from `periods` and each line's values) every period a
 * longer one covers; the findings that say so, or that a longer period is not
 * the sum of the periods that fill it.
 */
export function setAsideNestedPeriods(
  periods: Map<string, NoticedPeriod>,
  labels: ReadonlyMap<string, string>,
  lines: ReadonlyMap<string, LineResults>,
  planLines: ReadonlyMap<string, PlanLine>,
): Finding[] {
  const superseded = supersededPeriods([...periods.values()].map((entry) => entry.period));
  if (superseded.size === 0) return [];
  const label = (period: Period) => labels.get(period.id) ?? period.id;
  const byOuter = new Map<string, { outer: Period; inner: Period[] }>();
  for (const [id, outer] of superseded) {
    const group = byOuter.get(outer.id) ?? { outer, inner: [] };
    group.inner.push(periods.get(id)!.period);
    byOuter.set(outer.id, group);
  }
  const findings: Finding[] = [];
  for (const { outer, inner } of byOuter.values()) {
    inner.sort(comparePeriods);
    // The set-aside periods no other set-aside one covers (`6 tháng 2024`, not also its quarters).
    const widest = inner.filter((period) => !inner.some((other) => contains(other, period)));
    if (tiles(outer, widest)) {
      findings.push(...sumFindings(outer, widest, lines, planLines, label));
      continue;
    }
    const first = periods.get(inner[0].id)!.at;
    const names = inner.map((period) => `"${label(period)}"`).join(", ");
    findings.push(
      makeFinding({
        rule: "pace",
        severity: "info",
        sheet: first.sheet,
        at: first.row < 0 ? null : { row: first.row, col: first.col },
        message: localized(
          `Kỳ ${names} nằm trong kỳ "${label(outer)}" (${where(periods.get(outer.id)!.at)}), đã báo cáo đủ các tháng đó: số liệu của "${label(outer)}" được dùng, số của ${names} không cộng thêm vào lũy kế.`,
          `The period${inner.length > 1 ? "s" : ""} ${names} lie${inner.length > 1 ? "" : "s"} within "${label(outer)}" (${where(periods.get(outer.id)!.at)}), which reports all their months: the figures of "${label(outer)}" are used, and those of ${names} are not added to the cumulative totals.`,
        ),
      }),
    );
  }
  for (const id of superseded.keys()) {
    periods.delete(id);
    for (const line of lines.values()) {
      const at = line.periods.findIndex((value) => value.period.id === id);
      if (at >= 0) line.periods.splice(at, 1);
    }
  }
  return findings;
}

/** Per count or money line: the longer period's figure against the sum of the periods that fill it. */
function sumFindings(outer: Period, parts: readonly Period[], lines: ReadonlyMap<string, LineResults>, planLines: ReadonlyMap<string, PlanLine>, label: (period: Period) => string): Finding[] {
  const findings: Finding[] = [];
  const names = parts.map((period) => `"${label(period)}"`).join(" + ");
  for (const line of lines.values()) {
    const planLine = planLines.get(line.code);
    if (planLine === undefined || planLine.kind === "percent") continue;
    const whole = line.periods.find((value) => value.period.id === outer.id);
    if (whole === undefined || whole.at.row < 0) continue;
    let sum = 0;
    for (const part of parts) sum += line.periods.find((value) => value.period.id === part.id)?.value ?? 0;
    sum = Number(sum.toPrecision(12));
    if (Math.abs(sum - whole.value) <= 1e-6 * Math.max(1, Math.abs(sum))) continue;
    const f = (value: number, lang: "vi" | "en") => formatAmount(value, planLine, lang);
    findings.push(
      makeFinding({
        rule: "subtotal",
        severity: "error",
        sheet: whole.at.sheet,
        at: { row: whole.at.row, col: whole.at.col },
        indicator: line.code,
        expected: sum,
        actual: whole.value,
        message: localized(
          `Kỳ "${label(outer)}" của "${planLine.name}" ghi ${f(whole.value, "vi")}, nhưng các kỳ trong đó (${names}) cộng lại ${f(sum, "vi")} (lệch ${f(Math.abs(whole.value - sum), "vi")}).`,
          `"${label(outer)}" of line ${line.code} shows ${f(whole.value, "en")}, but the periods within it (${names}) add up to ${f(sum, "en")} (off by ${f(Math.abs(whole.value - sum), "en")}).`,
        ),
      }),
    );
  }
  return findings;
}
