/**
 * An uncoded `Tổng kinh phí` row on the plan sheet (above or below its
 * lines): the total of the top-level lines of its kind. It is no line of its
 * own when it adds them up; when it does not, the reading names its cell,
 * the lines' cells and both figures.
 */
import { readPlanFromWorkbook } from "../../../src/core/plan";
import type { CellValue } from "../../../src/core/model/workbook";

function planOf(rows: CellValue[][]) {
  return readPlanFromWorkbook({ sheets: [{ name: "Kế hoạch", values: [["STT", "Nội dung", "ĐVT", "Kế hoạch"], ...rows], merges: [] }] });
}

const central: CellValue[] = [1, "Ngân sách trung ương", "triệu đồng", 600];
const local: CellValue[] = [2, "Ngân sách địa phương", "triệu đồng", 400];
const count: CellValue[] = [3, "Tổ truyền thông", "tổ", 4];

test.each<[string, CellValue[][]]>([
  ["Tổng kinh phí above", [[null, "Tổng kinh phí", "triệu đồng", 1000], central, local, count]],
  ["Tổng nguồn vốn below, in tỷ", [central, local, count, [null, "Tổng nguồn vốn", "tỷ đồng", "1,0"]]],
  ["Tổng kinh phí with a part split under a line", [[null, "Tổng kinh phí", "triệu đồng", 1000], central, [1.1, "Vốn sự nghiệp", "triệu đồng", 600], local]],
])("%s: the lines alone", (_name, rows) => {
  expect(planOf(rows).lines.map((line) => line.code)).toEqual(rows.filter((row) => row[0] !== null).map((row) => String(row[0])));
});

test("a Tổng kinh phí row that does not add up its lines is named with both figures, the lines still read", () => {
  const plan = planOf([[null, "Tổng kinh phí", "triệu đồng", 1100], central, local, count]);
  expect(plan.lines.map((line) => line.code)).toEqual(["1", "2", "3"]);
  expect(plan.doubts?.map((doubt) => doubt.en)).toEqual([
    expect.stringMatching(/^'Kế hoạch'!D2: the row "Tổng kinh phí" \(no code\) gives 1,100 million VND, but the lines 1 \(D3\), 2 \(D4\) add up to 1,000 million VND/),
  ]);
});
