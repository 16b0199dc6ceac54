/**
 * One cause, one finding where a row check and a column check cross: a
 * mistyped cell of a table with a total line (`Tổng kinh phí`) is told once,
 * at that cell, whether it is a commune's total, a commune's part or a
 * district's subtotal; every rule runs (`evaluateRules`), so the district
 * totals and the plan comparisons it puts off are seen to be let go.
 */
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { evaluateRules } from "../../../src/core/rules";
import { brief, context, plan, planLine, SHEET, table, type Fixture, type RowSpec } from "./fixtures";

const M = 1_000_000;
const lines = [
  { header: "Tổng kinh phí", planCode: "KP", unit: "triệu đồng", isTotal: true },
  { header: "Truyền thông", planCode: "KP.1", unit: "triệu đồng" },
  { header: "Tập huấn", planCode: "KP.2", unit: "triệu đồng" },
];
const money = (kp1 = 300) =>
  plan([
    planLine("KP", "Tổng kinh phí", "triệu đồng", (300 + kp1) * M),
    planLine("KP.1", "Truyền thông", "triệu đồng", kp1 * M),
    planLine("KP.2", "Tập huấn", "triệu đồng", 300 * M),
  ]);

type Row = [CellValue, CellValue, CellValue];
type Area = "total" | "baVi" | "baTrai" | "tanLinh" | "quocOai" | "saiSon";
/** Rows 2..7 (values in B..D): Tổng cộng, Huyện Ba Vì, Xã Ba Trại, Xã Tản Lĩnh, Huyện Quốc Oai, Xã Sài Sơn. */
const CLEAN: Record<Area, Row> = {
  total: [600, 300, 300],
  baVi: [400, 200, 200],
  baTrai: [200, 100, 100],
  tanLinh: [200, 100, 100],
  quocOai: [200, 100, 100],
  saiSon: [200, 100, 100],
};
function rows(change: Partial<Record<Area, Row>> = {}): RowSpec[] {
  const v: Record<Area, Row> = { ...CLEAN, ...change };
  return [
    { label: "Tổng cộng", kind: "total", parent: null, values: v.total },
    { label: "Huyện Ba Vì", kind: "group", parent: 0, values: v.baVi },
    { label: "Xã Ba Trại", kind: "leaf", parent: 1, values: v.baTrai },
    { label: "Xã Tản Lĩnh", kind: "leaf", parent: 1, values: v.tanLinh },
    { label: "Huyện Quốc Oai", kind: "group", parent: 0, values: v.quocOai },
    { label: "Xã Sài Sơn", kind: "leaf", parent: 4, values: v.saiSon },
  ];
}

/** The fixture with formulas at some cells (A1 → formula text); their values stay the cached ones given. */
function withFormulas(fixture: Fixture, formulas: Record<string, string>): Fixture {
  const grid: (string | null)[][] = [];
  for (const [cell, formula] of Object.entries(formulas)) {
    const col = cell.charCodeAt(0) - 65;
    const row = Number(cell.slice(1)) - 1;
    while (grid.length <= row) grid.push([]);
    grid[row][col] = formula;
  }
  const sheet: SheetData = { ...fixture.sheet, formulas: grid };
  return { ...fixture, sheet };
}

const findings = (fixture: Fixture, kp1Target = 300) => evaluateRules(context(money(kp1Target), fixture)).map(brief);

