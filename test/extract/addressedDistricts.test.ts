/**
 * A Công văn sent to the districts it gives tasks to (`Kính gửi: Hội LHPN các huyện A, B, C.`): its addressees are
 * the plan's districts, so a quota per district (`ít nhất 01 cuộc …/huyện`) is totalled over them.
 */
import { extractPlan } from "../../src/extract";

const letter = (to: string) =>
  extractPlan(
    ["HỘI LHPN TỈNH YÊN BÁI", "Số: 12/CV-HPN", "V/v triển khai Dự án 8 năm 2025", "Yên Bái, ngày 20 tháng 01 năm 2025", to, "Ban Thường vụ Hội LHPN tỉnh đề nghị thực hiện một số nội dung sau:", "1. Tổ chức ít nhất 01 cuộc đối thoại chính sách/huyện với phụ nữ dân tộc thiểu số trên địa bàn.", "Đề nghị các huyện triển khai thực hiện."].join("\n"),
  );

test.each([
  "Kính gửi: Hội LHPN các huyện Trạm Tấu, Mù Cang Chải, Văn Chấn.",
  "Kính gửi: Ủy ban nhân dân các huyện: Trạm Tấu, Mù Cang Chải và Văn Chấn.",
  "Kính gửi: UBND các huyện, thị xã Trạm Tấu, Mù Cang Chải, Văn Chấn.",
])("%s", (to) => {
  const plan = letter(to);
  expect(plan.areas.map((a) => a.district)).toEqual(["Trạm Tấu", "Mù Cang Chải", "Văn Chấn"]);
  expect(plan.indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.quota])).toEqual([[3, 1]]);
});

test("addressees named by kind only (`các huyện, thành phố`) name no area", () => {
  expect(letter("Kính gửi: Ủy ban nhân dân các huyện, thành phố.").areas).toEqual([]);
});
