/**
 * Places counted, then said of which kind, then named after a colon (`tại 08 xã đặc biệt khó khăn: A, B`, `tại 04 huyện
 * biên giới: A, B`) are named as when the colon follows the count; a capitalised name before the colon is no kind
 * (`tại huyện Mường Nhé: …` names no districts).
 */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

describe("communes of a kind after their count, in a district's plan", () => {
  test.each<[string, string[]]>([
    ["Thực hiện tại 04 xã đặc biệt khó khăn: Tà Xùa, Háng Đồng, Làng Chếu, Xím Vàng.", ["Tà Xùa", "Háng Đồng", "Làng Chếu", "Xím Vàng"]],
    ["Thực hiện tại 03 xã vùng cao biên giới: Pa Vệ Sử, Mù Cả, Tà Tổng.", ["Pa Vệ Sử", "Mù Cả", "Tà Tổng"]],
    ["Thực hiện tại 03 xã: Pa Vệ Sử, Mù Cả, Tà Tổng.", ["Pa Vệ Sử", "Mù Cả", "Tà Tổng"]],
    ["Thực hiện tại 03 xã Khu vực III: Pa Vệ Sử, Mù Cả, Tà Tổng.", []],
  ])("%s", (line, communes) => {
    const text = [...DISTRICT_PLAN_HEAD, "I. CHỈ TIÊU", "- Thành lập mới 06 tổ truyền thông cộng đồng.", "II. ĐỊA BÀN THỰC HIỆN", line, "III. TỔ CHỨC THỰC HIỆN", "Các xã triển khai."].join("\n");
    expect(extractPlan(text).areas.map((a) => a.commune)).toEqual(communes);
  });
});

describe("districts of a kind after their count, in a province's plan", () => {
  test.each<[string, string[]]>([
    ["Tổ chức hội nghị tại 04 huyện biên giới: Cao Lộc, Văn Lãng, Tràng Định, Lộc Bình.", ["Cao Lộc", "Văn Lãng", "Tràng Định", "Lộc Bình"]],
    ["Tổ chức hội nghị tại 02 huyện: Cao Lộc, Văn Lãng.", ["Cao Lộc", "Văn Lãng"]],
    ["Tổ chức hội nghị tại huyện Cao Lộc: Hội LHPN huyện, Công an huyện.", []],
  ])("%s", (line, districts) => {
    const text = [
      "UBND TỈNH THỬ NGHIỆM",
      "SỞ Y TẾ",
      "Số: 9/KH-SYT",
      "Thử Nghiệm, ngày 05 tháng 3 năm 2024",
      "KẾ HOẠCH",
      "Phòng, chống mua bán người năm 2024",
      "I. CHỈ TIÊU",
      "- Thành lập mới 12 mô hình.",
      "II. NỘI DUNG",
      line,
      "III. TỔ CHỨC THỰC HIỆN",
      "Các phòng triển khai.",
    ].join("\n");
    const read = extractPlan(text);
    expect(read.areas.map((a) => [a.district, a.commune])).toEqual(districts.map((d) => [d, null]));
    expect(read.issues.some((i) => i.rule === "areas-in-passing")).toBe(districts.length > 0);
  });
});
