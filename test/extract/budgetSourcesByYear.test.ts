/** The sources of each year under one total (`Năm 2024: 1.000 triệu đồng (NSTW: 900 …; NSĐP: 100 …)`) are one line per source, never the same source twice. */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

function budget(lines: readonly string[]): Array<[string, string, number]> {
  const text = [...DISTRICT_PLAN_HEAD, "I. CHỈ TIÊU", "- Thành lập mới 05 tổ truyền thông cộng đồng.", "II. KINH PHÍ", ...lines, "III. TỔ CHỨC THỰC HIỆN", "Các xã triển khai."].join("\n");
  return extractPlan(text).indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.name, i.target]);
}

test("each source once, over the years", () => {
  expect(
    budget([
      "Tổng kinh phí: 2.500 triệu đồng, trong đó:",
      "- Năm 2024: 1.000 triệu đồng (NSTW: 900 triệu đồng; NSĐP: 100 triệu đồng);",
      "- Năm 2025: 1.500 triệu đồng (NSTW: 1.350 triệu đồng; NSĐP: 150 triệu đồng).",
    ]),
  ).toEqual([
    ["KP", "Tổng kinh phí", 2_500_000_000],
    ["KP.1", "NSTW", 2_250_000_000],
    ["KP.2", "NSĐP", 250_000_000],
  ]);
});

test("two purposes of one name are left as written", () => {
  expect(budget(["Tổng kinh phí: 300 triệu đồng, trong đó:", "- Tập huấn: 100 triệu đồng;", "- Tập huấn: 200 triệu đồng."]).map((r) => r[2])).toEqual([300_000_000, 100_000_000, 200_000_000]);
});
