/**
 * Uncoded total rows on the plan sheet (`Tổng kinh phí`, `Tổng nguồn vốn`,
 * `Tổng cộng`), money or counts: no line of their own. When the top-level
 * lines of their kind (for counts, of their unit) do not add up to them, the
 * reading says so naming the total's cell and the lines' cells, and the plan
 * is still read line by line — `Tổng kinh phí` and `Tổng cộng` alike.
 */
import { readPlanFromWorkbook } from "../../../src/core/plan";
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet, workbook } from "../layout/sheetBuilder";

const H: CellValue[] = ["STT", "Nội dung", "ĐVT", "Kế hoạch"];

function planOf(rows: CellValue[][], head: CellValue[] = H) {
  return readPlanFromWorkbook(workbook(sheet("Kế hoạch", [head, ...rows])));
}

const clubs: CellValue[][] = [
  [1, "Câu lạc bộ Thủ lĩnh của sự thay đổi", "CLB", 12],
  [2, "Câu lạc bộ Mẹ và bé", "CLB", 8],
];
const money: CellValue[][] = [
  [1, "Kinh phí truyền thông", "triệu đồng", 600],
  [2, "Kinh phí tập huấn", "triệu đồng", 400],
];

describe("a total row the lines add up to: no line, nothing said", () => {
  test.each<[string, CellValue[][], CellValue[]?]>([
    ["Tổng cộng | CLB below counts", [...clubs, [null, "Tổng cộng", "CLB", 20]]],
    ["TỔNG CỘNG | clb above counts (case apart)", [[null, "TỔNG CỘNG", "clb", 20], ...clubs]],
    ["Tổng cộng with no unit over lines sharing CLB", [...clubs, [null, "Tổng cộng", null, "20"]]],
    ["Tổng cộng with no unit, the money unit in the header", [...money.map((row) => [row[0], row[1], null, row[3]]), [null, "Tổng cộng", null, 1000]], ["STT", "Nội dung", "ĐVT", "Kế hoạch (triệu đồng)"]],
    ["Tổng kinh phí with no unit over lines sharing triệu đồng", [[null, "Tổng kinh phí", null, "1.000"], ...money]],
    ["Tổng cộng | người beside money lines: the counts alone", [[1, "Hội viên được tập huấn", "người", 30], ...money.map((row) => [Number(row[0]) + 1, row[1], row[2], row[3]]), [null, "Tổng cộng", "người", 30]]],
    ["Tổng cộng over sub-lines: the top-level lines alone", [[1, "Câu lạc bộ", "CLB", 20], [1.1, "CLB Thủ lĩnh", "CLB", 12], [1.2, "CLB Mẹ và bé", "CLB", 8], [2, "CLB Ông bà", "CLB", 5], [null, "Tổng cộng", "CLB", 25]]],
  ])("%s", (_name, rows, head: CellValue[] = H) => {
    const plan = planOf(rows, head);
    expect(plan.lines.map((line) => line.code)).toEqual(rows.filter((row) => row[0] !== null).map((row) => String(row[0])));
    expect(plan.doubts ?? []).toEqual([]);
  });
});

