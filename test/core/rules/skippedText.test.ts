/** One cause, one finding (CONTRACT §3): a text number a formula total skips is one error at the text cell. */
import { subtotalRule } from "../../../src/core/rules/subtotal";
import { textNumberRule } from "../../../src/core/rules/textNumber";
import { buildReport } from "../../../src/core/report/buildReport";
import { evaluateRules } from "../../../src/core/rules";
import { brief, context, plan, planLine, SHEET, table, type Fixture } from "./fixtures";

const p = plan([planLine("1", "Tổ", "tổ", 20)]);
const lines = [{ header: "Tổ", planCode: "1" }];

/** Total (row 2), group (row 3), leaves (rows 4–6): the group's cell B3 is `formula` when given. */
function sheetWith(group: number, leaves: (number | string)[], formula: string | null, total = group): Fixture {
  const fixture = table(lines, [
    { label: "Tổng cộng", kind: "total", parent: null, values: [total] },
    { label: "Huyện Ba Vì", kind: "group", parent: 0, values: [group] },
    ...leaves.map((value, i) => ({ label: `Xã ${i + 1}`, kind: "leaf" as const, parent: 1, values: [value] })),
  ]);
  const formulas = formula === null ? undefined : [[], [], [null, "B2"], [null, formula]];
  return { ...fixture, sheet: { ...fixture.sheet, ...(formulas ? { formulas } : {}) } };
}

describe("a number typed as text that a formula total skips", () => {
  test("the SUM that skips `12`: one text-number error naming the total and its figure; no subtotal finding", () => {
    const fixture = sheetWith(5, [2, "12", 3], "SUM(B4:B6)");
    const ctx = context(p, fixture);
    expect(subtotalRule.evaluate(ctx).map(brief)).toEqual([]);
    const found = textNumberRule.evaluate(ctx);
    expect(found.map(brief)).toEqual([["text-number", "error", SHEET, "B5", "1", "Xã 2", null, 12]]);
    expect(found[0].message.vi).toContain("B3 (Huyện Ba Vì)");
    expect(found[0].message.vi).toContain("bảng tính ghi 5");
    expect(found[0].message.en).toContain("the sheet shows 5");
  });

  test.each<[string, string | null, number]>([
    ["typed, copied as a value from a SUM that skipped it", null, 5],
    ["typed, under a typed grand total that counts it", null, 17],
  ])("a district subtotal %s: one text-number error naming the subtotal, to retype too; no subtotal finding", (_name, formula, total) => {
    const ctx = context(p, sheetWith(5, [2, "12", 3], formula, total));
    expect(subtotalRule.evaluate(ctx).map(brief)).toEqual([]);
    const found = textNumberRule.evaluate(ctx);
    expect(found.map(brief)).toEqual([["text-number", "error", SHEET, "B5", "1", "Xã 2", null, 12]]);
    expect(found[0].message.vi).toContain("ô B3 (Huyện Ba Vì) ghi 5 tổ");
    expect(found[0].message.vi).toContain("ghi lại ô B3 là 17 tổ");
  });

  test("the report carries the figure the sheet's grand total shows beside what allocheck counts", () => {
    const ctx = context(p, sheetWith(5, [2, "12", 3], "SUM(B4:B6)"));
    const report = buildReport(ctx, evaluateRules(ctx), "x.xlsx");
    expect(report.indicators[0]).toMatchObject({ allocated: 17, sheetTotal: 5 });
  });

  test.each<[string, number, (number | string)[], string | null, unknown[][], unknown[][]]>([
    // A typed group (no formula) that is wrong beyond the text: the subtotal error stays, and the text is a warning.
    ["a typed subtotal", 6, [2, "12", 3], null, [["subtotal", "error", SHEET, "B3", "1", "Huyện Ba Vì", 17, 6]], [["text-number", "warning", SHEET, "B5", "1", "Xã 2", null, 12]]],
    // A formula that is wrong beyond the text: not explained by the text alone.
    ["a formula wrong beyond the text", 4, [2, "12", 3], "SUM(B4:B5)", [["subtotal", "error", SHEET, "B3", "1", "Huyện Ba Vì", 17, 4]], [["text-number", "warning", SHEET, "B5", "1", "Xã 2", null, 12]]],
    // A text `0` skipped changes no figure.
    ["a text zero", 5, [2, "0", 3], "SUM(B4:B6)", [], [["text-number", "warning", SHEET, "B5", "1", "Xã 2", null, 0]]],
  ])("not this case: %s", (_name, group, leaves, formula, subtotals, texts) => {
    const ctx = context(p, sheetWith(group, leaves, formula));
    expect(subtotalRule.evaluate(ctx).map(brief)).toEqual(subtotals);
    expect(textNumberRule.evaluate(ctx).map(brief)).toEqual(texts);
  });
});

