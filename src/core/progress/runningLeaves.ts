/**
 * `cumulative` for the areas of period sheets that carry a running total
 * beside each line (`Thực hiện trong năm` | `Lũy kế từ đầu giai đoạn`): an
 * area's running total must be its figure of the period where the period is
 * the first reported, else its running total on the sheet of the period just
 * before plus its figure of the period. Told at the area's cell; a running
 * total carried on from a wrong one before it is not told again (the first
 * is the one to fix). Where no sheet of the period just before has the
 * running total, the area's is not checked here (its sheet's total still is).
 */
import type { Finding } from "../model/finding";
import type { PlanLine } from "../model/plan";
import { localized } from "../model/text";
import { standing } from "../rules/compare";
import { comparePeriods, endIndex, startIndex } from "./periods";
import type { PeriodSheetReading, RunningTotal } from "./periodSheets";
import { amount, progressFinding } from "./rules/shared";

export interface RunningLeafChecks {
  readonly findings: Finding[];
  /** `sheet|code` of the running totals whose areas were told: their grand total is not told again. */
  readonly told: ReadonlySet<string>;
}

export function checkRunningLeaves(readings: readonly PeriodSheetReading[], lines: ReadonlyMap<string, PlanLine>): RunningLeafChecks {
  const findings: Finding[] = [];
  const told = new Set<string>();
  const withRunning = readings.filter((reading) => reading.running !== undefined);
  if (withRunning.length === 0) return { findings, told };
  const first = Math.min(...readings.map((reading) => startIndex(reading.period)));
  const ordered = [...withRunning].sort((a, b) => comparePeriods(a.period, b.period));
  // Per line: the running totals of the sheet before, as typed and as they should be.
  const before = new Map<string, { end: number; typed: Map<number, number>; right: Map<number, number> }>();
  for (const reading of ordered) {
    for (const running of reading.running!) {
      const line = lines.get(running.code);
      if (line === undefined) continue;
      const previous = before.get(running.code);
      const opening = startIndex(reading.period) === first ? "first" : previous !== undefined && previous.end + 1 === startIndex(reading.period) ? "after" : null;
      const typed = new Map<number, number>();
      const right = new Map<number, number>();
      for (const [leaf, cell] of running.leaves) {
        typed.set(leaf, cell.running);
        if (opening === null) continue;
        const percent = line.kind === "percent";
        const fromTyped = opening === "first" || percent ? cell.done : (previous!.typed.get(leaf) ?? 0) + cell.done;
        const fromRight = opening === "first" || percent ? cell.done : (previous!.right.get(leaf) ?? 0) + cell.done;
        right.set(leaf, fromRight);
        if (standing(cell.running, fromRight) === "equal" || standing(cell.running, fromTyped) === "equal") continue;
        told.add(`${reading.sheet}|${running.code}`);
        findings.push(leafFinding(line, running, cell, fromRight, opening === "first" || percent));
      }
      before.set(running.code, { end: endIndex(reading.period), typed, right: opening === null ? typed : right });
    }
  }
  return { findings, told };
}

function leafFinding(line: PlanLine, running: RunningTotal, cell: { running: number; done: number; at: import("./types").CellRef; label: string }, expected: number, own: boolean): Finding {
  const f = (value: number, lang: "vi" | "en") => amount(line, value, lang);
  return progressFinding({
    rule: "cumulative",
    severity: "error",
    at: cell.at,
    indicator: running.code,
    area: cell.label,
    expected,
    actual: cell.running,
    message: own
      ? localized(
          `Lũy kế "${line.name}" của ${cell.label} ghi ${f(cell.running, "vi")}, nhưng đây là kỳ đầu nên lũy kế phải bằng số của kỳ: ${f(expected, "vi")}.`,
          `The cumulative figure of "${line.name}" for ${cell.label} shows ${f(cell.running, "en")}, but in the first period it is the period's own figure: ${f(expected, "en")}.`,
        )
      : localized(
          `Lũy kế "${line.name}" của ${cell.label} ghi ${f(cell.running, "vi")}, nhưng lũy kế kỳ trước cộng số của kỳ này là ${f(expected, "vi")}.`,
          `The cumulative figure of "${line.name}" for ${cell.label} shows ${f(cell.running, "en")}, but the previous period's cumulative plus this period's figure is ${f(expected, "en")}.`,
        ),
  });
}
