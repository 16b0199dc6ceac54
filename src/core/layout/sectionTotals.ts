/**
 * A total line that matches no plan line (a section row with its sums, `I.
 * Các mô hình`) adds up the lines after it up to the next total — and no
 * further than the next heading: a blank row such as `II. Hoạt động` is
 * dropped from the lines, yet it still closes the section above it.
 */
import type { LineEntry } from "../model/table";

/** `lines` with `parts` set on each total whose lines after it run past a heading (at `headings`, sheet positions). */
export function withSectionBounds(lines: readonly LineEntry[], headings: readonly number[]): LineEntry[] {
  if (headings.length === 0) return lines.slice();
  const out = lines.slice();
  const order = lines.map((_, i) => i).sort((a, b) => lines[a].index - lines[b].index);
  order.forEach((i, position) => {
    const line = lines[i];
    if (!line.isTotal || line.planCode !== null || line.parts !== undefined) return;
    const next = headings.find((h) => h > line.index);
    if (next === undefined) return;
    const within: LineEntry[] = [];
    let crosses = false;
    for (let p = position + 1; p < order.length; p++) {
      const part = lines[order[p]];
      if (part.isTotal) break;
      if (part.index > next) {
        crosses = true;
        break;
      }
      within.push(part);
    }
    if (!crosses || within.length === 0) return;
    const kinds = new Set(within.map((part) => part.kind));
    if (kinds.size !== 1 || kinds.has("percent") || (line.kind !== undefined && !kinds.has(line.kind))) return;
    out[i] = { ...line, parts: within.map((part) => part.index) };
  });
  return out;
}
