/**
 * Running totals among the lines (`Lũy kế`, `Thực hiện lũy kế`, `Cộng dồn`):
 * one that adds up its batches or years is the line's total, one above them
 * everywhere (earlier figures in it) is the figure allocated so far, any
 * other is left out — one decision whether the lines are columns or rows.
 */
import type { Plan } from "../model/plan";
import { wordKey } from "../text/fold";
import { addsUp } from "./arithmeticLineTotals";
import { numberOf } from "./areaScore";
import type { Frame } from "./frame";
import type { RawLine } from "./lines";
import { isPeriodPart, isRunningTotal, type CorrectedMatch, type LineMatch } from "./matchLines";

/**
 * `Phân bổ đợt 1 | Phân bổ đợt 2 | Lũy kế phân bổ` (or years) under a line,
 * no total beside them: a running total whose figures add up the batches,
 * area by area, is the line's total — it takes the plan line from the batch
 * that had it (in `matches`), the batches its parts. One above them in every
 * area (earlier figures in it too) is the figure allocated so far: it takes
 * the plan line, the batches are left out (returned, with it). One below
 * them somewhere stays a running total, left out.
 */
export function runningTotalsOfParts(frame: Frame, raw: readonly RawLine[], matches: (LineMatch | CorrectedMatch | null)[], plan: Plan): RunningWithEarlier | null {
  const head = (line: RawLine) => line.parts.slice(0, -1).join("\u0000");
  let planKeys: string[] | undefined;
  let withEarlier: RunningWithEarlier | null = null;
  raw.forEach((line, i) => {
    if (matches[i] !== null || line.parts.length < 2) return;
    planKeys ??= plan.lines.map((l) => wordKey(l.name));
    if (!isRunningTotal(line, planKeys)) return;
    const siblings: number[] = [];
    raw.forEach((other, k) => {
      if (k !== i && other.parts.length === line.parts.length && head(other) === head(line)) siblings.push(k);
    });
    if (siblings.length < 2 || !siblings.every((k) => isPeriodOrEarlier(raw[k].parts[raw[k].parts.length - 1]))) return;
    // One batch named the plan line, or all of them were read as its sources (one code).
    const owners = siblings.filter((k) => matches[k] !== null);
    const owner = owners.length === 1 || (owners.length === siblings.length && owners.every((k) => matches[k]!.code === matches[owners[0]]!.code)) ? matches[owners[0]]! : null;
    if (owner === null || owner.how === "corrected") return;
    const verdict = runningAgainstBatches(frame, line.position, siblings.map((k) => raw[k].position));
    if (verdict === "apart" || (verdict === "earlier" && withEarlier !== null)) return;
    const earlier = verdict === "earlier";
    matches[i] = { code: owner.code, how: owner.how, score: owner.score };
    for (const k of owners) matches[k] = null;
    if (earlier) withEarlier = { index: line.position, header: line.parts.join(" / "), batches: siblings.map((k) => raw[k].position) };
  });
  return withEarlier;
}

/** What came before, beside the periods a running total adds up: `Đã phân bổ đến năm 2023`, `Các năm trước`, `Kỳ trước`, `Kỳ này`. */
const EARLIER_PART = /^(?:(?:so )?(?:da )?(?:phan bo|giao|cap|bo tri|thuc hien) )?(?:(?:den|truoc) (?:nam )?(?:19|20)\d\d|(?:cac )?(?:nam|ky|dot) truoc|ky (?:truoc|nay))$/;

function isPeriodOrEarlier(text: string): boolean {
  return isPeriodPart(text) || EARLIER_PART.test(wordKey(text));
}

export interface RunningWithEarlier {
  readonly index: number;
  readonly header: string;
  readonly batches: readonly number[];
}

