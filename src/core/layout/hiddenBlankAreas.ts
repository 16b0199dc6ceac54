/**
 * A hidden row (column, in the other orientation) naming an area the plan's
 * list lacks, with no figure on any line read: an area the author hid as not
 * part of this allocation (a commune of last year's list). It is left out of
 * the area axis, and said, rather than told as an area the plan lacks.
 */
import type { Plan } from "../model/plan";
import { areaKey } from "../text/fold";
import { ownText } from "./areas";
import { isBlank } from "./cells";
import type { Frame } from "./frame";
import { isTotalLabel, labelFacts } from "./labels";

export function withoutHiddenBlankAreas(
  frame: Frame,
  hidden: ReadonlySet<number>,
  readCols: readonly number[],
  plan: Plan,
): { frame: Frame; left: { index: number; label: string }[] } {
  if (hidden.size === 0 || plan.areas.length === 0) return { frame, left: [] };
  let planKeys: Set<string> | undefined;
  const left: { index: number; label: string }[] = [];
  for (const position of frame.areaPositions) {
    if (!hidden.has(position) || readCols.some((col) => !isBlank(frame.grid.value(position, col)))) continue;
    const label = frame.areaCols.map((col) => ownText(frame, position, col)).filter((t) => t !== "").join(" / ");
    const own = frame.areaCols.length > 0 ? ownText(frame, position, frame.areaCols[frame.areaCols.length - 1]) : "";
    if (own === "" || isTotalLabel(own)) continue;
    planKeys ??= new Set(plan.areas.flatMap((a) => [areaKey(a.district), ...(a.commune !== undefined ? [areaKey(a.commune)] : [])]));
    if (planKeys.has(labelFacts(own).key)) continue;
    left.push({ index: position, label });
  }
  if (left.length === 0) return { frame, left };
  const out = new Set(left.map((l) => l.index));
  return { frame: { ...frame, areaPositions: frame.areaPositions.filter((p) => !out.has(p)) }, left };
}
