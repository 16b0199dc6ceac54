/** `II. NỘI DUNG VÀ CHỈ TIÊU`, `NHIỆM VỤ, CHỈ TIÊU`: a part that names its targets with its tasks is a targets part. */
import { extractPlan } from "../../src/extract";
import { CONFIRM_BELOW } from "../../src/extract/prose";
import { DISTRICT_PLAN_HEAD } from "./planText";

function plan(heading: string): string {
  return [
    ...DISTRICT_PLAN_HEAD,
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Phát huy vai trò của đoàn viên, thanh niên.",
    heading,
    "1. Tuyên truyền, tư vấn",
    "a) Tổ chức 08 buổi tư vấn hướng nghiệp cho thanh niên.",
    "b) Phấn đấu 90% đoàn viên được tiếp cận thông tin về chính sách.",
    "2. Hỗ trợ phát triển kinh tế",
    "- Xây dựng mới 03 mô hình kinh tế do thanh niên làm chủ.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các cơ sở Đoàn báo cáo kết quả.",
  ].join("\n");
}

/** Value, unit, listed (not to confirm). */
type Row = [number, string, boolean];
const LISTED: Row[] = [[8, "buổi", true], [90, "%", true], [3, "mô hình", true]];

test.each(["II. NỘI DUNG VÀ CHỈ TIÊU", "II. NHIỆM VỤ, CHỈ TIÊU", "II. NHIỆM VỤ VÀ CHỈ TIÊU", "II. CHỈ TIÊU, NHIỆM VỤ"])("%s", (heading) => {
  const read = extractPlan(plan(heading)).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i): Row => [i.target, i.unit, (i.confidence ?? 1) >= CONFIRM_BELOW])).toEqual(LISTED);
});

test("a part of tasks alone (`II. NỘI DUNG`) is running text, to confirm", () => {
  const read = extractPlan(plan("II. NỘI DUNG")).indicators.filter((i) => i.kind !== "money");
  expect(read.every((i) => (i.confidence ?? 1) < CONFIRM_BELOW)).toBe(true);
});
