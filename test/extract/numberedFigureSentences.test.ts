/**
 * A Công văn or Quyết định with no parts, whose points are numbered `1.`, `2.`, …: a short point stating a figure
 * (`4. Phấn đấu 100% tổ … sinh hoạt định kỳ.`) is a sentence read for its target, not a part's title that hides the
 * lines after it; and a point that states a table's total again (`Xây dựng và duy trì 12 địa chỉ tin cậy` beside the
 * appendix's `Địa chỉ tin cậy` 12) is that target, not a second one.
 */
import { extractPlan } from "../../src/extract";

const lead = ["CÔNG VĂN", "V/v triển khai thực hiện Dự án 8 năm 2025", "Kính gửi: Hội LHPN các huyện.", "Đề nghị Hội LHPN các huyện tập trung chỉ đạo thực hiện một số nội dung sau đây, bảo đảm đúng tiến độ:"];
const targetsOf = (lines: string[]) =>
  extractPlan([...lead, ...lines].join("\n")).indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit]);

test.each([
  ["a percent", "2. Phấn đấu 100% tổ truyền thông cộng đồng sinh hoạt định kỳ hằng quý.", [100, "%"]],
  ["a count", "2. Tổ chức 05 cuộc đối thoại chính sách trong năm.", [5, "cuộc"]],
  ["a count, then a semicolon", "2. Duy trì 09 địa chỉ tin cậy tại cộng đồng;", [9, "địa chỉ"]],
])("a short numbered point stating %s is read", (_, point, wanted) => {
  const got = targetsOf(["1. Thành lập mới 12 tổ truyền thông cộng đồng tại các xã đặc biệt khó khăn trên địa bàn tỉnh.", point, "Đề nghị các đơn vị triển khai thực hiện."]);
  expect(got).toEqual([[12, "tổ"], wanted]);
});

test("a numbered part title with a year is still a part title", () => {
  const got = targetsOf(["1. Kết quả năm 2024", "Đã thành lập 10 tổ truyền thông.", "2. Nhiệm vụ năm 2025", "- Thành lập mới 12 tổ truyền thông cộng đồng."]);
  expect(got).toEqual([[12, "tổ"]]);
});

test("points restating an appendix table's totals in other words are not counted twice", () => {
  const plan = extractPlan(
    [
      "QUYẾT ĐỊNH",
      "Về việc giao chỉ tiêu thực hiện Dự án 8 năm 2024",
      "Điều 1. Giao chỉ tiêu thực hiện Dự án 8 năm 2024 cho UBND các huyện (chi tiết tại Phụ lục kèm theo), cụ thể:",
      "1. Thành lập mới 9 tổ truyền thông cộng đồng.",
      "2. Xây dựng và duy trì 5 địa chỉ tin cậy tại cộng đồng.",
      "3. Tổ chức 3 cuộc đối thoại chính sách.",
      "Điều 2. Hội LHPN tỉnh chủ trì thực hiện.",
      "PHỤ LỤC",
      "| STT | Đơn vị | Tổ truyền thông cộng đồng (tổ) | Địa chỉ tin cậy (địa chỉ) | Đối thoại chính sách (cuộc) |",
      "| 1 | Huyện Văn Chấn | 5 | 3 | 2 |",
      "| 2 | Huyện Trạm Tấu | 4 | 2 | 1 |",
      "| | Tổng cộng | 9 | 5 | 3 |",
    ].join("\n"),
  );
  expect(plan.indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit])).toEqual([[9, "tổ"], [5, "địa chỉ"], [3, "cuộc"]]);
});

test.each([
  ["3. 100% thôn tổ chức truyền thông về phòng, chống tảo hôn.", [[1, "địa chỉ"], [100, "%"]]],
  ["- 90% hộ gia đình được tuyên truyền về bình đẳng giới.", [[1, "địa chỉ"], [90, "%"]]],
  ["3. 100% thôn đã tổ chức truyền thông trong năm 2023.", [[1, "địa chỉ"]]],
])("a point opening with a percent of those who do something (%s) is a target; what was done is not", (point, wanted) => {
  expect(targetsOf(["1. Duy trì 01 địa chỉ tin cậy tại cộng đồng trên địa bàn xã trong năm 2024.", point, "Đề nghị các đơn vị triển khai thực hiện."])).toEqual(wanted);
});

test("a numbered point that is a sentence without a figure does not hide the points after it", () => {
  const got = targetsOf(["1. Rà soát, kiện toàn tổ truyền thông cộng đồng.", "2. Thành lập mới 15 tổ truyền thông cộng đồng.", "3. Báo cáo kết quả trước ngày 15/12/2025."]);
  expect(got).toEqual([[15, "tổ"]]);
});

test("numbered part titles, however punctuated, still close the aims part", () => {
  const got = targetsOf(["1. Mục tiêu", "- Thành lập mới 15 tổ truyền thông cộng đồng.", "2. Tình hình thực hiện năm trước.", "Đã thành lập 10 tổ truyền thông cộng đồng trên địa bàn."]);
  expect(got).toEqual([[15, "tổ"]]);
});
