/**
 * The issuer and the motto side by side, as a PDF's layout keeps them (parted by a wide run of spaces) or as a
 * table's bars do: the issuer is both of its lines, the motto between them skipped, and the district it names
 * places the communes named in the text.
 */
import { extractPlan } from "../../src/extract";

const body = ["KẾ HOẠCH", "Thực hiện Dự án 8 năm 2024", "II. CHỈ TIÊU", "1. Thành lập mới 03 tổ truyền thông cộng đồng tại các xã Ma Thì Hồ, Sa Lông, Huổi Lèng.", "III. KINH PHÍ", "Tổng kinh phí: 90.000.000 đồng."];

test.each<[string, string[]]>([
  ["spaces", ["HỘI LHPN TỈNH ĐIỆN BIÊN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HỘI LHPN HUYỆN MƯỜNG CHÀ              Độc lập - Tự do - Hạnh phúc", "Số: 18 /KH-HPN", "                     Mường Chà, ngày 06 tháng 3 năm 2024"]],
  ["bars", ["HỘI LHPN TỈNH ĐIỆN BIÊN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HỘI LHPN HUYỆN MƯỜNG CHÀ | Độc lập - Tự do - Hạnh phúc", "Số: 18 /KH-HPN | Mường Chà, ngày 06 tháng 3 năm 2024"]],
])("%s", (_label, head) => {
  const read = extractPlan([...head, ...body].join("\n"));
  expect(read.issuer).toBe("HỘI LHPN TỈNH ĐIỆN BIÊN HỘI LHPN HUYỆN MƯỜNG CHÀ");
  expect(read.date).toBe("2024-03-06");
  expect(read.areas.map((a) => [a.district, a.commune])).toEqual([
    ["Mường Chà", "Ma Thì Hồ"],
    ["Mường Chà", "Sa Lông"],
    ["Mường Chà", "Huổi Lèng"],
  ]);
});

test("an issuer with no number line stops at the motto before the title", () => {
  expect(extractPlan(["ỦY BAN NHÂN DÂN HUYỆN MƯỜNG CHÀ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ...body].join("\n")).issuer).toBe("ỦY BAN NHÂN DÂN HUYỆN MƯỜNG CHÀ");
});

test("a label and its value parted by a wide gap stay one line", () => {
  const read = extractPlan(
    [
      "UBND HUYỆN THAN UYÊN",
      "Số: 64/KH-UBND",
      "Than Uyên, ngày 14 tháng 3 năm 2024",
      "KẾ HOẠCH",
      "Thực hiện Dự án 8 năm 2024",
      "II. CHỈ TIÊU",
      "1. Thành lập mới tổ truyền thông cộng đồng:        08 tổ",
      "III. KINH PHÍ",
      "Tổng kinh phí:          1.250.000.000 đồng",
      "- Ngân sách trung ương:      1.000.000.000 đồng",
      "- Ngân sách địa phương:        250.000.000 đồng",
    ].join("\n"),
  );
  expect(read.indicators.map((i) => [i.code, i.target, i.name])).toEqual([
    ["1", 8, "Thành lập mới tổ truyền thông cộng đồng"],
    ["KP", 1_250_000_000, "Tổng kinh phí"],
    ["KP.1", 1_000_000_000, "Ngân sách trung ương"],
    ["KP.2", 250_000_000, "Ngân sách địa phương"],
  ]);
});
