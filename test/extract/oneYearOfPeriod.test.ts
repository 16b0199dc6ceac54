/**
 * `… giai đoạn 2021 - 2025 năm 2024`: a plan for one year of a period. Its figures by year are never summed, and a
 * quota per commune and per year counts once; `… giai đoạn 2021 - 2025, định hướng đến năm 2030` stays a period.
 */
import { extractPlan } from "../../src/extract";

const COMMUNES = "Địa bàn: 08 xã: xã A Lù, xã Y Tý, xã Dền Sáng, xã Bản Vược, xã Bản Qua, xã Mường Hum, xã Trịnh Tường, xã Nậm Chạc.";

function targets(title: string, lines: readonly string[]): Array<[number, string]> {
  const text = ["ỦY BAN NHÂN DÂN", "HUYỆN THỬ", "Số: 9/KH-UBND", "Thử, ngày 05 tháng 3 năm 2024", "KẾ HOẠCH", title, "I. CHỈ TIÊU", ...lines, "II. ĐỊA BÀN", COMMUNES].join("\n");
  return extractPlan(text).indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit]);
}

const ONE_YEAR = "Thực hiện Chương trình mục tiêu quốc gia giai đoạn 2021 - 2025 trên địa bàn huyện năm 2024";
const PERIOD = "Thực hiện Chương trình mục tiêu quốc gia giai đoạn 2021 - 2025, định hướng đến năm 2030";

test.each<[string, string, string[], Array<[number, string]>]>([
  ["one year: a quota per commune and year counts once", ONE_YEAR, ["- Mỗi xã tổ chức 01 cuộc đối thoại chính sách/năm."], [[8, "cuộc"]]],
  ["a period: over its five years", PERIOD, ["- Mỗi xã tổ chức 01 cuộc đối thoại chính sách/năm."], [[40, "cuộc"]]],
  ["one year: figures by year are not summed", ONE_YEAR, ["- Năm 2024: 5 địa chỉ tin cậy; năm 2025: 6 địa chỉ tin cậy."], [[5, "địa chỉ"], [6, "địa chỉ"]]],
])("%s", (_label, title, lines, expected) => {
  expect(targets(title, lines)).toEqual(expected);
});
