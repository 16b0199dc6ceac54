/**
 * Targets listed year by year under headings of their own (`1. Năm 2024` with its list, `2. Năm 2025` with the
 * same list) in a plan for a period: one target each, as a table by year with no total column is read — a count
 * the sum of its years, a percent its last year's figure — to be confirmed (`yearSum`). A target that is not
 * listed under every year is left as it is.
 */
import { foldText } from "../core/text/fold";
import { parseMarker } from "./markers";
import type { TextLine } from "./normalize";
import type { FoundTarget } from "./targets";

/** `1. Năm 2024`, `a) Năm 2025:`, `Năm 2026` alone on its line: a year's heading. */
const YEAR_HEADING = /^(?:năm|chỉ tiêu năm)\s+((?:19|20)\d{2})\s*:?\s*$/iu;

function yearOf(line: TextLine): number | null {
  if (line.cells) return null;
  const marker = parseMarker(line.text);
  if (marker && marker.style === "bullet") return null;
  const m = YEAR_HEADING.exec(line.text.slice(marker ? marker.length : 0).trim());
  return m ? Number(m[1]) : null;
}

export function mergeYearBlocks(body: readonly TextLine[], targets: readonly FoundTarget[], oneYear: number | null): FoundTarget[] {
  if (oneYear !== null) return [...targets];
  // The year heading over each line, until a line that is no list item of that year (a heading of another kind).
  const yearAt = new Map<number, number>();
  let year: number | null = null;
  let headings = 0;
  body.forEach((line, i) => {
    const own = yearOf(line);
    if (own !== null) {
      year = own;
      headings++;
      return;
    }
    const marker = parseMarker(line.text);
    if (year !== null && !line.cells && (marker === null || marker.style !== "bullet")) year = null;
    if (year !== null) yearAt.set(i, year);
  });
  if (headings < 2) return [...targets];
  const years = [...new Set(yearAt.values())].sort((a, b) => a - b);
  if (years.length < 2) return [...targets];
  const key = (t: FoundTarget) => `${foldText(t.indicator.name)}|${foldText(t.indicator.unit)}|${t.indicator.kind}`;
  const groups = new Map<string, FoundTarget[]>();
  for (const t of targets) {
    if (!yearAt.has(t.lineIndex) || t.indicator.kind === "money") continue;
    const k = key(t);
    groups.set(k, [...(groups.get(k) ?? []), t]);
  }
  const merged = new Map<FoundTarget, FoundTarget | null>();
  for (const group of groups.values()) {
    const byYear = years.map((y) => group.filter((t) => yearAt.get(t.lineIndex) === y));
    if (byYear.some((g) => g.length !== 1)) continue;
    const first = byYear[0][0];
    const last = byYear[byYear.length - 1][0];
    const count = first.indicator.kind === "count";
    const target = count ? byYear.reduce((sum, g) => sum + g[0].indicator.target, 0) : last.indicator.target;
    const kept = count ? first : last;
    const one: FoundTarget = {
      ...kept,
      indicator: { ...kept.indicator, target, name: count ? kept.indicator.name : `${kept.indicator.name} (năm ${years[years.length - 1]})` },
      running: true,
      why: "yearSum",
    };
    for (const g of byYear) merged.set(g[0], g[0] === kept ? one : null);
  }
  const out: FoundTarget[] = [];
  for (const t of targets) {
    const m = merged.get(t);
    if (m === undefined) out.push(t);
    else if (m !== null) out.push(m);
  }
  return out;
}
