/**
 * In running text, a quota in brackets right after its count, in that count's unit or its head word
 * (`09 lớp tập huấn … (mỗi huyện, thành phố 01 lớp)`), is that count's quota, never a target of its own.
 */
import { extractPlan } from "../../src/extract";

const plan = (sentence: string) =>
  extractPlan(
    ["HỘI LHPN TỈNH THỬ NGHIỆM", "Số: 9/KH-HPN", "Thử Nghiệm, ngày 05 tháng 3 năm 2024", "KẾ HOẠCH", "Hỗ trợ phụ nữ phát triển kinh tế năm 2024", "I. NỘI DUNG", sentence, "II. TỔ CHỨC THỰC HIỆN", "Các huyện triển khai."].join("\n"),
  );

test.each<[string, Array<[number, string, number | undefined]>]>([
  ["Tổ chức 09 lớp tập huấn kiến thức quản lý tổ tiết kiệm vay vốn cho cán bộ Hội cơ sở (mỗi huyện, thành phố 01 lớp).", [[9, "lớp tập huấn", 1]]],
  ["Tổ chức 18 buổi truyền thông (mỗi huyện 02 buổi) và thành lập 05 tổ hợp tác.", [[18, "buổi", 2], [5, "tổ hợp tác", undefined]]],
])("%s", (sentence, expected) => {
  expect(plan(sentence).indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit, i.quota])).toEqual(expected);
});
