/**
 * An amending plan (`Điều chỉnh, bổ sung Kế hoạch số …`) takes some targets out (`Bãi bỏ chỉ tiêu …`, `Không thực
 * hiện chỉ tiêu …`): the figures such a clause recalls are no targets; those it adjusts or adds are.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const targetsOf = (lines: string[]) =>
  extractPlan(planWith(lines))
    .indicators.filter((i) => i.kind !== "money")
    .map((i) => [i.target, i.unit]);

const MODELS = "- Điều chỉnh chỉ tiêu tại điểm c: Hỗ trợ xây dựng 08 mô hình giảm nghèo.";

test.each<[string, Array<[number, string]>]>([
  ["- Bãi bỏ chỉ tiêu tại điểm d, khoản 2, Mục I (hỗ trợ 20 hộ nghèo làm nhà ở) do đã được bố trí từ nguồn xã hội hóa.", [[8, "mô hình"]]],
  ["- Không thực hiện chỉ tiêu hỗ trợ 20 hộ nghèo làm nhà ở.", [[8, "mô hình"]]],
  ["- Bãi bỏ chỉ tiêu hỗ trợ 20 hộ nghèo làm nhà ở. Bổ sung chỉ tiêu: đào tạo nghề cho 350 lao động.", [[8, "mô hình"], [350, "lao động"]]],
  ["- Hỗ trợ 20 hộ nghèo làm nhà ở.", [[8, "mô hình"], [20, "hộ"]]],
  // What the plan's activities do away with is no repeal of a target.
  ["- Tuyên truyền bãi bỏ hủ tục lạc hậu tại các thôn, tổ chức 20 buổi truyền thông.", [[8, "mô hình"], [20, "buổi"]]],
  ["- Vận động xóa bỏ định kiến giới, thành lập 06 câu lạc bộ.", [[8, "mô hình"], [6, "CLB"]]],
])("%s", (line, expected) => {
  expect(targetsOf([MODELS, line])).toEqual(expected);
});

test("a repeal said in running text recalls no target either", () => {
  const plan = extractPlan(planWith([MODELS], { after: ["Phấn đấu bãi bỏ nội dung hỗ trợ 20 hộ nghèo làm nhà ở tại Kế hoạch số 48/KH-UBND."] }));
  expect(plan.indicators.filter((i) => i.kind !== "money").map((i) => i.target)).toEqual([8]);
});
