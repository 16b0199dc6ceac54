/**
 * A figure under the target column on a row with no code: a total when the
 * row is named like one (`Tổng cộng`, checked against its lines), else a
 * note to the plan — neither a line nor refused, said in the reading at its
 * cell. A row shaped like a line (a name, a unit of its own, a figure) with
 * no code is still refused: it is a line whose code is missing.
 */
import { readPlanFromWorkbook } from "../../../src/core/plan";
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet, workbook } from "../layout/sheetBuilder";

const H: CellValue[] = ["STT", "Nội dung", "ĐVT", "Kế hoạch"];
const clubs: CellValue[][] = [
  [1, "Câu lạc bộ Thủ lĩnh của sự thay đổi", "CLB", 12],
  [2, "Câu lạc bộ Mẹ và bé", "CLB", 8],
];

const planOf = (rows: CellValue[][], head: CellValue[] = H) => readPlanFromWorkbook(workbook(sheet("Kế hoạch", [head, ...rows])));

const noName = (cell: string, shown: string): string =>
  `'Kế hoạch'!${cell}: the figure ${shown} is on a row with no code and no name: not read as a plan line. If it is a line, give it a code and a name; if it is a total, name it "Tổng cộng".`;
const named = (cell: string, name: string, shown: string): string =>
  `'Kế hoạch'!${cell}: the row "${name}" has no code: its figure ${shown} is taken as a note, not read as a plan line. If it is a line, give it a code.`;

describe("a figure on a row with no code and no total's name: a note, said at its cell", () => {
  test.each<[string, CellValue[][], string, CellValue[]?]>([
    ["no code, no name, a figure below the lines", [...clubs, [null, null, null, 20]], noName("D4", "20")],
    ["no code, no name, a figure between the lines", [clubs[0], [null, null, null, 5], clubs[1]], noName("D3", "5")],
    ["no code, no name, a figure typed as text", [...clubs, [null, null, null, "1.250"]], noName("D4", "1.250")],
    ["a name, no code, no unit", [...clubs, [null, "Dự phòng", null, 3]], named("D4", "Dự phòng", "3")],
    ["a name, no code, under a money header", [[1, "Kinh phí truyền thông", null, 600], [null, "Kinh phí dự kiến huy động thêm", null, 150]], named("D3", "Kinh phí dự kiến huy động thêm", "150"), ["STT", "Nội dung", "ĐVT", "Kế hoạch (triệu đồng)"]],
  ])("%s", (_name, rows, said, head: CellValue[] = H) => {
    const plan = planOf(rows, head);
    const coded = rows.filter((row) => row[0] !== null);
    expect(plan.lines.map((line) => [line.code, line.source?.cell])).toEqual(coded.map((row) => [String(row[0]), `D${rows.indexOf(row) + 2}`]));
    expect(plan.doubts?.map((doubt) => doubt.en)).toEqual([said]);
    expect(plan.doubts?.[0].vi).toMatch(/^'Kế hoạch'!D\d: (?:số .+ ở dòng không có mã và không có tên|dòng ".+" không có mã: số .+ được coi là ghi chú)/);
  });

  test("said in the check's reading too, the lines checked as written", () => {
    const allocation = sheet("Phân bổ", [
      ["STT", "Đơn vị", "Câu lạc bộ Thủ lĩnh của sự thay đổi", "Câu lạc bộ Mẹ và bé"],
      [null, "Tổng cộng", 12, 8],
      [1, "Xã Khánh Thượng", 6, 4],
      [2, "Xã Minh Quang", 6, 4],
    ]);
    const { report } = checkWorkbook(workbook(allocation, sheet("Kế hoạch", [H, ...clubs, [null, "Dự phòng", null, 3]])), { workbookName: "x.xlsx", sheet: "Phân bổ" });
    expect(report.findings).toEqual([]);
    expect(report.reading?.confidence.reasons.map((reason) => reason.en)).toContain(named("D4", "Dự phòng", "3"));
  });
});

