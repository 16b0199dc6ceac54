/**
 * A target stated only per area (`Mỗi xã thành lập 01 tổ`) whose areas the text
 * does not list: the line is kept with its quota — the least the whole must
 * reach, `>=` — marked for confirmation, and a `quota-only` issue says the
 * total must be entered by hand.
 */
import { extractPlan } from "../../src/extract";
import { CONFIRM_BELOW } from "../../src/extract/prose";
import { planWith, DISTRICT_PLAN_HEAD } from "./planText";

type Row = [number, string, number | undefined, string | undefined];

describe("a per-area quota with no areas listed", () => {
  test.each<[string, string, Row[]]>([
    ["a list line, no bound", "- Mỗi xã thành lập 01 tổ truyền thông cộng đồng.", [[1, "tổ", 1, ">="]]],
    ["a list line with `ít nhất`", "- Mỗi huyện, thị xã, thành phố xây dựng ít nhất 01 mô hình liên kết chuỗi giá trị.", [[1, "mô hình", 1, ">="]]],
    ["a quota after a slash", "- Hằng năm tổ chức ít nhất 02 lớp tập huấn/huyện.", [[2, "lớp tập huấn", 2, ">="]]],
    ["a ceiling per area gives no floor for the whole", "- Mỗi xã tổ chức không quá 02 hội nghị.", []],
    ["a village is no area of the plan", "- Mỗi thôn có ít nhất 01 tổ truyền thông cộng đồng hoạt động hiệu quả.", []],
  ])("%s", (_label, line, expected) => {
    const plan = extractPlan(planWith([line]));
    const lines = plan.indicators.filter((i) => i.kind !== "money");
    expect(lines.map((i): Row => [i.target, i.unit, i.quota, i.rule])).toEqual(expected);
    for (const i of lines) expect(i.confidence ?? 1).toBeLessThan(CONFIRM_BELOW);
    expect(plan.issues.filter((i) => i.rule === "quota-only")).toHaveLength(1);
  });

  test("in running text too", () => {
    const text = [
      ...DISTRICT_PLAN_HEAD,
      "I. MỤC TIÊU",
      "- Thành lập 10 tổ truyền thông cộng đồng.",
      "II. NỘI DUNG",
      "Mỗi xã tổ chức ít nhất 02 buổi nói chuyện chuyên đề.",
      "III. TỔ CHỨC THỰC HIỆN",
    ].join("\n");
    const plan = extractPlan(text);
    const extra = plan.indicators.filter((i) => i.unit === "buổi");
    expect(extra.map((i) => [i.target, i.quota, i.rule])).toEqual([[2, 2, ">="]]);
    expect(extra[0].confidence ?? 1).toBeLessThan(CONFIRM_BELOW);
    const said = plan.issues.filter((i) => i.rule === "quota-only");
    expect(said).toHaveLength(1);
    expect(said[0].message).toMatch(/cần nhập tổng/);
  });
});
