/**
 * A title in capitals broken over two lines is one title: its target keeps
 * its verb and its name, and a heading keeps its words; capital lines that
 * are two titles (a blank line between, a new item, a number on each) stay
 * apart.
 */
import { extractPlan } from "../../src/extract";
import { fromCapitals, joinCapitalTitles } from "../../src/extract/capitalTitles";
import { normalizeText } from "../../src/extract/normalize";
import { planWith } from "./planText";

function joined(text: string): string[] {
  return joinCapitalTitles(normalizeText(text)).map((l) => l.text);
}

describe("joinCapitalTitles", () => {
  test.each<[string, string, string[]]>([
    ["a target title, its number on the second line", "THÀNH LẬP VÀ DUY TRÌ\n3.000 TỔ TIẾT KIỆM VAY VỐN THÔN/BẢN", ["THÀNH LẬP VÀ DUY TRÌ 3.000 TỔ TIẾT KIỆM VAY VỐN THÔN/BẢN"]],
    ["a target title, its place on the second line", "THÀNH LẬP 3.000 TỔ TIẾT KIỆM VAY VỐN\nTHÔN/BẢN", ["THÀNH LẬP 3.000 TỔ TIẾT KIỆM VAY VỐN THÔN/BẢN"]],
    ["a numbered heading", "6 CHỈ TIÊU CỦA DỰ ÁN ĐẾN\nNĂM 2025", ["6 CHỈ TIÊU CỦA DỰ ÁN ĐẾN NĂM 2025"]],
    ["a count out of the numbering's sequence under a numbered title", "1. THÀNH LẬP MỚI VÀ DUY TRÌ\n25 TỔ TRUYỀN THÔNG CỘNG ĐỒNG", ["1. THÀNH LẬP MỚI VÀ DUY TRÌ 25 TỔ TRUYỀN THÔNG CỘNG ĐỒNG"]],
    ["the next heading of the numbering stays a heading", "5 ĐỊA BÀN THỰC HIỆN CỦA\n6 CHỈ TIÊU CỦA DỰ ÁN", ["5 ĐỊA BÀN THỰC HIỆN CỦA", "6 CHỈ TIÊU CỦA DỰ ÁN"]],
    ["a blank line between: two titles", "THÀNH LẬP TỔ TIẾT KIỆM\n\nVAY VỐN THÔN/BẢN", ["THÀNH LẬP TỔ TIẾT KIỆM", "VAY VỐN THÔN/BẢN"]],
    ["a new item on the second line", "II. NHIỆM VỤ VÀ GIẢI PHÁP\n1. TUYÊN TRUYỀN NÂNG CAO NHẬN THỨC", ["II. NHIỆM VỤ VÀ GIẢI PHÁP", "1. TUYÊN TRUYỀN NÂNG CAO NHẬN THỨC"]],
    ["a number on each line: two targets", "THÀNH LẬP 09 TỔ TRUYỀN THÔNG\nDUY TRÌ 21 TỔ TRUYỀN THÔNG", ["THÀNH LẬP 09 TỔ TRUYỀN THÔNG", "DUY TRÌ 21 TỔ TRUYỀN THÔNG"]],
    ["a sentence ends the first line", "KINH PHÍ DO NGÂN SÁCH BẢO ĐẢM.\nNGUỒN XÃ HỘI HÓA", ["KINH PHÍ DO NGÂN SÁCH BẢO ĐẢM.", "NGUỒN XÃ HỘI HÓA"]],
    ["a capital line over running text", "THÀNH LẬP TỔ TIẾT KIỆM\nHội phụ nữ xã hỗ trợ thành lập tổ.", ["THÀNH LẬP TỔ TIẾT KIỆM", "Hội phụ nữ xã hỗ trợ thành lập tổ."]],
  ])("%s", (_label, text, expected) => {
    expect(joined(text)).toEqual(expected);
  });

  test("the joined line remembers both physical lines", () => {
    const [line] = joinCapitalTitles(normalizeText("THÀNH LẬP VÀ DUY TRÌ\n3.000 TỔ TIẾT KIỆM"));
    expect(line.breaks.map((b) => [b.offset, b.line])).toEqual([
      [0, 1],
      ["THÀNH LẬP VÀ DUY TRÌ ".length, 2],
    ]);
  });
});

describe("a target title in capitals broken over two lines, in a target list", () => {
  const plan = extractPlan(planWith(["THÀNH LẬP VÀ DUY TRÌ", "3.000 TỔ TIẾT KIỆM VAY VỐN THÔN/BẢN", "- Duy trì 30 câu lạc bộ."]));

  test("is read as one target, named with its verb as a sentence would name it", () => {
    expect(plan.indicators.map((i) => [i.name, i.target, i.unit])).toEqual([
      ["Thành lập và duy trì tổ tiết kiệm vay vốn thôn/bản", 3000, "tổ"],
      ["Duy trì câu lạc bộ", 30, "CLB"],
    ]);
  });

  test("its source is the line of its number", () => {
    expect(plan.indicators[0].source).toBe("line 11");
  });
});

describe("fromCapitals", () => {
  test.each<[string, boolean, string]>([
    ["THÀNH LẬP TỔ TIẾT KIỆM", true, "Thành lập tổ tiết kiệm"],
    ["DUY TRÌ CLB THỦ LĨNH", true, "Duy trì CLB thủ lĩnh"],
    ["HỘI LHPN HỖ TRỢ HTX", true, "Hội LHPN hỗ trợ HTX"],
    ["TỔ", false, "tổ"],
    ['"THỦ LĨNH CỦA SỰ THAY ĐỔI"', true, '"Thủ lĩnh của sự thay đổi"'],
  ])("%s", (text, first, expected) => {
    expect(fromCapitals(text, first)).toEqual(expected);
  });
});
