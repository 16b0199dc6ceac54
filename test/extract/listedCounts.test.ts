/**
 * Counts a targets part lists the way plans write them: a second count after `và` in a noun of its own (`02 tấn gạo
 * và 500 thùng mì tôm`, `01 liên hoan … và 02 giải thể thao`); visitors counted in `lượt khách`; and the size of each
 * team (`mỗi đội từ 20 đến 25 người`), a norm that leaves the teams counted before it as the target.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

type Row = [target: number, unit: string];

const read = (line: string): Row[] =>
  extractPlan(planWith([line]))
    .indicators.filter((i) => i.kind !== "money")
    .map((i): Row => [i.target, i.unit]);

test.each<[string, Row[]]>([
  ["- Dự trữ 02 tấn gạo và 500 thùng mì tôm phục vụ cứu trợ khẩn cấp.", [[2, "tấn"], [500, "thùng"]]],
  ["- Tổ chức 01 liên hoan văn nghệ quần chúng cấp huyện và 02 giải thể thao truyền thống.", [[1, "liên hoan"], [2, "giải"]]],
  ["- Đón 450.000 lượt khách du lịch trong năm.", [[450000, "lượt khách"]]],
  ["- Kiện toàn 07 đội xung kích phòng, chống thiên tai tại 07 thôn, mỗi đội từ 20 đến 25 người.", [[7, "đội"]]],
  // A count per team that is an area's (`mỗi xã 01 đội`) stays a quota.
  ["- Mỗi xã thành lập 01 đội, toàn huyện 12 đội.", [[12, "đội"]]],
])("%s", (line, expected) => {
  expect(read(line)).toEqual(expected);
});
