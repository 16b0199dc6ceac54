/**
 * In a report or a plan, `Kinh phí đã giải ngân: 850 triệu đồng/1.250 triệu đồng` and `Đã thực hiện 320/400 lao
 * động` give what was spent or done over what was planned: the plan's figure is the one after `/`, and the one
 * before is never read as a total, a target or a ceiling.
 */
import { extractPlan } from "../../src/extract";
import { plannedAfterSlash } from "../../src/extract/spentOfPlanned";
import { planWith } from "./planText";

const REPORT = (line: string) =>
  [
    "ỦY BAN NHÂN DÂN",
    "HUYỆN THỬ NGHIỆM",
    "Số: 9/BC-UBND",
    "Thử Nghiệm, ngày 05 tháng 12 năm 2024",
    "BÁO CÁO",
    "Kết quả thực hiện Kế hoạch đào tạo nghề năm 2024",
    "I. KẾT QUẢ THỰC HIỆN",
    "1. Kinh phí",
    line,
    "II. PHƯƠNG HƯỚNG",
  ].join("\n");

test.each<[string, number]>([
  ["- Kinh phí đã giải ngân: 850 triệu đồng/1.250 triệu đồng.", 1_250_000_000],
  ["- Kinh phí đã giải ngân: 850/1.250 triệu đồng.", 1_250_000_000],
  ["- Tổng kinh phí đã thực hiện 1,1 tỷ đồng/1,5 tỷ đồng.", 1_500_000_000],
  ["- Giải ngân 300 triệu đồng/500 triệu đồng kế hoạch vốn.", 500_000_000],
])("the planned amount after `/`: %s", (line, planned) => {
  const plan = extractPlan(REPORT(line));
  const money = plan.indicators.filter((i) => i.kind === "money").map((i) => i.target);
  expect(money).toEqual([planned]);
});

test.each<[string, string, number]>([
  ["- Đã thực hiện đào tạo nghề cho 320 lao động/400 lao động.", "Đã thực hiện đào tạo nghề cho lao động", 400],
  ["- Đã thực hiện 12/14 xã có tổ truyền thông.", "Đã thực hiện xã có tổ truyền thông", 14],
])("a count done over the planned one is the planned one: %s", (line, name, planned) => {
  const read = extractPlan(planWith([line])).indicators.map((i) => [i.name, i.target]);
  expect(read).toEqual([[name, planned]]);
});

test.each<string>([
  // No words that the first figure was spent or done: so many of so many places, as before.
  "Phấn đấu 12/14 xã có tổ truyền thông.",
  // More spent than planned is no `spent/planned` pair.
  "Kinh phí đã giải ngân: 1.250 triệu đồng/850 triệu đồng.",
  // A quota per place, a date.
  "Đã thực hiện 02 buổi/xã, ngày 03/6/2024.",
])("left as written: %s", (text) => {
  expect(plannedAfterSlash(text)).toBe(text);
});

test("positions are kept: only the spent figure and its slash are blanked", () => {
  const text = "Kinh phí đã giải ngân: 850 triệu đồng/1.250 triệu đồng.";
  const out = plannedAfterSlash(text);
  expect(out.length).toBe(text.length);
  expect(out.replace(/\s+/g, " ")).toBe("Kinh phí đã giải ngân: 1.250 triệu đồng.");
});
