/**
 * An amending plan quotes the target it replaces and the one that replaces it (`Sửa đổi chỉ tiêu "… 10 tổ …" thành "…
 * 12 tổ …"`), or says where a figure goes from (`từ 10 tổ lên 12 tổ`): only the new figure is a target, named by the new
 * wording; the old one is listed nowhere. The same holds for the budget (`từ 1.200 triệu đồng thành 1.500 triệu đồng`).
 */
import { extractPlan } from "../../src/extract";
import { withoutSuperseded } from "../../src/extract/superseded";
import { planWith } from "./planText";

const targetsOf = (text: string) =>
  extractPlan(text)
    .indicators.filter((i) => i.kind !== "money")
    .map((i) => [i.target, i.unit]);

const WORKSHOPS = "- Bổ sung chỉ tiêu: Tổ chức 04 lớp tập huấn về bình đẳng giới.";

test.each<[string, Array<[number, string]>]>([
  ['- Sửa đổi chỉ tiêu tại điểm a, khoản 2, Mục I: "Thành lập mới 10 tổ truyền thông cộng đồng" thành "Thành lập mới 12 tổ truyền thông cộng đồng".', [[12, "tổ"]]],
  ["- Sửa đổi chỉ tiêu “Thành lập mới 10 tổ truyền thông cộng đồng” thành “Thành lập mới 12 tổ truyền thông cộng đồng”.", [[12, "tổ"]]],
  ['- Thay thế chỉ tiêu "hỗ trợ 30 hộ nghèo phát triển sinh kế" bằng "hỗ trợ 35 hộ nghèo phát triển sinh kế".', [[35, "hộ"]]],
  ['- Thay thế chỉ tiêu "hỗ trợ 30 hộ nghèo" bằng chỉ tiêu "hỗ trợ 35 hộ nghèo".', [[35, "hộ"]]],
  ['- Chỉ tiêu "Thành lập mới 10 tổ truyền thông cộng đồng" được sửa đổi thành "Thành lập mới 12 tổ truyền thông cộng đồng".', [[12, "tổ"]]],
  ['- Sửa đổi điểm a, khoản 2, Mục I như sau: "Thành lập mới 12 tổ truyền thông cộng đồng".', [[12, "tổ"]]],
  ["- Điều chỉnh số tổ truyền thông cộng đồng thành lập mới từ 10 tổ lên 12 tổ.", [[12, "tổ"]]],
  ["- Nâng chỉ tiêu tỷ lệ phụ nữ mang thai được khám thai định kỳ từ 60% lên 70%.", [[70, "%"]]],
  // Unquoted: the old figure, then `thành`/`bằng` and the new one.
  ["- Sửa đổi chỉ tiêu thành lập 10 tổ truyền thông cộng đồng thành 12 tổ.", [[12, "tổ"]]],
  ["- Điều chỉnh chỉ tiêu hỗ trợ 30 hộ nghèo phát triển sinh kế thành 35 hộ.", [[35, "hộ"]]],
  ["- Sửa đổi chỉ tiêu tại điểm a, khoản 2, Mục I: thành lập 10 tổ truyền thông cộng đồng thành 12 tổ truyền thông cộng đồng.", [[12, "tổ"]]],
  ["- Thay đổi chỉ tiêu tỷ lệ phụ nữ mang thai được khám thai định kỳ đạt 60% thành 70%.", [[70, "%"]]],
  ["- Điều chỉnh chỉ tiêu thành lập 10 tổ truyền thông cộng đồng thành 12 tổ; hỗ trợ 30 hộ nghèo.", [[12, "tổ"], [30, "hộ"]]],
  // A quoted name that nothing replaces is part of an ordinary target.
  ['- Thành lập 02 mô hình "Địa chỉ tin cậy" tại cộng đồng.', [[2, "mô hình"]]],
])("%s", (line, expected) => {
  expect(targetsOf(planWith([line, WORKSHOPS]))).toEqual([...expected, [4, "lớp tập huấn"]]);
});

test("the new wording names the target", () => {
  const plan = extractPlan(planWith(['- Sửa đổi chỉ tiêu tại điểm a: "Thành lập mới 10 tổ truyền thông" thành "Thành lập mới 12 tổ truyền thông".']));
  expect(plan.indicators.map((i) => i.name)).toEqual(["Thành lập mới tổ truyền thông"]);
});

test.each<[string, number, string]>([
  ["- Sửa đổi chỉ tiêu thành lập 10 tổ truyền thông cộng đồng thành 12 tổ.", 12, "Thành lập tổ truyền thông cộng đồng"],
  ["- Điều chỉnh chỉ tiêu hỗ trợ 30 hộ nghèo thành 35 hộ.", 35, "Hỗ trợ hộ nghèo"],
])("the unquoted replacement is named by what it counts: %s", (line, target, name) => {
  expect(extractPlan(planWith([line])).indicators.map((i) => [i.target, i.name])).toEqual([[target, name]]);
});

test.each<[string, number[]]>([
  ["Điều chỉnh tổng kinh phí thực hiện năm 2023 từ 1.200 triệu đồng thành 1.500 triệu đồng.", [1_500_000_000]],
  ['Sửa đổi tổng kinh phí thực hiện năm 2023 "1.200 triệu đồng" thành "1.500 triệu đồng".', [1_500_000_000]],
  ["Điều chỉnh tổng kinh phí thực hiện năm 2023 từ 1.200 triệu đồng lên 1.500 triệu đồng, trong đó: ngân sách trung ương 1.350 triệu đồng; ngân sách tỉnh 150 triệu đồng.", [1_500_000_000, 1_350_000_000, 150_000_000]],
])("budget: %s", (line, expected) => {
  const plan = extractPlan(planWith([WORKSHOPS], { after: ["IV. KINH PHÍ", line] }));
  const money = plan.indicators.filter((i) => i.kind === "money");
  expect(money.map((i) => i.target)).toEqual(expected);
  expect(money[0].code).toBe("KP");
});

test.each<[string, string]>([
  ['"hỗ trợ 30 hộ" thành "hỗ trợ 35 hộ"', "hỗ trợ 35 hộ"],
  ["“10 tổ” bằng “12 tổ”", "12 tổ"],
  // No replacement: nothing blanked.
  ['mô hình "Nhà an toàn 10 điểm"', 'mô hình "Nhà an toàn 10 điểm"'],
  ['"Thủ lĩnh của sự thay đổi" thành "Thủ lĩnh"', '"Thủ lĩnh của sự thay đổi" thành "Thủ lĩnh"'],
  ["Sửa đổi chỉ tiêu thành lập 10 tổ thành 12 tổ", "thành lập 12 tổ"],
  ["Điều chỉnh chỉ tiêu hỗ trợ 9 hộ thành 12 hộ", "hỗ trợ 12 hộ"],
  // `từ … thành …` is read elsewhere; two different things are no replacement.
  ["Điều chỉnh số tổ từ 10 tổ thành 12 tổ", "Điều chỉnh số tổ từ 10 tổ thành 12 tổ"],
  ["Điều chỉnh chỉ tiêu thành lập 10 tổ thành 12 câu lạc bộ", "Điều chỉnh chỉ tiêu thành lập 10 tổ thành 12 câu lạc bộ"],
])("withoutSuperseded(%s)", (text, kept) => {
  const out = withoutSuperseded(text);
  expect(out).toHaveLength(text.length);
  expect(out.trim()).toBe(kept);
});
