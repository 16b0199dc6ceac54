/**
 * The leaves of a table that are no place: the province's own share or the
 * reserve (`Cấp tỉnh`, `Văn phòng Hội`, `Dự phòng`). Their money counts in the
 * totals, but no per-area quota or rate is theirs, and a percent line's lowest
 * value is its communes'. Decided once per table, here, for the rules, the
 * line's allocation and the summary alike.
 */
import type { AllocationTable } from "../model/table";
import { isBareAdjustmentWord, isOwnShare, mayBeOwnShare } from "../text/ownShare";

const cache = new WeakMap<AllocationTable, ReadonlySet<number>>();

/** Indexes into `table.areas` of the leaves that are the province's own share or the reserve. */
export function noPlaceLeaves(table: AllocationTable): ReadonlySet<number> {
  let out = cache.get(table);
  if (out === undefined) {
    const found = new Set<number>();
    // An index loop: a callback per area stays slow in a pass made once over 100 000 areas.
    const areas = table.areas;
    for (let a = 0; a < areas.length; a++) {
      const area = areas[a];
      // A bare `Tăng` / `Giảm` the plan's list names (read by it) is a commune of that name, not an adjustment.
      if (area.kind === "leaf" && mayBeOwnShare(area.key) && isOwnShare(area.label) && !(area.evidence === "area-list" && isBareAdjustmentWord(area.label))) found.add(a);
    }
    out = found;
    cache.set(table, out);
  }
  return out;
}
