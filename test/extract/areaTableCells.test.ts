/** A `Huyện | Xã` table whose commune cell names several communes (`Bản Mế, Cán Cấu`): one area each. */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

test("several communes in one cell", () => {
  const text = [
    ...DISTRICT_PLAN_HEAD,
    "I. CHỈ TIÊU",
    "- Thành lập mới 05 tổ.",
    "II. ĐỊA BÀN",
    "| STT | Huyện | Số xã | Tên xã |",
    "| 1 | Si Ma Cai | 3 | Bản Mế, Cán Cấu, Lùng Thẩn |",
    "| 2 | Bắc Hà | 2 | Bản Phố và Tà Chải |",
    "| 3 | Mường Khương | 1 | Xã Pha Long |",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các xã báo cáo.",
  ].join("\n");
  expect(extractPlan(text).areas.map((a) => [a.district, a.commune])).toEqual([
    ["Si Ma Cai", "Bản Mế"],
    ["Si Ma Cai", "Cán Cấu"],
    ["Si Ma Cai", "Lùng Thẩn"],
    ["Bắc Hà", "Bản Phố"],
    ["Bắc Hà", "Tà Chải"],
    ["Mường Khương", "Pha Long"],
  ]);
});
