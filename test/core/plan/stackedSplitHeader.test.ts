/**
 * A target header that splits into sub-columns under group titles stacked
 * over it (`Giai đoạn 2026 - 2030` over `Kế hoạch` over `Ngân sách trung
 * ương | Ngân sách địa phương`, or `Kế hoạch` over `Năm 2026` over them):
 * read the same whether its cells are merged, only the code and name cells
 * merged down, only the target's titles merged, or nothing merged at all.
 */
import { readPlanFromWorkbook } from "../../../src/core/plan";
import type { CellValue, WorkbookData } from "../../../src/core/model/workbook";
import { sheet, workbook } from "../layout/sheetBuilder";
import { inputError } from "../../helpers/inputError";

/** The title block staff put over a plan table: the body, the plan's name, a blank row. */
const TITLE: CellValue[][] = [
  ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH", null, null, null, null],
  ["KẾ HOẠCH THỰC HIỆN DỰ ÁN 8 GIAI ĐOẠN 2026 - 2030", null, null, null, null],
  [null, null, null, null, null],
];
const TITLE_MERGES = ["A1:E1", "A2:E2"];

/** How the three header rows (4 to 6) are merged. */
const MERGE_STYLES: ReadonlyArray<[string, string[]]> = [
  ["code and name merged down, target titles merged", ["A4:A6", "B4:B6", "C4:C6", "D4:E4", "D5:E5"]],
  ["code and name merged down only", ["A4:A6", "B4:B6", "C4:C6"]],
  ["target titles merged only", ["D4:E4", "D5:E5"]],
  ["nothing merged", []],
];

/** `STT | Nội dung | ĐVT | <top> | ` over ` | | | <middle> | ` over ` | | | <left> | <right>`, then the lines. */
function plan(top: string, middle: string, subs: [string, string], lines: CellValue[][], merges: readonly string[]): WorkbookData {
  const head: CellValue[][] = [
    ["STT", "Nội dung", "ĐVT", top, null],
    [null, null, null, middle, null],
    [null, null, null, subs[0], subs[1]],
  ];
  return workbook(sheet("Kế hoạch", [...TITLE, ...head, ...lines], { merges: [...TITLE_MERGES, ...merges] }), sheet("Phân bổ", [["x"]]));
}

/** Group titles over the target, above `Kế hoạch` or between it and the split. */
const STACKS: ReadonlyArray<[string, string]> = [
  ["Giai đoạn 2026 - 2030", "Kế hoạch"],
  ["Chỉ tiêu, nhiệm vụ", "Kế hoạch"],
  ["Kế hoạch", "Giai đoạn 2026 - 2030"],
];

const COUNTS: CellValue[][] = [
  ["1", "Thành lập tổ truyền thông cộng đồng", "tổ", 14, 20],
  ["2", "Tập huấn nâng cao năng lực cho cán bộ", "lượt người", 120, 80],
];