describe("a total row the lines do not add up to: said naming both cells, the lines read as written", () => {
  test.each<[string, CellValue[][], string, CellValue[]?]>([
    ["Tổng cộng | CLB", [...clubs, [null, "Tổng cộng", "CLB", 21]], `'Kế hoạch'!D4: the row "Tổng cộng" (no code) gives 21 CLB, but the lines 1 (D2), 2 (D3) add up to 20 CLB.`],
    ["Tổng cộng with no unit over lines sharing CLB", [[null, "Tổng cộng", null, 19], ...clubs], `'Kế hoạch'!D2: the row "Tổng cộng" (no code) gives 19 CLB, but the lines 1 (D3), 2 (D4) add up to 20 CLB.`],
    ["Tổng cộng | triệu đồng", [...money, [null, "Tổng cộng", "triệu đồng", 1100]], `'Kế hoạch'!D4: the row "Tổng cộng" (no code) gives 1,100 million VND, but the lines 1 (D2), 2 (D3) add up to 1,000 million VND.`],
    ["Tổng kinh phí | triệu đồng", [[null, "Tổng kinh phí", "triệu đồng", 1100], ...money], `'Kế hoạch'!D2: the row "Tổng kinh phí" (no code) gives 1,100 million VND, but the lines 1 (D3), 2 (D4) add up to 1,000 million VND.`],
    ["Tổng nguồn vốn in tỷ, typed 1,1", [...money, [null, "Tổng nguồn vốn", "tỷ đồng", "1,1"]], `'Kế hoạch'!D4: the row "Tổng nguồn vốn" (no code) gives 1.1 billion VND, but the lines 1 (D2), 2 (D3) add up to 1 billion VND.`],
    ["Tổng cộng with no unit, the money unit in the header", [...money.map((row) => [row[0], row[1], null, row[3]]), [null, "Tổng cộng", null, 900]], `'Kế hoạch'!D4: the row "Tổng cộng" (no code) gives 900 million VND, but the lines 1 (D2), 2 (D3) add up to 1,000 million VND.`, ["STT", "Nội dung", "ĐVT", "Kế hoạch (triệu đồng)"]],
    ["Tổng kinh phí with no unit over lines sharing triệu đồng", [[null, "Tổng kinh phí", null, "1.200"], ...money], `'Kế hoạch'!D2: the row "Tổng kinh phí" (no code) gives 1,200 million VND, but the lines 1 (D3), 2 (D4) add up to 1,000 million VND.`],
    ["Tổng cộng | CLB over sub-lines: the top-level lines", [[1, "Câu lạc bộ", "CLB", 12], [1.1, "CLB Thủ lĩnh", "CLB", 12], [2, "CLB Mẹ và bé", "CLB", 8], [null, "Tổng cộng", "CLB", 32]], `'Kế hoạch'!D5: the row "Tổng cộng" (no code) gives 32 CLB, but the lines 1 (D2), 2 (D4) add up to 20 CLB.`],
  ])("%s", (_name, rows, said, head: CellValue[] = H) => {
    const plan = planOf(rows, head);
    const lines = rows.filter((row) => row[0] !== null);
    expect(plan.lines.map((line) => [line.code, line.source?.cell])).toEqual(lines.map((row) => [String(row[0]), `D${rows.indexOf(row) + 2}`]));
    expect(plan.lines.map((line) => line.target)).toEqual(plan.lines.map((line) => Number(rows.find((row) => String(row[0]) === line.code)![3]) * line.scale));
    expect(plan.doubts?.map((doubt) => doubt.en)).toEqual([`${said} Correct the figure, or give this row a code. allocheck checks each line's own target.`]);
    expect(plan.doubts?.[0].vi).toMatch(/^'Kế hoạch'!D\d: dòng ".+" \(không có mã\) ghi .+, nhưng các chỉ tiêu 1 \(D\d\), 2 \(D\d\) cộng lại .+\. Hãy sửa số, hoặc ghi mã cho dòng này\. allocheck đối chiếu theo số của từng chỉ tiêu\.$/);
  });
});

describe("a total row that cannot be compared: nothing said", () => {
  test.each<[string, CellValue[][]]>([
    ["Tổng cộng | tổ over tổ and CLB lines", [[1, "Tổ truyền thông", "tổ", 14], [2, "Câu lạc bộ", "CLB", 6], [null, "Tổng cộng", "tổ", 99]]],
    ["Tổng cộng with no unit over tổ and CLB lines", [[1, "Tổ truyền thông", "tổ", 14], [2, "Câu lạc bộ", "CLB", 6], [null, "Tổng cộng", null, 99]]],
    ["Tổng cộng with no unit over counts and money", [[1, "Tổ truyền thông", "tổ", 14], [2, "Kinh phí", "triệu đồng", 600], [null, "Tổng cộng", null, 99]]],
    ["Tổng cộng | %", [[1, "Tỷ lệ hộ nghèo được hỗ trợ", "%", 80], [2, "Tỷ lệ phụ nữ tham gia", "%", 60], [null, "Tổng cộng", "%", 99]]],
    ["Tổng cộng | tổ over a per-commune line and no area list", [[1, "Tổ truyền thông", "tổ", "01 tổ/xã"], [null, "Tổng cộng", "tổ", 14]]],
  ])("%s", (_name, rows) => {
    const plan = planOf(rows);
    expect(plan.lines.map((line) => line.code)).toEqual(rows.filter((row) => row[0] !== null).map((row) => String(row[0])));
    expect(plan.doubts ?? []).toEqual([]);
  });
});

test("a per-commune line is sized by the plan's communes before its total is compared", () => {
  const rows: CellValue[][] = [[1, "Tổ truyền thông", "tổ", "01 tổ/xã"], [null, "Tổng cộng", "tổ", 3], [], ["Huyện", "Xã"], ["Ba Vì", "Ba Trại"], ["Ba Vì", "Tản Lĩnh"], ["Ba Vì", "Minh Quang"]];
  const agrees = planOf(rows);
  expect(agrees.lines.map((line) => [line.code, line.target])).toEqual([["1", 3]]);
  expect(agrees.doubts ?? []).toEqual([]);
  const off = planOf(rows.map((row) => (row[1] === "Tổng cộng" ? [null, "Tổng cộng", "tổ", 4] : row)));
  expect(off.doubts?.map((doubt) => doubt.en)).toEqual([expect.stringMatching(/^'Kế hoạch'!D3: the row "Tổng cộng" \(no code\) gives 4 tổ, but the lines 1 \(D2\) add up to 3 tổ\./)]);
});

