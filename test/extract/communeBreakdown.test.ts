/**
 * A target broken down by commune (`Thành lập mới 06 tổ (xã Pa Tần 02 tổ, xã Nậm Cuổi 02 tổ, xã Làng Mô 02 tổ)`,
 * `trong đó: xã A 02 tổ, xã B 03 tổ`) names the communes of the document's district when the text lists no other.
 */
import { extractPlan } from "../../src/extract";

const areasOf = (line: string) =>
  extractPlan(["HỘI LHPN HUYỆN SÌN HỒ", "KẾ HOẠCH", "Thực hiện Dự án 8 năm 2025", "I. CHỈ TIÊU", line, "II. TỔ CHỨC THỰC HIỆN", "Các chi hội."].join("\n")).areas.map((a) => [a.district, a.commune]);

test.each([
  "1. Thành lập mới 06 tổ truyền thông cộng đồng (xã Pa Tần 02 tổ, xã Nậm Cuổi 02 tổ, xã Làng Mô 02 tổ).",
  "1. Thành lập mới 06 tổ truyền thông cộng đồng, trong đó: xã Pa Tần 02 tổ, xã Nậm Cuổi 02 tổ, xã Làng Mô 02 tổ.",
])("%s", (line) => {
  expect(areasOf(line)).toEqual([["Sìn Hồ", "Pa Tần"], ["Sìn Hồ", "Nậm Cuổi"], ["Sìn Hồ", "Làng Mô"]]);
});

test("one commune with its figure is no breakdown", () => {
  expect(areasOf("1. Thành lập mới 06 tổ truyền thông cộng đồng (riêng xã Pa Tần 02 tổ).")).toEqual([]);
});
