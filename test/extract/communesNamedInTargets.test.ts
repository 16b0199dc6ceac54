/**
 * Communes named in a target's line when the text lists none: after their count and a colon (`tại 08 xã: A, B`) or
 * each with its prefix (`tại xã A và xã B`, `xã A, xã B`), in the document's district. One commune is no list.
 */
import { extractPlan } from "../../src/extract";

const plan = (line: string) =>
  extractPlan(["ỦY BAN NHÂN DÂN", "HUYỆN QUẢN BẠ", "Số: 77/KH-UBND", "Quản Bạ, ngày 28 tháng 02 năm 2024", "KẾ HOẠCH", "Thực hiện Dự án 2 năm 2024", "II. CHỈ TIÊU", `1. ${line}`, "2. Hỗ trợ ít nhất 240 hộ nghèo.", "III. KINH PHÍ", "Tổng kinh phí: 500 triệu đồng."].join("\n"));

test.each<[string, string[]]>([
  ["Xây dựng 03 mô hình giảm nghèo tại 03 xã: Quyết Tiến, Tùng Vài, Cán Tỷ.", ["Quyết Tiến", "Tùng Vài", "Cán Tỷ"]],
  ["Tổ chức 02 cuộc đối thoại chính sách tại xã Quyết Tiến và xã Tùng Vài.", ["Quyết Tiến", "Tùng Vài"]],
  ["Tổ chức 03 cuộc đối thoại tại xã Quyết Tiến, xã Tùng Vài và thị trấn Tam Sơn.", ["Quyết Tiến", "Tùng Vài", "Tam Sơn"]],
  ["Tổ chức 01 cuộc đối thoại tại xã Quyết Tiến.", []],
])("%s", (line, communes) => {
  const read = plan(line);
  expect(read.areas.map((a) => [a.district, a.commune])).toEqual(communes.map((c) => ["Quản Bạ", c]));
});
