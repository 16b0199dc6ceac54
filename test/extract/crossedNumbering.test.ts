/**
 * A table's rows `1`, `2`, `3` and, after it, list items `2.2.`, `2.3.` of the part holding the table: two numberings.
 * Kept as codes they would make row `2` the parent of item `2.2` (and the plan's budget-split hold a percent against a
 * count), so the targets are numbered in order instead.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test("list items numbered under the part beside a table's own rows are numbered in order", () => {
  const text = planWith(
    [
      "2.1. Chỉ tiêu về tổ truyền thông (chi tiết tại biểu sau):",
      "| TT | Chỉ tiêu | Đơn vị tính | Tổng |",
      "| 1 | Thành lập mới tổ truyền thông cộng đồng | Tổ | 10 |",
      "| 2 | Duy trì địa chỉ tin cậy tại cộng đồng | Địa chỉ | 8 |",
      "2.2. Tỷ lệ phụ nữ có thai được tư vấn đạt từ 80% trở lên.",
      "2.3. Thành lập 05 câu lạc bộ thủ lĩnh của sự thay đổi.",
    ],
    { heading: "2. Chỉ tiêu cụ thể" },
  );
  expect(extractPlan(text).indicators.filter((i) => i.kind !== "money").map((i) => [i.code, i.target])).toEqual([
    ["1", 10],
    ["2", 8],
    ["3", 80],
    ["4", 5],
  ]);
});
