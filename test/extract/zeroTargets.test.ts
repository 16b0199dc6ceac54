/**
 * A target of none in a targets part (`Không để xảy ra tình trạng tảo hôn`,
 * `Không có trường hợp học sinh bỏ học`): 0 cases at most, to confirm — read
 * only when the unit is a case and the name is one thing.
 */
import { extractPlan } from "../../src/extract";
import { renderExtractedPlanText } from "../../src/extract/render";
import { planWith } from "./planText";

type Row = [string, number, string, string | undefined, string | undefined];

function zeros(line: string): Row[] {
  return extractPlan(planWith([line])).indicators
    .filter((i) => i.kind === "count" && i.target === 0)
    .map((i): Row => [i.name, i.target, i.unit, i.rule, i.confirmReason]);
}

describe("a target of none", () => {
  test.each<[string, Row[]]>([
    ["- Không để xảy ra tình trạng tảo hôn trên địa bàn huyện.", [["Số trường hợp tảo hôn", 0, "trường hợp", "<=", "zero"]]],
    ["- Không để xảy ra trường hợp tảo hôn mới trên địa bàn.", [["Số trường hợp tảo hôn mới", 0, "trường hợp", "<=", "zero"]]],
    ["a) Không có trường hợp học sinh bỏ học.", [["Số trường hợp học sinh bỏ học", 0, "trường hợp", "<=", "zero"]]],
    ["- Không để phát sinh vụ bạo lực gia đình nghiêm trọng trong năm 2023.", [["Số vụ bạo lực gia đình nghiêm trọng", 0, "vụ", "<=", "zero"]]],
    // Two things in one line, or no case word: not clear, not read.
    ["- Không để xảy ra tình trạng tảo hôn, hôn nhân cận huyết thống.", []],
    ["- Không để xảy ra tảo hôn và hôn nhân cận huyết thống.", []],
    ["- Không để người dân thiếu thông tin về chính sách.", []],
  ])("%s", (line, expected) => {
    expect(zeros(line)).toEqual(expected);
  });

  test("marked for confirmation with its own reason", () => {
    const plan = extractPlan(planWith(["- Thành lập mới 05 tổ truyền thông cộng đồng.", "- Không để xảy ra tình trạng tảo hôn trên địa bàn."]));
    const zero = plan.indicators.find((i) => i.target === 0);
    expect(zero?.confidence ?? 1).toBeLessThan(0.8);
    expect(renderExtractedPlanText(plan, "vi")).toContain("0 trường hợp [<=; mục tiêu không có trường hợp nào, đọc là 0, cần xác nhận]");
  });

  test("in its place in a numbered list, with the document's number", () => {
    const text = planWith(["a) Thành lập mới 05 tổ truyền thông cộng đồng.", "b) Không để xảy ra tình trạng tảo hôn trên địa bàn.", "c) Tổ chức 04 lớp tập huấn cho cán bộ Hội."]);
    expect(extractPlan(text).indicators.map((i) => [i.code, i.target])).toEqual([["a", 5], ["b", 0], ["c", 4]]);
  });

  test("outside a targets part it is an aim, not read", () => {
    const text = planWith(["- Thành lập mới 05 tổ truyền thông cộng đồng."], { before: ["Góp phần không để xảy ra tình trạng tảo hôn."] });
    expect(extractPlan(text).indicators.filter((i) => i.target === 0)).toEqual([]);
  });
});
