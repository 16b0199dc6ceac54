/**
 * A year written as a title over the target header (`Năm 2025` merged over
 * `Kế hoạch`, which splits into `Năm 2026 | Năm 2027`) heads every column
 * under it: it is no year column, and the plan's years are the ones under
 * `Kế hoạch`. So too a year beside the target (`Năm 2025` or `Thực hiện năm
 * 2025`, last year's figure) when the target splits into years. Read the same
 * whether the header cells are merged or not.
 */
import { readPlanFromWorkbook } from "../../../src/core/plan";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet, workbook } from "../layout/sheetBuilder";

const TITLE: CellValue[][] = [["HỘI LIÊN HIỆP PHỤ NỮ TỈNH"], ["KẾ HOẠCH THỰC HIỆN DỰ ÁN 8"], []];

function read(head: CellValue[][], lines: CellValue[][], merges: readonly string[]) {
  return readPlanFromWorkbook(workbook(sheet("Kế hoạch", [...TITLE, ...head, ...lines], { merges }), sheet("Phân bổ", [["x"]])));
}

const yearsSaid = (doubts: readonly { en: string }[] | undefined): string[] =>
  (doubts ?? []).filter((doubt) => doubt.en.includes("sum of the year columns")).map((doubt) => doubt.en.replace(/^.*sum of the year columns (.*)\. If .*$/, "$1"));

describe("a title stacked over the target, the target split into the plan's years", () => {
  const STACKED: ReadonlyArray<[string, string]> = [
    ["Năm 2025", "Kế hoạch"],
    ["Kế hoạch", "Năm 2025"],
    ["Giai đoạn 2026 - 2030", "Kế hoạch"],
    ["Kế hoạch", "Giai đoạn 2026 - 2030"],
  ];
  const MERGES: ReadonlyArray<[string, string[]]> = [
    ["all merged", ["A4:A6", "B4:B6", "C4:C6", "D4:E4", "D5:E5"]],
    ["code and name merged down only", ["A4:A6", "B4:B6", "C4:C6"]],
    ["the titles merged only", ["D4:E4", "D5:E5"]],
    ["nothing merged", []],
  ];
  const LINES: CellValue[][] = [
    ["1", "Thành lập tổ truyền thông cộng đồng", "tổ", 14, 20],
    ["2", "Tập huấn cho cán bộ", "lượt người", 120, 80],
  ];

  describe.each(STACKED)("%s over %s over Năm 2026 | Năm 2027", (top, middle) => {
    test.each(MERGES)("%s: the years are 2026 and 2027, the target their sum", (_style, merges) => {
      const head: CellValue[][] = [
        ["STT", "Nội dung", "ĐVT", top, null],
        [null, null, null, middle, null],
        [null, null, null, "Năm 2026", "Năm 2027"],
      ];
      const plan = read(head, LINES, merges);
      expect(plan.lines.map((line) => [line.code, line.target, line.source?.cell, line.yearTargets])).toEqual([
        ["1", 34, "D7", { "2026": 14, "2027": 20 }],
        ["2", 200, "D8", { "2026": 120, "2027": 80 }],
      ]);
      expect(yearsSaid(plan.doubts)).toEqual([`D "Năm 2026", E "Năm 2027"`]);
    });
  });
});

describe("last year's figure beside a target split into years", () => {
  const LINES: CellValue[][] = [
    ["1", "Thành lập tổ truyền thông cộng đồng", "tổ", 9, 14, 20],
    ["2", "Tập huấn cho cán bộ", "lượt người", 100, 120, 80],
  ];
  test.each<[string, string, string[]]>([
    ["Năm 2025, merged", "Năm 2025", ["A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:F4"]],
    ["Năm 2025, unmerged", "Năm 2025", []],
    ["Thực hiện năm 2025, merged", "Thực hiện năm 2025", ["A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:F4"]],
    ["Ước thực hiện năm 2025, unmerged", "Ước thực hiện năm 2025", []],
  ])("%s: not a year of the plan", (_name, before, merges) => {
    const head: CellValue[][] = [
      ["STT", "Nội dung", "ĐVT", before, "Kế hoạch", null],
      [null, null, null, null, "Năm 2026", "Năm 2027"],
    ];
    const plan = read(head, LINES, merges);
    expect(plan.lines.map((line) => [line.code, line.target, line.source?.cell, line.yearTargets])).toEqual([
      ["1", 34, "E6", { "2026": 14, "2027": 20 }],
      ["2", 200, "E7", { "2026": 120, "2027": 80 }],
    ]);
    expect(yearsSaid(plan.doubts)).toEqual([`E "Năm 2026", F "Năm 2027"`]);
  });
});

