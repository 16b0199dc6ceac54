import type { CellValue } from "../../../src/core/model/workbook";
import type { Comparison } from "../../../src/core/model/plan";
import { ceilingRule } from "../../../src/core/rules/ceiling";
import { brief, context, plan, planLine, SHEET, table, type RowSpec } from "./fixtures";

/** Tổng cộng, two districts, three communes; one value column per line. */
function rows(leaves: CellValue[][], withTotal = true): RowSpec[] {
  const t = withTotal ? 1 : 0;
  const out: RowSpec[] = [];
  if (withTotal) out.push({ label: "Tổng cộng", kind: "total", parent: null, values: leaves[0].map(() => null) });
  out.push({ label: "Huyện Ba Vì", kind: "group", parent: withTotal ? 0 : null, values: leaves[0].map(() => null) });
  out.push({ label: "Xã Ba Trại", kind: "leaf", parent: t, values: leaves[0] });
  out.push({ label: "Xã Ba Vì", kind: "leaf", parent: t, values: leaves[1] });
  out.push({ label: "Huyện Quốc Oai", kind: "group", parent: withTotal ? 0 : null, values: leaves[0].map(() => null) });
  out.push({ label: "Xã Đông Yên", kind: "leaf", parent: t + 3, values: leaves[2] });
  return out;
}

const TEAMS = { header: "Tổ truyền thông", planCode: "1" };

