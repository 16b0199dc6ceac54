/**
 * `Tổng kinh phí: 1.240.000.000 đồng; trong đó năm 2024: 620.000.000 đồng, năm 2025: 620.000.000 đồng` (or by quarter, by half-year) on one line:
 * the years are the total's schedule (told in its source text), never budget lines of their own.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

function read(line: string): { budget: Array<[string, number, string]>; split: number; source: string } {
  const plan = extractPlan(planWith(["- Thành lập mới 10 tổ truyền thông cộng đồng."], { after: ["IV. KINH PHÍ", line] }).replace("III. TỔ CHỨC THỰC HIỆN\n", ""));
  const money = plan.indicators.filter((i) => i.kind === "money");
  return { budget: money.map((i) => [i.code, i.target, i.name]), split: plan.issues.filter((i) => i.rule === "budget-split").length, source: money[0]?.sourceText ?? "" };
}

test.each<[string, number]>([
  ["Tổng kinh phí: 1.240.000.000 đồng; trong đó năm 2024: 620.000.000 đồng, năm 2025: 620.000.000 đồng.", 0],
  ["Tổng kinh phí thực hiện 1.240 triệu đồng, trong đó: năm 2024 là 620 triệu đồng; năm 2025 là 620 triệu đồng.", 0],
  ["Tổng kinh phí: 1,24 tỷ đồng (năm 2024: 620 triệu đồng; năm 2025: 620 triệu đồng).", 0],
  ["Tổng kinh phí: 1.240.000.000 đồng; trong đó năm 2024: 620.000.000 đồng, năm 2025: 600.000.000 đồng.", 1],
  ["Tổng kinh phí: 1.240.000.000 đồng; trong đó năm 2025 quý I: 620.000.000 đồng, quý II: 620.000.000 đồng.", 0],
  ["Tổng kinh phí: 1.240 triệu đồng, trong đó 6 tháng đầu năm 620 triệu đồng, 6 tháng cuối năm 620 triệu đồng.", 0],
])("%s", (line, split) => {
  const r = read(line);
  expect(r.budget).toEqual([["KP", 1_240_000_000, "Tổng kinh phí"]]);
  expect(r.source).toMatch(/(?:năm 2025|quý II|cuối năm)/iu);
  expect(r.split).toBe(split);
});

test("the periods of a total on its line, then its sources on the next: the sources are the parts", () => {
  const plan = extractPlan(
    planWith(["- Thành lập mới 10 tổ truyền thông cộng đồng."], {
      after: ["IV. KINH PHÍ", "Tổng kinh phí: 1.240.000.000 đồng; trong đó quý I: 620.000.000 đồng, quý II: 620.000.000 đồng.", "Nguồn: ngân sách trung ương 1.000.000.000 đồng; nhân dân đóng góp 240.000.000 đồng."],
    }).replace("III. TỔ CHỨC THỰC HIỆN\n", ""),
  );
  expect(plan.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target])).toEqual([
    ["KP", 1_240_000_000],
    ["KP.1", 1_000_000_000],
    ["KP.2", 240_000_000],
  ]);
  expect(plan.issues.filter((i) => i.rule === "budget-split")).toEqual([]);
});
