/** Two-line allocation sheets (a count and money over two districts and their communes, the total first) shared by the layout tests of lines split into parts. */
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";

/** STT `I`, `II` on the districts and `1`, `2` on their communes; `Thị trấn` among them. */
export const NUMBERED_PLAN = planOf([
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 10 },
  { code: "KP", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 1000 },
]);
export const NUMBERED_BODY: [CellValue, string, number, number][] = [
  [null, "Tổng cộng", 10, 1000],
  ["I", "Huyện Ba Vì", 6, 600],
  [1, "Xã Ba Trại", 2, 200],
  [2, "Xã Tản Lĩnh", 2, 200],
  [3, "Thị trấn Tây Đằng", 2, 200],
  ["II", "Huyện Thạch Thất", 4, 400],
  [1, "Xã Yên Bình", 2, 200],
  [2, "Xã Yên Trung", 2, 200],
];

/** Names only (`Huyện …`, `Xã …`), no STT. */
export const NAMED_PLAN = planOf([
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
  { code: "KP", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 600 },
]);
export const NAMED_BODY: [string, number, number][] = [
  ["Tổng cộng", 12, 600],
  ["Huyện Trạm Tấu", 6, 300],
  ["Xã Bản Mù", 3, 100],
  ["Xã Xà Hồ", 3, 200],
  ["Huyện Mù Cang Chải", 6, 300],
  ["Xã Chế Tạo", 3, 150],
  ["Xã Lao Chải", 3, 150],
];
