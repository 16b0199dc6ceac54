/**
 * A budget given only as an amount per area (`150 triệu đồng cho mỗi huyện`, `50 triệu đồng/xã`): totalled over the
 * areas the plan names, or the count it states, as one line to confirm with the amount per area as its quota; with
 * no count of those areas, or beside a total, nothing is worked out.
 */
import { extractPlan } from "../../src/extract";

const budgetOf = (lines: string[]) =>
  extractPlan(["CÔNG VĂN", "V/v triển khai Dự án 8 năm 2024", ...lines, "Đề nghị các đơn vị triển khai thực hiện."].join("\n"))
    .indicators.filter((i) => i.kind === "money")
    .map((i) => [i.code, i.target, i.quota, (i.confidence ?? 1) < 0.8]);

test.each([
  ["districts addressed", ["Kính gửi: Hội LHPN các huyện Bảo Lâm, Bảo Lạc, Hà Quảng.", "1. Mỗi huyện tổ chức ít nhất 02 lớp tập huấn.", "Kinh phí: Hội LHPN tỉnh cấp 150 triệu đồng cho mỗi huyện."], [["KP", 450_000_000, 150_000_000, true]]],
  ["communes counted in the text", ["Kính gửi: UBND các xã.", "Triển khai tại 12 xã vùng đồng bào dân tộc thiểu số; mỗi xã thành lập 01 tổ truyền thông cộng đồng.", "Kinh phí hỗ trợ: 50 triệu đồng/xã."], [["KP", 600_000_000, 50_000_000, true]]],
])("an amount per area over the %s", (_, lines, wanted) => {
  expect(budgetOf(lines)).toEqual(wanted);
});

test.each([
  ["no count of the areas", ["Kính gửi: UBND các xã.", "Kinh phí hỗ trợ: 50 triệu đồng/xã."], []],
  ["a total stated beside it", ["Kính gửi: UBND các xã.", "Triển khai tại 12 xã.", "Tổng kinh phí 600 triệu đồng, mức hỗ trợ 50 triệu đồng/xã."], [["KP", 600_000_000, undefined, false]]],
])("nothing is worked out with %s", (_, lines, wanted) => {
  expect(budgetOf(lines)).toEqual(wanted);
});
