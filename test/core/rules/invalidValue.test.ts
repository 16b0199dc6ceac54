import type { CellValue } from "../../../src/core/model/workbook";
import { invalidValueRule } from "../../../src/core/rules/invalidValue";
import { brief, context, plan, planLine, SHEET, table, type RowSpec } from "./fixtures";

const p = plan([planLine("1", "Tổ truyền thông", "tổ", 14), planLine("KP", "Kinh phí", "triệu đồng", 100_000_000)]);
const LINES = [
  { header: "Tổ truyền thông", planCode: "1" },
  { header: "Kinh phí", planCode: "KP", unit: "triệu đồng" },
];
function rows(group: CellValue[], a: CellValue[], b: CellValue[]): RowSpec[] {
  return [
    { label: "Huyện Ba Vì", kind: "group", parent: null, values: group },
    { label: "Xã Ba Trại", kind: "leaf", parent: 0, values: a },
    { label: "Xã Ba Vì", kind: "leaf", parent: 0, values: b },
  ];
}

describe("invalid-value", () => {
  test.each<[string, CellValue[][], unknown[][]]>([
    ["numbers, blanks and text numbers are fine", [[3, 10.5], [1, "10,5"], [2, null]], []],
    ["an error value", [[3, 10], [{ error: "#REF!" }, 5], [2, 5]], [["invalid-value", "error", SHEET, "B3", "1", "Xã Ba Trại", null, null]]],
    ["a negative number", [[1, 10], [-1, 5], [2, 5]], [["invalid-value", "error", SHEET, "B3", "1", "Xã Ba Trại", null, -1]]],
    ["a negative amount in đồng", [[3, 0], [1, -5], [2, 5]], [["invalid-value", "error", SHEET, "C3", "KP", "Xã Ba Trại", null, -5_000_000]]],
    ["non-numeric text and a boolean", [[3, 10], ["hai", 5], [2, true]], [
      ["invalid-value", "error", SHEET, "B3", "1", "Xã Ba Trại", null, null],
      ["invalid-value", "error", SHEET, "C4", "KP", "Xã Ba Vì", null, null],
    ]],
    ["a fractional count, told at the leaf not in its subtotal (money may be fractional in its unit)", [[3.5, 10], [1.5, 5.5], [2, 4.5]], [
      ["invalid-value", "error", SHEET, "B3", "1", "Xã Ba Trại", null, 1.5],
    ]],
    ["a negative subtotal carrying a negative leaf is told at the leaf", [[-1, 10], [-3, 5], [2, 5]], [
      ["invalid-value", "error", SHEET, "B3", "1", "Xã Ba Trại", null, -3],
    ]],
    ["an error passed on by a subtotal is told once, at its source", [[{ error: "#REF!" }, 10], [{ error: "#REF!" }, 5], [2, 5]], [
      ["invalid-value", "error", SHEET, "B3", "1", "Xã Ba Trại", null, null],
    ]],
    // `=C3+C4` over a commune's "x": Excel shows #VALUE!, passed on from the text told at its cell.
    ["a #VALUE! a subtotal makes of a part's text is told once, at the text", [[{ error: "#VALUE!" }, 10], ["x", 5], [2, 5]], [
      ["invalid-value", "error", SHEET, "B3", "1", "Xã Ba Trại", null, null],
    ]],
    // `không` (none) reads as 0, told at its cell as a text-number warning; Excel's `+` cannot take it either.
    ["a #VALUE! a subtotal makes of a part's `không` is no finding of its own", [[{ error: "#VALUE!" }, 10], ["không", 5], [2, 5]], []],
    ["another error beside a part's text is the subtotal's own", [[{ error: "#DIV/0!" }, 10], ["x", 5], [2, 5]], [
      ["invalid-value", "error", SHEET, "B2", "1", "Huyện Ba Vì", null, null],
      ["invalid-value", "error", SHEET, "B3", "1", "Xã Ba Trại", null, null],
    ]],
    ["an error of the subtotal's own is told", [[{ error: "#DIV/0!" }, 10], [1, 5], [2, 5]], [
      ["invalid-value", "error", SHEET, "B2", "1", "Huyện Ba Vì", null, null],
    ]],
  ])("%s", (_name, values, expected) => {
    const findings = invalidValueRule.evaluate(context(p, table(LINES, rows(values[0], values[1], values[2]))));
    expect(findings.map(brief)).toEqual(expected);
  });

  test("messages quote the cell", () => {
    const findings = invalidValueRule.evaluate(context(p, table(LINES, rows([3, 10], [{ error: "#REF!" }, "năm"], [2, 5]))));
    expect(findings.map((f) => f.message.vi)).toEqual([
      "Ô có giá trị lỗi #REF!, không đọc được số (tạm tính là 0).",
      '"năm" không phải là số (tạm tính là 0).',
    ]);
  });
});

describe("a fraction in a count cell formatted as a percentage", () => {
  const formats = (format: string): (string | null)[][] => [[], [], [null, format]];
  test.each([
    ["0%", "50%", "50%"],
    ["0.0%", "50.0%", "50,0%"],
  ])("0.5 in %s: the finding says Excel shows %s, a percent format on a count", (format, en, vi) => {
    const findings = invalidValueRule.evaluate(context(p, table(LINES, rows([2.5, 10], [0.5, 5], [2, 5]), { numberFormats: formats(format) })));
    expect(findings.map(brief)).toEqual([["invalid-value", "error", SHEET, "B3", "1", "Xã Ba Trại", null, 0.5]]);
    expect(findings[0].message.en).toBe(`The count 0.5 is not a whole number. The cell is formatted as a percentage (${format}), so Excel shows ${en}: a percent format on a line that counts, not a rate — enter the count and remove the percent format.`);
    expect(findings[0].message.vi).toContain(`Ô được định dạng phần trăm (${format}) nên Excel hiện ${vi}`);
  });

  test("a plain format: the fraction alone", () => {
    const findings = invalidValueRule.evaluate(context(p, table(LINES, rows([2.5, 10], [0.5, 5], [2, 5]), { numberFormats: formats("0.0") })));
    expect(findings[0].message.en).toBe("The count 0.5 is not a whole number.");
  });
});
