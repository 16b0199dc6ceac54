/**
 * A table's people total (`Đào tạo nghề (người)` … `Tổng cộng 350`) said again in running text in another word for
 * people (`đào tạo nghề cho 350 lao động`) is that target restated, not a second one; another figure stays its own.
 */
import { extractPlan } from "../../src/extract";

const plan = (aim: string) =>
  [
    "ỦY BAN NHÂN DÂN",
    "HUYỆN NẬM NHÙN",
    "KẾ HOẠCH",
    "Thực hiện Dự án 5 năm 2026",
    "I. MỤC TIÊU",
    aim,
    "II. CHỈ TIÊU PHÂN BỔ CHO CÁC XÃ",
    "STT\tXã, thị trấn\tĐào tạo nghề (người)\tTư vấn việc làm (lượt người)",
    "1\tXã Mường Mô\t200\t500",
    "2\tXã Nậm Hàng\t150\t400",
    "\tTổng cộng\t350\t900",
    "III. KINH PHÍ",
    "Tổng kinh phí: 2,8 tỷ đồng.",
  ].join("\n");

test.each<[string, Array<[number, string]>]>([
  ["Phấn đấu năm 2026 đào tạo nghề cho 350 lao động.", [[350, "người"], [900, "lượt người"]]],
  ["Phấn đấu năm 2026 đào tạo nghề cho 400 lao động.", [[350, "người"], [900, "lượt người"], [400, "lao động"]]],
])("%s", (aim, expected) => {
  const read = extractPlan(plan(aim)).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i) => [i.target, i.unit])).toEqual(expected);
});
