/**
 * A report (`BÁO CÁO` over its title, or `BÁO CÁO Kết quả …` on one line) given as a plan: its title is read, and the
 * reading says it is a report whose figures may be results or money spent (`document-kind`) — a plan says nothing of it.
 */
import { extractPlan } from "../../src/extract";

const doc = (heading: string[]) =>
  [
    "ỦY BAN NHÂN DÂN",
    "HUYỆN THỬ NGHIỆM",
    "Số: 215/BC-UBND",
    "Thử Nghiệm, ngày 25 tháng 6 năm 2024",
    ...heading,
    "I. KẾT QUẢ THỰC HIỆN",
    "1. Đã thành lập mới 05 tổ truyền thông cộng đồng.",
    "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM",
    "1. Thành lập mới 03 tổ truyền thông cộng đồng.",
  ].join("\n");

test.each<[string[], string]>([
  [["BÁO CÁO", "Kết quả thực hiện Dự án 8 6 tháng đầu năm 2024"], "Kết quả thực hiện Dự án 8 6 tháng đầu năm 2024"],
  [["BÁO CÁO KẾT QUẢ THỰC HIỆN DỰ ÁN 8 NĂM 2024"], "KẾT QUẢ THỰC HIỆN DỰ ÁN 8 NĂM 2024"],
])("%s", (heading, title) => {
  const plan = extractPlan(doc(heading));
  expect(plan.title).toBe(title);
  expect(plan.issues.filter((i) => i.rule === "document-kind")).toEqual([expect.objectContaining({ source: "line 5" })]);
  // What was done is no target; what is left to do is, to confirm.
  expect(plan.indicators.map((i) => i.target)).toEqual([3]);
});

test("a plan is no report", () => {
  const plan = extractPlan(doc(["KẾ HOẠCH", "Thực hiện Dự án 8 năm 2024"]));
  expect(plan.issues.some((i) => i.rule === "document-kind")).toBe(false);
});
