/**
 * A `Ghi chú` row inside the table, lines of figures after it: with the
 * lines down the rows (its figures the years of the work, or a remark), or
 * among the areas (`Ghi chú: …` with a figure): it does not end the table —
 * the lines or areas after it are read — and it is left out as a note row,
 * said in the reading. Under the last row, it still ends the table, and is
 * said in the reading as well.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = planOf([
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
  { code: "2", name: "Câu lạc bộ thủ lĩnh của sự thay đổi", unit: "CLB", target: 6 },
  { code: "KP", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 600 },
]);
const HEADER: CellValue[] = ["TT", "Nội dung", "ĐVT", "Tổng số", "Huyện Ba Vì", "Huyện Thạch Thất", "Huyện Quốc Oai"];
const LINES: CellValue[][] = [
  [1, "Tổ truyền thông cộng đồng", "tổ", 12, 4, 4, 4],
  [2, "Câu lạc bộ thủ lĩnh của sự thay đổi", "CLB", 6, 2, 2, 2],
  [3, "Kinh phí hỗ trợ", "triệu đồng", 600, 200, 200, 200],
];

function check(rows: CellValue[][]) {
  return checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
}

test.each<[string, CellValue[]]>([
  ["the years of the work", [null, "Ghi chú", null, null, 2024, 2024, 2025]],
  ["a remark", [null, "Ghi chú", null, null, "Đã giao 2 tổ", null, null]],
  ["`Ghi chú:` and its years", [null, "Ghi chú: năm thực hiện", null, null, 2024, 2025, 2025]],
])("lines as rows, a `Ghi chú` row holding %s after the first line: every line read, the note left out and said, nothing told", (_, note) => {
  const report = check([HEADER, LINES[0], note, ...LINES.slice(1)]);
  expect(report.reading!.lines.map((l) => [l.code, l.at])).toEqual([["1", "2"], ["2", "4"], ["KP", "5"]]);
  expect(report.reading!.ignored).toContainEqual({ at: "3", header: note[1], why: "note row" });
  expect(report.findings).toEqual([]);
  expect(report.reading!.confidence.level).toBe("high");
});

test("lines as rows, `Ghi chú` with figures under the last line: the table ends there, the note said, nothing told", () => {
  const report = check([HEADER, ...LINES, [null, "Ghi chú: số QĐ", null, null, 125, 126, 127]]);
  expect(report.reading!.lines.map((l) => [l.code, l.at])).toEqual([["1", "2"], ["2", "3"], ["KP", "4"]]);
  expect(report.reading!.ignored).toEqual([{ at: "5", header: "Ghi chú: số QĐ", why: "note row" }]);
  expect(report.findings).toEqual([]);
});

describe("areas as rows, a note under the last area: the table ends there, the note listed in the reading as one amid the areas is", () => {
  const plan = planOf([
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
    { code: "KP", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 600 },
  ]);
  const table: CellValue[][] = [
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"],
    [null, "Tổng cộng", 12, 600],
    [1, "Huyện Ba Vì", 4, 200],
    [2, "Huyện Thạch Thất", 4, 200],
    [3, "Huyện Quốc Oai", 4, 200],
  ];
  test.each<[string, CellValue[][], string, string]>([
    ["a remark in the name column", [[null, "Ghi chú: Ba Vì nhận thêm năm 2026"]], "6", "Ghi chú: Ba Vì nhận thêm năm 2026"],
    ["with a figure", [[null, "Ghi chú:", null, 50]], "6", "Ghi chú:"],
    ["typed from column A", [["Ghi chú: kinh phí từ nguồn Trung ương"]], "6", "Ghi chú: kinh phí từ nguồn Trung ương"],
    ["past a blank row, signatures after it", [[], ["Lưu ý: số liệu tạm giao"], [null, "Người lập biểu"]], "7", "Lưu ý: số liệu tạm giao"],
  ])("%s", (_name, after, at, header) => {
    const { report } = checkWorkbook(workbook(sheet("Phân bổ", [...table, ...after])), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" });
    expect(report.reading!.table).toBe("A1:D5");
    expect(report.reading!.areas.map((a) => a.at)).toEqual(["2", "3", "4", "5"]);
    expect(report.reading!.ignored).toEqual([{ at, header, why: "note row" }]);
    expect(report.findings).toEqual([]);
  });

  test("signatures alone under the table: nothing listed", () => {
    const { report } = checkWorkbook(workbook(sheet("Phân bổ", [...table, [], [null, "Người lập biểu", null, "Thủ trưởng đơn vị"]])), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" });
    expect(report.reading!.ignored).toEqual([]);
  });
});

test("areas as rows, `Ghi chú: …` with a figure between two districts: no area, left out and said; the districts after it read, nothing told", () => {
  const plan = planOf([
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
    { code: "KP", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 600 },
  ]);
  const rows: CellValue[][] = [
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"],
    [null, "Tổng cộng", 12, 600],
    [1, "Huyện Ba Vì", 4, 200],
    [null, "Ghi chú: Ba Vì nhận thêm năm 2026", null, 50],
    [2, "Huyện Thạch Thất", 4, 200],
    [3, "Huyện Quốc Oai", 4, 200],
  ];
  const { report } = checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" });
  expect(report.reading!.areas.map((a) => [a.name, a.role])).toEqual([
    ["Tổng cộng", "total"],
    ["Huyện Ba Vì", "leaf"],
    ["Huyện Thạch Thất", "leaf"],
    ["Huyện Quốc Oai", "leaf"],
  ]);
  expect(report.reading!.ignored).toContainEqual({ at: "4", header: "Ghi chú: Ba Vì nhận thêm năm 2026", why: "note row" });
  expect(report.findings).toEqual([]);
  expect(report.reading!.confidence.level).toBe("high");
});
