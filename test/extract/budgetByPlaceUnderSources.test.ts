/**
 * `Tổng kinh phí 1.234,5 triệu đồng (NSTW 1.000 triệu, NSĐP 234,5 triệu)` over a table of amounts by commune
 * (`STT | Xã | Kinh phí`): the communes' shares are the budget lines (what the worksheet allocates, as a table by place
 * under a total alone is, and as tasks are chosen over sources); the sources are told with the total. Shares that miss
 * the total are the finding (budget-split), never a second budget beside the first.
 */
import { extractPlan } from "../../src/extract";

const plan = (head: string[], rows: string[]) =>
  extractPlan(
    [
      "KẾ HOẠCH",
      "Thực hiện Dự án 8 năm 2024",
      "I. MỤC TIÊU",
      "- Thành lập mới 04 tổ truyền thông cộng đồng.",
      "II. KINH PHÍ",
      "Tổng kinh phí 1.234,5 triệu đồng (NSTW 1.000 triệu, NSĐP 234,5 triệu), phân bổ như sau:",
      ...head,
      ...rows.map((r, i) => `${i + 1} | ${["Bình Lư", "Sơn Bình", "Nà Tăm", "Bản Bo"][i]} | ${r}`),
      " | Tổng cộng | 1.234,5",
      "III. TỔ CHỨC THỰC HIỆN",
      "Phòng Văn hóa - Thông tin huyện chủ trì.",
    ].join("\n"),
  );

const shares = [1_234.5e6, 300e6, 334.5e6, 300e6, 300e6];
test.each([
  ["no unit", ["STT | Xã | Kinh phí"], ["300", "334,5", "300", "300"], shares, []],
  ["a unit note above", ["ĐVT: triệu đồng", "STT | Xã | Kinh phí"], ["300", "334,5", "300", "300"], shares, []],
  ["the unit in the header", ["STT | Xã | Kinh phí (triệu đồng)"], ["300", "334,5", "300", "300"], shares, []],
  ["no unit, shares over the total", ["STT | Xã | Kinh phí"], ["300", "334,5", "350", "300"], [1_234.5e6, 300e6, 334.5e6, 350e6, 300e6], ["budget-split"]],
  ["a unit note, shares over the total", ["ĐVT: triệu đồng", "STT | Xã | Kinh phí"], ["300", "334,5", "350", "300"], [1_234.5e6, 300e6, 334.5e6, 350e6, 300e6], ["budget-split"]],
])("%s", (_, head, rows, lines, rules) => {
  const read = plan(head, rows);
  const money = read.indicators.filter((i) => i.kind === "money");
  expect(money.map((i) => i.target)).toEqual(lines);
  expect(money[0].code).toBe("KP");
  expect(money[0].sourceText).toContain("NSTW 1.000 triệu đồng");
  expect(read.issues.map((i) => i.rule)).toEqual(rules);
});

test.each([
  [
    "places named with their level, no total row",
    ["Tổng kinh phí 1.200 triệu đồng (NSTW 1.000 triệu, NSĐP 200 triệu). Phân bổ:", "TT | Huyện | Kinh phí", "1 | Huyện Tam Đường | 600", "2 | Huyện Sìn Hồ | 600"],
    [["KP", 1_200e6], ["KP.1", 600e6, "Huyện Tam Đường"], ["KP.2", 600e6, "Huyện Sìn Hồ"]],
  ],
  [
    "a `Toàn huyện` total row",
    [
      "Tổng kinh phí: 1.200 triệu đồng, trong đó: ngân sách trung ương 1.000 triệu đồng; ngân sách huyện 200 triệu đồng. Phân bổ cụ thể:",
      "TT | Xã, thị trấn | Kinh phí",
      "1 | Thị trấn Tam Đường | 400",
      "2 | Xã Bình Lư | 400",
      "3 | Xã Sơn Bình | 400",
      " | Toàn huyện | 1.200",
    ],
    [["KP", 1_200e6], ["KP.1", 400e6, "Thị trấn Tam Đường"], ["KP.2", 400e6, "Xã Bình Lư"], ["KP.3", 400e6, "Xã Sơn Bình"]],
  ],
  [
    "a column per source then the places' totals",
    ["Tổng kinh phí 1.200 triệu đồng (NSTW 1.000 triệu, NSĐP 200 triệu). Phân bổ:", "TT | Xã | NSTW | NSĐP | Tổng", "1 | Bình Lư | 500 | 100 | 600", "2 | Sơn Bình | 500 | 100 | 600", " | Cộng | 1.000 | 200 | 1.200"],
    [["KP", 1_200e6], ["KP.1", 600e6, "Bình Lư"], ["KP.2", 600e6, "Sơn Bình"]],
  ],
])("%s: the places are the budget lines, never taken for sources (`ngân sách huyện`)", (_, part, lines) => {
  const read = extractPlan(["KẾ HOẠCH", "Thực hiện Dự án 8 năm 2024", "I. MỤC TIÊU", "- Thành lập mới 04 tổ truyền thông cộng đồng.", "II. KINH PHÍ", ...part, "III. TỔ CHỨC THỰC HIỆN", "Hội chủ trì."].join("\n"));
  const money = read.indicators.filter((i) => i.kind === "money");
  expect(money.map((i) => (i.code === "KP" ? [i.code, i.target] : [i.code, i.target, i.name]))).toEqual(lines);
  expect(read.issues.filter((i) => i.rule === "budget-split")).toEqual([]);
});
