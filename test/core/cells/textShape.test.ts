/**
 * Text that is not a figure of its line stays `invalid-value` (counted as 0),
 * and its finding says what it looks like and so how it was read: a
 * percentage in a count or money line, money in a count line, a sum typed
 * without `=`, a fraction or a day, a number with words around it.
 */
import type { IndicatorKind } from "../../../src/core/model/plan";
import { textShape } from "../../../src/core/cells/textShape";
import { invalidValueRule } from "../../../src/core/rules/invalidValue";
import { context, plan, planLine, table } from "../rules/fixtures";

describe("textShape", () => {
  test.each<[string, IndicatorKind, string | null]>([
    ["2%", "count", "percent"],
    ["2,5 %", "money", "percent"],
    ["2%", "percent", null],
    ["1,2 tỷ", "count", "money"],
    ["500.000 đ", "count", "money"],
    ["5+1", "count", "arithmetic"],
    ["2 + 3 + 1", "count", "arithmetic"],
    ["5-1", "count", null],
    ["5/6", "count", "slash"],
    ["5 (đã gồm 1 dự phòng)", "count", "noted"],
    ["5 - chờ duyệt", "count", "noted"],
    ["khoảng 5", "count", "noted"],
    ["x", "count", null],
    ["\u2713", "count", null],
    ["chưa có", "count", null],
    ["Đợt 2 bổ sung sau", "count", null],
    ["5*", "count", "marked"],
    ["5 (*)", "money", "marked"],
    ["1.250**", "count", "marked"],
    ["=SUM(C6:C9)", "count", "formula"],
    ["=C6+C7", "money", "formula"],
    ["=5", "count", "formula"],
    ["=", "count", null],
    ["2o", "count", "letter"],
    ["4x", "count", "letter"],
    ["2 O", "money", "letter"],
    ["2 tổ", "count", "noted"],
  ])("%j in a %s line → %s", (text, kind, shape) => {
    expect(textShape(text, kind)?.kind ?? null).toBe(shape);
  });

  test("the finding says how the text was read", () => {
    const p = plan([planLine("1", "Tổ truyền thông", "tổ", 14)]);
    const cells = ["2%", "5+1", "5 (đã gồm 1 dự phòng)", "x", true, "5*", "=SUM(C2:C3)"];
    const rows = [
      { label: "Tổng cộng", kind: "total" as const, parent: null, values: [null] },
      ...cells.map((value, i) => ({ label: `Xã ${i + 1}`, kind: "leaf" as const, parent: 0, values: [value] })),
    ];
    const findings = invalidValueRule.evaluate(context(p, table([{ header: "Tổ truyền thông", planCode: "1" }], rows)));
    expect(findings.map((f) => f.message.vi)).toEqual([
      `"2%" là tỷ lệ phần trăm, không phải số liệu tính bằng tổ của chỉ tiêu này (tạm tính là 0).`,
      `"5+1" là phép tính gõ dạng văn bản (thiếu dấu = ở đầu), Excel không tính nó (tạm tính là 0): hãy gõ lại với dấu = hoặc ghi kết quả.`,
      `"5 (đã gồm 1 dự phòng)" không phải là số: có số 5 kèm chữ, allocheck không tự lấy số đó (tạm tính là 0). Hãy chỉ ghi số trong ô, ghi chú để ở cột Ghi chú.`,
      `"x" không phải là số (tạm tính là 0).`,
      "Giá trị logic TRUE không phải là số (tạm tính là 0).",
      `"5*" không phải là số: có số 5 kèm dấu chú thích, Excel không cộng nó (tạm tính là 0). Hãy chỉ ghi số trong ô, chú thích để ở cột Ghi chú.`,
      `"=SUM(C2:C3)" là công thức nằm trong ô định dạng văn bản (Text): Excel hiện nguyên chữ, không tính (tạm tính là 0). Hãy đổi định dạng ô sang số (General) rồi nhập lại công thức.`,
    ]);
    expect(findings[4].message.en).toBe("TRUE is not a number (counted as 0).");
  });
});
