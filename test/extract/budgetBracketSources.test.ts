/**
 * A task's amount followed by its sources in a bracket (`360 triệu đồng (ngân sách trung ương 330 triệu đồng, ngân
 * sách địa phương 30 triệu đồng)`): the bracket's amounts are the task's parts, not amounts beside it that would
 * double the total and raise a false budget-split.
 */
import { extractPlan } from "../../src/extract";

function budgetOf(lines: string[]) {
  const plan = extractPlan(["KẾ HOẠCH", "Về việc X", "I. MỤC TIÊU", "II. KINH PHÍ THỰC HIỆN", ...lines, "III. TỔ CHỨC THỰC HIỆN"].join("\n"));
  return {
    lines: plan.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target]),
    split: plan.issues.filter((i) => i.rule === "budget-split").length,
  };
}

test.each([
  ["numbered tasks, sources in words", ["Tổng kinh phí thực hiện: 1.460 triệu đồng. Cụ thể:", "1. Tổ truyền thông: 1.100 triệu đồng (ngân sách trung ương 1.000 triệu đồng, ngân sách địa phương 100 triệu đồng).", "2. Địa chỉ tin cậy: 360 triệu đồng (ngân sách trung ương 330 triệu đồng, ngân sách địa phương 30 triệu đồng)."]],
  ["bulleted tasks, sources short with colons", ["Tổng kinh phí: 1.460 triệu đồng, gồm:", "- Tổ truyền thông: 1.100 triệu đồng (NSTW: 1.000 triệu đồng; NSĐP: 100 triệu đồng);", "- Địa chỉ tin cậy: 360 triệu đồng (NSTW: 330 triệu đồng; NSĐP: 30 triệu đồng)."]],
])("%s: the tasks are the parts, their sources below them", (_, lines) => {
  expect(budgetOf(lines)).toEqual({
    lines: [["KP", 1_460_000_000], ["KP.1", 1_100_000_000], ["KP.1.1", 1_000_000_000], ["KP.1.2", 100_000_000], ["KP.2", 360_000_000], ["KP.2.1", 330_000_000], ["KP.2.2", 30_000_000]],
    split: 0,
  });
});

test("bracketed amounts that do not add up to the amount before them stay beside it", () => {
  const b = budgetOf(["Tổng kinh phí: 1.500 triệu đồng, gồm:", "- Tổ truyền thông: 1.100 triệu đồng (tăng 100 triệu đồng so với năm trước);", "- Địa chỉ tin cậy: 400 triệu đồng."]);
  expect(b.lines.map((l) => l[0])).not.toContain("KP.1.1");
});

test("a year's amount with its sources in a bracket keeps the sources summed over the years", () => {
  const b = budgetOf(["Tổng kinh phí: 1.050 triệu đồng, trong đó:", "- Năm 2024: 500 triệu đồng (NSTW: 450 triệu đồng; NSĐP: 50 triệu đồng);", "- Năm 2025: 550 triệu đồng (NSTW: 495 triệu đồng; NSĐP: 55 triệu đồng)."]);
  expect(b.lines).toEqual([["KP", 1_050_000_000], ["KP.1", 945_000_000], ["KP.2", 105_000_000]]);
});
