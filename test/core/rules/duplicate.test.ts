import fc from "fast-check";
import { duplicateRule } from "../../../src/core/rules/duplicate";
import { areaKey } from "../../../src/core/text/fold";
import { brief, context, plan, planLine, SHEET, table, type RowSpec } from "./fixtures";

const p = plan([planLine("1", "Tổ", "tổ", 14)]);
const TEAMS = [{ header: "Tổ", planCode: "1" }];
const leaf = (label: string, parent: number | null): RowSpec => ({ label, kind: "leaf", parent, values: [1] });
const group = (label: string, parent: number | null): RowSpec => ({ label, kind: "group", parent, values: [2] });

describe("duplicate", () => {
  test.each<[string, RowSpec[], unknown[][]]>([
    ["distinct areas", [group("Huyện Ba Vì", null), leaf("Xã Ba Trại", 0), leaf("Xã Ba Vì", 0)], []],
    ["the same commune twice, spelt differently (NFD, no prefix)", [
      group("Huyện Ba Vì", null), leaf("Xã Ba Trại", 0), leaf("Ba Trại".normalize("NFD"), 0),
    ], [["duplicate", "error", SHEET, "A4", null, "Ba Trại".normalize("NFD"), null, null]]],
    ["one name under two districts is two areas", [
      group("Huyện Ba Vì", null), leaf("Xã Tân Lập", 0), group("Huyện Đan Phượng", null), leaf("Xã Tân Lập", 2),
    ], []],
    ["a district twice at the top", [group("Huyện Ba Vì", null), group("huyện  ba vì", null)], [
      ["duplicate", "error", SHEET, "A3", null, "huyện  ba vì", null, null],
    ]],
  ])("%s", (_name, rows, expected) => {
    expect(duplicateRule.evaluate(context(p, table(TEAMS, rows))).map(brief)).toEqual(expected);
  });

  test("the message points at the first one", () => {
    const [finding] = duplicateRule.evaluate(context(p, table(TEAMS, [group("Huyện Ba Vì", null), leaf("Xã Ba Trại", 0), leaf("xã Ba Trại", 0)])));
    expect(finding.message.vi).toBe('Địa bàn "xã Ba Trại" xuất hiện lần thứ hai trong Huyện Ba Vì (lần đầu ở ô A3).');
  });
});

test("communes listed under the grand total alone: the second is told as a second time in the table, not in its Tổng cộng", () => {
  const rows: RowSpec[] = [{ label: "Tổng cộng", kind: "total", parent: null, values: [2] }, leaf("Xã Ba Trại", 0), leaf("xã Ba Trại", 0)];
  const [finding] = duplicateRule.evaluate(context(p, table(TEAMS, rows)));
  expect(finding.message.vi).toBe('Địa bàn "xã Ba Trại" xuất hiện lần thứ hai (lần đầu ở ô A3).');
  expect(finding.message.en).not.toContain("Tổng cộng");
});

describe("headings", () => {
  test("a district heading sharing its first commune's row (a merged district column) parents its communes; its cells are not read twice", () => {
    const rows: RowSpec[] = [
      { label: "Tổng cộng", kind: "total", parent: null, values: [4] },
      { label: "Mù Cang Chải", kind: "heading", parent: 0, values: [] },
      { label: "Xã Tân Lập", kind: "leaf", parent: 1, values: ["1"] },
      { label: "Trạm Tấu", kind: "heading", parent: 0, values: [] },
      { label: "Xã Tân Lập", kind: "leaf", parent: 3, values: [1] },
    ];
    const fixture = table(TEAMS, rows);
    // The heading rows point at their first commune's row, as a layout would for a merged label column.
    const areas = fixture.table.areas.map((area, i) => (area.kind === "heading" ? { ...area, index: fixture.table.areas[i + 1].index } : area));
    const ctx = context(p, { ...fixture, table: { ...fixture.table, areas } });
    expect(duplicateRule.evaluate(ctx)).toEqual([]);
    expect(Array.from(ctx.state)).toEqual([1, 0, 2, 0, 1]);
  });
});

describe("repeats found through one map of first areas", () => {
  /** The definition: the keys seen under each parent, in sheet order; each repeat with the first of its key under its parent. */
  function repeatsReference(rows: readonly RowSpec[]): [number, number][] {
    const keys = rows.map((row) => areaKey(row.label));
    const seen = new Map<number, Map<string, number>>();
    const repeats: [number, number][] = [];
    rows.forEach((row, index) => {
      const siblings = seen.get(row.parent ?? -1) ?? new Map<string, number>();
      seen.set(row.parent ?? -1, siblings);
      const first = siblings.get(keys[index]);
      if (first === undefined) siblings.set(keys[index], index);
      else repeats.push([index, first]);
    });
    return repeats;
  }

  test("agrees with the keys seen per parent on random trees with repeated names", () => {
    const names = ["Xã A", "Xã B", "Xã C", "Huyện A"];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...names), fc.nat(3)), { minLength: 1, maxLength: 30 }), (picked) => {
        // Rows 0–3 are districts at the top; the others are communes under one of them.
        const rows: RowSpec[] = picked.map(([name, parent], i) => (i < 4 ? group(name, null) : leaf(name, Math.min(parent, 3))));
        const found = duplicateRule.evaluate(context(p, table(TEAMS, rows)));
        const expected = repeatsReference(rows);
        expect(found.map((finding) => finding.cell)).toEqual(expected.map(([index]) => `A${index + 2}`));
        expect(found.map((finding) => finding.message.en)).toEqual(expected.map(([, first]) => expect.stringContaining(`A${first + 2}`)));
      }),
      { numRuns: 300 },
    );
  });
});
