/**
 * A table of targets, then a note giving quotas per area for some of its rows (`Ghi chú: Mỗi xã thành lập 01 tổ …`): the
 * row is the target and carries the quota, checked against the listed areas; the quota is no second target and no
 * conflict with the row's total.
 */
import { extractPlan } from "../../src/extract";

function read(note: string, teams = "12") {
  const plan = extractPlan(
    [
      "KẾ HOẠCH",
      "Thực hiện Dự án 8 năm 2026",
      "II. CHỈ TIÊU CỤ THỂ",
      "STT | Nội dung | Đơn vị tính | Chỉ tiêu năm 2026",
      `1 | Thành lập mới tổ truyền thông cộng đồng | Tổ | ${teams}`,
      "2 | Xây dựng địa chỉ tin cậy tại cộng đồng | Địa chỉ | 06",
      "3 | Tổ chức đối thoại chính sách với phụ nữ | Cuộc | 24",
      "",
      note,
      "III. ĐỊA BÀN THỰC HIỆN",
      "12 xã: Bản Công, Bản Mù, Hát Lừu, Làng Nhì, Pá Hu, Pá Lau, Phình Hồ, Tà Si Láng, Trạm Tấu, Túc Đán, Xà Hồ, Thị trấn Trạm Tấu.",
      "IV. KINH PHÍ",
      "Tổng kinh phí: 500 triệu đồng.",
    ].join("\n"),
  );
  return {
    targets: plan.indicators.filter((i) => i.kind === "count").map((i) => [i.target, i.unit, i.quota ?? null]),
    issues: plan.issues.map((i) => i.rule),
  };
}

test.each([
  "Ghi chú: Mỗi xã thành lập 01 tổ truyền thông cộng đồng; mỗi xã tổ chức 02 cuộc đối thoại chính sách.",
  "Mỗi xã thành lập 01 tổ truyền thông cộng đồng, tổ chức 02 cuộc đối thoại chính sách.",
])("%s", (note) => {
  expect(read(note)).toEqual({
    targets: [[12, "Tổ", 1], [6, "Địa chỉ", null], [24, "Cuộc", 2]],
    issues: [],
  });
});

test("a row missing its quota's total is told as such, not as two targets", () => {
  const r = read("Ghi chú: Mỗi xã thành lập 01 tổ truyền thông cộng đồng.", "10");
  expect(r.targets).toEqual([[10, "Tổ", 1], [6, "Địa chỉ", null], [24, "Cuộc", null]]);
  expect(r.issues).toEqual(["quota-total"]);
});
