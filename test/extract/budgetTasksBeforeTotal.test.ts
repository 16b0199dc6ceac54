/**
 * Tasks with their amounts, then `Tổng kinh phí: …, trong đó:` split by source: the tasks are a second split of the
 * total (its parts, as a worksheet allocates them; the sources told with the total), not parts beside the total.
 */
import { extractPlan } from "../../src/extract";

function budgetOf(lines: string[]) {
  const plan = extractPlan(["KẾ HOẠCH", "Về việc X", "I. MỤC TIÊU", "II. KINH PHÍ", ...lines, "III. TỔ CHỨC THỰC HIỆN", "Hội LHPN huyện chủ trì."].join("\n"));
  return {
    lines: plan.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target, i.name]),
    split: plan.issues.filter((i) => i.rule === "budget-split").map((i) => [i.expected, i.actual]),
  };
}

const sources = ["Tổng kinh phí: 1.000 triệu đồng, trong đó:", "- Ngân sách trung ương: 900 triệu đồng;", "- Ngân sách địa phương: 100 triệu đồng."];

test.each([
  ["numbered", ["1. Tuyên truyền: 600 triệu đồng.", "2. Xây dựng mô hình: 400 triệu đồng."]],
  ["bulleted", ["- Tuyên truyền: 600.000.000 đồng;", "- Xây dựng mô hình: 400.000.000 đồng."]],
])("%s tasks that add up to the total are its parts", (_, tasks) => {
  const b = budgetOf([...tasks, ...sources]);
  expect(b.lines).toEqual([["KP", 1_000_000_000, "Tổng kinh phí"], ["KP.1", 600_000_000, "Tuyên truyền"], ["KP.2", 400_000_000, "Xây dựng mô hình"]]);
  expect(b.split).toEqual([]);
});

test("tasks that miss the total are still its parts, and the gap is told", () => {
  const b = budgetOf(["1. Tuyên truyền: 600 triệu đồng.", "2. Xây dựng mô hình: 300 triệu đồng.", ...sources]);
  expect(b.lines.map((l) => l[0])).toEqual(["KP", "KP.1", "KP.2"]);
  expect(b.split).toEqual([[900_000_000, 1_000_000_000]]);
});
