/**
 * `Hội LHPN tỉnh cấp 150 triệu đồng cho mỗi huyện`, `50 triệu đồng/xã`: the budget given only as an amount per area.
 * Over the areas the plan names (or the count it states), it is a total to confirm, with the amount per area as its
 * quota; with no such count it stays unread.
 */
import { sourceOf } from "./issues";
import { formatInUnit } from "./money";
import { lineAt, type TextLine } from "./normalize";
import { placeHeaderLevel } from "./placeHeaders";
import { CONFIDENCE } from "./prose";
import { findQuantities } from "./quantities";
import type { ExtractedIndicator } from "./types";


export function budgetPerArea(lines: readonly TextLine[], count: (level: "district" | "commune", per: string) => number | null): ExtractedIndicator[] {
  const found: Array<{ line: TextLine; start: number; base: number; scale: number; unit: string; per: string; level: "district" | "commune" }> = [];
  for (const line of lines) {
    if (line.cells) continue;
    for (const q of findQuantities(line.text)) {
      if (q.kind !== "money" || q.role !== "rate" || q.per === undefined) continue;
      // `huyện` (and its peers) or `xã` (and its peers): which level of areas the amount is per.
      const level = placeHeaderLevel(q.per);
      if (level === "district" || level === "commune") found.push({ line, start: q.start, base: q.base, scale: q.scale, unit: q.unit, per: q.per, level });
    }
  }
  // One amount per area, said once (or the same again): several differing amounts are no one quota.
  if (found.length === 0 || found.some((f) => f.base !== found[0].base || f.level !== found[0].level)) return [];
  const first = found[0];
  const n = count(first.level, first.per);
  if (n === null || n <= 0) return [];
  const at = lineAt(first.line, first.start);
  return [
    {
      code: "KP",
      name: `Tổng kinh phí (${n} ${first.per} × ${formatInUnit(first.base, first.scale)}/${first.per})`,
      unit: first.unit,
      target: first.base * n,
      kind: "money",
      source: sourceOf(at),
      line: at,
      scale: first.scale,
      quota: first.base,
      confidence: CONFIDENCE.frame,
      confirmReason: "quota",
      sourceText: first.line.text.trim(),
    },
  ];
}
