/**
 * A whole said with a bound after its norm per area (`…, toàn tỉnh không quá 12 mô hình`, `toàn huyện ít nhất 15 tổ`) is
 * the whole, with that bound — not one more quota per area multiplied over the areas — and its name leaves out the
 * norm's figures, a range's too (`Hỗ trợ từ 3 - 5 mô hình …` → `Hỗ trợ mô hình …`).
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const read = (line: string) =>
  extractPlan(planWith([line]))
    .indicators.filter((i) => i.kind !== "money")
    .map((i) => [i.name, i.target, i.rule ?? null]);

test.each<[string, Array<[string, number, string | null]>]>([
  ["- Hỗ trợ từ 3 - 5 mô hình sinh kế tại mỗi huyện, toàn tỉnh không quá 12 mô hình;", [["Hỗ trợ mô hình sinh kế", 12, "<="]]],
  ["- Hỗ trợ từ 3 đến 5 mô hình sinh kế tại mỗi huyện, toàn tỉnh tối đa 12 mô hình;", [["Hỗ trợ mô hình sinh kế", 12, "<="]]],
  ["- Mỗi xã thành lập ít nhất 01 tổ, toàn huyện ít nhất 15 tổ;", [["Thành lập tổ", 15, ">="]]],
  ["- Mỗi huyện xây dựng 02 mô hình, toàn tỉnh 10 mô hình;", [["Xây dựng mô hình", 10, null]]],
])("%s", (line, expected) => {
  expect(read(line)).toEqual(expected);
});