describe("nothing said where there is no figure, or the row is a total", () => {
  test.each<[string, CellValue[][], string[]]>([
    ["a blank row", [clubs[0], [null, null, null, null], clubs[1]], []],
    ["no code, no name, a dash", [...clubs, [null, null, null, "-"]], []],
    ["Tổng cộng without STT, its lines adding up", [...clubs, [null, "Tổng cộng", null, 20]], []],
    ["Tổng cộng in the unit cell of an otherwise unnamed row, adding up", [...clubs, [null, null, "Tổng cộng", 20]], []],
    ["Tổng cộng in the unit cell of an otherwise unnamed row, not adding up: said as a total", [...clubs, [null, null, "Tổng cộng", 19]], [`'Kế hoạch'!D4: the row "Tổng cộng" (no code) gives 19 CLB, but the lines 1 (D2), 2 (D3) add up to 20 CLB. Correct the figure, or give this row a code. allocheck checks each line's own target.`]],
    ["Tổng cộng without STT, its lines not adding up: said as a total", [...clubs, [null, "Tổng cộng", null, 21]], [`'Kế hoạch'!D4: the row "Tổng cộng" (no code) gives 21 CLB, but the lines 1 (D2), 2 (D3) add up to 20 CLB. Correct the figure, or give this row a code. allocheck checks each line's own target.`]],
  ])("%s", (_name, rows, said) => {
    const plan = planOf(rows);
    expect(plan.lines.map((line) => line.code)).toEqual(["1", "2"]);
    expect((plan.doubts ?? []).map((doubt) => doubt.en)).toEqual(said);
  });
});

describe("a row shaped like a line with no code is still refused", () => {
  test.each<[string, CellValue[][], RegExp]>([
    ["a name, its own unit, a figure", [...clubs, [null, "Câu lạc bộ Ông bà", "CLB", 6]], /^'Kế hoạch'!A4: line "Câu lạc bộ Ông bà" has no code\.$/],
    ["a bullet before any coded line", [["-", "Ngân sách trung ương", "triệu đồng", 1000]], /has no code/],
  ])("%s", (_name, rows, refused) => {
    expect(() => planOf(rows)).toThrow(refused);
  });
});

describe("no unit column: a unit in the name of a row with no code", () => {
  const plan = (rows: CellValue[][]) => readPlanFromWorkbook(workbook(sheet("Kế hoạch", rows)));

  test.each<[string, CellValue[][], string]>([
    ["restating the target header's unit", [["STT", "Nội dung", "Kinh phí (triệu đồng)"], ["1", "Tập huấn", 300], [null, "Dự phòng (triệu đồng)", 50]], named("C3", "Dự phòng (triệu đồng)", "50")],
    ["restating it in other words (trđ)", [["STT", "Nội dung", "Kinh phí (trđ)"], ["1", "Tập huấn", 300], [null, "Dự phòng (triệu đồng)", 50]], named("C3", "Dự phòng (triệu đồng)", "50")],
    ["restating a note over the table", [["ĐVT: triệu đồng"], ["STT", "Nội dung", "Kế hoạch"], ["1", "Tập huấn", 300], [null, "Dự phòng (triệu đồng)", 50]], named("C4", "Dự phòng (triệu đồng)", "50")],
    ["restating a count header's unit", [["STT", "Nội dung", "Số lượng (tổ)"], ["1", "Tổ truyền thông", 3], [null, "Tổ dự phòng (tổ)", 1]], named("C3", "Tổ dự phòng (tổ)", "1")],
  ])("%s: no unit of its own — a note, said at its cell, the lines read", (_name, rows, said) => {
    const read = plan(rows);
    expect(read.lines.map((line) => line.code)).toEqual(["1"]);
    expect(read.doubts?.map((doubt) => doubt.en)).toEqual([said]);
  });

  test("another unit than the table's: the row's own, a line whose code is missing — refused", () => {
    expect(() => plan([["STT", "Nội dung", "Kinh phí (triệu đồng)"], ["1", "Tập huấn", 300], [null, "Dự phòng (đồng)", 50000000]])).toThrow(/^'Kế hoạch'!A3: line "Dự phòng \(đồng\)" has no code\.$/);
  });
});
