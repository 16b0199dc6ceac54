/**
 * Headings (a district row naming its district, its figures left blank) hold
 * no figures: a commune under one is counted by the nearest total above it
 * that does. These two helpers let a cause step read a table with district
 * headings as it reads one with district subtotals.
 */
import type { RuleContext } from "./context";

/** The nearest area above `area` that is no heading (a district's row with figures, or a total), or null. */
export function countingParent(context: RuleContext, area: number): number | null {
  const { areas } = context.table;
  let parent = areas[area].parent;
  while (parent !== null && areas[parent].kind === "heading") parent = areas[parent].parent;
  return parent;
}

/** The communes an area counts directly: its leaf children and those of the headings under it (at any depth). */
export function communesThroughHeadings(context: RuleContext, area: number): number[] {
  const { areas } = context.table;
  const out: number[] = [];
  const visit = (at: number): void => {
    for (const child of areas[at].children) {
      const kind = areas[child].kind;
      if (kind === "leaf") out.push(child);
      else if (kind === "heading") visit(child);
    }
  };
  visit(area);
  return out;
}

/** Whether every area under `area` is a commune or a heading over communes (no district with figures of its own between). */
export function overCommunesOnly(context: RuleContext, area: number): boolean {
  const { areas } = context.table;
  return areas[area].children.every((child) => areas[child].kind === "leaf" || (areas[child].kind === "heading" && overCommunesOnly(context, child)));
}
