/**
 * A norm per unit of a count said before it in the sentence (`Hỗ trợ 25 hộ nghèo …, mỗi hộ 02 con lợn giống`,
 * `Thành lập 05 tổ hợp tác, mỗi tổ 10 thành viên`) is no target of its own — as a range per unit is not. A quota per
 * area (`mỗi xã 01 tổ`) and a pace per year (`mỗi năm hỗ trợ 05 hộ`) are read as before.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const read = (line: string) => extractPlan(planWith([line])).indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit]);

test.each<[string, Array<[number, string]>]>([
  ["- Hỗ trợ 25 hộ nghèo phát triển chăn nuôi, mỗi hộ 02 con lợn giống;", [[25, "hộ"]]],
  ["- Hỗ trợ 25 hộ nghèo, mỗi hộ được hỗ trợ 02 con bò;", [[25, "hộ"]]],
  ["- Thành lập 05 tổ hợp tác, mỗi tổ 10 thành viên;", [[5, "tổ hợp tác"]]],
  ["- Thành lập 08 tổ truyền thông, mỗi xã 01 tổ;", [[8, "tổ"]]],
  ["- Hỗ trợ 25 hộ nghèo; mỗi năm hỗ trợ 05 hộ;", [[25, "hộ"], [5, "hộ"]]],
  // A figure per unit of nothing counted before it stays read.
  ["- Hỗ trợ 02 con bò cho mỗi hộ nghèo;", [[2, "con"]]],
])("%s", (line, expected) => {
  expect(read(line)).toEqual(expected);
});
