/**
 * A province's plan naming its districts in its scope part (`II. PHẠM VI, ĐỐI TƯỢNG` / `Thực hiện trên địa bàn 08
 * huyện, thành phố: A, B, … và thành phố C.`): those districts are the plan's areas, held against their count.
 */
import { extractPlan } from "../../src/extract";

const plan = (line: string) =>
  ["ỦY BAN NHÂN DÂN", "TỈNH BẮC KẠN", "KẾ HOẠCH", "Thực hiện dự án năm 2026", "I. CHỈ TIÊU", "- Thành lập 10 tổ truyền thông.", "II. PHẠM VI, ĐỐI TƯỢNG", line, "III. KINH PHÍ", "Tổng kinh phí: 500 triệu đồng."].join("\n");
const NAMES = "Ba Bể, Bạch Thông, Chợ Đồn, Chợ Mới, Na Rì, Ngân Sơn, Pác Nặm và thành phố Bắc Kạn";

test.each<[string, string[]]>([
  [`Thực hiện trên địa bàn 08 huyện, thành phố: ${NAMES}.`, []],
  [`Thực hiện trên địa bàn 07 huyện, thành phố: ${NAMES}.`, ["area-count"]],
])("%s", (line, issues) => {
  const read = extractPlan(plan(line));
  expect(read.areas.map((a) => [a.district, a.commune])).toEqual(["Ba Bể", "Bạch Thông", "Chợ Đồn", "Chợ Mới", "Na Rì", "Ngân Sơn", "Pác Nặm", "Bắc Kạn"].map((d) => [d, null]));
  expect(read.issues.map((i) => i.rule)).toEqual(issues);
});
