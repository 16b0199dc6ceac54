/**
 * `2. Nguồn vốn:` with its sources, then `3. Phân bổ theo nội dung:` with the purposes: the second heading opens a split
 * of the total, never of the last source listed before it; the purposes are the total's parts, the sources told with
 * it. `Trong đó:` alone on a line still opens the amount just before it.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

function budget(lines: string[]) {
  const plan = extractPlan(planWith(["- Thành lập mới 10 tổ truyền thông cộng đồng."], { after: ["IV. KINH PHÍ", ...lines] }).replace("III. TỔ CHỨC THỰC HIỆN\n", ""));
  return {
    lines: plan.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target]),
    splits: plan.issues.filter((i) => i.rule === "budget-split").length,
  };
}

const SOURCES = ["1. Tổng kinh phí: 900 triệu đồng.", "2. Nguồn vốn:", "- Ngân sách trung ương: 800 triệu đồng;", "- Ngân sách huyện: 100 triệu đồng."];

test.each(["3. Phân bổ theo nội dung:", "3. Phân bổ theo nhiệm vụ:", "Chia theo nội dung:"])("%s", (heading) => {
  expect(budget([...SOURCES, heading, "- Truyền thông: 500 triệu đồng;", "- Tập huấn: 250 triệu đồng;", "- Giám sát: 150 triệu đồng."])).toEqual({
    lines: [["KP", 900_000_000], ["KP.1", 500_000_000], ["KP.2", 250_000_000], ["KP.3", 150_000_000]],
    splits: 0,
  });
});

test("`Trong đó:` alone on its line opens the amount before it", () => {
  expect(budget(["Tổng kinh phí: 900 triệu đồng.", "Ngân sách trung ương: 800 triệu đồng.", "Trong đó:", "- Vốn sự nghiệp: 500 triệu đồng;", "- Vốn đầu tư: 300 triệu đồng.", "Ngân sách huyện: 100 triệu đồng."]).lines).toContainEqual(["KP.1.1", 500_000_000]);
});
