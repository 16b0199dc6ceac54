/** A target table's note cell giving a quota (`Mỗi xã 01 tổ`, `01 CLB/xã`) sets the line's quota, checked against the communes listed. */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

function tablePlan(row: string, places = "Địa bàn thực hiện: các xã A Lù, Y Tý, Dền Sáng."): string {
  return [...DISTRICT_PLAN_HEAD, "I. CHỈ TIÊU", "| TT | Chỉ tiêu | ĐVT | Kế hoạch | Ghi chú |", row, "II. ĐỊA BÀN", places, "III. TỔ CHỨC THỰC HIỆN", "Các xã báo cáo."].join("\n");
}

describe("a quota in the note column", () => {
  test.each<[string, number | undefined, string[]]>([
    ["| 1 | Tổ truyền thông cộng đồng thành lập mới | Tổ | 03 | Mỗi xã 01 tổ |", 1, []],
    ["| 1 | Câu lạc bộ thủ lĩnh của sự thay đổi | CLB | 06 | 02 CLB/xã |", 2, []],
    ["| 1 | Tổ truyền thông cộng đồng thành lập mới | Tổ | 04 | Mỗi xã 01 tổ |", 1, ["quota-total"]],
    ["| 1 | Tổ truyền thông cộng đồng thành lập mới | Tổ | 03 | Ưu tiên xã khó khăn |", undefined, []],
    ["| 1 | Tổ truyền thông cộng đồng thành lập mới | Tổ | 03 | Mỗi xã 01 lớp tập huấn |", undefined, []],
  ])("%s", (row, quota, issues) => {
    const plan = extractPlan(tablePlan(row));
    expect(plan.indicators[0].quota).toBe(quota);
    expect(plan.issues.map((i) => i.rule).filter((r) => r.startsWith("quota"))).toEqual(issues);
  });
});
