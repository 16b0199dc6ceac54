/**
 * A budget table's row numbered under a row before it (`1 | Tuyên truyền | 300` then `1.1 | Hội nghị | 100`, or marked
 * `a`, `b)`, `+` under it) is that row's part: read beside it, the parts were counted twice and a false budget-split said the table was over its total.
 */
import { extractPlan } from "../../src/extract";

const read = (rows: string[]) => {
  const plan = extractPlan(
    ["KẾ HOẠCH", "Thực hiện Dự án 8 năm 2024", "I. MỤC TIÊU", "- Thành lập mới 03 tổ truyền thông cộng đồng.", "II. KINH PHÍ", "Tổng kinh phí: 600 triệu đồng, cụ thể:", "STT | Nội dung | Kinh phí (triệu đồng)", ...rows, " | Tổng cộng | 600", "III. TỔ CHỨC THỰC HIỆN", "Hội LHPN huyện chủ trì."].join("\n"),
  );
  return { lines: plan.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target / 1e6]), rules: plan.issues.map((i) => i.rule) };
};

test.each([
  [
    "rows numbered 1.1, 1.2 under row 1",
    ["1 | Tuyên truyền | 300", "1.1 | Hội nghị | 100", "1.2 | Tờ rơi | 200", "2 | Tập huấn | 300"],
    [["KP", 600], ["KP.1", 300], ["KP.1.1", 100], ["KP.1.2", 200], ["KP.2", 300]],
    [],
  ],
  [
    "communes numbered under the row of their level",
    ["1 | Cấp huyện | 100", "2 | Xã, thị trấn | 500", "2.1 | Xã Lùng Phình | 200", "2.2 | Xã Bản Phố | 150", "2.3 | Thị trấn Bắc Hà | 150"],
    [["KP", 600], ["KP.1", 100], ["KP.2", 500], ["KP.2.1", 200], ["KP.2.2", 150], ["KP.2.3", 150]],
    [],
  ],
  [
    "the number before the name, in the name's cell",
    [" | 1. Tuyên truyền | 300", " | 1.1. Hội nghị | 100", " | 1.2. Tờ rơi | 200", " | 2. Tập huấn | 300"],
    [["KP", 600], ["KP.1", 300], ["KP.1.1", 100], ["KP.1.2", 200], ["KP.2", 300]],
    [],
  ],
  [
    "rows lettered under a numbered row",
    ["1 | Tuyên truyền | 300", "a | Hội nghị | 100", "b | Tờ rơi | 200", "2 | Tập huấn | 300"],
    [["KP", 600], ["KP.1", 300], ["KP.1.1", 100], ["KP.1.2", 200], ["KP.2", 300]],
    [],
  ],
  [
    "rows marked + under a numbered row",
    ["1 | Tuyên truyền | 300", "+ | Hội nghị | 100", "+ | Tờ rơi | 200", "2 | Tập huấn | 300"],
    [["KP", 600], ["KP.1", 300], ["KP.1.1", 100], ["KP.1.2", 200], ["KP.2", 300]],
    [],
  ],
  [
    "rows marked - under a numbered row",
    ["1 | Tuyên truyền | 300", "- | Hội nghị | 100", "- | Tờ rơi | 200", "2 | Tập huấn | 300"],
    [["KP", 600], ["KP.1", 300], ["KP.1.1", 100], ["KP.1.2", 200], ["KP.2", 300]],
    [],
  ],
  [
    "the mark before the name, in the name's cell",
    ["1 | Tuyên truyền | 300", " | + Hội nghị | 100", " | + Tờ rơi | 200", "2 | Tập huấn | 300"],
    [["KP", 600], ["KP.1", 300], ["KP.1.1", 100], ["KP.1.2", 200], ["KP.2", 300]],
    [],
  ],
  [
    "lettered rows with no numbered row above stay the lines",
    ["a | Tuyên truyền | 300", "b | Tập huấn | 300"],
    [["KP", 600], ["KP.1", 300], ["KP.2", 300]],
    [],
  ],
  [
    "parts that miss their row",
    ["1 | Tuyên truyền | 300", "1.1 | Hội nghị | 100", "1.2 | Tờ rơi | 150", "2 | Tập huấn | 300"],
    [["KP", 600], ["KP.1", 300], ["KP.1.1", 100], ["KP.1.2", 150], ["KP.2", 300]],
    ["budget-split"],
  ],
  [
    "a numbered row with no amount over its parts",
    ["1 | Tuyên truyền | ", "1.1 | Hội nghị | 100", "1.2 | Tờ rơi | 200", "2 | Tập huấn | 300"],
    [["KP", 600], ["KP.1", 100], ["KP.2", 200], ["KP.3", 300]],
    [],
  ],
])("%s", (_, rows, lines, rules) => {
  const got = read(rows);
  expect(got.lines).toEqual(lines);
  expect(got.rules).toEqual(rules);
});

test("a table with rows numbered under others, after a total split by source, gives the total's parts", () => {
  const plan = extractPlan(
    [
      "KẾ HOẠCH",
      "Thực hiện Dự án 8 năm 2025",
      "I. MỤC TIÊU",
      "- Thành lập mới 06 tổ truyền thông cộng đồng.",
      "II. KINH PHÍ",
      "Tổng kinh phí: 1.245,5 triệu đồng, trong đó:",
      "- Ngân sách Trung ương: 1.120 triệu đồng;",
      "- Ngân sách địa phương: 125,5 triệu đồng.",
      "Đơn vị tính: triệu đồng",
      "STT | Nội dung | Tổng số | NSTW | NSĐP",
      "1 | Tuyên truyền, vận động | 420 | 380 | 40",
      "1.1 | Thành lập mới tổ truyền thông cộng đồng | 180 | 165 | 15",
      "1.2 | Tổ chức truyền thông tại cộng đồng | 240 | 215 | 25",
      "2 | Xây dựng địa chỉ tin cậy | 825,5 | 740 | 85,5",
      " | Tổng cộng | 1.245,5 | 1.120 | 125,5",
      "III. TỔ CHỨC THỰC HIỆN",
      "Hội LHPN huyện chủ trì.",
    ].join("\n"),
  );
  expect(plan.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target / 1e6])).toEqual([
    ["KP", 1245.5],
    ["KP.1", 420],
    ["KP.1.1", 180],
    ["KP.1.2", 240],
    ["KP.2", 825.5],
  ]);
  expect(plan.issues.map((i) => i.rule)).toEqual([]);
});
