/** `- Chỉ tiêu: 04 lớp/năm.` under a task heading: a target of that task, named by it. */
import { extractPlan } from "../../src/extract";
import { CONFIRM_BELOW } from "../../src/extract/prose";
import { DISTRICT_PLAN_HEAD } from "./planText";

function plan(lines: readonly string[]): string {
  return [...DISTRICT_PLAN_HEAD, "I. MỤC ĐÍCH", "Nâng cao nhận thức.", "II. NHIỆM VỤ", ...lines, "III. TỔ CHỨC THỰC HIỆN", "Các xã triển khai."].join("\n");
}

type Row = [number, string, string, boolean];

test.each<[string, string[], Row[]]>([
  ["a yearly figure: to confirm", ["1. Tập huấn nâng cao năng lực", "- Chỉ tiêu: 04 lớp/năm."], [[4, "lớp", "Tập huấn nâng cao năng lực (mỗi năm)", false]]],
  ["a figure with its own words", ["1. Truyền thông", "- Tổ chức các buổi truyền thông tại cộng đồng.", "- Chỉ tiêu cần đạt: tổ chức 24 buổi truyền thông trực tiếp."], [[24, "buổi", "Tổ chức buổi truyền thông trực tiếp", true]]],
  ["no figure: nothing", ["1. Truyền thông", "- Chỉ tiêu: theo hướng dẫn của tỉnh."], []],
])("%s", (_label, lines, expected) => {
  const read = extractPlan(plan(lines)).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i): Row => [i.target, i.unit, i.name, (i.confidence ?? 1) >= CONFIRM_BELOW])).toEqual(expected);
});
