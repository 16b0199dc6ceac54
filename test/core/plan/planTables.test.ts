/**
 * A second plan table on the plan sheet — beside the first in the same header
 * row, or below it shifted to other columns — is read in its own columns when
 * it has the columns of a plan table (code, name, unit, target; a unit in the
 * target's header will do); its lines are checked like the first's.
 */
import { checkWorkbook } from "../../../src/core/check";
import { readPlanFromWorkbook } from "../../../src/core/plan";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { sheet, workbook } from "../progress/fixtures";

const H: CellValue[] = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"];
const COUNTS: CellValue[][] = [
  ["1", "Tổ truyền thông cộng đồng", "tổ", 6],
  ["2", "Câu lạc bộ", "CLB", 10],
];
const MONEY: CellValue[][] = [
  ["3", "Kinh phí tập huấn", "triệu đồng", 300],
  ["4", "Kinh phí truyền thông", "triệu đồng", 120],
];

const shapes: [string, CellValue[][], string[]][] = [
  ["beside, in the same header row", [["KẾ HOẠCH"], [], [...H, null, ...H], ...COUNTS.map((row, i) => [...row, null, ...MONEY[i]])], ["D4", "D5", "I4", "I5"]],
  ["below, shifted one column", [["KẾ HOẠCH"], [], H, ...COUNTS, [], [null, "STT", "Nội dung", "Đơn vị tính", "Kế hoạch"], ...MONEY.map((row) => [null, ...row])], ["D4", "D5", "E8", "E9"]],
  ["below, shifted, under a section title", [["KẾ HOẠCH"], [], H, ...COUNTS, [], ["B. KINH PHÍ"], [null, ...H], ...MONEY.map((row) => [null, ...row])], ["D4", "D5", "E9", "E10"]],
];

test.each(shapes)("%s: both tables read, at their cells, nothing said", (_name, rows, cells) => {
  const plan = readPlanFromWorkbook(workbook(sheet("Kế hoạch", rows)));
  expect(plan.lines.map((line) => [line.code, line.kind, line.target, line.source?.cell])).toEqual([
    ["1", "count", 6, cells[0]],
    ["2", "count", 10, cells[1]],
    ["3", "money", 300e6, cells[2]],
    ["4", "money", 120e6, cells[3]],
  ]);
  expect(plan.doubts ?? []).toEqual([]);
});

