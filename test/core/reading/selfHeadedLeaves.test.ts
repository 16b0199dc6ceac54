/** `selfHeadedLeaves`: the leaves read as the only child of a group at their own row, counted when they are half the leaves or more. */
import fc from "fast-check";
import type { ReadingArea, ReadingRole } from "../../../src/core/model/reading";
import { selfHeadedLeaves } from "../../../src/core/reading/confidence";

function row(role: ReadingRole, at: string, parent: number | null): ReadingArea {
  return { name: `${role} ${at}`, at, role, parent, planArea: null, how: "label" };
}

/** The count as first written: a map of each parent's children, then each group or heading with one leaf child at its own `at`. */
function reference(areas: readonly ReadingArea[]): number {
  const children = new Map<number, number[]>();
  areas.forEach((area, i) => {
    if (area.parent === null) return;
    const list = children.get(area.parent);
    if (list === undefined) children.set(area.parent, [i]);
    else list.push(i);
  });
  let paired = 0;
  let leaves = 0;
  areas.forEach((area, i) => {
    if (area.role === "leaf") leaves++;
    if (area.role !== "group" && area.role !== "heading") return;
    const kids = children.get(i);
    if (kids !== undefined && kids.length === 1 && areas[kids[0]].role === "leaf" && areas[kids[0]].at === area.at) paired++;
  });
  return paired * 2 >= leaves ? paired : 0;
}

test.each([
  ["each leaf alone under a group at its row", [row("total", "4", null), row("group", "5", 0), row("leaf", "5", 1), row("group", "6", 0), row("leaf", "6", 3)], 2],
  ["a group of two leaves: none", [row("group", "5", null), row("leaf", "5", 0), row("leaf", "6", 0)], 0],
  ["one leaf, at another row", [row("group", "5", null), row("leaf", "6", 0)], 0],
  ["a heading over one leaf at its row", [row("heading", "5", null), row("leaf", "5", 0)], 1],
  ["a subtotal over one leaf: not a group", [row("subtotal", "5", null), row("leaf", "5", 0)], 0],
  ["paired under half the leaves: none", [row("group", "5", null), row("leaf", "5", 0), row("leaf", "6", null), row("leaf", "7", null)], 0],
] as const)("%s", (_name, areas, paired) => {
  expect(selfHeadedLeaves(areas)).toBe(paired);
});

test("the same count as a map of each parent's children, on any rows", () => {
  const roles: readonly ReadingRole[] = ["total", "group", "heading", "leaf", "subtotal"];
  const rows = fc.array(fc.record({ role: fc.constantFrom(...roles), at: fc.constantFrom("1", "2", "3"), parent: fc.option(fc.nat({ max: 40 }), { nil: null }) }), { maxLength: 40 });
  fc.assert(
    fc.property(rows, (drawn) => {
      // Parents name earlier or later rows, or none past the end.
      const areas = drawn.map((r) => row(r.role, r.at, r.parent));
      expect(selfHeadedLeaves(areas)).toBe(reference(areas));
    }),
    { numRuns: 500 },
  );
});
