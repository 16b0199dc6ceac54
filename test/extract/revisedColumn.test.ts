/** An amending plan's table `Kế hoạch đã giao | Sau điều chỉnh`: the targets are the revised column's, not the old plan's. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string]>([["Sau điều chỉnh"], ["Kế hoạch điều chỉnh"], ["Chỉ tiêu sau điều chỉnh, bổ sung"]])("the column %s holds the targets", (header) => {
  const text = planWith([
    `| STT | Nội dung | Đơn vị tính | Kế hoạch đã giao | ${header} | Ghi chú |`,
    "| 1 | Cứng hóa đường giao thông nội đồng | Km | 3,5 | 4,2 | Tăng 0,7 km |",
    "| 2 | Tỷ lệ hộ dân sử dụng nước sạch | % | 60 | 65 |  |",
    "| 3 | Xây dựng vườn mẫu | Vườn |  | 12 | Bổ sung |",
  ]);
  expect(extractPlan(text).indicators.map((i) => [i.name, i.target])).toEqual([
    ["Cứng hóa đường giao thông nội đồng", 4.2],
    ["Tỷ lệ hộ dân sử dụng nước sạch", 65],
    ["Xây dựng vườn mẫu", 12],
  ]);
});
