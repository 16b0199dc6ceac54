/** Figures with their unit in a bracket on the line (`Tổng kinh phí (triệu đồng): 1.250, …`, `1.250 (triệu đồng)`) are amounts in that unit. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, Array<[string, number]>]>([
  ["Tổng kinh phí (triệu đồng): 1.250, trong đó NSTW: 1.000; NSĐP: 250.", [["KP", 1_250_000_000], ["KP.1", 1_000_000_000], ["KP.2", 250_000_000]]],
  ["Tổng kinh phí: 1.250 (triệu đồng).", [["KP", 1_250_000_000]]],
  ["Tổng kinh phí (ĐVT: tỷ đồng): 1,25.", [["KP", 1_250_000_000]]],
  ["Kinh phí thực hiện năm 2026 (triệu đồng): 1.250.", [["KP", 1_250_000_000]]],
  ["Kinh phí Dự án 8 (triệu đồng): 120.", [["KP", 120_000_000]]],
])("%s", (line, expected) => {
  const plan = extractPlan(planWith(["- Thành lập 05 tổ."]).replace("III. TỔ CHỨC THỰC HIỆN", `III. KINH PHÍ\n${line}\nIV. TỔ CHỨC THỰC HIỆN`));
  expect(plan.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target])).toEqual(expected);
});
