import { readPlanFromWorkbook } from "../../../src/core/plan";
import { sheet, workbook } from "../layout/sheetBuilder";

const HEADER = ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"];

function linesOf(rows: unknown[][]): Array<[string, string | undefined, number]> {
  const plan = readPlanFromWorkbook(workbook(sheet("Kế hoạch", [HEADER, ...rows] as never), sheet("Phân bổ", [["x"]])));
  return plan.lines.map((line) => [line.code, line.parentCode, line.target]);
}

describe("readPlanFromWorkbook: lettered sub-items (`a`, `b`) under a numbered line", () => {
  test.each<[string, unknown[][], Array<[string, string | undefined, number]>]>([
    [
      "letters under each number, repeating per number",
      [["1", "Tổ", "tổ", 14], ["a", "Tổ A", "tổ", 6], ["b", "Tổ B", "tổ", 8], ["2.", "CLB", "CLB", 10], ["a)", "CLB A", "CLB", 4], ["b", "CLB B", "CLB", 6]],
      [["1", undefined, 14], ["1.a", "1", 6], ["1.b", "1", 8], ["2", undefined, 10], ["2.a", "2", 4], ["2.b", "2", 6]],
    ],
    [
      "letters under a sub-item and under a money code",
      [["1", "Tổ", "tổ", 14], ["1.1", "Tổ mới", "tổ", 14], ["a", "Huyện A", "tổ", 5], ["b", "Huyện B", "tổ", 9], ["KP", "Kinh phí", "triệu đồng", 300], ["a", "NSTW", "triệu đồng", 100], ["b", "NSĐP", "triệu đồng", 200]],
      [["1", undefined, 14], ["1.1", "1", 14], ["1.1.a", "1.1", 5], ["1.1.b", "1.1", 9], ["KP", undefined, 300e6], ["KP.a", "KP", 100e6], ["KP.b", "KP", 200e6]],
    ],
    [
      "letters with no numbered line above stay as written",
      [["a", "Tổ", "tổ", 14], ["b", "CLB", "CLB", 10]],
      [["a", undefined, 14], ["b", undefined, 10]],
    ],
    [
      "a section heading (`II`) in between: letters after it are its own",
      [["1", "Tổ", "tổ", 14], ["II", "KINH PHÍ", null, null], ["a", "NSTW", "triệu đồng", 100], ["b", "NSĐP", "triệu đồng", 200]],
      [["1", undefined, 14], ["a", undefined, 100e6], ["b", undefined, 200e6]],
    ],
    [
      "a section heading in the name cell resets too",
      [["1", "Tổ", "tổ", 14], [null, "II. KINH PHÍ", null, null], ["a", "NSTW", "triệu đồng", 100]],
      [["1", undefined, 14], ["a", undefined, 100e6]],
    ],
  ])("%s", (_, rows, expected) => {
    expect(linesOf(rows)).toEqual(expected);
  });
});
