/**
 * `1. Mục tiêu chung` then a part of the aims named otherwise than `Mục tiêu cụ thể` (`2. Mục tiêu đến năm 2025`,
 * `b) Mục tiêu cần đạt`, `2. Phấn đấu đến cuối năm 2025`): its bullets are the listed targets, not running text.
 */
import { extractPlan } from "../../src/extract";
import { CONFIRM_BELOW } from "../../src/extract/prose";
import { DISTRICT_PLAN_HEAD } from "./planText";

function plan(aims: readonly string[]): string {
  return [...DISTRICT_PLAN_HEAD, "I. MỤC TIÊU", ...aims, "II. NỘI DUNG", "1. Tổ chức truyền thông tại cộng đồng.", "III. KINH PHÍ", "Tổng kinh phí: 350 triệu đồng."].join("\n");
}

/** Value, unit, listed (not to confirm). */
type Row = [number, string, boolean];
const BULLETS = ["- Thành lập mới 20 tổ truyền thông cộng đồng;", "- Duy trì hoạt động 15 địa chỉ tin cậy tại cộng đồng;", "- Phấn đấu 80% phụ nữ mang thai được khám thai định kỳ."];
const LISTED: Row[] = [[20, "tổ", true], [15, "địa chỉ", true], [80, "%", true]];
const GENERAL = ["1. Mục tiêu chung", "Nâng cao nhận thức cho phụ nữ và trẻ em."];

describe("the part of the aims after `Mục tiêu chung`", () => {
  test.each<[string, string[], Row[]]>([
    ["`2. Mục tiêu đến năm 2025`", [...GENERAL, "2. Mục tiêu đến năm 2025", ...BULLETS], LISTED],
    ["`2. Mục tiêu cần đạt`", [...GENERAL, "2. Mục tiêu cần đạt", ...BULLETS], LISTED],
    ["`2. Mục tiêu, nhiệm vụ cụ thể`", [...GENERAL, "2. Mục tiêu, nhiệm vụ cụ thể", ...BULLETS], LISTED],
    ["`2. Phấn đấu đến cuối năm 2025`", [...GENERAL, "2. Phấn đấu đến cuối năm 2025", ...BULLETS], LISTED],
    ["lettered: `a) Mục tiêu chung`, `b) Mục tiêu năm 2025`", ["a) Mục tiêu chung", "Nâng cao nhận thức.", "b) Mục tiêu năm 2025", ...BULLETS], LISTED],
    ["`2. Mục tiêu cụ thể` (unchanged)", [...GENERAL, "2. Mục tiêu cụ thể", ...BULLETS], LISTED],
    ["after the general aim and another part", [...GENERAL, "2. Yêu cầu", "Đúng tiến độ.", "3. Mục tiêu đến năm 2025", ...BULLETS], LISTED],
  ])("%s", (_label, aims, expected) => {
    const read = extractPlan(plan(aims)).indicators.filter((i) => i.kind !== "money");
    expect(read.map((i): Row => [i.target, i.unit, (i.confidence ?? 1) >= CONFIRM_BELOW])).toEqual(expected);
  });
});
