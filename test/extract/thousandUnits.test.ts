/** A budget table in thousands written `ĐVT: 1.000 đồng` or `Kinh phí (1.000đ)`: read in nghìn đồng; the note is no amount. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const ROWS = ["| 1 | Truyền thông | 500.000 |", "| 2 | Tập huấn | 750.000 |", "| | Tổng cộng | 1.250.000 |"];

test.each<[string, string[]]>([
  ["a note `ĐVT: 1.000 đồng`", ["ĐVT: 1.000 đồng", "| TT | Nội dung | Tổng số |", ...ROWS]],
  ["a note `ĐVT: 1.000đ`", ["ĐVT: 1.000đ", "| TT | Nội dung | Kinh phí |", ...ROWS]],
  ["a header `Kinh phí (1.000 đồng)`", ["| TT | Nội dung | Kinh phí (1.000 đồng) |", ...ROWS]],
])("%s", (_label, lines) => {
  const plan = extractPlan(planWith(["- Thành lập 05 tổ."]).replace("III. TỔ CHỨC THỰC HIỆN", ["III. KINH PHÍ", ...lines, "IV. TỔ CHỨC THỰC HIỆN"].join("\n")));
  expect(plan.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target, i.unit])).toEqual([
    ["KP", 1_250_000_000, "nghìn đồng"],
    ["KP.1", 500_000_000, "nghìn đồng"],
    ["KP.2", 750_000_000, "nghìn đồng"],
  ]);
});
