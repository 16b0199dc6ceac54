/**
 * A merged `Kế hoạch` over the plan as first given and as adjusted (`Ban đầu
 * | Điều chỉnh`, `Giao đầu năm | Sau điều chỉnh`): the adjusted plan is the
 * plan in force, a line it leaves blank keeps its first target, and the
 * reading says which column was taken. Sub-columns that name no adjusted
 * plan, or a change (`Điều chỉnh tăng/giảm`), stay refused as unclear.
 */
import { readPlanFromWorkbook } from "../../../src/core/plan";
import { checkWorkbook } from "../../../src/core/check";
import { InputError } from "../../../src/core/model/errors";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet, workbook } from "../layout/sheetBuilder";

const top: CellValue[] = ["STT", "Nội dung", "ĐVT", "Kế hoạch", null, null];
/** Line 1 adjusted (10 → 12, a change of 2 where the sheet has a change column); line 2 not. */
const twoColumns: CellValue[][] = [
  [1, "Tổ truyền thông", "tổ", 10, 12, null],
  [2, "Câu lạc bộ", "CLB", 6, null, null],
];
const threeColumns: CellValue[][] = [
  [1, "Tổ truyền thông", "tổ", 10, 2, 12],
  [2, "Câu lạc bộ", "CLB", 6, null, null],
];

function read(sub: CellValue[], merge = "D1:E1", lines = merge === "D1:E1" ? twoColumns : threeColumns) {
  return readPlanFromWorkbook(workbook(sheet("Kế hoạch", [top, sub, ...lines], { merges: ["A1:A2", "B1:B2", "C1:C2", merge] })));
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.text.en;
    throw error;
  }
  return "read";
}

describe("the adjusted sub-column is the plan in force", () => {
  test.each<[string, CellValue[], string, string, string]>([
    ["Ban đầu | Điều chỉnh", [null, null, null, "Ban đầu", "Điều chỉnh", null], "D1:E1", "E", "D"],
    ["Giao đầu năm | Sau điều chỉnh", [null, null, null, "Giao đầu năm", "Sau điều chỉnh", null], "D1:E1", "E", "D"],
    ["Kế hoạch | Kế hoạch điều chỉnh", [null, null, null, "Kế hoạch", "Kế hoạch điều chỉnh", null], "D1:E1", "E", "D"],
    ["Đã giao | Điều chỉnh (NFD, capitals)", [null, null, null, "ĐÃ GIAO".normalize("NFD"), "ĐIỀU CHỈNH".normalize("NFD"), null], "D1:E1", "E", "D"],
    ["Ban đầu | Điều chỉnh tăng (+)/giảm (-) | Sau điều chỉnh", [null, null, null, "Ban đầu", "Điều chỉnh tăng (+)/giảm (-)", "Sau điều chỉnh"], "D1:F1", "F", "D"],
    ["Ban đầu | Điều chỉnh | Sau điều chỉnh: the bare one is the change", [null, null, null, "Ban đầu", "Điều chỉnh", "Sau điều chỉnh"], "D1:F1", "F", "D"],
  ])("%s", (_name, sub, merge, taken, first) => {
    const plan = read(sub, merge);
    // Line 1's adjusted figure; line 2, blank in the adjusted column, keeps its first target.
    expect(plan.lines.map((line) => [line.code, line.target, line.source?.cell])).toEqual([
      ["1", 12, `${taken}3`],
      ["2", 6, `${first}4`],
    ]);
    expect(plan.doubts?.map((doubt) => doubt.en)).toEqual([
      expect.stringMatching(new RegExp(`^Sheet "Kế hoạch": the targets were taken from column ${taken} \\(".+", cell ${taken}2\\) — the adjusted plan is the plan in force; a line left blank in column ${taken} keeps column ${first} \\(".+"\\)`)),
    ]);
  });

});

describe("sub-columns with no adjusted plan stay refused", () => {
  test.each<[string, CellValue[]]>([
    ["Trung ương | Địa phương", [null, null, null, "Trung ương", "Địa phương", null]],
    ["Giao đầu năm | Bổ sung", [null, null, null, "Giao đầu năm", "Bổ sung", null]],
    ["Ban đầu | Điều chỉnh tăng/giảm", [null, null, null, "Ban đầu", "Điều chỉnh tăng/giảm", null]],
    ["Ban đầu | Điều chỉnh (+/-)", [null, null, null, "Ban đầu", "Điều chỉnh (+/-)", null]],
    ["Điều chỉnh lần 1 | Điều chỉnh lần 2", [null, null, null, "KH điều chỉnh lần 1", "KH điều chỉnh lần 2", null]],
  ])("%s: refused naming the header cells", (_name, sub) => {
    expect(refusal(() => read(sub, "D1:E1"))).toMatch(/^'Kế hoạch'!D1: the column "Kế hoạch" splits into D2 ".+", E2 ".+" with no total column/);
  });
});

