/**
 * A fraction of all of something (`1/3 số xã`, `2/3 tổng số thôn`) is a share, read as percentage points (CONTRACT
 * §6) to two decimals rounded the way its bound accepts, the fraction kept in the name; so many of so many places
 * (`3/5 thôn đạt chuẩn`) still counts the first figure.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, Array<[string, number, string, string | undefined]>]>([
  ["- Phấn đấu 1/3 số xã đạt chuẩn nông thôn mới nâng cao.", [["Số xã đạt chuẩn nông thôn mới nâng cao (1/3)", 33.33, "%", undefined]]],
  ["- Có ít nhất 2/3 số thôn có nhà văn hóa đạt chuẩn.", [["Số thôn có nhà văn hóa đạt chuẩn (2/3)", 66.66, "%", ">="]]],
  ["- Không quá 1/3 tổng số hộ sử dụng nước chưa qua xử lý.", [["Tổng số hộ sử dụng nước chưa qua xử lý (1/3)", 33.34, "%", "<="]]],
  ["- Trên 1/2 số hộ gia đình được tiếp cận internet.", [["Số hộ gia đình được tiếp cận internet (1/2)", 50, "%", ">="]]],
  ["- 3/5 thôn đạt chuẩn thôn nông thôn mới.", [["Thôn đạt chuẩn thôn nông thôn mới", 3, "thôn", undefined]]],
])("%s", (line, expected) => {
  const read = extractPlan(planWith([line])).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i) => [i.name, i.target, i.unit, i.rule])).toEqual(expected);
});
