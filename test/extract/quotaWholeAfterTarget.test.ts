/**
 * A quota and its whole after another target of the line (`Phấn đấu 100% xã có tổ …, mỗi xã thành lập mới 01 tổ (toàn
 * huyện 08 tổ)`): the whole is a target with that quota, in brackets or after a comma, as when the quota stands alone;
 * the target before it keeps its own words (not `…, mỗi xã thành lập mới`).
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const read = (line: string) =>
  extractPlan(planWith([line]))
    .indicators.filter((i) => i.kind !== "money")
    .map((i) => [i.name, i.target, i.unit, i.quota ?? null]);

test.each<[string, Array<[string, number, string, number | null]>]>([
  ["- Phấn đấu 100% xã có tổ truyền thông cộng đồng hoạt động hiệu quả, mỗi xã thành lập mới 01 tổ (toàn huyện 08 tổ);", [["Xã có tổ truyền thông cộng đồng hoạt động hiệu quả", 100, "%", null], ["Thành lập mới tổ", 8, "tổ", 1]]],
  ["- Phấn đấu 100% xã có tổ truyền thông cộng đồng, mỗi xã thành lập mới 01 tổ, toàn huyện 08 tổ;", [["Xã có tổ truyền thông cộng đồng", 100, "%", null], ["Thành lập mới tổ", 8, "tổ", 1]]],
  ["- Duy trì 12 tổ truyền thông, mỗi xã thành lập mới 01 tổ (toàn huyện 08 tổ);", [["Duy trì tổ truyền thông", 12, "tổ", null], ["Thành lập mới tổ", 8, "tổ", 1]]],
  // A bracketed figure that is no whole of a quota still explains the target before it.
  ["- Duy trì 12 tổ truyền thông (tăng 02 tổ so với năm 2022);", [["Duy trì tổ truyền thông", 12, "tổ", null]]],
])("%s", (line, expected) => {
  expect(read(line)).toEqual(expected);
});