describe("ceiling", () => {
  test.each<[string, Comparison, number, CellValue[], unknown[] | null]>([
    ["exactly the ceiling", "<=", 14, [5, 5, 4], null],
    ["over a ceiling: error", "<=", 14, [6, 6, 4], ["ceiling", "error", SHEET, "B2", "1", null, 14, 16]],
    ["under a ceiling: warning", "<=", 14, [4, 4, 4], ["ceiling", "warning", SHEET, "B2", "1", null, 14, 12]],
    ["= and under: error", "=", 14, [4, 4, 4], ["ceiling", "error", SHEET, "B2", "1", null, 14, 12]],
    ["= and over: error", "=", 14, [6, 6, 4], ["ceiling", "error", SHEET, "B2", "1", null, 14, 16]],
    [">= and over: fine", ">=", 14, [6, 6, 4], null],
    [">= and under: error", ">=", 14, [4, 4, 4], ["ceiling", "error", SHEET, "B2", "1", null, 14, 12]],
    ["blank leaf is 0, text number counts", "<=", 14, ["6", null, 4], ["ceiling", "warning", SHEET, "B2", "1", null, 14, 10]],
    ["an error value counts as 0", "<=", 14, [{ error: "#REF!" }, 5, 9], null],
  ])("%s", (_name, rule, target, leaves, expected) => {
    const p = plan([planLine("1", "Tổ truyền thông", "tổ", target, { rule })]);
    const fixture = table([TEAMS], rows(leaves.map((v) => [v])));
    const findings = ceilingRule.evaluate(context(p, fixture));
    expect(findings.map(brief)).toEqual(expected === null ? [] : [expected]);
  });

  test("messages name the amounts and the gap in the plan's unit", () => {
    const p = plan([planLine("1", "Tổ truyền thông", "tổ", 14)]);
    const [finding] = ceilingRule.evaluate(context(p, table([TEAMS], rows([[6], [6], [4]]))));
    expect(finding.message.vi).toBe("Tổng phân bổ 16 tổ vượt kế hoạch 14 tổ (vượt 2).");
    expect(finding.message.en).toBe("Allocated 16 tổ exceeds the plan's 14 tổ (over by 2).");
  });

  test("without a total row the finding sits on the line's header cell", () => {
    const p = plan([planLine("1", "Tổ truyền thông", "tổ", 14)]);
    const findings = ceilingRule.evaluate(context(p, table([TEAMS], rows([[6], [6], [4]], false))));
    expect(findings.map(brief)).toEqual([["ceiling", "error", SHEET, "B1", "1", null, 14, 16]]);
  });

  test("indicators as rows: the total column's cell", () => {
    const p = plan([planLine("1", "Tổ truyền thông", "tổ", 14)]);
    const fixture = table([TEAMS], rows([[6], [6], [4]]), { orientation: "indicators-as-rows" });
    expect(ceilingRule.evaluate(context(p, fixture)).map(brief)).toEqual([["ceiling", "error", SHEET, "B2", "1", null, 14, 16]]);
    const noTotal = table([TEAMS], rows([[6], [6], [4]], false), { orientation: "indicators-as-rows" });
    expect(ceilingRule.evaluate(context(p, noTotal)).map(brief)).toEqual([["ceiling", "error", SHEET, "A2", "1", null, 14, 16]]);
  });

  test("money is compared in whole đồng, read in the column's unit and told in the plan's", () => {
    const p = plan([planLine("KP", "Kinh phí", "tỷ đồng", 9_490_000_000)]);
    const fixture = table([{ header: "Kinh phí (triệu đồng)", planCode: "KP", unit: "triệu đồng" }], rows([[5000], ["4.000"], [590.5]]));
    const [finding] = ceilingRule.evaluate(context(p, fixture));
    expect(brief(finding)).toEqual(["ceiling", "error", SHEET, "B2", "KP", null, 9_490_000_000, 9_590_500_000]);
    expect(finding.message.vi).toBe("Tổng phân bổ 9,5905 tỷ đồng vượt kế hoạch 9,49 tỷ đồng (vượt 0,1005 tỷ đồng).");
    expect(finding.message.en).toBe("Allocated 9.5905 billion VND exceeds the plan's 9.49 billion VND (over by 0.1005 billion VND).");
  });

  test.each<[string, string, number[], string | null]>([
    ["a column read in tỷ while the sheet means triệu: 1000 times the plan", "tỷ đồng", [5000, 4000, 490], "gấp 1.000 lần"],
    ["a column read in triệu while the sheet means tỷ: 1/1000 of the plan", "triệu đồng", [5, 4, 0.49], "bằng 1/1.000"],
    ["a plain gap says nothing of units", "tỷ đồng", [5, 4, 0.4], null],
  ])("a money total exactly a thousandfold off the plan hints at a misread unit: %s", (_name, unit, values, hint) => {
    const p = plan([planLine("KP", "Kinh phí", "tỷ đồng", 9_490_000_000)]);
    const fixture = table([{ header: "Kinh phí", planCode: "KP", unit }], rows(values.map((v) => [v])));
    const [finding] = ceilingRule.evaluate(context(p, fixture));
    if (hint === null) {
      expect(finding.message.vi).not.toContain("đơn vị tính");
      return;
    }
    expect(finding.message.vi).toContain(`Tổng phân bổ ${hint} kế hoạch: có thể đơn vị tính của cột (triệu đồng, tỷ đồng…) đã bị đọc sai`);
    expect(finding.message.en).toContain("may have been misread");
  });

  test.each<[string, string, CellValue[], string | null]>([
    ["`1.500` as text in tỷ, the plan 2,5 tỷ: the cell is named", "tỷ đồng", ["1.500", null, null], "ô B4 (\"1.500\")"],
    ["`2.500` as text in tỷ, the plan 2,5 tỷ: the cell is named, not a misread unit", "tỷ đồng", ["2.500", null, null], "ô B4 (\"2.500\")"],
    ["two such cells are named", "tỷ đồng", ["1.200", "0,2", "'1.100"], "các ô B4 (\"1.200\"), B7 (\"'1.100\")"],
    ["read as decimals the line would still be over: no doubt", "tỷ đồng", ["1.500", 2, null], null],
    ["a cell under the whole plan is read in thousands without doubt", "triệu đồng", ["2.000", 1000, null], null],
    ["a typed number is no text to doubt", "tỷ đồng", [1500, null, null], null],
    ["in whole đồng a dot never marks decimals", "đồng", ["1.500", null, null], null],
  ])("a `1.500` typed as text that breaks the plan, but fits it read with a decimal dot, is named: %s", (_name, unit, values, named) => {
    const target = unit === "đồng" ? 1.5 : 2_500_000_000;
    const p = plan([planLine("KP", "Kinh phí", unit === "đồng" ? "đồng" : "tỷ đồng", unit === "đồng" ? 2 : target)]);
    const fixture = table([{ header: "Kinh phí", planCode: "KP", unit }], rows(values.map((v) => [v])));
    const [finding] = ceilingRule.evaluate(context(p, fixture));
    expect(finding.rule).toBe("ceiling");
    if (named === null) {
      expect(finding.message.vi).not.toContain("chưa chắc chắn");
      return;
    }
    expect(finding.message.vi).toContain(`Cách đọc chưa chắc chắn: ${named} là số dạng văn bản, allocheck hiểu dấu chấm là phân cách hàng nghìn`);
    expect(finding.message.en).toContain("The reading is uncertain");
    // The cells named, no hint that the column's unit was misread.
    expect(finding.message.vi).not.toContain("đơn vị tính");
  });

  test("a money column without a unit of its own is read in the plan's unit", () => {
    const p = plan([planLine("KP", "Kinh phí", "triệu đồng", 300_000_000)]);
    const fixture = table([{ header: "Kinh phí", planCode: "KP" }], rows([[100], [100], [100]]));
    expect(ceilingRule.evaluate(context(p, fixture))).toEqual([]);
  });

  test("a total over its ceiling is told even when a quota break explains it (the total cell is over too)", () => {
    const p = plan([planLine("1", "Tổ truyền thông", "tổ", 3, { quota: 1 })]);
    expect(ceilingRule.evaluate(context(p, table([TEAMS], rows([[1], [2], [1]])))).map(brief)).toEqual([
      ["ceiling", "error", SHEET, "B2", "1", null, 3, 4],
    ]);
    expect(ceilingRule.evaluate(context(p, table([TEAMS], rows([[1], [2], [0]]))))).toEqual([]);
    const loose = plan([planLine("1", "Tổ truyền thông", "tổ", 5, { quota: 1 })]);
    expect(ceilingRule.evaluate(context(loose, table([TEAMS], rows([[1], [2], [3]])))).map(brief)).toEqual([
      ["ceiling", "error", SHEET, "B2", "1", null, 5, 6],
    ]);
  });

  test("a parent's total over its ceiling is told at its own total cell, as its child's is at its own", () => {
    const p = plan([
      planLine("KP", "Tổng kinh phí", "triệu đồng", 30_000_000),
      planLine("KP.1", "Truyền thông", "triệu đồng", 10_000_000),
      planLine("KP.2", "Tập huấn", "triệu đồng", 20_000_000),
    ]);
    const lines = [
      { header: "Tổng kinh phí", planCode: "KP", unit: "triệu đồng", isTotal: true },
      { header: "Truyền thông", planCode: "KP.1", unit: "triệu đồng" },
      { header: "Tập huấn", planCode: "KP.2", unit: "triệu đồng" },
    ];
    const fixture = table(lines, rows([[12, 6, 6], [10, 2, 8], [10, 4, 6]]));
    expect(ceilingRule.evaluate(context(p, fixture)).map(brief)).toEqual([
      ["ceiling", "error", SHEET, "B2", "KP", null, 30_000_000, 32_000_000],
      ["ceiling", "error", SHEET, "C2", "KP.1", null, 10_000_000, 12_000_000],
    ]);
  });

  test("a percent line is left to the percent rule and an unmapped line to unmapped", () => {
    const p = plan([planLine("5", "Tỷ lệ", "%", 80), planLine("6", "Câu lạc bộ", "CLB", 3)]);
    expect(ceilingRule.evaluate(context(p, table([{ header: "Tỷ lệ", planCode: "5" }], rows([[10], [10], [10]]))))).toEqual([]);
  });
});