describe("neighbours that read as before", () => {
  test("Năm 2025 over Kế hoạch over three sources: refused at the Kế hoạch cell, naming the sources", () => {
    const head: CellValue[][] = [
      ["STT", "Nội dung", "ĐVT", "Năm 2025", null, null],
      [null, null, null, "Kế hoạch", null, null],
      [null, null, null, "NSTW", "NSTP", "Lồng ghép"],
    ];
    expect(() => read(head, [["1", "Tổ truyền thông", "tổ", 4, 5, 6]], ["A4:A6", "B4:B6", "C4:C6", "D4:F4", "D5:F5"])).toThrow(
      `'Kế hoạch'!D5: the column "Kế hoạch" splits into D6 "NSTW", E6 "NSTP", F6 "Lồng ghép" with no total column`,
    );
  });

  test("Năm 2025 over Kế hoạch over Tổng số | NSTW | NSTP: the total, and no year", () => {
    const head: CellValue[][] = [
      ["STT", "Nội dung", "ĐVT", "Năm 2025", null, null],
      [null, null, null, "Kế hoạch", null, null],
      [null, null, null, "Tổng số", "NSTW", "NSTP"],
    ];
    const plan = read(head, [["1", "Tổ truyền thông", "tổ", 11, 5, 6]], ["A4:A6", "B4:B6", "C4:C6", "D4:F4", "D5:F5"]);
    expect(plan.lines.map((line) => [line.code, line.target, line.source?.cell, line.yearTargets ?? null])).toEqual([["1", 11, "D7", null]]);
    expect(plan.doubts ?? []).toEqual([]);
  });

  test("Kế hoạch giai đoạn over Tổng số | Năm 2026 | Năm 2027: the total is the target, the years kept", () => {
    const head: CellValue[][] = [
      ["STT", "Nội dung", "ĐVT", "Kế hoạch giai đoạn 2026 - 2030", null, null],
      [null, null, null, "Tổng số", "Năm 2026", "Năm 2027"],
    ];
    const plan = read(head, [["1", "Tổ truyền thông", "tổ", 34, 14, 20]], ["A4:A5", "B4:B5", "C4:C5", "D4:F4"]);
    expect(plan.lines.map((line) => [line.target, line.source?.cell, line.yearTargets])).toEqual([[34, "D6", { "2026": 14, "2027": 20 }]]);
  });

  test("Tổng số beside Chia ra các năm over the years: the total is the target, the years kept", () => {
    const head: CellValue[][] = [
      ["STT", "Nội dung", "ĐVT", "Tổng số", "Chia ra các năm", null],
      [null, null, null, null, "Năm 2026", "Năm 2027"],
    ];
    const plan = read(head, [["1", "Tổ truyền thông", "tổ", 34, 14, 20]], ["A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:F4"]);
    expect(plan.lines.map((line) => [line.target, line.source?.cell, line.yearTargets])).toEqual([[34, "D6", { "2026": 14, "2027": 20 }]]);
  });
});

describe("a year written as a title over last results beside the plan", () => {
  const LINES: CellValue[][] = [
    ["1", "Thành lập tổ truyền thông cộng đồng", "tổ", 9, 14],
    ["2", "Tập huấn cho cán bộ", "lượt người", 100, 120],
  ];
  test.each<[string, string[]]>([
    ["merged", ["A4:A5", "B4:B5", "C4:C5", "D4:E4"]],
    ["unmerged", []],
  ])("Năm 2025 over Thực hiện | Kế hoạch, %s: the Kế hoạch column is the target", (_name, merges) => {
    const head: CellValue[][] = [
      ["STT", "Nội dung", "ĐVT", "Năm 2025", null],
      [null, null, null, "Thực hiện", "Kế hoạch"],
    ];
    const plan = read(head, LINES, merges);
    expect(plan.lines.map((line) => [line.code, line.target, line.source?.cell])).toEqual([
      ["1", 14, "E6"],
      ["2", 120, "E7"],
    ]);
  });

  test("Năm 2025 over Thực hiện | Kế hoạch, Kế hoạch split into Năm 2026 | Năm 2027: the years under Kế hoạch", () => {
    const head: CellValue[][] = [
      ["STT", "Nội dung", "ĐVT", "Năm 2025", null, null],
      [null, null, null, "Thực hiện", "Kế hoạch", null],
      [null, null, null, null, "Năm 2026", "Năm 2027"],
    ];
    const lines: CellValue[][] = [
      ["1", "Thành lập tổ truyền thông cộng đồng", "tổ", 9, 14, 20],
      ["2", "Tập huấn cho cán bộ", "lượt người", 100, 120, 80],
    ];
    const plan = read(head, lines, ["A4:A6", "B4:B6", "C4:C6", "D4:F4", "D5:D6", "E5:F5"]);
    expect(plan.lines.map((line) => [line.code, line.target, line.source?.cell, line.yearTargets])).toEqual([
      ["1", 34, "E7", { "2026": 14, "2027": 20 }],
      ["2", 200, "E8", { "2026": 120, "2027": 80 }],
    ]);
  });
});

describe("last year's figure beside next year's plan", () => {
  test("Năm 2025 | Kế hoạch năm 2026: the target is 2026's alone, no year split (as beside Thực hiện năm 2025)", () => {
    const head: CellValue[][] = [["STT", "Nội dung", "ĐVT", "Năm 2025", "Kế hoạch năm 2026"]];
    const plan = read(head, [["1", "Tổ truyền thông", "tổ", 9, 14]], []);
    expect(plan.lines.map((line) => [line.target, line.source?.cell, line.yearTargets])).toEqual([[14, "E5", undefined]]);
  });
});
