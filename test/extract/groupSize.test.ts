/** The members of the groups a target counts (`01 tổ … với tối thiểu 15 thành viên`) describe them; they are no target. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

type Row = [number, string];

describe("members of the groups counted", () => {
  test.each<[string, Row[]]>([
    ["- Thành lập mới 01 tổ tiết kiệm vay vốn tự quản với tối thiểu 15 thành viên.", [[1, "tổ"]]],
    ["- Duy trì 12 CLB gồm 240 thành viên.", [[12, "CLB"]]],
    ["- Thành lập 05 tổ hợp tác; kết nạp 150 hội viên mới.", [[5, "tổ hợp tác"], [150, "hội viên"]]],
    ["- Tập huấn cho 20 tổ truyền thông và 200 người dân.", [[20, "tổ"], [200, "người"]]],
  ])("%s", (line, expected) => {
    expect(extractPlan(planWith([line])).indicators.map((i): Row => [i.target, i.unit])).toEqual(expected);
  });
});
