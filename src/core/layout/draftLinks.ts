/**
 * The last step of reading an area axis, shared by the one-column and the
 * two-column (district | commune) readings: every kept area without a parent
 * goes under the grand total, children are listed under their parents, and a
 * group with no children is a leaf, one whose value cells are all blank a
 * heading.
 */
import type { AreaKind } from "../model/table";

export interface LinkedDraft {
  kind: AreaKind;
  index: number;
  parent: number | null;
  children: number[];
}

export function linkDrafts(drafts: LinkedDraft[], removed: ReadonlySet<number>, grand: number | null, blank: (index: number) => boolean): void {
  const anyRemoved = removed.size > 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (anyRemoved && removed.has(i)) continue;
    if (d.parent === null && d.kind !== "total" && grand !== null && i !== grand) d.parent = grand;
    if (d.parent !== null) drafts[d.parent].children.push(i);
  }
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.kind !== "group") continue;
    if (d.children.length === 0) d.kind = "leaf";
    else if (blank(d.index)) d.kind = "heading";
  }
}
