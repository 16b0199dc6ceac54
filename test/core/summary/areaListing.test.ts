/**
 * The table by area's rows (areaListing.ts): every leaf is covered by exactly
 * one covering row at any size, a group's members are the rows right beside
 * it, and the table never passes its limit.
 */
import fc from "fast-check";
import { listAreas, type AreaListing } from "../../../src/core/summary/areaListing";
import type { AllocationTable, AreaEntry } from "../../../src/core/model/table";

/** A table: a total, then groups of the given sizes (0: a leaf straight under the total), group rows above or below their members. */
function table(groups: readonly number[], groupBelow = false): AllocationTable {
  const areas: AreaEntry[] = [];
  const add = (label: string, kind: AreaEntry["kind"], parent: number | null): number => {
    areas.push({ label, key: label, kind, index: areas.length, labelRow: areas.length, labelCol: 1, parent, children: [] });
    if (parent !== null) (areas[parent].children as number[]).push(areas.length - 1);
    return areas.length - 1;
  };
  add("Tổng cộng", "total", null);
  groups.forEach((size, g) => {
    if (size === 0) {
      add(`Xã lẻ ${g}`, "leaf", 0);
      return;
    }
    if (!groupBelow) {
      const group = add(`Huyện ${g}`, "group", 0);
      for (let k = 0; k < size; k++) add(`Xã ${g}-${k}`, "leaf", group);
      return;
    }
    // A `Cộng huyện` row below its members: the group's row comes after them.
    const first = areas.length;
    for (let k = 0; k < size; k++) add(`Xã ${g}-${k}`, "leaf", null);
    const group = add(`Cộng huyện ${g}`, "group", 0);
    for (let k = first; k < group; k++) {
      areas[k] = { ...areas[k], parent: group };
      (areas[group].children as number[]).push(k);
    }
  });
  return { sheet: "Phân bổ", orientation: "areas-as-rows", areas, lines: [], headerTop: 0, headerBottom: 0 };
}

function leavesOf(t: AllocationTable): number[] {
  return t.areas.map((a, i) => (a.kind === "leaf" ? i : -1)).filter((i) => i >= 0);
}

/** Each leaf covered once; member ranges point at rows right beside their group. */
function expectCovering(t: AllocationTable, listing: AreaListing): void {
  const covered: number[] = [];
  listing.rows.forEach((row, i) => {
    if (row.members !== undefined) {
      expect(row.leaves).toHaveLength(0);
      expect(row.members.first === i + 1 || row.members.last === i - 1).toBe(true);
    } else covered.push(...row.leaves.map((leaf) => leaf.index));
  });
  expect([...covered].sort((a, b) => a - b)).toEqual(leavesOf(t));
}

describe("listAreas", () => {
  test("a small table: every area, each group before its members", () => {
    const t = table([2, 0, 3]);
    const listing = listAreas(t, 2000);
    expect(listing.rows.map((r) => t.areas[r.areas[0]].label)).toEqual(["Huyện 0", "Xã 0-0", "Xã 0-1", "Xã lẻ 1", "Huyện 2", "Xã 2-0", "Xã 2-1", "Xã 2-2"]);
    expect(listing.rows[0].members).toEqual({ first: 1, last: 2 });
    expect(listing.folded).toBe(0);
    expectCovering(t, listing);
  });

  test("a `Cộng huyện` row below its members stays below them", () => {
    const t = table([2, 2], true);
    const listing = listAreas(t, 2000);
    expect(listing.rows.map((r) => t.areas[r.areas[0]].label)).toEqual(["Xã 0-0", "Xã 0-1", "Cộng huyện 0", "Xã 1-0", "Xã 1-1", "Cộng huyện 1"]);
    expect(listing.rows[2].members).toEqual({ first: 0, last: 1 });
    expectCovering(t, listing);
  });

  test("too many rows: the districts only, each covering its communes", () => {
    const t = table([40, 40, 0, 40]);
    const listing = listAreas(t, 10);
    expect(listing.rows.map((r) => t.areas[r.areas[0]].label)).toEqual(["Huyện 0", "Xã lẻ 2", "Huyện 1", "Huyện 3"].sort((a, b) => t.areas.findIndex((x) => x.label === a) - t.areas.findIndex((x) => x.label === b)));
    expect(listing.rows.every((r) => r.members === undefined)).toBe(true);
    expect(listing.folded).toBe(120);
    expectCovering(t, listing);
  });

  test("too many top-level areas: runs of them, one row each", () => {
    const t = table(Array.from({ length: 25 }, () => 0));
    const listing = listAreas(t, 10);
    expect(listing.runs).toBe(true);
    expect(listing.rows.length).toBeLessThanOrEqual(10);
    expectCovering(t, listing);
  });

  test("any shape, any limit: within the limit when it can be, every leaf covered once", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 30 }), fc.boolean(), fc.integer({ min: 1, max: 60 }), (groups, below, limit) => {
        const t = table(groups, below);
        const listing = listAreas(t, limit);
        expect(listing.rows.length).toBeLessThanOrEqual(limit);
        expectCovering(t, listing);
      }),
    );
  });
});