describe("one mistyped cell where a row total and a column subtotal cross: one finding, at that cell", () => {
  test.each<[string, Parameters<typeof rows>[0], unknown[][]]>([
    ["a clean table", {}, []],
    ["a commune's Tổng kinh phí typed wrong, its parts right: told at it, not at its district's total nor the plan line", { baTrai: [210, 100, 100] }, [
      ["subtotal", "error", SHEET, "B4", "KP", "Xã Ba Trại", 200 * M, 210 * M],
    ]],
    ["a commune's part typed wrong: its row total and its district's subtotal both point to it", { baTrai: [200, 110, 100] }, [
      ["subtotal", "error", SHEET, "C4", "KP.1", "Xã Ba Trại", 100 * M, 110 * M],
    ]],
    ["a district's subtotal of a part typed wrong: told at it, not at the district's Tổng kinh phí", { baVi: [400, 210, 200] }, [
      ["subtotal", "error", SHEET, "C3", "KP.1", "Huyện Ba Vì", 200 * M, 210 * M],
    ]],
    ["a district's Tổng kinh phí typed wrong: one finding there", { baVi: [410, 200, 200] }, [
      ["subtotal", "error", SHEET, "B3", "KP", "Huyện Ba Vì", 400 * M, 410 * M],
    ]],
    ["two communes' totals typed wrong in one district: one finding each, none at the district they put off together", { baTrai: [210, 100, 100], tanLinh: [195, 100, 100] }, [
      ["subtotal", "error", SHEET, "B4", "KP", "Xã Ba Trại", 200 * M, 210 * M],
      ["subtotal", "error", SHEET, "B5", "KP", "Xã Tản Lĩnh", 200 * M, 195 * M],
    ]],
    // The district's finding gives its communes' sum as typed (the wrong commune's 210 in it), as `subtotal` always does.
    ["a commune's total and its district's total each typed wrong: one finding each", { baVi: [405, 200, 200], baTrai: [210, 100, 100] }, [
      ["subtotal", "error", SHEET, "B3", "KP", "Huyện Ba Vì", 410 * M, 405 * M],
      ["subtotal", "error", SHEET, "B4", "KP", "Xã Ba Trại", 200 * M, 210 * M],
    ]],
    // Each alone would put the plan line off; together the plan still adds up (one too many in Ba Vì, one too few in Quốc Oai).
    ["two communes of two districts typed one too many and one too few on one line: one finding each, at the parts", { baTrai: [200, 120, 100], saiSon: [200, 80, 100] }, [
      ["subtotal", "error", SHEET, "C4", "KP.1", "Xã Ba Trại", 100 * M, 120 * M],
      ["subtotal", "error", SHEET, "C7", "KP.1", "Xã Sài Sơn", 100 * M, 80 * M],
    ]],
    ["a commune's total typed wrong on a grand total line of its own (no district): one finding", { quocOai: [null, null, null], saiSon: [190, 100, 100] }, [
      ["subtotal", "error", SHEET, "B7", "KP", "Xã Sài Sơn", 200 * M, 190 * M],
    ]],
  ])("%s", (_name, change, expected) => {
    expect(findings(table(lines, rows(change)))).toEqual(expected);
  });

  test("the same along columns (indicators as rows)", () => {
    const turned = (change: Parameters<typeof rows>[0]) => findings(table(lines, rows(change), { orientation: "indicators-as-rows" }));
    expect(turned({ baTrai: [210, 100, 100] })).toEqual([["subtotal", "error", SHEET, "D2", "KP", "Xã Ba Trại", 200 * M, 210 * M]]);
    expect(turned({ baTrai: [200, 110, 100] })).toEqual([["subtotal", "error", SHEET, "D3", "KP.1", "Xã Ba Trại", 100 * M, 110 * M]]);
    expect(turned({ baVi: [400, 210, 200] })).toEqual([["subtotal", "error", SHEET, "C3", "KP.1", "Huyện Ba Vì", 200 * M, 210 * M]]);
  });

  test("a district total that is a SUM over its communes follows the mistyped cell: right as a formula, told nowhere", () => {
    // Huyện Ba Vì's Tổng kinh phí sums its communes' (410, the error carried up); the grand total is typed.
    const fixture = withFormulas(table(lines, rows({ baVi: [410, 200, 200], baTrai: [210, 100, 100] })), { B3: "SUM(B4:B5)" });
    expect(findings(fixture)).toEqual([["subtotal", "error", SHEET, "B4", "KP", "Xã Ba Trại", 200 * M, 210 * M]]);
    // Typed, the same 410 was added up by hand from the wrong 210: still one finding, which says B3 must be typed again.
    const [typed, ...rest] = evaluateRules(context(money(), table(lines, rows({ baVi: [410, 200, 200], baTrai: [210, 100, 100] }))));
    expect([brief(typed), rest]).toEqual([["subtotal", "error", SHEET, "B4", "KP", "Xã Ba Trại", 200 * M, 210 * M], []]);
    expect(typed.message.vi).toContain("Ô cộng gõ tay từ số sai này cũng phải sửa theo: Tổng kinh phí của Huyện Ba Vì (B3).");
    expect(typed.message.en).toContain("The typed total added up from this wrong figure must be corrected with it: Tổng kinh phí of Huyện Ba Vì (B3).");
  });

  test.each<[string, Parameters<typeof rows>[0], string]>([
    ["a commune's total carried by hand into its district's and the grand total", { total: [610, 300, 300], baVi: [410, 200, 200], baTrai: [210, 100, 100] }, "B4"],
    ["a commune's total carried into its district's total, the grand total right", { baVi: [410, 200, 200], baTrai: [210, 100, 100] }, "B4"],
    ["a commune's part carried into the typed subtotals of its column, the row totals right", { total: [600, 310, 300], baVi: [400, 210, 200], baTrai: [200, 110, 100] }, "C4"],
    ["a commune's part carried into its district's subtotal only", { baVi: [400, 210, 200], baTrai: [200, 110, 100] }, "C4"],
  ])("typed totals that carry a mistyped cell upward: one finding, at the cell (%s)", (_name, change, cell) => {
    expect(findings(table(lines, rows(change))).map((f) => [f[0], f[3]])).toEqual([["subtotal", cell]]);
  });

  test("a district SUM that skips a part typed as text: the text-number error alone, not the district's Tổng kinh phí", () => {
    // Huyện Ba Vì's Truyền thông is =SUM(C4:C5), which skips Ba Trại's "100": it shows 100; its Tổng kinh phí 400 is right.
    const fixture = withFormulas(table(lines, rows({ baVi: [400, 100, 200], baTrai: [200, "100", 100] })), { C3: "SUM(C4:C5)" });
    expect(findings(fixture)).toEqual([["text-number", "error", SHEET, "C4", "KP.1", "Xã Ba Trại", null, 100 * M]]);
  });

  test("a commune's Tổng kinh phí that is a SUM along its row skipping a part typed as text: a text-number error naming it, nothing at the totals", () => {
    // Xã Ba Trại's Tổng kinh phí is =SUM(C4:D4), which skips its "100": it shows 100; the district and the plan count 200.
    const fixture = withFormulas(table(lines, rows({ baTrai: [100, "100", 100] })), { B4: "SUM(C4:D4)" });
    const all = evaluateRules(context(money(), fixture));
    expect(all.map(brief)).toEqual([["text-number", "error", SHEET, "C4", "KP.1", "Xã Ba Trại", null, 100 * M]]);
    expect(all[0].message.vi).toBe(
      "\"100\" là số lưu dạng văn bản: hàm SUM ở ô B4 (Xã Ba Trại) bỏ qua ô này nên bảng tính ghi 100 triệu đồng, trong khi allocheck tính cả 100 triệu đồng này. Công thức ở B4 đúng; hãy chuyển ô này sang dạng số.",
    );
    // Typed, the same 100 is a mistyped total: told at it.
    expect(findings(table(lines, rows({ baTrai: [100, "100", 100] }))).map((f) => [f[0], f[1], f[3]])).toEqual([
      ["subtotal", "error", "B4"],
      ["text-number", "warning", "C4"],
    ]);
  });

  test("a district SUM that skips text is never taken for the mistyped cell: a commune's wrong total beside it is told alone", () => {
    // Ba Vì's Tổng kinh phí and Truyền thông are SUMs over the communes; Ba Trại's "100" is text and its total is 10 over.
    // The grand total adds the districts' cells.
    const fixture = withFormulas(table(lines, rows({ total: [610, 200, 300], baVi: [410, 100, 200], baTrai: [210, "100", 100] })), {
      B2: "B3+B6",
      C2: "C3+C6",
      D2: "D3+D6",
      B3: "SUM(B4:B5)",
      C3: "SUM(C4:C5)",
    });
    expect(findings(fixture).map((f) => [f[0], f[1], f[3]])).toEqual([
      ["subtotal", "error", "B4"],
      ["text-number", "error", "C4"],
    ]);
  });

  test.each<[string, Parameters<typeof rows>[0], string]>([
    ["a part typed as text with a comma for thousands (`1,1` read as 1.1)", { baTrai: [200, "0,1", 100] }, "C4"],
    ["a commune's total typed as text, wrong", { baTrai: ["210", 100, 100] }, "B4"],
  ])("the cell to fix typed as text: one finding, its text-number warning joined to it (%s)", (_name, change, cell) => {
    const all = evaluateRules(context(money(), table(lines, rows(change))));
    expect(all.map((f) => [f.rule, f.cell])).toEqual([["subtotal", cell]]);
    expect(all[0].message.vi).toContain("là số lưu dạng văn bản");
  });

  test.each<[string, Parameters<typeof rows>[0], string[]]>([
    ["two communes' parts typed wrong under one district, its typed totals right: one finding at each", { baTrai: [200, 110, 100], tanLinh: [200, 95, 100] }, ["C4", "C5"]],
    ["the same, both over", { baTrai: [200, 110, 100], tanLinh: [200, 103, 100] }, ["C4", "C5"]],
    ["the same carried by hand into the district's and the grand total's subtotals", { total: [600, 305, 300], baVi: [400, 205, 200], baTrai: [200, 110, 100], tanLinh: [200, 95, 100] }, ["C4", "C5"]],
    ["a part carried into typed subtotals beside another commune's mistyped total: the district's total is not taken for a third cell", { total: [600, 310, 300], baVi: [400, 210, 200], baTrai: [200, 110, 100], tanLinh: [205, 100, 100] }, ["B5", "C4"]],
    ["two parts of two communes in two lines, both carried into typed subtotals", { total: [600, 310, 305], baVi: [400, 210, 205], baTrai: [200, 110, 100], tanLinh: [200, 100, 105] }, ["C4", "D5"]],
  ])("several mistyped cells under one subtotal: %s", (_name, change, cells) => {
    expect(findings(table(lines, rows(change)), 300).map((f) => [f[0], f[3]])).toEqual(cells.map((cell) => ["subtotal", cell]));
  });

  test("a cell that would have to be negative is not the mistyped one", () => {
    // Ba Trại's Truyền thông 250 (for 100) is carried into C3 and C2; both parts' plan lines are far from allocated, so the plan cannot choose.
    const onlyTotal = plan([
      planLine("KP", "Tổng kinh phí", "triệu đồng", 600 * M),
      planLine("KP.1", "Truyền thông", "triệu đồng", 10_000 * M),
      planLine("KP.2", "Tập huấn", "triệu đồng", 10_000 * M),
    ]);
    const change = { total: [600, 450, 300], baVi: [400, 350, 200], baTrai: [200, 250, 100] } as Parameters<typeof rows>[0];
    const got = evaluateRules(context(onlyTotal, table(lines, rows(change)))).map(brief);
    expect(got.filter((f) => f[0] === "subtotal").map((f) => [f[3], f[6], f[7]])).toEqual([["C4", 100 * M, 250 * M]]);
  });

  test("the finding names what else comes right with it", () => {
    const [total] = evaluateRules(context(money(), table(lines, rows({ baTrai: [210, 100, 100] }))));
    expect(total.message.vi).toBe(
      "Tổng kinh phí của Xã Ba Trại ghi 210 triệu đồng, nhưng các khoản thành phần cộng lại 200 triệu đồng (lệch 10 triệu đồng). " +
        "Sửa ô này thì ô cộng của Huyện Ba Vì (B3) và tổng phân bổ của Tổng kinh phí so với kế hoạch (B2) cũng khớp.",
    );
    const [part] = evaluateRules(context(money(), table(lines, rows({ baTrai: [200, 110, 100] }))));
    expect(part.message.vi).toBe(
      "Truyền thông của Xã Ba Trại ghi 110 triệu đồng, nhưng Tổng kinh phí của Xã Ba Trại (B4) và ô cộng của Huyện Ba Vì (C3) chỉ khớp khi ô này là 100 triệu đồng (lệch 10 triệu đồng). " +
        "Sửa ô này thì tổng phân bổ của Truyền thông so với kế hoạch (C2) cũng khớp.",
    );
    expect(part.message.en).toBe(
      "This cell of Xã Ba Trại shows 110 million VND, but the total of Xã Ba Trại (B4) and the subtotal of Huyện Ba Vì (C3) add up only when it is 100 million VND (off by 10 million VND). " +
        "Correcting this cell also puts the allocated total of Truyền thông against the plan (C2) right.",
    );
  });

  test("when the plan agrees with the typed part, the part is not taken for the mistake: both totals are told", () => {
    // Truyền thông's plan is 310: the commune's 110 meets it, so its two typed totals are what disagree
    // (and the Tổng kinh phí line, still 600, is under its plan of 610).
    expect(findings(table(lines, rows({ baTrai: [200, 110, 100] })), 310)).toEqual([
      ["ceiling", "warning", SHEET, "B2", "KP", null, 610 * M, 600 * M],
      ["subtotal", "error", SHEET, "C3", "KP.1", "Huyện Ba Vì", 210 * M, 200 * M],
      ["subtotal", "error", SHEET, "B4", "KP", "Xã Ba Trại", 210 * M, 200 * M],
    ]);
  });

  test("two parts of one row typed wrong, each as its column subtotal says: one finding at each, none at the totals", () => {
    // Both parts of Xã Ba Trại are 5 over while its total and its district's subtotals are right.
    expect(findings(table(lines, rows({ baTrai: [200, 105, 105] })))).toEqual([
      ["subtotal", "error", SHEET, "C4", "KP.1", "Xã Ba Trại", 100 * M, 105 * M],
      ["subtotal", "error", SHEET, "D4", "KP.2", "Xã Ba Trại", 100 * M, 105 * M],
    ]);
  });

  test("two parts whose column subtotals do not account for the row's gap: every finding stays", () => {
    // Ba Trại's parts are 5 and 3 over, its total 2 over: no set of cells explains the row and both columns.
    const got = findings(table(lines, rows({ baTrai: [202, 105, 103] })));
    expect(got.filter((f) => f[0] === "subtotal").map((f) => f[3])).toEqual(["B3", "C3", "D3", "B4"]);
  });
});
