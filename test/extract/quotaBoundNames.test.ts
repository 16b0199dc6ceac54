/**
 * A bound stated with a quota (`Mỗi xã tổ chức ít nhất 02 cuộc …, toàn huyện 26 cuộc`) or after a table row's name
 * (`… thành lập mới (tối thiểu)`) is the target's comparison (CONTRACT §1: `>=` where the text says at least), never a
 * word of its name: the name is the thing counted.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const read = (lines: string[]) => extractPlan(planWith(lines)).indicators.map((i) => [i.name, i.target, i.unit, i.rule, i.quota]);

test.each<[string, Array<[string, number, string, string | undefined, number | undefined]>]>([
  ["1. Mỗi xã tổ chức ít nhất 02 cuộc truyền thông về bình đẳng giới, toàn huyện 26 cuộc.", [["Tổ chức cuộc truyền thông về bình đẳng giới", 26, "cuộc", ">=", 2]]],
  ["1. Mỗi huyện tổ chức không dưới 02 cuộc đối thoại chính sách, toàn tỉnh 18 cuộc.", [["Tổ chức cuộc đối thoại chính sách", 18, "cuộc", ">=", 2]]],
  ["1. Mỗi xã duy trì tối thiểu 01 địa chỉ tin cậy (13 xã = 13 địa chỉ).", [["Duy trì địa chỉ tin cậy", 13, "địa chỉ", ">=", 1]]],
  // A least norm said with the share of places before the whole names it and makes it a least.
  [
    "1. 100% xã thành lập ít nhất 01 câu lạc bộ thủ lĩnh, toàn huyện 13 CLB.",
    [
      ["Xã thành lập ít nhất 01 câu lạc bộ thủ lĩnh", 100, "%", undefined, undefined],
      ["Thành lập câu lạc bộ thủ lĩnh", 13, "CLB", ">=", undefined],
    ],
  ],
  // A quota with no bound leaves the whole at the default (a ceiling).
  ["1. Mỗi xã thành lập 01 câu lạc bộ, toàn huyện 14 câu lạc bộ.", [["Thành lập câu lạc bộ", 14, "CLB", undefined, 1]]],
])("%s", (line, expected) => {
  expect(read([line])).toEqual(expected);
});

test.each<[string, string, string]>([
  ["| 1 | Tổ truyền thông cộng đồng thành lập mới (tối thiểu) | Tổ | 10 |", "Tổ truyền thông cộng đồng thành lập mới", ">="],
  ["| 1 | Số cuộc đối thoại chính sách - ít nhất | Cuộc | 20 |", "Số cuộc đối thoại chính sách", ">="],
  ["| 1 | Số lớp tập huấn (tối đa) | Lớp | 5 |", "Số lớp tập huấn", "<="],
])("a table row %s", (row, name, rule) => {
  const lines = ["| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch |", row];
  expect(read(lines).map(([n, , , r]) => [n, r])).toEqual([[name, rule]]);
});