describe.each(STACKS)("%s over %s over sub-columns", (top, middle) => {
  describe.each(MERGE_STYLES)("%s", (_style, merges) => {
    test("two sources and no total: refused naming the sub-columns, never read as the first source", () => {
      const error = inputError(() => readPlanFromWorkbook(plan(top, middle, ["Ngân sách trung ương", "Ngân sách địa phương"], COUNTS, merges)));
      expect(error.code).toBe("bad-plan");
      expect(error.text.vi).toContain(`chia thành các cột D6 "Ngân sách trung ương", E6 "Ngân sách địa phương" mà không có cột tổng`);
      expect(error.text.en).toContain("which one holds the target is unclear");
      // The target's own heading named, not the group title over it.
      const heading = top === "Kế hoạch" ? "D4" : "D5";
      expect(error.text.en).toContain(`${heading}: the column "Kế hoạch" splits into`);
      expect(error.text.vi).toContain(`Hãy thêm cột "Tổng số" dưới "Kế hoạch"`);
    });

    test("a total and a part of it: the total is the target, the header rows are no lines", () => {
      const read = readPlanFromWorkbook(plan(top, middle, ["Tổng số", "Trong đó NSTW"], COUNTS, merges));
      expect(read.lines.map((line) => [line.code, line.target, line.source?.cell])).toEqual([
        ["1", 14, "D7"],
        ["2", 120, "D8"],
      ]);
      expect(read.doubts ?? []).toEqual([]);
    });

    test("the plan's years: each line's target is their sum, said", () => {
      const read = readPlanFromWorkbook(plan(top, middle, ["Năm 2026", "Năm 2027"], COUNTS, merges));
      expect(read.lines.map((line) => [line.code, line.target, line.yearTargets])).toEqual([
        ["1", 34, { "2026": 14, "2027": 20 }],
        ["2", 200, { "2026": 120, "2027": 80 }],
      ]);
      expect(read.doubts?.map((doubt) => doubt.en)).toEqual([expect.stringContaining("each line's target is taken as the sum of the year columns D \"Năm 2026\", E \"Năm 2027\"")]);
    });

    test("a count and its money: both targets of each line", () => {
      const lines: CellValue[][] = [["1", "Thành lập tổ truyền thông cộng đồng", "tổ", 14, 280]];
      const read = readPlanFromWorkbook(plan(top, middle, ["Số lượng", "Kinh phí (triệu đồng)"], lines, merges));
      expect(read.lines.map((line) => [line.code, line.target, line.source?.cell])).toEqual([
        ["1", 14, "D7"],
        ["1-KP", 280_000_000, "E7"],
      ]);
    });

    test("a total beside a quota per commune: the quota is read", () => {
      const read = readPlanFromWorkbook(plan(top, middle, ["Tổng", "Định mức/xã"], [["1", "Thành lập tổ truyền thông cộng đồng", "tổ", 14, 2]], merges));
      expect(read.lines.map((line) => [line.code, line.target, line.quota])).toEqual([["1", 14, 2]]);
    });

    test("the first plan and the adjusted one: the adjusted is taken, said", () => {
      const lines: CellValue[][] = [
        ["1", "Thành lập tổ truyền thông cộng đồng", "tổ", 14, 16],
        ["2", "Tập huấn nâng cao năng lực cho cán bộ", "lượt người", 120, null],
      ];
      const read = readPlanFromWorkbook(plan(top, middle, ["Ban đầu", "Sau điều chỉnh"], lines, merges));
      expect(read.lines.map((line) => [line.code, line.target, line.source?.cell])).toEqual([
        ["1", 16, "E7"],
        ["2", 120, "D8"],
      ]);
      expect(read.doubts?.map((doubt) => doubt.en)).toEqual([expect.stringContaining("the targets were taken from column E (\"Sau điều chỉnh\", cell E6)")]);
    });
  });
});

describe("a stacked target header that is no split reads as before", () => {
  test.each<[string, CellValue[][], string, number]>([
    // `Kế hoạch` over its year over its unit, a blank note column beside: one target column.
    ["a year then a unit under `Kế hoạch`", [["STT", "Nội dung", "ĐVT", "Kế hoạch", null], [null, null, null, "Năm 2026", null], [null, null, null, "(tổ)", "(ghi chú)"]], "D7", 14],
    // A title alone over `Kế hoạch`, then the first line: nothing under the blank column beside.
    ["a title over `Kế hoạch` over the lines", [["STT", "Nội dung", "ĐVT", "Giai đoạn 2026 - 2030", null], [null, null, null, "Kế hoạch", null]], "D6", 14],
  ])("%s", (_name, head, cell, target) => {
    const line: CellValue[] = ["1", "Thành lập tổ truyền thông cộng đồng", "tổ", 14, null];
    const read = readPlanFromWorkbook(workbook(sheet("Kế hoạch", [...TITLE, ...head, line], { merges: TITLE_MERGES }), sheet("Phân bổ", [["x"]])));
    expect(read.lines.map((l) => [l.code, l.target, l.source?.cell])).toEqual([["1", target, cell]]);
  });
});
