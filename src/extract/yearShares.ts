/**
 * Shares of a target by year: `13 tổ (năm 2026: 03 tổ; năm 2027: 03 tổ …)`,
 * `…, trong đó: năm 2026 thành lập 03 tổ, …`, or lines `+ Năm 2026: 03 tổ`
 * under a target's line that ends with `:`. A year's figure of the whole's
 * unit after the whole is its share, not a target of its own; a milestone
 * (`đến năm 2030 đạt 75%`) is no share.
 */
import { foldText } from "../core/text/fold";
import type { Quantity } from "./quantities";

/** `năm 2026: `, `năm 2026 thành lập `, `Năm 2027 - `: a year labelling the figure after it (not `đến năm 2030`). */
const YEAR_LABEL = /(?:^|[\s,;:(])(?<!(?:đến|tới|vào|hết|cuối|trong|từ)\s)năm\s+(?:19|20)\d{2}\s*[:–-]?\s*(?:\p{Ll}+\s+){0,3}$/iu;

/** A count or money figure labelled by a year, in its own clause (a colon may part the year from its figure). */
export function yearLabelled(text: string, q: Pick<Quantity, "start" | "kind">): boolean {
  if (q.kind === "percent") return false;
  const from = Math.max(0, ...[";", ",", "("].map((ch) => text.lastIndexOf(ch, q.start - 1) + 1));
  return YEAR_LABEL.test(text.slice(from, q.start));
}

/** The year labelling a figure in its own clause (`năm 2024: 05 tổ` → 2024), or null. */
export function labelYear(text: string, q: Pick<Quantity, "start" | "kind">): number | null {
  // A percent labelled so (`năm 2024 đạt 60%`) is that year's milestone.
  if (!yearLabelled(text, q.kind === "percent" ? { ...q, kind: "count" } : q)) return null;
  const from = Math.max(0, ...[";", ",", "("].map((ch) => text.lastIndexOf(ch, q.start - 1) + 1));
  const years = [...text.slice(from, q.start).matchAll(/năm\s+((?:19|20)\d{2})/giu)];
  return years.length > 0 ? Number(years[years.length - 1][1]) : null;
}

/** A year's figure after a whole of its unit on the same line: a share of that whole. */
export function isYearShare(text: string, q: Quantity, all: readonly Quantity[]): boolean {
  if (!yearLabelled(text, q)) return false;
  return all.some((o) => o.start < q.start && o.kind === q.kind && foldText(o.unit) === foldText(q.unit) && o.role !== "rate" && !yearLabelled(text, o));
}

/** `Năm 2026: 03 tổ;`, `Năm 2027 - 03 tổ`: a line that only gives one year's figure. */
export const YEAR_LINE = /^năm\s+(?:19|20)\d{2}\s*[:–-]?\s*(?:\p{Ll}+\s+){0,3}\d/iu;
