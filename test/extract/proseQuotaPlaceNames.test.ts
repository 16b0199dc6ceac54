/**
 * A quota per area read in running text (`Tổ chức ít nhất 02 cuộc đối thoại chính sách tại mỗi xã …`) keeps the words
 * of what it counts: only `tại mỗi xã` (or `/xã`) is the quota's, not `đối thoại chính sách`.
 */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

const read = (task: string) =>
  extractPlan([...DISTRICT_PLAN_HEAD, "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức.", "II. NHIỆM VỤ", task, "III. TỔ CHỨC THỰC HIỆN", "Các xã thực hiện."].join("\n"))
    .indicators.filter((i) => i.kind !== "money")
    .map((i) => [i.name, i.quota]);

test.each<[string, string]>([
  ["1. Tổ chức ít nhất 02 cuộc đối thoại chính sách tại mỗi xã thuộc vùng dự án.", "Tổ chức cuộc đối thoại chính sách thuộc vùng dự án"],
  ["1. Tổ chức ít nhất 02 cuộc đối thoại chính sách/xã.", "Tổ chức cuộc đối thoại chính sách"],
  ["1. Mở ít nhất 01 lớp tập huấn kỹ năng cho mỗi xã.", "Mở lớp tập huấn kỹ năng"],
])("%s", (task, name) => {
  expect(read(task)).toEqual([[name, expect.any(Number)]]);
});
