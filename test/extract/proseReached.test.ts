/** In running text, an approximate count after a count of another unit in the same clause run is whom that activity reaches, no target. */
import { extractPlan } from "../../src/extract";

function plan(sentence: string): string {
  return ["HỘI LHPN HUYỆN THỬ", "BCH HỘI LHPN XÃ THỬ", "Số: 03/KH-HPN", "Thử, ngày 15 tháng 01 năm 2024", "KẾ HOẠCH", "Hoạt động Dự án 8 năm 2024", sentence, "TM. BAN CHẤP HÀNH"].join("\n");
}

test.each<[string, Array<[number, string]>]>([
  ["Trong năm 2024, Hội phấn đấu tổ chức 04 buổi sinh hoạt chuyên đề về bình đẳng giới, tảo hôn cho khoảng 200 lượt hội viên.", [[4, "buổi"]]],
  ["Trong năm 2024, Hội phấn đấu vận động khoảng 500 phụ nữ tham gia sinh hoạt chi hội.", [[500, "phụ nữ"]]],
])("%s", (sentence, expected) => {
  const read = extractPlan(plan(sentence)).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i) => [i.target, i.unit])).toEqual(expected);
});