/**
 * Lines as rows: a plan line's blank row over its batches (`Kinh phí` over
 * `- Đợt 1`, `- Đợt 2`, read as the line), a running total right after them
 * (`- Lũy kế`) matching no plan line, as its column would be: adding up the
 * batches area by area, it is the line's total — it takes the plan line, the
 * batches its parts; above the batches' sum in every area (earlier figures
 * in it too), it is the figure allocated so far — it takes the plan line,
 * the batches are left out (returned, with it). Any other stays a running
 * total, left out.
 */
export function runningAfterBatches(
  frame: Frame,
  raw: readonly RawLine[],
  matches: (LineMatch | CorrectedMatch | null)[],
  plan: Plan,
  runs: readonly (readonly number[])[],
  sourcesAt: Map<number, number[]>,
): RunningWithEarlier | null {
  const own = (line: RawLine) => line.parts[line.parts.length - 1] ?? "";
  let planKeys: string[] | undefined;
  let withEarlier: RunningWithEarlier | null = null;
  for (const run of runs) {
    const last = run[run.length - 1];
    const next = raw[last + 1];
    if (next === undefined || matches[last + 1] !== null || next.position !== raw[last].position + 1) continue;
    if (!run.every((k) => isPeriodOrEarlier(own(raw[k]).replace(/^[\s\-–+•*]+/, "")))) continue;
    planKeys ??= plan.lines.map((l) => wordKey(l.name));
    if (!isRunningTotal(next, planKeys)) continue;
    const batches = run.map((k) => raw[k].position);
    const verdict = runningAgainstBatches(frame, next.position, batches);
    if (verdict === "apart" || (verdict === "earlier" && withEarlier !== null)) continue;
    matches[last + 1] = matches[run[0]];
    for (const k of run) {
      matches[k] = null;
      sourcesAt.delete(raw[k].position);
    }
    if (verdict === "earlier") withEarlier = { index: next.position, header: next.parts.join(" / "), batches };
  }
  return withEarlier;
}

/**
 * A running total (at `position`) against the batches beside it, area by
 * area: `adds up` their sum, `earlier` above it everywhere (earlier figures
 * in it too), or `apart`. One decision whether the lines are columns or rows.
 */
function runningAgainstBatches(frame: Frame, position: number, batches: readonly number[]): "adds up" | "earlier" | "apart" {
  const figures = (at: number) => frame.areaPositions.map((row) => numberOf(frame.grid.value(row, at)));
  const sums = frame.areaPositions.map(() => 0);
  for (const at of batches) figures(at).forEach((v, r) => (sums[r] += Number.isNaN(v) ? 0 : v));
  const own = figures(position);
  if (addsUp(own, sums)) return "adds up";
  return aboveEverywhere(own, sums) ? "earlier" : "apart";
}

/** `own` at least `sums` in every area with figures, and above them in most: earlier figures added in, area by area. */
function aboveEverywhere(own: readonly number[], sums: readonly number[]): boolean {
  let above = 0;
  let filled = 0;
  for (let r = 0; r < own.length; r++) {
    const v = Number.isNaN(own[r]) ? 0 : own[r];
    if (v === 0 && sums[r] === 0) continue;
    filled++;
    if (v < sums[r] - 1e-9 * Math.max(1, Math.abs(sums[r]))) return false;
    if (v > sums[r] + 1e-9 * Math.max(1, Math.abs(sums[r]))) above++;
  }
  return above >= 2 && above * 2 > filled;
}

/**
 * The positions of running totals (`Lũy kế`, `Thực hiện lũy kế`) matching no
 * plan line, in a table where some line matches one.
 */
export function runningTotalLines(raw: readonly RawLine[], matches: readonly unknown[], plan: Plan): Set<number> {
  const out = new Set<number>();
  if (!matches.some((match) => match !== null)) return out;
  let planKeys: string[] | undefined;
  raw.forEach((line, i) => {
    if (matches[i] !== null) return;
    planKeys ??= plan.lines.map((l) => wordKey(l.name));
    if (isRunningTotal(line, planKeys)) out.add(line.position);
  });
  return out;
}
