/**
 * A total line that matches no plan line (`Cộng kinh phí`, `Tổng kinh phí`)
 * right after (or before) lines matching every part of one plan line — the
 * parts of `Kinh phí thực hiện` (`Ngân sách trung ương`, `Ngân sách địa
 * phương`) — whose figures add them up area by area, while no line of the
 * sheet holds that plan line itself (its heading row blank, `Kinh phí thực
 * hiện` over the parts): it is that plan line, named by its words, its cells
 * checked as the sum of its parts — not a line the plan lacks. A total
 * naming no line (`Tổng cộng`, `Cộng`, `Tổng số`) is taken so only after
 * every part of the plan line, its score the least a name match takes.
 */
import type { PlanLine } from "../model/plan";
import type { LineEntry } from "../model/table";
import { addsUp } from "./arithmeticLineTotals";
import { isLineTotal } from "./lines";
import { numberOf } from "./areaScore";
import type { Frame } from "./frame";
import { MATCH_THRESHOLD } from "./matchLines";
import { nameSimilarity, nameTokens } from "./similarity";

/** Fewest parts such a total adds up. */
const MIN_PARTS = 2;

export function withParentLineTotals(frame: Frame, lines: readonly LineEntry[], plan: readonly PlanLine[]): LineEntry[] {
  // The common case: nothing to do when no total is left unmatched, or the plan has no parts.
  if (!lines.some((line) => line.planCode === null && line.isTotal) || !plan.some((line) => line.parentCode !== undefined)) return lines.slice();
  const parentOf = new Map<string, string>();
  const childCount = new Map<string, number>();
  for (const line of plan) {
    if (line.parentCode === undefined) continue;
    parentOf.set(line.code, line.parentCode);
    childCount.set(line.parentCode, (childCount.get(line.parentCode) ?? 0) + 1);
  }
  const byCode = new Map(plan.map((line) => [line.code, line]));
  const held = new Set(lines.map((line) => line.planCode).filter((code) => code !== null));
  const order = lines.map((_, i) => i).sort((a, b) => lines[a].index - lines[b].index);
  const figures = (line: LineEntry): number[] => frame.areaPositions.map((row) => numberOf(frame.grid.value(row, line.index)));
  const out = lines.slice();
  order.forEach((i, position) => {
    const line = lines[i];
    if (line.planCode !== null || !line.isTotal || line.kind === "percent") return;
    for (const step of [-1, 1] as const) {
      const parts: LineEntry[] = [];
      let parent: string | undefined;
      for (let p = position + step; p >= 0 && p < order.length; p += step) {
        const part = lines[order[p]];
        const code = part.planCode === null ? undefined : parentOf.get(part.planCode);
        if (code === undefined || (parent !== undefined && code !== parent) || part.isTotal) break;
        parent = code;
        parts.push(part);
      }
      if (parent === undefined || parts.length < MIN_PARTS || held.has(parent)) continue;
      const target = byCode.get(parent)!;
      if (line.kind !== undefined && line.kind !== target.kind) continue;
      const named = nameSimilarity(nameTokens(line.header), nameTokens(target.name));
      const bare = named < MATCH_THRESHOLD && isLineTotal(line.header) && nameTokens(line.header).words.size <= 2 && parts.length === childCount.get(parent);
      if (named < MATCH_THRESHOLD && !bare) continue;
      const score = bare ? MATCH_THRESHOLD : named;
      const sums = frame.areaPositions.map(() => 0);
      for (const part of parts) figures(part).forEach((v, r) => (sums[r] += Number.isNaN(v) ? 0 : v));
      if (!addsUp(figures(line), sums)) continue;
      held.add(parent);
      out[i] = {
        ...line,
        kind: parts[0].kind,
        scale: line.unit !== undefined ? line.scale : parts[0].scale,
        planCode: parent,
        parts: parts.map((part) => part.index),
        match: { how: "name", score: Math.round(score * 100) / 100 },
      };
      return;
    }
  });
  return out;
}
