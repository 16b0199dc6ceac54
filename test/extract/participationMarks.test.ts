/**
 * A table of places with a column of marks (`| Tham gia Dự án 8 |`, `x` in some rows): the plan covers the marked
 * places only; a row left blank there names a place it does not cover. A column of figures under such a header is no
 * column of marks.
 */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

function areasOf(rows: readonly string[]): string[] {
  const text = [...DISTRICT_PLAN_HEAD, "I. MỤC TIÊU", "- Thành lập mới 05 tổ truyền thông cộng đồng.", "II. ĐỊA BÀN THỰC HIỆN", ...rows, "III. TỔ CHỨC THỰC HIỆN", "Các xã báo cáo."].join("\n");
  return extractPlan(text).areas.map((a) => (a.commune === null ? a.district : `${a.district}/${a.commune}`));
}

const COMMUNES = ["1 | Bản Phố | x |", "2 | Bản Liền | |", "3 | Nậm Đét | X |", "4 | Lùng Phình | x | Xã đặc biệt khó khăn"];

test.each<[string, readonly string[], string[]]>([
  ["`Tham gia Dự án 8` marked `x`", ["STT | Xã | Tham gia Dự án 8 | Ghi chú", ...COMMUNES], ["Thử Nghiệm/Bản Phố", "Thử Nghiệm/Nậm Đét", "Thử Nghiệm/Lùng Phình"]],
  ["`Thực hiện` marked `✓`", ["STT | Tên xã | Thực hiện | Ghi chú", ...COMMUNES.map((r) => r.replace(/\| [xX] \|/u, "| ✓ |"))], ["Thử Nghiệm/Bản Phố", "Thử Nghiệm/Nậm Đét", "Thử Nghiệm/Lùng Phình"]],
  ["every row marked", ["STT | Xã | Tham gia | Ghi chú", ...COMMUNES.map((r) => r.replace("| Bản Liền | |", "| Bản Liền | x |"))], ["Thử Nghiệm/Bản Phố", "Thử Nghiệm/Bản Liền", "Thử Nghiệm/Nậm Đét", "Thử Nghiệm/Lùng Phình"]],
  ["figures under `Tham gia` are no marks", ["STT | Xã | Tham gia (người) | Ghi chú", "1 | Bản Phố | 40 |", "2 | Bản Liền | |", "3 | Nậm Đét | 35 |"], ["Thử Nghiệm/Bản Phố", "Thử Nghiệm/Bản Liền", "Thử Nghiệm/Nậm Đét"]],
  [
    "districts and communes, marks on the communes",
    ["STT | Huyện | Xã | Tham gia", "1 | Mường Khương | Bản Lầu | x", " | | Lùng Vai | ", "2 | Si Ma Cai | Bản Mế | x", " | | Cán Cấu | x"],
    ["Mường Khương/Bản Lầu", "Si Ma Cai/Bản Mế", "Si Ma Cai/Cán Cấu"],
  ],
  [
    "district rows over commune rows, an unmarked district with a marked commune",
    ["STT | Đơn vị | Tham gia", "I | Huyện Mường Khương | ", "1 | Xã Bản Lầu | x", "2 | Xã Lùng Vai | ", "II | Huyện Si Ma Cai | ", "1 | Xã Cán Cấu | "],
    ["Mường Khương", "Mường Khương/Bản Lầu"],
  ],
])("%s", (_label, rows, expected) => {
  expect(areasOf(rows)).toEqual(expected);
});
