/**
 * The area table's headers shared out over their columns (headerBalance.ts):
 * the sheet's width kept, each column at least what the other tables need,
 * and the tallest header on fewer lines; the widths as given when nothing is
 * saved.
 */
import { balanceHeaderWidths } from "../../../src/core/summary/headerBalance";
import { wrappedLines } from "../../../src/core/summary/textMeasure";

const BOLD = { size: 11, bold: true };
const TEXTS = [
  "1. Tổ truyền thông cộng đồng được thành lập mới (tổ)",
  "2. Tổ tiết kiệm vay vốn tự quản (tổ)",
  "3. Tổ áp dụng phương pháp học tập và hành động giới (tổ)",
  "KP.1. Đề án Hỗ trợ hoạt động bình đẳng giới vùng dân tộc thiểu số và miền núi (triệu đồng)",
  "KP.2. Đề án Tuyên truyền nâng cao nhận thức bình đẳng giới và kiến thức pháp luật cho phụ nữ dân tộc thiểu số (triệu đồng)",
  "KP.5. Tổ chức dạy nghề cho phụ nữ (triệu đồng)",
];
const headers = TEXTS.map((text, i) => ({ col: i + 2, text }));
const tallest = (widths: readonly number[]) => Math.max(...headers.map((h) => wrappedLines(h.text, widths[h.col], BOLD)));
const sum = (widths: readonly number[]) => widths.reduce((a, b) => a + b, 0);

describe("balanceHeaderWidths", () => {
  test.each<[string, number[], number[]]>([
    ["even widths", [6, 18, 10, 10, 10, 10, 10, 10], [6, 18, 5, 5, 5, 5, 5, 5]],
    ["narrow count columns, wide short money column", [6, 18, 7, 6, 8, 11, 13, 14.5], [6, 18, 5, 5, 5, 7, 8.5, 5]],
    ["a column the other tables need wide (a status on one line)", [6, 18, 7, 6, 8, 11, 13, 14.5], [6, 18, 5, 5, 5, 7, 8.5, 14.5]],
  ])("%s: the same width in all, each at least its minimum, the tallest header on fewer lines", (_label, widths, mins) => {
    const out = balanceHeaderWidths(widths, headers, mins, BOLD);
    expect(sum(out)).toBeLessThanOrEqual(sum(widths));
    expect(sum(out)).toBeGreaterThan(sum(widths) - headers.length * 0.5);
    out.forEach((w, i) => expect(w).toBeGreaterThanOrEqual(mins[i]));
    expect(out.slice(0, 2)).toEqual(widths.slice(0, 2));
    expect(tallest(out)).toBeLessThan(tallest(widths));
  });

  test("no line saved within the width (the minimums take it all): the widths as given", () => {
    const widths = [6, 18, 7, 6, 8, 11, 13, 14.5];
    expect(balanceHeaderWidths(widths, headers, widths, BOLD)).toEqual(widths);
  });
});
