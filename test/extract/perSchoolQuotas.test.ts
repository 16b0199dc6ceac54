/**
 * A quota per school (`Mỗi trường trung học phổ thông duy trì 01 câu lạc bộ`): the kind of school is the place's, no
 * part of the name; said in running text (`mỗi trường tổ chức ít nhất 01 buổi …`) it is totalled over the count of
 * schools the plan gives once (`toàn tỉnh 38 trường`), and without that count it is reported, never dropped.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const listed = (schools: string) => `- Mỗi trường trung học phổ thông duy trì 01 câu lạc bộ "Vì sự tiến bộ của phụ nữ"${schools}.`;
const running = "1. Tổ chức cuộc thi cho học sinh; mỗi trường tổ chức ít nhất 01 buổi sinh hoạt chuyên đề về giới trong năm học.";
const plan = (schools: string) => planWith([listed(schools), "- Tổ chức 02 lớp tập huấn cho 150 giáo viên."]).replace("III. TỔ CHỨC THỰC HIỆN", `III. NỘI DUNG THỰC HIỆN\n${running}\nIV. TỔ CHỨC THỰC HIỆN`);

test.each<[string, string, string]>([
  [" (toàn tỉnh 38 trường)", "CLB", "Duy trì câu lạc bộ"],
  [" (toàn tỉnh 38 trường)", "buổi", "Tổ chức buổi sinh hoạt chuyên đề về giới trong năm học"],
])("%s %s", (schools, unit, name) => {
  const read = extractPlan(plan(schools)).indicators.find((i) => i.unit === unit);
  expect(read?.name.startsWith(name)).toBe(true);
  expect([read?.target, read?.quota]).toEqual([38, 1]);
});

test.each<[string, string]>([
  ["Mỗi trường THPT duy trì 01 CLB tư vấn (toàn tỉnh 38 trường).", "Duy trì CLB tư vấn"],
  ["Mỗi trường tiểu học, trung học cơ sở xây dựng 01 mô hình (toàn huyện 20 trường).", "Xây dựng mô hình"],
])("%s", (line, name) => {
  const read = extractPlan(planWith([`- ${line}`])).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i) => [i.name, i.target])).toEqual([[name, read[0].quota === 1 ? read[0].target : -1]]);
});

test("a quota per school in running text with no count of schools is reported", () => {
  const read = extractPlan(plan(""));
  expect(read.indicators.some((i) => i.unit === "buổi")).toBe(false);
  expect(read.issues.some((i) => i.rule === "quota-only" && i.message.includes("buổi"))).toBe(true);
});
