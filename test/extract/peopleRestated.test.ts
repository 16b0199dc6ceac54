/**
 * A table's people total (`Đào tạo nghề (người)` … `Tổng cộng 350`) said again in running text in another word for
 * people (`đào tạo nghề cho 350 lao động`) is that target restated, not a second one; said with another figure
 * (`400 lao động`), in the aim or in the targets part, it is still one target, and a conflict naming both lines. Some of
 * the people (`… 150 lao động nữ`) or another action stays its own.
 */
import { extractPlan } from "../../src/extract";

const plan = (aim: string, heading = "I. MỤC TIÊU") =>
  [
    "ỦY BAN NHÂN DÂN",
    "HUYỆN NẬM NHÙN",
    "KẾ HOẠCH",
    "Thực hiện Dự án 5 năm 2026",
    heading,
    aim,
    "II. CHỈ TIÊU PHÂN BỔ CHO CÁC XÃ",
    "STT\tXã, thị trấn\tĐào tạo nghề (người)\tTư vấn việc làm (lượt người)",
    "1\tXã Mường Mô\t200\t500",
    "2\tXã Nậm Hàng\t150\t400",
    "\tTổng cộng\t350\t900",
    "III. KINH PHÍ",
    "Tổng kinh phí: 2,8 tỷ đồng.",
  ].join("\n");

test.each<[string, string, Array<[number, string]>, string[]]>([
  ["I. MỤC TIÊU", "Phấn đấu năm 2026 đào tạo nghề cho 350 lao động.", [[350, "người"], [900, "lượt người"]], []],
  ["I. MỤC TIÊU", "Phấn đấu năm 2026 đào tạo nghề cho 400 lao động.", [[350, "người"], [900, "lượt người"]], ['Chỉ tiêu "Đào tạo nghề" là 350 người (dòng 11) nhưng dòng 6 ghi 400 lao động.']],
  ["I. CHỈ TIÊU", "1. Đào tạo nghề cho 400 lao động.", [[400, "lao động"], [900, "lượt người"]], ['Chỉ tiêu "Đào tạo nghề cho lao động" là 400 lao động (dòng 6) nhưng bảng ở dòng 11 ghi 350 người.']],
  ["I. MỤC TIÊU", "Phấn đấu năm 2026 đào tạo nghề cho 150 lao động nữ.", [[350, "người"], [900, "lượt người"], [150, "lao động"]], []],
  ["I. MỤC TIÊU", "Phấn đấu năm 2026 hỗ trợ việc làm cho 400 lao động.", [[350, "người"], [900, "lượt người"], [400, "lao động"]], []],
])("%s %s", (heading, aim, expected, conflicts) => {
  const read = extractPlan(plan(aim, heading));
  expect(read.indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit])).toEqual(expected);
  expect(read.issues.filter((i) => i.rule === "target-conflict").map((i) => i.message)).toEqual(conflicts);
});
