import type { CellValue } from "../../../src/core/model/workbook";
import { subtotalRule } from "../../../src/core/rules/subtotal";
import { brief, context, plan, planLine, SHEET, table, type RowSpec } from "./fixtures";

/** Rows 2..8: Tổng cộng, I. heading, Huyện Ba Vì, 2 communes, Huyện Quốc Oai, 1 commune. */
function rows(v: { total: CellValue; heading?: CellValue; baVi: CellValue; a: CellValue; b: CellValue; quocOai: CellValue; c: CellValue }): RowSpec[] {
  return [
    { label: "Tổng cộng", kind: "total", parent: null, values: [v.total] },
    { label: "I. Các huyện", kind: "heading", parent: 0, values: [v.heading ?? null] },
    { label: "Huyện Ba Vì", kind: "group", parent: 1, values: [v.baVi] },
    { label: "Xã Ba Trại", kind: "leaf", parent: 2, values: [v.a] },
    { label: "Xã Ba Vì", kind: "leaf", parent: 2, values: [v.b] },
    { label: "Huyện Quốc Oai", kind: "group", parent: 1, values: [v.quocOai] },
    { label: "Xã Đông Yên", kind: "leaf", parent: 5, values: [v.c] },
  ];
}
const TEAMS = { header: "Tổ truyền thông", planCode: "1" };
const p = plan([planLine("1", "Tổ truyền thông", "tổ", 14)]);

describe("subtotal over areas", () => {
  test.each<[string, Parameters<typeof rows>[0], unknown[][]]>([
    ["all consistent", { total: 6, baVi: 4, a: 2, b: 2, quocOai: 2, c: 2 }, []],
    ["a district subtotal is wrong", { total: 7, baVi: 5, a: 2, b: 2, quocOai: 2, c: 2 }, [
      ["subtotal", "error", SHEET, "B4", "1", "Huyện Ba Vì", 4, 5],
    ]],
    ["a district subtotal is wrong, the grand total right by its communes: one finding, at the district", { total: 6, baVi: 5, a: 2, b: 2, quocOai: 2, c: 2 }, [
      ["subtotal", "error", SHEET, "B4", "1", "Huyện Ba Vì", 4, 5],
    ]],
    ["a district subtotal and the grand total both wrong, each its own way", { total: 8, baVi: 5, a: 2, b: 2, quocOai: 2, c: 2 }, [
      ["subtotal", "error", SHEET, "B2", "1", "Tổng cộng", 7, 8],
      ["subtotal", "error", SHEET, "B4", "1", "Huyện Ba Vì", 4, 5],
    ]],
    ["the grand total adds its districts through the heading", { total: 7, baVi: 4, a: 2, b: 2, quocOai: 2, c: 2 }, [
      ["subtotal", "error", SHEET, "B2", "1", "Tổng cộng", 6, 7],
    ]],
    ["a blank district cell is no subtotal; its communes count upward", { total: 6, baVi: null, a: 2, b: 2, quocOai: 2, c: 2 }, []],
    ["blank leaves are 0, text numbers count", { total: 4, baVi: 2, a: "2", b: null, quocOai: 2, c: 2 }, []],
    ["an invalid child makes the sum unknown", { total: 11, baVi: 9, a: { error: "#REF!" }, b: 2, quocOai: 2, c: 2 }, []],
    ["an invalid district: only the districts above it are unknown", { total: 99, baVi: 4, a: 2, b: 2, quocOai: "hai", c: 2 }, []],
  ])("%s", (_name, values, expected) => {
    expect(subtotalRule.evaluate(context(p, table([TEAMS], rows(values)))).map(brief)).toEqual(expected);
  });

  test("message names the area, its value and its parts' sum", () => {
    const [finding] = subtotalRule.evaluate(context(p, table([TEAMS], rows({ total: 7, baVi: 5, a: 2, b: 2, quocOai: 2, c: 2 }))));
    expect(finding.message.vi).toBe(
      "Ô cộng của Huyện Ba Vì ghi 5 tổ, nhưng các địa bàn thành phần cộng lại 4 tổ (lệch 1 tổ).",
    );
  });

  test("indicators as rows: the same checks along columns", () => {
    const fixture = table([TEAMS], rows({ total: 7, baVi: 5, a: 2, b: 2, quocOai: 2, c: 2 }), { orientation: "indicators-as-rows" });
    expect(subtotalRule.evaluate(context(p, fixture)).map(brief)).toEqual([["subtotal", "error", SHEET, "D2", "1", "Huyện Ba Vì", 4, 5]]);
  });

  test("percent lines have no subtotals to add", () => {
    const rate = plan([planLine("5", "Tỷ lệ", "%", 80)]);
    const fixture = table([{ header: "Tỷ lệ", planCode: "5" }], rows({ total: 90, baVi: 85, a: 80, b: 90, quocOai: 95, c: 95 }));
    expect(subtotalRule.evaluate(context(rate, fixture))).toEqual([]);
  });
});

