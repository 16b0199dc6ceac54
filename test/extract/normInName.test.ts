/** A norm per unit after a target (`…, mỗi tổ sinh hoạt 01 lần/tháng`) is no part of the target's name. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

describe("a norm after the target", () => {
  test.each<[string, number, string]>([
    ["- Duy trì sinh hoạt 02 tổ truyền thông cộng đồng, mỗi tổ sinh hoạt 01 lần/tháng.", 2, "Duy trì sinh hoạt tổ truyền thông cộng đồng"],
    ["- Hỗ trợ 300 hộ, mỗi hộ 5 triệu đồng/năm.", 300, "Hỗ trợ hộ"],
    ["- Thành lập 10 tổ truyền thông cộng đồng, mỗi tổ từ 7 đến 10 thành viên.", 10, "Thành lập tổ truyền thông cộng đồng"],
  ])("%s", (line, target, name) => {
    const [first] = extractPlan(planWith([line])).indicators;
    expect([first.target, first.name]).toEqual([target, name]);
  });
});
