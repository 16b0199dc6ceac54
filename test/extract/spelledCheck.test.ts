/** An amount restated in words in the brackets after it (`(Bằng chữ: …)`) that says another amount is told, the figure kept. */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

function read(budget: string) {
  const plan = extractPlan([...DISTRICT_PLAN_HEAD, "I. MỤC TIÊU", "- Thành lập mới 03 tổ truyền thông cộng đồng.", "II. KINH PHÍ", budget, "III. TỔ CHỨC THỰC HIỆN", "Các xã báo cáo."].join("\n"));
  return {
    total: plan.indicators.filter((i) => i.code === "KP").map((i) => i.target),
    told: plan.issues.filter((i) => i.rule === "target-conflict").map((i) => [i.expected, i.actual]),
  };
}

test.each<[string, number, number[][]]>([
  ["Tổng kinh phí: 2.350.500.000 đồng (Bằng chữ: Hai tỷ, ba trăm năm mươi triệu đồng).", 2_350_500_000, [[2_350_500_000, 2_350_000_000]]],
  ["Tổng kinh phí: 2.350.500.000 đồng (Bằng chữ: Hai tỷ, ba trăm năm mươi triệu, năm trăm nghìn đồng).", 2_350_500_000, []],
  ["Tổng kinh phí: 12,5 tỷ đồng (Mười hai tỷ, năm trăm triệu đồng chẵn).", 12_500_000_000, []],
  ["Tổng kinh phí: 425,5 triệu đồng (Bốn trăm hai mươi lăm triệu, năm trăm nghìn đồng).", 425_500_000, []],
  ["Tổng kinh phí: 1.250 triệu đồng (Một tỷ hai trăm triệu đồng).", 1_250_000_000, [[1_250_000_000, 1_200_000_000]]],
])("%s", (budget, total, told) => {
  expect(read(budget)).toEqual({ total: [total], told });
});
