/**
 * A total split by source and again by year: the sources are its parts (a
 * plan line per source, as the allocation sheets carry them), the years are
 * told in the total's source text — however many years there are.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

function budgetOf(lines: readonly string[]): Array<[string, number, string]> {
  const text = planWith(["- Thành lập mới 05 tổ truyền thông cộng đồng."]).replace("III. TỔ CHỨC THỰC HIỆN", ["III. KINH PHÍ", ...lines, "IV. TỔ CHỨC THỰC HIỆN"].join("\n"));
  return extractPlan(text).indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target, i.name]);
}

describe("sources, then years", () => {
  test.each<[string, string[]]>([
    [
      "five years after three sources",
      [
        "Tổng kinh phí: 1 tỷ 250 triệu đồng.",
        "Phân theo nguồn:",
        "- Ngân sách trung ương: 1,1 tỷ đồng;",
        "- Ngân sách huyện: 100 triệu đồng;",
        "- Xã hội hóa: 50.000.000 đồng.",
        "Phân theo năm: năm 2026: 350 triệu đồng; năm 2027: 300 triệu đồng; năm 2028: 200 triệu đồng; năm 2029: 200 triệu đồng; năm 2030: 200 triệu đồng.",
      ],
    ],
    [
      "years first",
      [
        "Tổng kinh phí: 1 tỷ 250 triệu đồng.",
        "Phân theo năm: năm 2026: 350 triệu đồng; năm 2027: 300 triệu đồng; năm 2028: 200 triệu đồng; năm 2029: 200 triệu đồng; năm 2030: 200 triệu đồng.",
        "Phân theo nguồn:",
        "- Ngân sách trung ương: 1,1 tỷ đồng;",
        "- Ngân sách huyện: 100 triệu đồng;",
        "- Xã hội hóa: 50.000.000 đồng.",
      ],
    ],
  ])("%s", (_label, lines) => {
    expect(budgetOf(lines)).toEqual([
      ["KP", 1_250_000_000, "Tổng kinh phí"],
      ["KP.1", 1_100_000_000, "Ngân sách trung ương"],
      ["KP.2", 100_000_000, "Ngân sách huyện"],
      ["KP.3", 50_000_000, "Xã hội hóa"],
    ]);
  });
});
