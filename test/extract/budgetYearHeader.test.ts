/** A budget table whose second header row holds the years (`| | | | 2026 | 2027 |`) reads no year as an amount. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const TABLE = [
  "| STT | Nguồn vốn | Tổng số | Phân theo năm |  |  |",
  "|  |  |  | 2026 | 2027 | 2028 |",
  "|  | Tổng cộng | 3.000 | 1.000 | 1.000 | 1.000 |",
  "| 1 | NSTW | 2.700 | 900 | 900 | 900 |",
  "| 2 | NSĐP | 300 | 100 | 100 | 100 |",
];

function budgetOf(lines: readonly string[]): Array<[string, number, string]> {
  const text = planWith(["- Thành lập mới 05 tổ truyền thông cộng đồng."]).replace("III. TỔ CHỨC THỰC HIỆN", ["III. KINH PHÍ", ...lines, "IV. TỔ CHỨC THỰC HIỆN"].join("\n"));
  return extractPlan(text).indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target, i.name]);
}

const PARTS: Array<[string, number, string]> = [
  ["KP", 3_000_000_000, "Tổng kinh phí"],
  ["KP.1", 2_700_000_000, "NSTW"],
  ["KP.2", 300_000_000, "NSĐP"],
];

describe("a budget table by source and year", () => {
  test.each<[string, string[], Array<[string, number, string]>]>([
    ["the table alone", ["Phân kỳ theo năm (Đơn vị tính: triệu đồng)", ...TABLE], PARTS],
    [
      "after the total and its sources in the text",
      ["Tổng kinh phí là 3 tỷ đồng, trong đó: NSTW 2,7 tỷ đồng; NSĐP 300 triệu đồng.", "Phân kỳ theo năm (Đơn vị tính: triệu đồng)", ...TABLE],
      [["KP", 3_000_000_000, "Tổng kinh phí"], ["KP.1", 2_700_000_000, "NSTW"], ["KP.2", 300_000_000, "NSĐP"]],
    ],
  ])("%s", (_label, lines, expected) => {
    expect(budgetOf(lines)).toEqual(expected);
  });
});
