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
    // What makes a case one of those counted (`trên 30 người mắc`) qualifies the none: no target of its own.
    ["- Không để xảy ra vụ ngộ độc thực phẩm trên 30 người mắc.", [["Số vụ ngộ độc thực phẩm trên 30 người mắc", 0, "vụ", "<=", "zero"]]],
    ["- Không để xảy ra các vụ ngộ độc thực phẩm lớn (trên 30 người mắc) trong năm 2026.", [["Số vụ ngộ độc thực phẩm lớn (trên 30 người mắc)", 0, "vụ", "<=", "zero"]]],
    ["- Phấn đấu không để xảy ra ngộ độc thực phẩm tập thể từ 30 người mắc trở lên.", [["Số vụ ngộ độc thực phẩm tập thể từ 30 người mắc trở lên", 0, "vụ", "<=", "zero"]]],
    ["- Không để xảy ra cháy rừng trên địa bàn.", [["Số vụ cháy rừng", 0, "vụ", "<=", "zero"]]],
    ["- Không để xảy ra cháy, nổ lớn gây thiệt hại nghiêm trọng về người và tài sản.", [["Số vụ cháy, nổ lớn gây thiệt hại nghiêm trọng về người và tài sản", 0, "vụ", "<=", "zero"]]],
    ["- Không có trường hợp tử vong do ngộ độc thực phẩm.", [["Số trường hợp tử vong do ngộ độc thực phẩm", 0, "trường hợp", "<=", "zero"]]],
    // A name of many syllables that is still one thing.
    ["- Không để xảy ra trường hợp người cao tuổi cô đơn không nơi nương tựa không được chăm sóc.", [["Số trường hợp người cao tuổi cô đơn không nơi nương tựa không được chăm sóc", 0, "trường hợp", "<=", "zero"]]],
    // `mới` and `các` between the verb and the cases.
    ["- Không để phát sinh mới các trường hợp hôn nhân cận huyết thống.", [["Số trường hợp hôn nhân cận huyết thống mới", 0, "trường hợp", "<=", "zero"]]],
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

  test("a figure qualifying the none is no target; one in a clause of its own is", () => {
    const counts = (line: string) => extractPlan(planWith([line])).indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit]);
    expect(counts("- Không để xảy ra vụ ngộ độc thực phẩm trên 30 người mắc.")).toEqual([[0, "vụ"]]);
    expect(counts("- Không để xảy ra vụ ngộ độc thực phẩm trên 30 người mắc; lấy 60 mẫu thực phẩm xét nghiệm nhanh.").sort()).toEqual([[0, "vụ"], [60, "mẫu"]]);
    // `không có` inside a name (`Số hộ không có …`) opens no none: the count after it is the target.
    expect(counts("- Số hộ không có nhà tiêu hợp vệ sinh giảm xuống còn 50 hộ.")).toEqual([[50, "hộ"]]);
  });

  test("outside a targets part it is an aim, not read", () => {
    const text = planWith(["- Thành lập mới 05 tổ truyền thông cộng đồng."], { before: ["Góp phần không để xảy ra tình trạng tảo hôn."] });
    expect(extractPlan(text).indicators.filter((i) => i.target === 0)).toEqual([]);
  });
});
