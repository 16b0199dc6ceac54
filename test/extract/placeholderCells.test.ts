/**
 * In a targets part, a table's unit note (`(ĐVT: 1.000 đồng)`) is no target, and a row whose unit cell is a
 * placeholder (`x`, `-`) counts nothing: its money figure is never read as a count in `x`.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const HEADER = "TT | Nội dung hoạt động | ĐVT | Số lượng | Kinh phí | Ghi chú";
const COUNTED = "1 | Thành lập mới tổ truyền thông cộng đồng | Tổ | 08 | 120.000 | ";

test.each<[string, string[], Array<[number, string]>]>([
  ["a unit note over the table", ["(ĐVT: 1.000 đồng)", HEADER, COUNTED], [[8, "Tổ"]]],
  ["a row with `x` as its unit", [HEADER, COUNTED, "2 | Hoạt động giám sát, đánh giá | x | x | 26.000 | -"], [[8, "Tổ"]]],
  ["a row with `-` as its unit", [HEADER, COUNTED, "2 | Chi khác | - | - | 10.000 | "], [[8, "Tổ"]]],
])("%s", (_label, lines, expected) => {
  const read = extractPlan(planWith(lines)).indicators.filter((i) => i.kind !== "money" || i.code.startsWith("KP") === false);
  expect(read.map((i) => [i.target, i.unit])).toEqual(expected);
});
