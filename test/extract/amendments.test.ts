/**
 * A plan amending another (`Điều chỉnh Kế hoạch số 45/KH-UBND`): `điều chỉnh từ 10 tổ thành 12 tổ` gives the new figure
 * only, named by its label; how much the budget moved (`tăng 150 triệu đồng so với …`, `(giảm 50 triệu đồng)`) is no
 * budget line.
 */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

function read(targets: readonly string[], budget: string) {
  const plan = extractPlan([...DISTRICT_PLAN_HEAD, "I. NỘI DUNG ĐIỀU CHỈNH", "1. Điều chỉnh chỉ tiêu", ...targets, "2. Điều chỉnh kinh phí", budget, "- Ngân sách trung ương: 1.035 triệu đồng;", "- Ngân sách địa phương: 115 triệu đồng.", "II. TỔ CHỨC THỰC HIỆN", "Các xã báo cáo."].join("\n"));
  return {
    targets: plan.indicators.filter((i) => i.kind !== "money").map((i) => [i.name, i.target, i.unit]),
    budget: plan.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target / 1e6]),
    issues: plan.issues.map((i) => i.rule),
  };
}

const BUDGET = [["KP", 1150], ["KP.1", 1035], ["KP.2", 115]];

test.each([
  ["Tổng kinh phí sau điều chỉnh: 1.150 triệu đồng, tăng 150 triệu đồng so với Kế hoạch số 45/KH-UBND, trong đó:"],
  ["Tổng kinh phí sau điều chỉnh: 1.150 triệu đồng (tăng 150 triệu đồng), trong đó:"],
  ["Tổng kinh phí sau điều chỉnh: 1.150 triệu đồng (giảm 50 triệu đồng so với kế hoạch đã giao), trong đó:"],
])("the revised figures, never the old ones nor the change: %s", (budget) => {
  expect(read(["- Thành lập mới tổ truyền thông cộng đồng: điều chỉnh từ 10 tổ thành 12 tổ;", "- Tổ chức đối thoại chính sách: điều chỉnh từ 06 cuộc xuống 04 cuộc."], budget)).toEqual({
    targets: [
      ["Thành lập mới tổ truyền thông cộng đồng", 12, "tổ"],
      ["Tổ chức đối thoại chính sách", 4, "cuộc"],
    ],
    budget: BUDGET,
    issues: [],
  });
});