test("checked against the adjusted plan: a right allocation gives no finding, the reading says the column taken", () => {
  const plan = sheet(
    "Kế hoạch",
    [
      ["STT", "Nội dung", "ĐVT", "Kế hoạch", null],
      [null, null, null, "Ban đầu", "Điều chỉnh"],
      [1, "Tổ truyền thông cộng đồng", "tổ", 10, 12],
      [2, "Câu lạc bộ thủ lĩnh của sự thay đổi", "CLB", 6, null],
    ],
    { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1"] },
  );
  const allocation = sheet("Phân bổ", [
    ["Đơn vị", "Tổ truyền thông cộng đồng", "Câu lạc bộ thủ lĩnh của sự thay đổi"],
    ["Xã Ba Trại", 7, 3],
    ["Xã Tản Lĩnh", 5, 3],
  ]);
  const report = checkWorkbook(workbook(allocation, plan), { workbookName: "x.xlsx" }).report;
  expect(report.findings).toEqual([]);
  expect(report.indicators.map((line) => [line.code, line.target, line.status])).toEqual([
    ["1", 12, "ok"],
    ["2", 6, "ok"],
  ]);
  expect(report.reading?.confidence.reasons.map((reason) => reason.vi)).toEqual([expect.stringContaining(`số kế hoạch lấy ở cột E ("Điều chỉnh", ô E2)`)]);
});

describe("under a three-row header (a group title above or between): the adjusted sub-column is read too", () => {
  const lines: CellValue[][] = [
    [1, "Tổ truyền thông", "tổ", 10, 12, null],
    [2, "Câu lạc bộ", "CLB", 6, null, null],
  ];
  test.each<[string, CellValue[][], string[], string, string]>([
    ["Năm 2025 over Kế hoạch over Ban đầu | Điều chỉnh", [["STT", "Nội dung", "ĐVT", "Năm 2025", null, null], [null, null, null, "Kế hoạch", null, null], [null, null, null, "Ban đầu", "Điều chỉnh", null]], ["A1:A3", "B1:B3", "C1:C3", "D1:E1", "D2:E2"], "E", "D"],
    ["Kế hoạch over Năm 2025 over Ban đầu | Điều chỉnh", [["STT", "Nội dung", "ĐVT", "Kế hoạch", null, null], [null, null, null, "Năm 2025", null, null], [null, null, null, "Ban đầu", "Điều chỉnh", null]], ["A1:A3", "B1:B3", "C1:C3", "D1:E1", "D2:E2"], "E", "D"],
    ["Chỉ tiêu năm 2025 over Kế hoạch, code and name cells not merged", [["STT", "Nội dung", "ĐVT", "Chỉ tiêu năm 2025", null, null], [null, null, null, "Kế hoạch", null, null], [null, null, null, "Giao đầu năm", "Sau điều chỉnh", null]], ["D1:E1", "D2:E2"], "E", "D"],
    ["Kế hoạch over Năm 2025 over Ban đầu | tăng/giảm | Sau điều chỉnh", [["STT", "Nội dung", "ĐVT", "Kế hoạch", null, null], [null, null, null, "Năm 2025", null, null], [null, null, null, "Ban đầu", "Điều chỉnh tăng/giảm", "Sau điều chỉnh"]], ["A1:A3", "B1:B3", "C1:C3", "D1:F1", "D2:F2"], "F", "D"],
  ])("%s", (_name, head, merges, taken, first) => {
    const rows = taken === "F" ? [[1, "Tổ truyền thông", "tổ", 10, 2, 12], lines[1]] : lines;
    const plan = readPlanFromWorkbook(workbook(sheet("Kế hoạch", [...head, ...rows], { merges })));
    expect(plan.lines.map((line) => [line.code, line.target, line.source?.cell, line.yearTargets])).toEqual([
      ["1", 12, `${taken}4`, undefined],
      ["2", 6, `${first}5`, undefined],
    ]);
    expect(plan.doubts?.map((doubt) => doubt.en)).toEqual([
      expect.stringMatching(new RegExp(`^Sheet "Kế hoạch": the targets were taken from column ${taken} \\(".+", cell ${taken}3\\) — the adjusted plan is the plan in force; a line left blank in column ${taken} keeps column ${first} \\(".+"\\)`)),
    ]);
  });

  test("sub-columns with no adjusted plan under a group title stay refused, naming the sub-columns' own cells", () => {
    const head: CellValue[][] = [["STT", "Nội dung", "ĐVT", "Kế hoạch", null, null], [null, null, null, "Năm 2025", null, null], [null, null, null, "Trung ương", "Địa phương", null]];
    expect(refusal(() => readPlanFromWorkbook(workbook(sheet("Kế hoạch", [...head, ...lines], { merges: ["D1:E1", "D2:E2"] }))))).toMatch(
      /^'Kế hoạch'!D1: the column "Kế hoạch" splits into D3 "Trung ương", E3 "Địa phương" with no total column/,
    );
  });
});