describe("beside, both tables with the same headers, a `Chỉ tiêu` in each: the second's never taken for the first's name or target", () => {
  const beside = (left: CellValue[], right: CellValue[], gap: boolean): CellValue[][] => [
    [...left, ...(gap ? [null] : []), ...right],
    ...COUNTS.map((row, i) => [...row, ...(gap ? [null] : []), ...MONEY[i]]),
  ];
  test.each<[string, CellValue[], CellValue[]]>([
    ["Chỉ tiêu heading the targets", ["STT", "Nội dung", "ĐVT", "Chỉ tiêu"], ["STT", "Nội dung", "ĐVT", "Chỉ tiêu"]],
    ["Chỉ tiêu heading the names, Số lượng | Kinh phí the targets", ["STT", "Chỉ tiêu", "ĐVT", "Số lượng"], ["STT", "Chỉ tiêu", "ĐVT", "Kinh phí"]],
    ["one of each", ["STT", "Nội dung", "ĐVT", "Chỉ tiêu"], ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch"]],
  ])("%s", (_name, left, right) => {
    for (const [gap, second] of [[true, "I"], [false, "H"]] as const) {
      const plan = readPlanFromWorkbook(workbook(sheet("Kế hoạch", beside(left, right, gap))));
      expect(plan.lines.map((line) => [line.code, line.name, line.kind, line.target, line.source?.cell])).toEqual([
        ["1", "Tổ truyền thông cộng đồng", "count", 6, "D2"],
        ["2", "Câu lạc bộ", "count", 10, "D3"],
        ["3", "Kinh phí tập huấn", "money", 300e6, `${second}2`],
        ["4", "Kinh phí truyền thông", "money", 120e6, `${second}3`],
      ]);
      expect(plan.doubts ?? []).toEqual([]);
    }
  });
});

test("both tables numbered from 1 under section titles: the codes take their section", () => {
  const rows: CellValue[][] = [["A. CHỈ TIÊU"], H, ["1", "Tổ truyền thông cộng đồng", "tổ", 6], [], ["B. KINH PHÍ"], [null, ...H], [null, "1", "Kinh phí tập huấn", "triệu đồng", 300]];
  const plan = readPlanFromWorkbook(workbook(sheet("Kế hoạch", rows)));
  expect(plan.lines.map((line) => [line.code, line.target])).toEqual([
    ["1", 6],
    ["B.1", 300e6],
  ]);
});

test.each(shapes)("%s, checked: the money over its ceiling is found at its total, nothing else", (_name, rows) => {
  const allocation = sheet("Phân bổ", [
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Câu lạc bộ", "Kinh phí tập huấn (triệu đồng)", "Kinh phí truyền thông (triệu đồng)"],
    [null, "Tổng cộng", 6, 10, 300, 130],
    [1, "Xã Ba Trại", 3, 5, 150, 70],
    [2, "Xã Tản Lĩnh", 3, 5, 150, 60],
  ]);
  const report = toJsonReport(checkWorkbook(workbook(sheet("Kế hoạch", rows), allocation), { workbookName: "t.xlsx" }).report);
  expect(report.findings.map((f) => `${f.rule}/${f.severity}@${f.cell}:${f.indicator}`)).toEqual(["ceiling/error@F2:4"]);
});

test("a table below numbered 1, 2 again with no section to tell them apart: not read, said at its header row", () => {
  const rows: CellValue[][] = [H, ["1", "Tổ truyền thông cộng đồng", "tổ", 6], ["2", "Câu lạc bộ", "CLB", 10], [], [null, "STT", "Nội dung", "ĐVT", "Kinh phí"], [null, "1", "Ngân sách trung ương", "triệu đồng", 300]];
  const plan = readPlanFromWorkbook(workbook(sheet("Kế hoạch", rows)));
  expect(plan.lines.map((line) => [line.code, line.target])).toEqual([
    ["1", 6],
    ["2", 10],
  ]);
  expect(plan.doubts?.map((doubt) => doubt.en)).toEqual([
    `Sheet "Kế hoạch", row 5: another plan table starts, but its codes repeat the table's above (no section I, II tells them apart); its rows were not read as plan lines. If they are, add a section row (e.g. "II. Kinh phí") over it or give other codes.`,
  ]);
});

test("the first table's own repeated code is still refused", () => {
  const rows: CellValue[][] = [H, ["1", "Tổ truyền thông cộng đồng", "tổ", 6], ["1", "Câu lạc bộ", "CLB", 10], [], [null, ...H], [null, "3", "Kinh phí", "triệu đồng", 300]];
  expect(() => readPlanFromWorkbook(workbook(sheet("Kế hoạch", rows)))).toThrow(/code "1" repeats/);
});

test("a table below with no name header (`STT | Nguồn vốn | ĐVT | Kinh phí`): not read, said naming the missing column", () => {
  const rows: CellValue[][] = [H, ["1", "Tổ truyền thông cộng đồng", "tổ", 6], [], [null, "STT", "Nguồn vốn", "ĐVT", "Kinh phí"], [null, "1", "Ngân sách trung ương", "triệu đồng", 300]];
  const plan = readPlanFromWorkbook(workbook(sheet("Kế hoạch", rows)));
  expect(plan.lines.map((line) => line.code)).toEqual(["1"]);
  expect(plan.doubts).toHaveLength(1);
  expect(plan.doubts?.[0].en).toMatch(/^Sheet "Kế hoạch", row 4: another table starts, headed in other columns than the plan's and with no column Chỉ tiêu \/ /);
});
