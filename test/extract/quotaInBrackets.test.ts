/**
 * A quota in a closed bracket (`26 tổ (mỗi huyện 02 tổ), đồng thời duy trì 48 địa chỉ`) is the quota of the count
 * before it: a count after the bracket in the same running sentence is still read (to confirm).
 */
import { extractPlan } from "../../src/extract";

const plan = (sentence: string) =>
  extractPlan(
    ["ỦY BAN NHÂN DÂN", "HUYỆN THỬ NGHIỆM", "Số: 9/KH-UBND", "Thử Nghiệm, ngày 05 tháng 3 năm 2024", "KẾ HOẠCH", "Thực hiện Dự án 8 năm 2024", "I. MỤC TIÊU", sentence, "II. TỔ CHỨC THỰC HIỆN", "Các xã triển khai."].join("\n"),
  );

test.each<[string, Array<[number, string]>]>([
  ["Các xã thành lập mới 10 tổ truyền thông cộng đồng (mỗi xã 01 tổ), đồng thời duy trì hoạt động 12 địa chỉ tin cậy.", [[10, "tổ"], [12, "địa chỉ"]]],
  ["Hỗ trợ 40 con bò sinh sản (mỗi hộ 02 con), đồng thời xây dựng 02 mô hình chăn nuôi.", [[40, "con"], [2, "mô hình"]]],
  ["Thành lập mới 10 tổ truyền thông, mỗi tổ 12 thành viên.", [[10, "tổ"]]],
])("%s", (sentence, expected) => {
  expect(plan(sentence).indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit])).toEqual(expected);
});
