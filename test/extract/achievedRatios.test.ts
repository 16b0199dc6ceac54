/**
 * A result said on a line of a target list (`Năm 2023 đã đạt 12/14 xã …`, `Kết quả năm 2023 đạt 10/14 xã`,
 * `toàn huyện đã thành lập 20 tổ`) is no target; a ratio aimed at (`phấn đấu 14/14 xã`, `tăng lên 13/14 xã`) is one, and
 * so is a count whose subject only says what was done to it (`lao động đã qua đào tạo`).
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const read = (line: string) => extractPlan(planWith([line, "- Thành lập mới 05 tổ truyền thông cộng đồng."])).indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit]);
const GROUPS: [number, string] = [5, "tổ"];

test.each<[string, Array<[number, string]>]>([
  ["- Năm 2022 đã đạt 12/14 xã có tổ truyền thông; năm 2023 phấn đấu 14/14 xã có tổ truyền thông.", [[14, "xã"], GROUPS]],
  ["- Kết quả năm 2022 đạt 10/14 xã; năm 2023 tăng lên 13/14 xã có mô hình.", [[13, "xã"], GROUPS]],
  ["- Đến nay đã có 9/14 xã đạt chuẩn, phấn đấu 12/14 xã đạt chuẩn.", [[12, "xã"], GROUPS]],
  ["- Toàn huyện đã thành lập 20 tổ hợp tác; thành lập mới 04 hợp tác xã.", [[4, "hợp tác xã"], GROUPS]],
  ["- Phấn đấu 14/14 xã đạt chuẩn về bình đẳng giới.", [[14, "xã"], GROUPS]],
  ["- Tỷ lệ lao động đã qua đào tạo đạt 70%.", [[70, "%"], GROUPS]],
  ["- Tỷ lệ phụ nữ đã sinh con đạt 95%.", [[95, "%"], GROUPS]],
  // A count's label (`Số …`) says who is counted: its figure is aimed at, unless its verb is one of reaching.
  ["- Số hộ đã thoát nghèo 120 hộ.", [[120, "hộ"], GROUPS]],
  ["- Tổng số lao động đã được hỗ trợ việc làm 300 người.", [[300, "người"], GROUPS]],
  ["- Số xã đã đạt 9 xã; phấn đấu thành lập mới 03 tổ hợp tác.", [[3, "tổ hợp tác"], GROUPS]],
  ["- Toàn huyện đã đạt 85% hộ dùng nước sạch; phấn đấu đạt 90%.", [[90, "%"], GROUPS]],
  ["- Duy trì hoạt động của 12/14 xã đã đạt chuẩn.", [[12, "xã"], GROUPS]],
  // The plan is for 2023: a ratio in a year before it is where things stand, one in its year is aimed at.
  ["- Năm 2022 toàn huyện có 10/16 xã đạt tiêu chí; năm 2023 phấn đấu thêm 03 xã đạt tiêu chí.", [[3, "xã"], GROUPS]],
  ["- Năm 2023 có 12/16 xã đạt tiêu chí.", [[12, "xã"], GROUPS]],
])("%s", (line, expected) => {
  expect(read(line)).toEqual(expected);
});

test("the result's clause is no part of the aim's name, whose label names it", () => {
  const [first] = extractPlan(planWith(["- Tỷ lệ hộ dân nông thôn sử dụng nước sạch: năm 2022 đã đạt 85%, năm 2023 phấn đấu đạt 90%."])).indicators;
  expect([first.name, first.target, first.sourceText]).toEqual([
    "Tỷ lệ hộ dân nông thôn sử dụng nước sạch",
    90,
    "Tỷ lệ hộ dân nông thôn sử dụng nước sạch: năm 2022 đã đạt 85%, năm 2023 phấn đấu đạt 90%.",
  ]);
});
