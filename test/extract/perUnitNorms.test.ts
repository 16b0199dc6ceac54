/** What each unit of a target does (`mỗi địa chỉ tiếp nhận, hỗ trợ từ 3 đến 5 trường hợp/năm`) is a norm, not a target; `trường hợp` is one counting word. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

type Row = [number, string];

describe("a norm per unit of a target", () => {
  test.each<[string, Row[]]>([
    ["- Duy trì 22 địa chỉ tin cậy tại cộng đồng; mỗi địa chỉ tiếp nhận, hỗ trợ từ 3 đến 5 trường hợp/năm.", [[22, "địa chỉ"]]],
    ["- Thành lập 10 tổ truyền thông cộng đồng; mỗi tổ, tùy quy mô thôn, từ 7 đến 10 thành viên.", [[10, "tổ"]]],
    ["- Duy trì 22 địa chỉ tin cậy tại cộng đồng; mỗi địa chỉ tiếp nhận, hỗ trợ 5 trường hợp/năm.", [[22, "địa chỉ"]]],
    ["- Mỗi năm tổ chức ít nhất 02 lớp tập huấn/năm cho cán bộ.", [[2, "lớp tập huấn"]]],
    ["- Hỗ trợ, can thiệp kịp thời 25 trường hợp bị bạo lực gia đình.", [[25, "trường hợp"]]],
    ["- Mỗi xã thành lập 01 tổ; tổ chức từ 10 đến 12 buổi truyền thông.", [[10, "buổi"]]],
  ])("%s", (line, expected) => {
    const read = extractPlan(planWith([line])).indicators.filter((i) => i.kind !== "money" && i.quota === undefined);
    expect(read.map((i): Row => [i.target, i.unit])).toEqual(expected);
  });
});
