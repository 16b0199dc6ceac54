/**
 * Tasks with their amounts, then the sources with theirs, and no total stated: both split one total they agree on.
 * It is worked out and marked to confirm, the tasks are its parts, and the sources are told with it — never four
 * amounts side by side that count the money twice.
 */
import { extractPlan } from "../../src/extract";
import { CONFIRM_BELOW } from "../../src/extract/prose";

function budgetOf(lines: string[]) {
  const plan = extractPlan(["KẾ HOẠCH", "Về việc X", "I. MỤC TIÊU", "II. KINH PHÍ", ...lines, "III. TỔ CHỨC THỰC HIỆN", "Hội chủ trì."].join("\n"));
  return plan.indicators.filter((i) => i.kind === "money");
}

const tasks = ["1. Tuyên truyền: 600 triệu đồng.", "2. Xây dựng mô hình: 400 triệu đồng."];

test.each([
  ["on one line", ["Nguồn kinh phí: ngân sách trung ương 900 triệu đồng, ngân sách địa phương 100 triệu đồng."]],
  ["one a line", ["- Ngân sách trung ương: 900 triệu đồng;", "- Ngân sách địa phương: 100 triệu đồng."]],
])("sources %s", (_, sources) => {
  const money = budgetOf([...tasks, ...sources]);
  expect(money.map((i) => [i.code, i.target])).toEqual([["KP", 1_000_000_000], ["KP.1", 600_000_000], ["KP.2", 400_000_000]]);
  expect(money[0].confidence).toBeLessThan(CONFIRM_BELOW);
  expect(money[0].confirmReason).toBe("partsSum");
  expect(money[0].sourceText).toContain("Ngân sách trung ương 900 triệu đồng");
});

test("splits that do not agree stay as they are", () => {
  const money = budgetOf(["1. Tuyên truyền: 600 triệu đồng.", "2. Xây dựng mô hình: 300 triệu đồng.", "- Ngân sách trung ương: 900 triệu đồng;", "- Ngân sách địa phương: 100 triệu đồng."]);
  expect(money.map((i) => i.code)).toEqual(["KP.1", "KP.2", "KP.3", "KP.4"]);
});