describe("subtotal over lines (Tổng kinh phí)", () => {
  const money = plan([
    planLine("KP", "Tổng kinh phí", "triệu đồng", 60_000_000),
    planLine("KP.1", "Truyền thông", "triệu đồng", 30_000_000),
    planLine("KP.2", "Tập huấn", "triệu đồng", 30_000_000),
  ]);
  const lines = [
    { header: "Tổng kinh phí", planCode: "KP", unit: "triệu đồng", isTotal: true },
    { header: "Truyền thông", planCode: "KP.1", unit: "triệu đồng" },
    { header: "Tập huấn", planCode: "KP.2", unit: "triệu đồng" },
  ];
  const area = (label: string, kind: "total" | "leaf", parent: number | null, values: CellValue[]): RowSpec => ({ label, kind, parent, values });

  test("each area's total vs the sum of its parts", () => {
    const fixture = table(lines, [
      area("Tổng cộng", "total", null, [60, 30, 30]),
      area("Xã Ba Trại", "leaf", 0, [25, 10, 15]),
      area("Xã Ba Vì", "leaf", 0, [35, 20, 15]),
    ]);
    expect(subtotalRule.evaluate(context(money, fixture))).toEqual([]);
    const wrong = table(lines, [
      area("Tổng cộng", "total", null, [60, 30, 30]),
      area("Xã Ba Trại", "leaf", 0, [26, 10, 15]),
      area("Xã Ba Vì", "leaf", 0, [34, 20, "15"]),
    ]);
    const findings = subtotalRule.evaluate(context(money, wrong));
    expect(findings.map(brief)).toEqual([
      ["subtotal", "error", SHEET, "B3", "KP", "Xã Ba Trại", 25_000_000, 26_000_000],
      ["subtotal", "error", SHEET, "B4", "KP", "Xã Ba Vì", 35_000_000, 34_000_000],
    ]);
    expect(findings[0].message.vi).toBe(
      "Tổng kinh phí của Xã Ba Trại ghi 26 triệu đồng, nhưng các khoản thành phần cộng lại 25 triệu đồng (lệch 1 triệu đồng).",
    );
  });

  test("a total column that matches no plan line adds up the block of same-kind columns next to it; one cell is told once", () => {
    const noParent = plan([money.lines[1], money.lines[2]]);
    const fixture = table(
      [{ header: "Cộng", planCode: null, unit: "triệu đồng", isTotal: true }, lines[1], lines[2]],
      [area("Tổng cộng", "total", null, [61, 30, 30]), area("Xã Ba Trại", "leaf", 0, [25, 10, 15]), area("Xã Ba Vì", "leaf", 0, [35, 20, 15])],
    );
    expect(subtotalRule.evaluate(context(noParent, fixture)).map(brief)).toEqual([
      ["subtotal", "error", SHEET, "B2", null, "Tổng cộng", 60_000_000, 61_000_000],
    ]);
  });
});
