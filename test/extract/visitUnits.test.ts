/**
 * `lượt` followed by the people it counts is one unit (`30 lượt phụ nữ`), like `lượt người`; so is `lượt` followed by
 * the establishments an inspection visits (`150 lượt cơ sở`).
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

describe("visits counted by people", () => {
  test.each<[string, number, string]>([
    ["- Vận động 30 - 40 lượt phụ nữ đi khám thai, khám phụ khoa.", 30, "lượt phụ nữ"],
    ["- Tuyên truyền cho 500 lượt hội viên.", 500, "lượt hội viên"],
    ["- Tư vấn cho 6.000 lượt người lao động.", 6000, "lượt người"],
    ["- Bồi dưỡng kỹ năng số cho 1.500 lượt thành viên Tổ công nghệ số cộng đồng.", 1500, "lượt thành viên"],
    ["- Tập huấn cho 240 lượt học viên.", 240, "lượt học viên"],
    ["- Tổ chức 12 lượt kiểm tra.", 12, "lượt"],
    ["- Thanh tra, kiểm tra 150 lượt cơ sở sản xuất, kinh doanh thực phẩm.", 150, "lượt cơ sở"],
    ["- Kiểm tra 40 lượt doanh nghiệp về an toàn lao động.", 40, "lượt doanh nghiệp"],
  ])("%s", (line, target, unit) => {
    const [first] = extractPlan(planWith([line])).indicators;
    expect([first.target, first.unit]).toEqual([target, unit]);
  });
});
