/** A percent that measures what each of a percent's base has (`60% hộ … có thu nhập tăng từ 15% trở lên`) is part of that target. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

type Row = [number, string];

test.each<[string, Row[]]>([
  ["- Phấn đấu 60% hộ tham gia mô hình có thu nhập tăng từ 15% trở lên.", [[60, "%"]]],
  ["- 100% xã được công nhận đạt trên 80% tiêu chí về bình đẳng giới.", [[100, "%"]]],
  ["- Nâng tỷ lệ bao phủ bảo hiểm y tế từ 85% lên 95%.", [[95, "%"]]],
  ["- Tỷ lệ hộ nghèo giảm 4%, tỷ lệ hộ cận nghèo giảm 2%.", [[4, "%"], [2, "%"]]],
])("%s", (line, expected) => {
  expect(extractPlan(planWith([line])).indicators.map((i): Row => [i.target, i.unit])).toEqual(expected);
});
