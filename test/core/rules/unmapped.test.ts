import { unmappedRule } from "../../../src/core/rules/unmapped";
import { brief, context, plan, planLine, SHEET, table, type LineSpec } from "./fixtures";

const money = (code: string, target: number) => planLine(code, `Khoản ${code}`, "triệu đồng", target);

function fixture(lines: LineSpec[], orientation: "areas-as-rows" | "indicators-as-rows" = "areas-as-rows") {
  return table(lines, [{ label: "Xã Ba Trại", kind: "leaf", parent: null, values: lines.map(() => 1) }], { orientation });
}

describe("unmapped", () => {
  test.each<[string, LineSpec[], unknown[][]]>([
    ["every line mapped", [
      { header: "Tổ", planCode: "1" }, { header: "KP", planCode: "KP", isTotal: true, unit: "triệu đồng" },
      { header: "A", planCode: "KP.1", unit: "triệu đồng" }, { header: "B", planCode: "KP.2", unit: "triệu đồng" },
    ], []],
    ["a parent without its own column whose children all have theirs", [
      { header: "Tổ", planCode: "1" }, { header: "A", planCode: "KP.1", unit: "triệu đồng" }, { header: "B", planCode: "KP.2", unit: "triệu đồng" },
    ], []],
    ["a child missing: the child and its parent are unmapped", [
      { header: "Tổ", planCode: "1" }, { header: "A", planCode: "KP.1", unit: "triệu đồng" },
    ], [
      ["unmapped", "warning", SHEET, null, "KP", null, null, null],
      ["unmapped", "warning", SHEET, null, "KP.2", null, null, null],
    ]],
    ["a column that matches no plan line", [
      { header: "Tổ", planCode: "1" }, { header: "A", planCode: "KP.1", unit: "triệu đồng" },
      { header: "B", planCode: "KP.2", unit: "triệu đồng" }, { header: "Ghi chú chi", planCode: null },
    ], [["unmapped", "warning", SHEET, "E1", null, null, null, null]]],
    ["an unmatched total of mapped columns is fine", [
      { header: "Tổ", planCode: "1" }, { header: "Cộng", planCode: null, isTotal: true, unit: "triệu đồng" },
      { header: "A", planCode: "KP.1", unit: "triệu đồng" }, { header: "B", planCode: "KP.2", unit: "triệu đồng" },
    ], []],
  ])("%s", (_name, lines, expected) => {
    const p = plan([planLine("1", "Tổ", "tổ", 3), money("KP", 30_000_000), money("KP.1", 10_000_000), money("KP.2", 20_000_000)]);
    expect(unmappedRule.evaluate(context(p, fixture(lines))).map(brief)).toEqual(expected);
  });

  test("messages speak of columns or rows by orientation", () => {
    const p = plan([planLine("1", "Tổ truyền thông", "tổ", 3), planLine("2", "CLB", "CLB", 2)]);
    const lines = [{ header: "Tổ truyền thông", planCode: "1" }, { header: "Khác", planCode: null }];
    expect(unmappedRule.evaluate(context(p, fixture(lines))).map((f) => f.message.vi)).toEqual([
      'Chỉ tiêu 2 "CLB" của kế hoạch không có cột tương ứng trong biểu phân bổ.',
      'Cột "Khác" không khớp với chỉ tiêu nào của kế hoạch.',
    ]);
    const rows = unmappedRule.evaluate(context(p, fixture(lines, "indicators-as-rows")));
    expect(rows.map(brief)[1]).toEqual(["unmapped", "warning", SHEET, "A3", null, null, null, null]);
    expect(rows[1].message.en).toBe("Row 3 \"Khác\" matches no line of the plan.");
  });
});