describe("a grand total over typed district cells, one of which carries the text number", () => {
  // Huyện Ba Vì typed 17 counts the `12`; Huyện Mỹ Đức typed 1 for its 13: the grand total B3+B7 shows 18, which is
  // also the communes without the `12`. The SUM skips nothing: Mỹ Đức's cell is the gap, the text a warning.
  test("the wrong typed subtotal is told, and the text number stays a warning", () => {
    const fixture = table(lines, [
      { label: "Tổng cộng", kind: "total", parent: null, values: [18] },
      { label: "Huyện Ba Vì", kind: "group", parent: 0, values: [17] },
      { label: "Xã 1", kind: "leaf", parent: 1, values: [2] },
      { label: "Xã 2", kind: "leaf", parent: 1, values: ["12"] },
      { label: "Xã 3", kind: "leaf", parent: 1, values: [3] },
      { label: "Huyện Mỹ Đức", kind: "group", parent: 0, values: [1] },
      { label: "Xã 4", kind: "leaf", parent: 5, values: [5] },
      { label: "Xã 5", kind: "leaf", parent: 5, values: [8] },
    ]);
    const ctx = context(p, { ...fixture, sheet: { ...fixture.sheet, formulas: [[], [null, "B3+B7"]] } });
    expect(subtotalRule.evaluate(ctx).map(brief)).toEqual([["subtotal", "error", SHEET, "B7", "1", "Huyện Mỹ Đức", 13, 1]]);
    expect(textNumberRule.evaluate(ctx).map(brief)).toEqual([["text-number", "warning", SHEET, "B5", "1", "Xã 2", null, 12]]);
  });
});

describe("a typed grand total over typed district subtotals that count the text number", () => {
  // Huyện Ba Vì typed 17 counts the `12`, Huyện Mỹ Đức typed 13 is right; the grand total typed 18 is the
  // communes without the `12`, as a SUM over them shows it: one cause, told once, at the text cell.
  function sheet(total: number, second: number) {
    return table(lines, [
      { label: "Tổng cộng", kind: "total", parent: null, values: [total] },
      { label: "Huyện Ba Vì", kind: "group", parent: 0, values: [17] },
      { label: "Xã 1", kind: "leaf", parent: 1, values: [2] },
      { label: "Xã 2", kind: "leaf", parent: 1, values: ["12"] },
      { label: "Xã 3", kind: "leaf", parent: 1, values: [3] },
      { label: "Huyện Mỹ Đức", kind: "group", parent: 0, values: [second] },
      { label: "Xã 4", kind: "leaf", parent: 5, values: [5] },
      { label: "Xã 5", kind: "leaf", parent: 5, values: [8] },
    ]);
  }

  test("one text-number error naming the grand total and the figure to retype; no subtotal finding", () => {
    const ctx = context(plan([planLine("1", "Tổ", "tổ", 30)]), sheet(18, 13));
    const found = evaluateRules(ctx);
    expect(found.map(brief)).toEqual([["text-number", "error", SHEET, "B5", "1", "Xã 2", null, 12]]);
    expect(found[0].message.vi).toContain("ô B2 (Tổng cộng) ghi 18 tổ");
    expect(found[0].message.vi).toContain("ghi lại ô B2 là 30 tổ");
  });

  test("not this case: a district subtotal wrong as well — the grand total's gap is not the text alone", () => {
    // Mỹ Đức typed 12 for its 13: the grand total 18 is still the communes without the `12`, but a typed part disagrees.
    const ctx = context(plan([planLine("1", "Tổ", "tổ", 30)]), sheet(18, 12));
    const found = evaluateRules(ctx).map(brief);
    expect(found).toContainEqual(["text-number", "warning", SHEET, "B5", "1", "Xã 2", null, 12]);
    expect(found).toContainEqual(["subtotal", "error", SHEET, "B7", "1", "Huyện Mỹ Đức", 13, 12]);
  });
});
