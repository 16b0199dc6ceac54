/**
 * A target read from a quota per area is named as a careful reader would: the
 * words saying per what (`mỗi xã`, `/xã`, `tại các bản, mỗi bản`) are the
 * quota's, not the name's; the noun the quota counts stays the head of the name.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

describe("names of targets stated per area", () => {
  test.each<[string, string, string]>([
    ["a quota before its total in brackets", "- Mỗi xã thành lập mới 01 tổ truyền thông cộng đồng (14 xã = 14 tổ).", "Thành lập mới tổ truyền thông cộng đồng"],
    ["a quota with `/xã` before its total", "- Thành lập mới 01 tổ truyền thông cộng đồng/xã (14 xã = 14 tổ).", "Thành lập mới tổ truyền thông cộng đồng"],
    ["a quota alone, `mỗi xã` first", "- Mỗi xã thành lập 01 tổ truyền thông cộng đồng.", "Thành lập tổ truyền thông cộng đồng"],
    ["a quota per village and year after the places", "- Tổ chức truyền thông tại các bản, mỗi bản 02 buổi/năm.", "Tổ chức truyền thông"],
    ["a total with its quota in brackets", "- Thành lập mới 14 tổ truyền thông cộng đồng (mỗi xã 01 tổ).", "Thành lập mới tổ truyền thông cộng đồng"],
  ])("%s", (_, line, name) => {
    const plan = extractPlan(planWith([line]));
    const names = [...plan.indicators.map((i) => i.name), ...plan.issues.map((i) => i.message)];
    expect(names.some((n) => n === name || n.startsWith(`${name} (`) || n.includes(`"${name}"`) || n.includes(`"${name} (`))).toBe(true);
  });
});
