/**
 * A reserve row (`Dự phòng`, `Kinh phí dự phòng`) typed after the areas and
 * left out of the sheet's grand total: the total is the areas' sum, the
 * reserve kept back beside it. It is part of what the plan gives out (the
 * reserve comes out of the plan's amount, as when it sits inside the total),
 * so it still counts toward each line's plan; but it is no child of the
 * total, whose figure is checked against the areas alone. Told apart by
 * arithmetic: on no line does the total equal the sum of its members with
 * the reserve, and on half the lines the reserve fills at least it equals
 * their sum without it (a slip in an area's figure leaves a line matching neither).
 */
import type { AreaEntry } from "../model/table";
import { isReserveLabel } from "../text/ownShare";
import { numberOf, same } from "./areaScore";
import type { Grid } from "./grid";

/** The areas with such a reserve taken out of the grand total, and where it is; the areas as they were when there is none. */
export function reserveOutsideTotal(areas: readonly AreaEntry[], grid: Grid, lines: readonly number[]): { areas: readonly AreaEntry[]; reserve: AreaEntry | null } {
  const none = { areas, reserve: null };
  const totalAt = areas.findIndex((area) => area.kind === "total" && area.parent === null);
  if (totalAt < 0 || lines.length === 0) return none;
  const total = areas[totalAt];
  const kids = total.children;
  if (kids.length < 2) return none;
  // The reserve is the total's last member, after every other one (and after the total when it closes the table).
  const lastAt = kids[kids.length - 1];
  const last = areas[lastAt];
  if (last.kind !== "leaf" || !isReserveLabel(last.label) || kids.some((k) => areas[k].index > last.index)) return none;
  // The members' figures: each leaf once, under whatever group it sits.
  const leaves: number[] = [];
  const stack = kids.slice(0, -1);
  while (stack.length > 0) {
    const at = stack.pop()!;
    const area = areas[at];
    if (area.kind === "leaf") leaves.push(area.index);
    else stack.push(...area.children);
  }
  // Per line: the total is the members' sum without the reserve (apart), with it (inside), or neither (a slip).
  // A line the reserve holds nothing on (a count line, its cell blank or zero) tells neither way.
  let apart = 0;
  let telling = 0;
  for (const col of lines) {
    const shown = numberOf(grid.value(total.index, col));
    const reserve = numberOf(grid.value(last.index, col));
    if (Number.isNaN(shown) || Number.isNaN(reserve)) return none;
    if (reserve === 0) continue;
    telling++;
    let sum = 0;
    for (const row of leaves) {
      const value = numberOf(grid.value(row, col));
      if (!Number.isNaN(value)) sum += value;
    }
    // The members as the sheet shows them too: a district's typed or formula total for its communes (a slip under it leaves it as typed).
    const members = kids.slice(0, -1).reduce((acc, k) => acc + shownSum(areas, grid, k, col), 0);
    const without = same(sum, shown) || same(members, shown);
    const within = same(sum + reserve, shown) || same(members + reserve, shown);
    if (within && !without) return none;
    if (without && !within) apart++;
  }
  // Apart on most lines the reserve fills (a slip in an area's figure leaves one line neither), inside on none.
  if (apart === 0 || apart * 2 < telling) return none;
  const out = areas.map((area, i) => (i === totalAt ? { ...area, children: kids.slice(0, -1) } : i === lastAt ? { ...area, parent: null } : area));
  return { areas: out, reserve: out[lastAt] };
}

/** An area's figure on a line as the sheet shows it: a group's own figure where it holds one, else its members'. */
function shownSum(areas: readonly AreaEntry[], grid: Grid, at: number, col: number): number {
  const area = areas[at];
  const own = grid.value(area.index, col);
  const value = numberOf(own);
  if (area.kind === "leaf" || (own !== null && own !== "" && !Number.isNaN(value))) return Number.isNaN(value) ? 0 : value;
  return area.children.reduce((acc, k) => acc + shownSum(areas, grid, k, col), 0);
}
