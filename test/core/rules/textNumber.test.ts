import { textNumberRule } from "../../../src/core/rules/textNumber";
import { brief, context, plan, planLine, SHEET, table } from "./fixtures";

describe("text-number", () => {
  const p = plan([planLine("1", "Tổ", "tổ", 14), planLine("KP", "Kinh phí", "tỷ đồng", 10_000_000_000)]);
  const lines = [
    { header: "Tổ", planCode: "1" },
    { header: "Kinh phí (triệu đồng)", planCode: "KP", unit: "triệu đồng" },
  ];

  test.each<[string, (string | number | null)[], unknown[][]]>([
    ["typed numbers and blanks are fine", [12, 1250.5], []],
    ["`12` as text", ["12", 1], [["text-number", "warning", SHEET, "B2", "1", "Xã Ba Trại", null, 12]]],
    ["`1.250` and `3,1` as text, in the column's unit", ["1.250", "3,1"], [
      ["text-number", "warning", SHEET, "B2", "1", "Xã Ba Trại", null, 1250],
      ["text-number", "warning", SHEET, "C2", "KP", "Xã Ba Trại", null, 3_100_000],
    ]],
    ["`1 250` with a no-break space", ["1\u00a0250", null], [["text-number", "warning", SHEET, "B2", "1", "Xã Ba Trại", null, 1250]]],
    ["a dash is a blank, plain text is not a text number", ["-", "chưa giao"], []],
    // `không` (none) is 0, as Excel's SUM that skips the text counts it: a warning at the cell, not an invalid value.
    ["`không` for a figure is 0", ["không", "Không có"], [
      ["text-number", "warning", SHEET, "B2", "1", "Xã Ba Trại", null, 0],
      ["text-number", "warning", SHEET, "C2", "KP", "Xã Ba Trại", null, 0],
    ]],
    ["an amount with its own unit word in a money column", [null, "1,2 tỷ"], [["text-number", "warning", SHEET, "C2", "KP", "Xã Ba Trại", null, 1_200_000_000]]],
    ["`1,5` and `-3` as text are no figure of a count: left to invalid-value; `-3` in money too", ["1,5", "-3"], []],
    [
      "a count typed with its unit, and an amount with its money unit, are numbers stored as text",
      ["12 tổ", "300 triệu"],
      [
        ["text-number", "warning", SHEET, "B2", "1", "Xã Ba Trại", null, 12],
        ["text-number", "warning", SHEET, "C2", "KP", "Xã Ba Trại", null, 300_000_000],
      ],
    ],
  ])("%s", (_name, values, expected) => {
    const fixture = table(lines, [{ label: "Xã Ba Trại", kind: "leaf", parent: null, values }]);
    expect(textNumberRule.evaluate(context(p, fixture)).map(brief)).toEqual(expected);
  });

  test("`không` says it is read as 0, that SUM counts it so too and what to type", () => {
    const fixture = table(lines, [{ label: "Xã Ba Trại", kind: "leaf", parent: null, values: ["không", null] }]);
    const [finding] = textNumberRule.evaluate(context(p, fixture));
    expect(finding.message.vi).toBe('"không" được hiểu là 0 (không có): hàm SUM của Excel bỏ qua ô chữ này nên cũng tính là 0, nhưng phép cộng (+) và các công thức khác báo lỗi #VALUE!. Hãy ghi số 0 hoặc để trống.');
  });

  test("`1,500` in a count reads as 1500, and the message says the comma was read as grouping thousands", () => {
    const fixture = table(lines, [{ label: "Xã Ba Trại", kind: "leaf", parent: null, values: ["1,500", "1,500"] }]);
    const findings = textNumberRule.evaluate(context(p, fixture));
    expect(findings.map(brief)).toEqual([
      ["text-number", "warning", SHEET, "B2", "1", "Xã Ba Trại", null, 1500],
      ["text-number", "warning", SHEET, "C2", "KP", "Xã Ba Trại", null, 1_500_000],
    ]);
    expect(findings[0].message.vi).toBe(
      '"1,500" là số lưu dạng văn bản: allocheck tính là 1.500 tổ, nhưng hàm SUM của Excel bỏ qua ô này. Dấu phẩy trong "1,500" được hiểu là dấu phân cách hàng nghìn (số này không thể có phần lẻ), không phải dấu thập phân: hãy kiểm tra lại.',
    );
    expect(findings[1].message.vi).not.toContain("hàng nghìn");
  });

  test("`1.500` as text in tỷ that alone breaks the plan, and fits it with a decimal dot, says the reading is in doubt", () => {
    const small = plan([planLine("KP", "Kinh phí", "tỷ đồng", 1_500_000_000)]);
    const money = [{ header: "Kinh phí (tỷ đồng)", planCode: "KP", unit: "tỷ đồng" }];
    const findings = textNumberRule.evaluate(context(small, table(money, [{ label: "Xã Ba Trại", kind: "leaf", parent: null, values: ["1.500"] }])));
    expect(findings.map(brief)).toEqual([["text-number", "warning", SHEET, "B2", "KP", "Xã Ba Trại", null, 1_500_000_000_000]]);
    expect(findings[0].message.vi).toContain('Dấu chấm trong "1.500" được hiểu là phân cách hàng nghìn; nếu đó là dấu thập phân thì ô này là 1,5 tỷ đồng và chỉ tiêu đúng kế hoạch');
    const large = plan([planLine("KP", "Kinh phí", "tỷ đồng", 1_600_000_000_000)]);
    const plain = textNumberRule.evaluate(context(large, table(money, [{ label: "Xã Ba Trại", kind: "leaf", parent: null, values: ["1.500"] }])));
    expect(plain[0].message.vi).not.toContain("Dấu chấm");
  });

  test("the message says what allocheck counts and why it matters", () => {
    const fixture = table(lines, [{ label: "Xã Ba Trại", kind: "leaf", parent: null, values: ["1.250", "3,1"] }]);
    expect(textNumberRule.evaluate(context(p, fixture)).map((f) => f.message.vi)).toEqual([
      '"1.250" là số lưu dạng văn bản: allocheck tính là 1.250 tổ, nhưng hàm SUM của Excel bỏ qua ô này.',
      '"3,1" là số lưu dạng văn bản: allocheck tính là 3,1 triệu đồng, nhưng hàm SUM của Excel bỏ qua ô này.',
    ]);
  });
});
