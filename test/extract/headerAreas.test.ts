/** `| TT | Chỉ tiêu | ĐVT | Tổng | Xã Nàn Ma | Xã Thèn Phàng |`: areas named only as a target table's column headers are the plan's areas. */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

const plan = (header: string, row: string) =>
  [...DISTRICT_PLAN_HEAD, "I. MỤC TIÊU", "1. Chỉ tiêu cụ thể", header, row, "II. TỔ CHỨC THỰC HIỆN", "Các xã triển khai."].join("\n");

test.each<[string, string, Array<[string, string | null]>]>([
  ["TT | Chỉ tiêu | ĐVT | Tổng | Xã Nàn Ma | Xã Thèn Phàng", "1 | Thành lập mới tổ truyền thông | Tổ | 4 | 2 | 2", [["Thử Nghiệm", "Nàn Ma"], ["Thử Nghiệm", "Thèn Phàng"]]],
  ["STT\tNội dung\tĐơn vị tính\tTổng số\tXã Pa Tần\tThị trấn Sìn Hồ\tXã Tả Phìn", "1\tĐối thoại chính sách\tCuộc\t3\t1\t1\t1", [["Thử Nghiệm", "Pa Tần"], ["Thử Nghiệm", "Sìn Hồ"], ["Thử Nghiệm", "Tả Phìn"]]],
  ["TT | Chỉ tiêu | ĐVT | Tổng | Huyện Bát Xát | Huyện Sa Pa", "1 | Thành lập mới tổ truyền thông | Tổ | 4 | 2 | 2", [["Bát Xát", null], ["Sa Pa", null]]],
  ["TT | Chỉ tiêu | ĐVT | Tổng | Xã Nàn Ma | Ghi chú", "1 | Thành lập mới tổ truyền thông | Tổ | 2 | 2 | ", []],
])("%s", (header, row, areas) => {
  const read = extractPlan(plan(header, row));
  expect(read.areas.map((a) => [a.district, a.commune])).toEqual(areas);
  expect(read.indicators.filter((i) => i.kind !== "money")).toHaveLength(1);
});
