/**
 * `II. CHỈ TIÊU, NHIỆM VỤ` with its own parts `1. Chỉ tiêu` and `2. Nhiệm vụ`: only the `Chỉ tiêu` part is listed
 * targets; a task restating a target (`Kiện toàn 02 tổ …`) is no second target. So under `II. MỤC TIÊU, CHỈ TIÊU` with
 * `1. Mục tiêu chung` and `2. Chỉ tiêu cụ thể`: the `Chỉ tiêu` part alone is the list, its paragraphs listed as bullets are.
 */
import { extractPlan } from "../../src/extract";
import { CONFIRM_BELOW } from "../../src/extract/prose";
import { DISTRICT_PLAN_HEAD } from "./planText";

function plan(lines: readonly string[]): string {
  return [...DISTRICT_PLAN_HEAD, "I. MỤC ĐÍCH", "Nâng cao nhận thức.", ...lines, "III. TỔ CHỨC THỰC HIỆN", "Các chi hội triển khai."].join("\n");
}

/** Value, unit, listed (not to confirm). */
type Row = [number, string, boolean];
const TARGETS = ["+ Duy trì 02 tổ truyền thông cộng đồng;", "+ Tổ chức 12 buổi truyền thông tại các bản."];

test.each<[string, string[], Row[]]>([
  [
    "a task restating a target",
    ["II. CHỈ TIÊU, NHIỆM VỤ", "1. Chỉ tiêu", ...TARGETS, "2. Nhiệm vụ", "+ Kiện toàn 02 tổ truyền thông cộng đồng, mỗi tổ từ 8 - 10 thành viên."],
    [[2, "tổ", true], [12, "buổi", true]],
  ],
  [
    "a task with a figure of its own: running text, to confirm",
    ["II. CHỈ TIÊU, NHIỆM VỤ", "1. Chỉ tiêu", ...TARGETS, "2. Nhiệm vụ", "+ Tổ chức 03 hội nghị sơ kết tại các cụm."],
    [[2, "tổ", true], [12, "buổi", true], [3, "hội nghị", false]],
  ],
  ["no `Chỉ tiêu` part of its own: the whole part is the targets", ["II. CHỈ TIÊU, NHIỆM VỤ", ...TARGETS], [[2, "tổ", true], [12, "buổi", true]]],
  [
    "`Mục tiêu chung` beside a `Chỉ tiêu cụ thể` part written in paragraphs: the paragraphs are the list",
    [
      "II. MỤC TIÊU, CHỈ TIÊU",
      "1. Mục tiêu chung",
      "Tiếp tục duy trì, nâng cao chất lượng các mô hình đã thành lập.",
      "2. Chỉ tiêu cụ thể",
      "Thành lập mới 06 tổ truyền thông cộng đồng, 04 địa chỉ tin cậy; duy trì hoạt động 14 câu lạc bộ.",
      "Phấn đấu 90% cán bộ Hội cơ sở được tập huấn về bình đẳng giới.",
    ],
    [[6, "tổ", true], [4, "địa chỉ", true], [14, "CLB", true], [90, "%", true]],
  ],
  [
    "`Mục tiêu chung` beside a `Chỉ tiêu cụ thể` part of bullets: a paragraph there is still running text",
    ["II. MỤC TIÊU, CHỈ TIÊU", "1. Mục tiêu chung", "Nâng cao nhận thức.", "2. Chỉ tiêu cụ thể", "- Thành lập mới 06 tổ truyền thông cộng đồng.", "Phấn đấu 90% cán bộ Hội cơ sở được tập huấn."],
    [[6, "tổ", true], [90, "%", false]],
  ],
])("%s", (_label, lines, expected) => {
  const read = extractPlan(plan(lines)).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i): Row => [i.target, i.unit, (i.confidence ?? 1) >= CONFIRM_BELOW])).toEqual(expected);
});
