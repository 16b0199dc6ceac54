/** A count in the base of a percent (`100% xã có ít nhất 01 địa chỉ tin cậy`) describes the places counted: one percent target, no count target. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

type Row = [number, string, string];

describe("a count after a percent's places and `có`", () => {
  test.each<[string, Row[]]>([
    ["- Phấn đấu 100% xã có ít nhất 01 địa chỉ tin cậy tại cộng đồng.", [[100, "%", "Xã có ít nhất 01 địa chỉ tin cậy tại cộng đồng"]]],
    ["- 90% thôn, bản có 01 tổ truyền thông cộng đồng hoạt động.", [[90, "%", "Thôn, bản có 01 tổ truyền thông cộng đồng hoạt động"]]],
    ["- Đạt 80% số hộ được hỗ trợ; thành lập 05 tổ hợp tác.", [[80, "%", "Số hộ được hỗ trợ"], [5, "tổ hợp tác", "Thành lập tổ hợp tác"]]],
    ["- Phấn đấu 85% trở lên phụ nữ mang thai được khám thai ít nhất 4 lần.", [[85, "%", "Phụ nữ mang thai được khám thai ít nhất 4 lần"]]],
    ["- 100% xã được tuyên truyền, tổ chức 12 buổi truyền thông.", [[100, "%", "Xã được tuyên truyền"], [12, "buổi", "Tổ chức buổi truyền thông"]]],
  ])("%s", (line, expected) => {
    expect(extractPlan(planWith([line])).indicators.map((i): Row => [i.target, i.unit, i.name])).toEqual(expected);
  });
});