describe("money read exactly (float noise dropped, a fraction of a đồng kept where the cell holds one)", () => {
  test.each<[number, number, number]>([
    [838.1, 1e6, 838_100_000],
    [0.0000005, 1e6, 0.5],
    [9.49, 1e9, 9_490_000_000],
    [0.1 + 0.2, 1e9, 300_000_000],
    [1234.5678, 1e3, 1_234_567.8],
  ])("%d at scale %d is %d đồng", (typed, scale, dong) => {
    const unit = scale === 1e9 ? "tỷ đồng" : scale === 1e6 ? "triệu đồng" : "nghìn đồng";
    const p = plan([planLine("KP", "Kinh phí", unit, dong)]);
    const fixture = table([{ header: "Kinh phí", planCode: "KP", unit }], [{ label: "Xã A", kind: "leaf", parent: null, values: [typed] }]);
    expect(Array.from(context(p, fixture).base)).toEqual([dong]);
  });
});

describe("a money plan figure stated to three decimals or more of its unit is compared at that precision", () => {
  // 100 triệu split in three (33.333.333 đồng each) against a plan that wrote the thirds rounded to the thousand đồng.
  test.each<[string, string, number, number[], string | null]>([
    ["33,333 triệu against 33.333.333 đồng: within half its last digit, on plan", "triệu đồng", 33_333_000, [11_111_111, 11_111_111, 11_111_111], null],
    ["1,333 tỷ against 1.333.333.333 đồng: on plan", "tỷ đồng", 1_333_000_000, [444_444_444, 444_444_444, 444_444_445], null],
    ["33,333 triệu against 33.334.000 đồng: a whole thousand over, told", "triệu đồng", 33_333_000, [11_111_000, 11_111_000, 11_112_000], "error"],
    ["a whole 100 triệu against 100.000.333 đồng: the plan states no rounding, told", "triệu đồng", 100_000_000, [33_333_444, 33_333_444, 33_333_445], "error"],
    ["1,5 tỷ against 1.500.000.333 đồng: told", "tỷ đồng", 1_500_000_000, [500_000_111, 500_000_111, 500_000_111], "error"],
  ])("%s", (_name, unit, target, dong, severity) => {
    const p = plan([planLine("KP", "Kinh phí", unit, target)]);
    const fixture = table([{ header: "Kinh phí (đồng)", planCode: "KP", unit: "đồng" }], rows(dong.map((v) => [v])));
    const findings = ceilingRule.evaluate(context(p, fixture));
    expect(findings.map((f) => f.severity)).toEqual(severity === null ? [] : [severity]);
  });
});
