/**
 * A targets part numbered like its own heading, as staff often type it: `1. Chỉ tiêu cụ thể` then the targets
 * `2. …`, `3. …` (or `2.1.`, `2.2.`, `3.`): every target line stays in the part, listed; a part heading
 * (`2. Đối tượng`, `2. Nhiệm vụ`) still ends it.
 */
import { extractPlan } from "../../src/extract";
import { CONFIRM_BELOW } from "../../src/extract/prose";
import { DISTRICT_PLAN_HEAD } from "./planText";

function plan(aims: readonly string[]): string {
  return [...DISTRICT_PLAN_HEAD, "I. MỤC TIÊU", ...aims, "II. NỘI DUNG", "1. Tổ chức truyền thông tại cộng đồng.", "III. KINH PHÍ", "Tổng kinh phí: 350 triệu đồng."].join("\n");
}

/** Value, unit, listed (not to confirm). */
type Row = [number, string, boolean];
const TEAMS = "Thành lập mới 20 tổ truyền thông cộng đồng.";
const ADDRESSES = "Duy trì hoạt động 15 địa chỉ tin cậy tại cộng đồng.";
const CHECKUPS = "Phấn đấu 80% phụ nữ mang thai được khám thai định kỳ.";
const ALL: Row[] = [[20, "tổ", true], [15, "địa chỉ", true], [80, "%", true]];

describe("target lines numbered like the targets part's heading", () => {
  test.each<[string, string[], Row[]]>([
    ["a bullet, then `2.`, `3.`", ["1. Chỉ tiêu cụ thể", `- ${TEAMS}`, `2. ${ADDRESSES}`, `3. ${CHECKUPS}`, "II. ĐỐI TƯỢNG"], ALL],
    ["the first on the heading's line", [`1. Chỉ tiêu cụ thể: ${TEAMS}`, `2. ${ADDRESSES}`, `3. ${CHECKUPS}`], ALL],
    ["`a)`, then `2.`, `3.`, then a part `2. Nhiệm vụ`", ["1. Chỉ tiêu cụ thể", `a) ${TEAMS}`, `2. ${ADDRESSES}`, `3. ${CHECKUPS}`, "2. Nhiệm vụ", "Tổ chức truyền thông tại các xã."], ALL],
    [
      "`2.1.`, `2.2.`, then `3.`, `4.`",
      ["1. Mục tiêu chung: Nâng cao nhận thức.", "2. Chỉ tiêu cụ thể", `2.1. ${TEAMS}`, `2.2. ${ADDRESSES}`, `3. ${CHECKUPS}`, "4. Thành lập mới 06 câu lạc bộ thủ lĩnh của sự thay đổi."],
      [...ALL, [6, "CLB", true]],
    ],
    ["numbered in the heading's own list (unchanged)", ["1. Chỉ tiêu cụ thể", `1. ${TEAMS}`, `2. ${ADDRESSES}`, `3. ${CHECKUPS}`], ALL],
    ["a part with a figure after the targets ends them", ["1. Chỉ tiêu cụ thể", `- ${TEAMS}`, "2. Địa bàn thực hiện: 14 xã."], [[20, "tổ", true]]],
  ])("%s", (_label, aims, expected) => {
    const read = extractPlan(plan(aims)).indicators.filter((i) => i.kind !== "money");
    expect(read.map((i): Row => [i.target, i.unit, (i.confidence ?? 1) >= CONFIRM_BELOW])).toEqual(expected);
  });
});
