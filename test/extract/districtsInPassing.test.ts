/** Districts of a province's plan named for an activity (`tại 05 huyện: A, B`): areas to confirm, never a base for totals. */
import { extractPlan } from "../../src/extract";

function plan(lines: readonly string[]): string {
  return [
    "UBND TỈNH THỬ NGHIỆM",
    "SỞ Y TẾ",
    "Số: 9/KH-SYT",
    "Thử Nghiệm, ngày 05 tháng 3 năm 2024",
    "KẾ HOẠCH",
    "Thực hiện công tác dân số năm 2024",
    "I. MỤC TIÊU",
    "- Xây dựng mới 12 mô hình (mỗi huyện 01 mô hình).",
    "II. NỘI DUNG",
    ...lines,
    "III. TỔ CHỨC THỰC HIỆN",
    "Các phòng triển khai.",
  ].join("\n");
}

describe("districts named in passing", () => {
  test.each<[string, string[], string[], string[]]>([
    ["after a count and a colon", ["Kiểm tra tại 05 huyện: Đồng Văn, Mèo Vạc, Yên Minh, Quản Bạ, Vị Xuyên."], ["Đồng Văn", "Mèo Vạc", "Yên Minh", "Quản Bạ", "Vị Xuyên"], ["areas-in-passing"]],
    [
      "two activities, one list",
      ["Truyền thông tại các huyện: Bảo Lạc, Bảo Lâm.", "Giám sát ở 02 huyện, thành phố: Hòa An, Bảo Lâm."],
      ["Bảo Lạc", "Bảo Lâm", "Hòa An"],
      ["areas-in-passing"],
    ],
    ["a sentence after the colon is no list", ["Kiểm tra tại các huyện: tập trung vào công tác dân số."], [], []],
  ])("%s", (_label, lines, districts, issues) => {
    const read = extractPlan(plan(lines));
    expect(read.areas.map((a) => [a.district, a.commune])).toEqual(districts.map((d) => [d, null]));
    // The quota is never checked against the few districts named (no quota-total).
    expect(read.issues.map((i) => i.rule).filter((r) => r.startsWith("area") || r.startsWith("quota"))).toEqual(issues);
  });
});
