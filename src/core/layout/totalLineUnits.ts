/**
 * A total line that matches no plan line and shows no unit of its own
 * (`Tổng kinh phí`, `Tổng cộng` with a blank `ĐVT` cell) is in the unit of
 * the lines it adds up — the block of lines right after it, else right
 * before it, the same way the rules find its parts — when they all share one
 * kind and one scale. Without this a money total read as whole đồng would be
 * compared with parts in triệu đồng, and a total with no unit at all would
 * be taken for a line the plan lacks.
 */
import type { LineEntry } from "../model/table";

/** Fewest lines a total adds up. */
const MIN_PARTS = 2;

export function withTotalLineUnits(lines: readonly LineEntry[]): LineEntry[] {
  const out = lines.slice();
  const order = lines.map((_, i) => i).sort((a, b) => lines[a].index - lines[b].index);
  order.forEach((i, position) => {
    const line = lines[i];
    if (!line.isTotal || line.planCode !== null || line.unit !== undefined || line.kind === "percent") return;
    const block = (step: 1 | -1): LineEntry[] => {
      const parts: LineEntry[] = [];
      for (let p = position + step; p >= 0 && p < order.length; p += step) {
        const part = lines[order[p]];
        if (part.isTotal) break;
        parts.push(part);
      }
      return parts;
    };
    const after = block(1);
    const parts = after.length >= MIN_PARTS ? after : block(-1);
    if (parts.length < MIN_PARTS) return;
    const { kind, scale } = parts[0];
    if (kind === undefined || kind === "percent" || parts.some((part) => part.kind !== kind || part.scale !== scale)) return;
    if (line.kind !== undefined && line.kind !== kind) return;
    const units = new Set(parts.map((part) => part.unit));
    const unit = units.size === 1 ? parts[0].unit : undefined;
    out[i] = { ...line, kind, scale, ...(unit !== undefined ? { unit } : {}) };
  });
  return out;
}