test("checked with a total row off: the right allocation gives no finding, the reading names the total's cell", () => {
  const plan = sheet("Kế hoạch", [H, ...clubs, [null, "Tổng cộng", "CLB", 21]]);
  const allocation = sheet("Phân bổ", [
    ["Đơn vị", "Câu lạc bộ Thủ lĩnh của sự thay đổi", "Câu lạc bộ Mẹ và bé"],
    ["Xã Ba Trại", 7, 3],
    ["Xã Tản Lĩnh", 5, 5],
  ]);
  const report = checkWorkbook(workbook(allocation, plan), { workbookName: "x.xlsx" }).report;
  expect(report.findings).toEqual([]);
  expect(report.indicators.map((line) => [line.code, line.target, line.status])).toEqual([
    ["1", 12, "ok"],
    ["2", 8, "ok"],
  ]);
  expect(report.reading?.confidence.level).toBe("low");
  expect(report.reading?.confidence.reasons.map((reason) => reason.vi)).toEqual([expect.stringContaining(`'Kế hoạch'!D4: dòng "Tổng cộng" (không có mã) ghi 21 CLB`)]);
});

describe("a section's total (`Cộng B`, `Cộng mục II`, a `Cộng` closing section I): no line, its section's lines or the whole plan's", () => {
  const sections = (first: CellValue, second: CellValue, grand: CellValue): CellValue[][] => [
    ["I", "Hợp phần 1", null, null],
    [1, "Truyền thông", "triệu đồng", 600],
    [2, "Tập huấn", "triệu đồng", 400],
    [null, "Cộng", "triệu đồng", first],
    ["II", "Hợp phần 2", null, null],
    [1, "Hội thảo", "triệu đồng", 200],
    [null, "Cộng mục II", "triệu đồng", second],
    [null, "Tổng cộng", "triệu đồng", grand],
  ];
  test("each agreeing: the lines alone, nothing said", () => {
    const plan = planOf(sections(1000, 200, 1200));
    expect(plan.lines.map((line) => [line.code, line.target])).toEqual([
      ["I.1", 600e6],
      ["I.2", 400e6],
      ["II.1", 200e6],
    ]);
    expect(plan.doubts ?? []).toEqual([]);
  });
  test.each<[string, CellValue[][], string]>([
    ["a Cộng closing section I", sections(900, 200, 1200), `'Kế hoạch'!D5: the row "Cộng" (no code) gives 900 million VND, but the lines I.1 (D3), I.2 (D4) add up to 1,000 million VND.`],
    ["Cộng mục II", sections(1000, 250, 1200), `'Kế hoạch'!D8: the row "Cộng mục II" (no code) gives 250 million VND, but the lines II.1 (D7) add up to 200 million VND.`],
    ["Cộng B with a figure, lettered sections", [["A", "Chỉ tiêu", null, null], [1, "Tổ", "tổ", 10], ["B", "Kinh phí", null, null], [1, "Truyền thông", "triệu đồng", 600], [2, "Tập huấn", "triệu đồng", 400], [null, "Cộng B", "triệu đồng", 1100]], `'Kế hoạch'!D7: the row "Cộng B" (no code) gives 1,100 million VND, but the lines B.1 (D5), B.2 (D6) add up to 1,000 million VND.`],
  ])("%s off: said naming the section's lines", (_name, rows, said) => {
    const plan = planOf(rows);
    expect(plan.lines).toHaveLength(rows.filter((row) => typeof row[0] === "number").length);
    expect(plan.doubts?.map((doubt) => doubt.en)).toEqual([`${said} Correct the figure, or give this row a code. allocheck checks each line's own target.`]);
  });
});

test("a Tổng cộng beside the counts and their money (`Số lượng | Kinh phí`): both totals compared", () => {
  const rows = (count: CellValue, money: CellValue): CellValue[][] => [
    ["STT", "Nội dung", "ĐVT", "Kế hoạch", null],
    [null, null, null, "Số lượng", "Kinh phí (triệu đồng)"],
    [1, "Thành lập tổ truyền thông", "tổ", 14, 700],
    [2, "Duy trì tổ truyền thông", "tổ", 6, 300],
    [null, "Tổng cộng", null, count, money],
  ];
  const read = (count: CellValue, money: CellValue) => readPlanFromWorkbook(workbook(sheet("Kế hoạch", rows(count, money), { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1"] })));
  expect(read(20, 1000).doubts ?? []).toEqual([]);
  expect(read(20, 1100).doubts?.map((doubt) => doubt.en)).toEqual([expect.stringMatching(/^'Kế hoạch'!E5: the row "Tổng cộng" \(no code\) gives 1,100 million VND, but the lines 1-KP \(E3\), 2-KP \(E4\) add up to 1,000 million VND\./)]);
  expect(read(21, 1000).doubts?.map((doubt) => doubt.en)).toEqual([expect.stringMatching(/^'Kế hoạch'!D5: the row "Tổng cộng" \(no code\) gives 21 tổ, but the lines 1 \(D3\), 2 \(D4\) add up to 20 tổ\./)]);
  expect(read(21, 1000).lines.map((line) => [line.code, line.target])).toEqual([
    ["1", 14],
    ["1-KP", 700e6],
    ["2", 6],
    ["2-KP", 300e6],
  ]);
});
