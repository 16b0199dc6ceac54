/**
 * The tasks' amounts in a part of their own (`II. NỘI DUNG VÀ DỰ TOÁN KINH PHÍ`), then a `NGUỒN KINH PHÍ` part with
 * the total by source: the tasks part is a budget part too, so its amounts are read and are the total's parts (what a
 * worksheet allocates), the sources told with the total, as when both stand in one part.
 */
import { extractPlan } from "../../src/extract";

function budgetOf(tasksHeading: string, tasks: string[]) {
  const plan = extractPlan(
    [
      "KẾ HOẠCH",
      "Thực hiện Dự án 8 năm 2024",
      "I. MỤC TIÊU",
      "- Thành lập mới 06 tổ truyền thông cộng đồng;",
      "- Duy trì 09 địa chỉ tin cậy tại cộng đồng.",
      tasksHeading,
      ...tasks,
      "III. NGUỒN KINH PHÍ",
      "Tổng kinh phí thực hiện: 400 triệu đồng, trong đó:",
      "- Ngân sách Trung ương: 360 triệu đồng;",
      "- Ngân sách địa phương: 40 triệu đồng.",
      "IV. TỔ CHỨC THỰC HIỆN",
      "Hội LHPN huyện chủ trì.",
    ].join("\n"),
  );
  return {
    lines: plan.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target]),
    targets: plan.indicators.filter((i) => i.kind !== "money").map((i) => i.target),
    split: plan.issues.filter((i) => i.rule === "budget-split").length,
  };
}

const listed = ["1. Thành lập, duy trì tổ truyền thông cộng đồng: 240 triệu đồng.", "2. Duy trì địa chỉ tin cậy: 90 triệu đồng.", "3. Truyền thông phòng, chống bạo lực gia đình: 70 triệu đồng."];
const table = ["Đơn vị tính: triệu đồng", "TT | Nội dung | Kinh phí", "1 | Tổ truyền thông cộng đồng | 240", "2 | Địa chỉ tin cậy | 90", "3 | Truyền thông phòng, chống bạo lực gia đình | 70", " | Tổng cộng | 400"];
const parts = [["KP", 400_000_000], ["KP.1", 240_000_000], ["KP.2", 90_000_000], ["KP.3", 70_000_000]];

test.each([
  ["II. NỘI DUNG VÀ DỰ TOÁN KINH PHÍ", listed],
  ["II. NỘI DUNG VÀ DỰ TOÁN KINH PHÍ", table],
  ["II. NHIỆM VỤ VÀ KINH PHÍ THỰC HIỆN", listed],
  ["II. NỘI DUNG, KINH PHÍ THỰC HIỆN", table],
  ["II. NỘI DUNG HOẠT ĐỘNG VÀ KINH PHÍ", listed],
  ["II. NHIỆM VỤ TRỌNG TÂM VÀ DỰ TOÁN KINH PHÍ", table],
])("%s (%#): the tasks are the parts of the total stated by source", (heading, tasks) => {
  const b = budgetOf(heading, tasks);
  expect(b.lines).toEqual(parts);
  expect(b.targets).toEqual([6, 9]);
  expect(b.split).toBe(0);
});

test("targets stated in the sentences of a part of tasks and amounts are still read", () => {
  const plan = extractPlan(
    [
      "KẾ HOẠCH",
      "Thực hiện Dự án 8 năm 2024",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "Nâng cao nhận thức về bình đẳng giới.",
      "II. NỘI DUNG VÀ KINH PHÍ",
      "1. Thành lập mới 04 tổ truyền thông cộng đồng tại 04 xã; kinh phí 120 triệu đồng.",
      "2. Tổ chức 10 cuộc truyền thông phòng, chống tảo hôn; kinh phí 50 triệu đồng.",
      "III. TỔ CHỨC THỰC HIỆN",
      "Hội LHPN huyện chủ trì.",
    ].join("\n"),
  );
  expect(plan.indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit])).toEqual([[4, "tổ"], [10, "cuộc"]]);
  expect(plan.indicators.filter((i) => i.kind === "money").map((i) => i.target)).toEqual([120_000_000, 50_000_000]);
});

test("a part of activities and amounts with its total and no sources part is read", () => {
  const plan = extractPlan(
    [
      "KẾ HOẠCH",
      "Thực hiện Dự án 8 năm 2024",
      "I. CHỈ TIÊU",
      "1. Thành lập mới 40 tổ truyền thông cộng đồng.",
      "2. Tổ chức 2 hội thi tuyên truyền.",
      "II. NỘI DUNG HOẠT ĐỘNG VÀ KINH PHÍ",
      "1. Thành lập, duy trì tổ truyền thông cộng đồng: 1.200.000.000đ.",
      "2. Tổ chức hội thi tuyên truyền: 180.000.000đ.",
      "Tổng cộng: 1.380.000.000đ (Một tỷ ba trăm tám mươi triệu đồng).",
      "III. TỔ CHỨC THỰC HIỆN",
      "Các ban chuyên môn tham mưu thực hiện.",
    ].join("\n"),
  );
  expect(plan.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target])).toEqual([["KP", 1_380_000_000], ["KP.1", 1_200_000_000], ["KP.2", 180_000_000]]);
});

test("tasks that miss the total stated in the sources part leave the sources as the parts, and the gap is told", () => {
  const b = budgetOf("II. NỘI DUNG VÀ DỰ TOÁN KINH PHÍ", ["1. Tổ truyền thông cộng đồng: 240 triệu đồng.", "2. Địa chỉ tin cậy: 90 triệu đồng.", "3. Truyền thông phòng, chống bạo lực gia đình: 60 triệu đồng."]);
  expect(b.lines).toEqual([["KP", 400_000_000], ["KP.1", 360_000_000], ["KP.2", 40_000_000]]);
  expect(b.split).toBe(1);
});

test("an activity table (unit, quantity, amount) covering part of the total is checked against it, not made its parts", () => {
  const b = budgetOf("II. NỘI DUNG HOẠT ĐỘNG VÀ KINH PHÍ", [
    "TT | Nội dung hoạt động | Đơn vị tính | Số lượng | Kinh phí (triệu đồng)",
    "1 | Tập huấn nâng cao năng lực | lớp | 2 | 120",
    "2 | Thành lập tổ truyền thông cộng đồng | tổ | 6 | 180",
  ]);
  expect(b.lines).toEqual([["KP", 400_000_000], ["KP.1", 360_000_000], ["KP.2", 40_000_000]]);
  expect(b.split).toBe(1);
});
