/**
 * A total row is told by its label's marks: `Tông Qua Lìn`, `Tông Lệnh`, `Cộng Hòa` are communes, never the table's
 * `Tổng` or `Cộng` — a commune so named is read as an area, and its figure is no restated target.
 */
import { extractPlan } from "../../src/extract";
import { isTotalLabel } from "../../src/extract/totalLabels";
import { DISTRICT_PLAN_HEAD } from "./planText";

test.each<[string, boolean]>([
  ["Tổng cộng", true],
  ["TỔNG SỐ", true],
  ["Tổng", true],
  ["Cộng", true],
  ["Cộng chung", true],
  ["Toàn huyện", true],
  ["Tong cong", true],
  ["Tong", true],
  ["Tổng cộng (5 xã)", true],
  ["Tông Qua Lìn", false],
  ["Tông Lệnh", false],
  ["Cộng Hòa", false],
  ["Xã Cộng Hòa", false],
  ["Sì Lở Lầu", false],
  ["Tổng".normalize("NFD"), true],
  ["Tông Qua Lìn".normalize("NFD"), false],
])("%s", (label, total) => {
  expect(isTotalLabel(label)).toBe(total);
});

test("a commune named Tông … in an appendix table is an area, its figure no restated target", () => {
  const text = [
    ...DISTRICT_PLAN_HEAD,
    "I. CHỈ TIÊU",
    "- Thành lập mới 09 tổ truyền thông cộng đồng (chi tiết tại Phụ lục kèm theo).",
    "II. TỔ CHỨC THỰC HIỆN",
    "UBND các xã bố trí địa điểm sinh hoạt cho tổ.",
    "PHỤ LỤC",
    "| STT | Xã | Số tổ (tổ) | Ghi chú |",
    "| 1 | Sì Lở Lầu | 2 |  |",
    "| 2 | Mồ Sì San | 2 |  |",
    "| 3 | Pa Vây Sử | 1 |  |",
    "| 4 | Cộng Hòa | 2 |  |",
    "| 5 | Tông Qua Lìn | 2 |  |",
    "|  | Tổng cộng | 9 |  |",
  ].join("\n");
  const plan = extractPlan(text);
  expect(plan.areas.map((a) => a.commune)).toEqual(["Sì Lở Lầu", "Mồ Sì San", "Pa Vây Sử", "Cộng Hòa", "Tông Qua Lìn"]);
  expect(plan.issues.map((i) => i.rule)).not.toContain("target-conflict");
  expect(plan.indicators.map((i) => [i.target, i.unit])).toEqual([[9, "tổ"]]);
});

test("a commune named Tông … in a budget table by commune is a part, not the total", () => {
  const text = [
    ...DISTRICT_PLAN_HEAD,
    "I. CHỈ TIÊU",
    "- Thành lập mới 03 tổ truyền thông cộng đồng.",
    "II. KINH PHÍ",
    "Đơn vị tính: triệu đồng",
    "| STT | Xã | Kinh phí |",
    "| 1 | Sì Lở Lầu | 100 |",
    "| 2 | Tông Qua Lìn | 120 |",
    "| 3 | Mồ Sì San | 80 |",
    "|  | Tổng cộng | 300 |",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các xã báo cáo.",
  ].join("\n");
  const money = extractPlan(text).indicators.filter((i) => i.kind === "money");
  expect(money.map((i) => [i.code, i.target / 1e6])).toEqual([
    ["KP", 300],
    ["KP.1", 100],
    ["KP.2", 120],
    ["KP.3", 80],
  ]);
});
