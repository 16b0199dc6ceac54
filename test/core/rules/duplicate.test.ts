import { duplicateRule } from "../../../src/core/rules/duplicate";
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
