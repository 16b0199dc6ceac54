/**
 * A budget table with no unit under `Tổng kinh phí … là 1.250 triệu đồng`: read in the unit in which its total row
 * is that amount; when only its rows add up to it (the `Tổng cộng` row says another), read in that unit with the two
 * totals reported (target-conflict); when neither matches in any unit, its rows stay unread and that is said
 * (budget-split for a near miss, budget-unit for a far one), never left silent.
 */
import { extractPlan } from "../../src/extract";

const plan = (rows: string[], total: string) =>
  extractPlan(
    [
      "KẾ HOẠCH",
      "Thực hiện Dự án 8 năm 2024",
      "I. MỤC TIÊU",
      "- Thành lập mới 06 tổ truyền thông cộng đồng.",
      "II. KINH PHÍ THỰC HIỆN",
      "Tổng kinh phí thực hiện là 1.250 triệu đồng, cụ thể:",
      "STT | Nội dung | Kinh phí",
      ...rows.map((r, i) => `${i + 1} | ${["Tổ truyền thông", "Địa chỉ tin cậy", "Truyền thông"][i]} | ${r}`),
      ` | Tổng cộng | ${total}`,
      "III. TỔ CHỨC THỰC HIỆN",
      "Hội LHPN huyện chủ trì.",
    ].join("\n"),
  );

test.each([
  ["the total row matches", ["550", "400", "300"], "1.250", [1_250e6, 550e6, 400e6, 300e6], []],
  ["only the rows add up to the stated total", ["550", "400", "300"], "1.200", [1_250e6, 550e6, 400e6, 300e6], ["target-conflict"]],
  ["neither the rows nor the total row match", ["550", "400", "250"], "1.200", [1_250e6], ["budget-split"]],
])("%s", (_, rows, total, lines, rules) => {
  const read = plan(rows, total);
  expect(read.indicators.filter((i) => i.kind === "money").map((i) => i.target)).toEqual(lines);
  expect(read.issues.map((i) => i.rule)).toEqual(rules);
});

test("the unread table's issue says the table has no unit and by how much it misses in the stated unit", () => {
  const message = plan(["550", "400", "250"], "1.200").issues[0].message;
  expect(message).toContain("không ghi đơn vị");
  expect(message).toContain("thiếu 50 triệu đồng");
});

test.each([
  ["a table of a few main activities, far short of the total", ["120", "90"], "17%"],
  ["a table far over the total", ["1.250", "900"], "172%"],
])("%s is no contradiction, but its rows unread are said (budget-unit)", (_, amounts, share) => {
  const read = extractPlan(
    ["KẾ HOẠCH", "Thực hiện Dự án 8 năm 2024", "I. MỤC TIÊU", "- Thành lập mới 06 tổ truyền thông cộng đồng.", "II. KINH PHÍ", "Tổng kinh phí: 1.250 triệu đồng. Các hoạt động chính:", "TT | Nội dung | Kinh phí", `1 | Tập huấn | ${amounts[0]}`, `2 | Hội nghị | ${amounts[1]}`, "III. TỔ CHỨC THỰC HIỆN", "Hội chủ trì."].join("\n"),
  );
  expect(read.issues.map((i) => i.rule)).toEqual(["budget-unit"]);
  expect(read.issues[0].message).toContain(`bằng ${share} tổng kinh phí 1.250 triệu đồng`);
  expect(read.indicators.filter((i) => i.kind === "money").map((i) => i.target)).toEqual([1_250e6]);
});

test("a table with no unit and no total stated with its unit is told as such (budget-unit), not as no budget", () => {
  const read = extractPlan(
    ["KẾ HOẠCH", "Thực hiện Dự án 8 năm 2024", "I. MỤC TIÊU", "- Thành lập mới 06 tổ truyền thông cộng đồng.", "II. KINH PHÍ", "STT | Nội dung | Kinh phí", "1 | Tuyên truyền | 300", "2 | Tập huấn | 200", " | Tổng cộng | 500", "III. TỔ CHỨC THỰC HIỆN", "Hội chủ trì."].join("\n"),
  );
  expect(read.issues.map((i) => i.rule)).toEqual(["budget-unit"]);
  expect(read.issues[0].message).toContain("không ghi đơn vị");
  expect(read.indicators.filter((i) => i.kind === "money")).toEqual([]);
});
