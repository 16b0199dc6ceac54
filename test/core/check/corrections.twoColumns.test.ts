/**
 * The user's corrections (CONTRACT §5) on a table with two label columns
 * (district | commune, or a district header row over a commune header row):
 * applied as on a one-label table — a row's role, a column mapped to another
 * plan line, a row left out — with a district written beside its first
 * commune told apart from the commune by the label the correction was made
 * on. Both orientations.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { Correction } from "../../../src/core/model/corrections";
import type { CellValue, WorkbookData } from "../../../src/core/model/workbook";
import { sheet, transposeSheet } from "../layout/sheetBuilder";

const PLAN = sheet("Kế hoạch", [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["1", "Tổ truyền thông cộng đồng", "tổ", 9],
  ["2", "Địa chỉ tin cậy tại cộng đồng", "địa chỉ", 6],
  [],
  ["Huyện", "Xã"],
  ["Mù Cang Chải", "Chế Tạo"],
  ["Mù Cang Chải", "Púng Luông"],
  ["Trạm Tấu", "Xà Hồ"],
  ["Trạm Tấu", "Bản Mù"],
]);

// `Ghi nhận` is really line 2; `Số liệu huyện` (row 5) is Mù Cang Chải's subtotal, not a commune;
// `Dòng kiểm tra` (row 8) is a scratch row; `Nhóm tạm` (row 9) is no district, its commune counts under the total.
const ROWS: CellValue[][] = [
  ["STT", "Huyện", "Xã", "Tổ truyền thông cộng đồng", "Ghi nhận"],
  [null, "Tổng cộng", null, 9, 6],
  [1, "Mù Cang Chải", "Xã Chế Tạo", 2, 1],
  [2, null, "Xã Púng Luông", 2, 2],
  [null, null, "Số liệu huyện", 4, 3],
  [3, "Trạm Tấu", "Xã Xà Hồ", 2, 1],
  [4, null, "Xã Bản Mù", 2, 1],
  [null, null, "Dòng kiểm tra", 99, 99],
  [5, "Nhóm tạm", "Xã Khao Mang", 1, 1],
];
const MERGES = ["B2:C2", "B3:B5", "B6:B8"];

function book(transposed: boolean): WorkbookData {
  const data = sheet("Phân bổ", ROWS, { merges: MERGES });
  return { sheets: [transposed ? transposeSheet(data) : data, PLAN] };
}

/** `at` of row r (1-based, as in ROWS) and column c (0-based) in either orientation. */
function rowAt(transposed: boolean, r: number): string {
  return transposed ? String.fromCharCode(64 + r) : String(r);
}
function colAt(transposed: boolean, c: number): string {
  return transposed ? String(c + 1) : String.fromCharCode(65 + c);
}

function check(transposed: boolean, corrections: Correction[]) {
  return checkWorkbook(book(transposed), { workbookName: "x.xlsx", corrections: [{ sheet: "Phân bổ", corrections }] }).report;
}

describe.each([false, true])("corrections on two label columns (transposed: %p)", (transposed) => {
  test("the table is read with two label columns, and without corrections misreads the rows named above", () => {
    const report = check(transposed, []);
    expect(report.orientation).toBe(transposed ? "indicators-as-rows" : "areas-as-rows");
    expect(report.indicators.map((i) => [i.code, i.status])).toEqual([
      ["1", "over"],
      ["2", "unmapped"],
    ]);
    const areas = report.reading!.areas.map((a) => [a.name, a.role]);
    expect(areas).toContainEqual(["Số liệu huyện", "leaf"]);
    expect(areas).toContainEqual(["Nhóm tạm", "heading"]);
  });

  const corrections = (): Correction[] => [
    { kind: "line", at: colAt(transposed, 4), header: "Ghi nhận", code: "2" },
    { kind: "role", at: rowAt(transposed, 5), label: "Số liệu huyện", role: "subtotal" },
    { kind: "ignore", at: rowAt(transposed, 8), label: "Dòng kiểm tra" },
    // On row 9 the district is left out and its commune kept.
    { kind: "ignore", at: rowAt(transposed, 9), label: "Nhóm tạm" },
    // A district beside its first commune set as a heading (what it already is): applied, counted.
    { kind: "role", at: rowAt(transposed, 6), label: "Trạm Tấu", role: "heading" },
  ];

  test("with them: each applied and counted; the sheet then adds up and meets its plan", () => {
    const report = check(transposed, corrections());
    const reading = report.reading!;
    expect(reading.corrections).toBe(5);
    expect(report.indicators.map((i) => [i.code, i.allocated, i.status])).toEqual([
      ["1", 9, "ok"],
      ["2", 6, "ok"],
    ]);
    expect(report.findings.filter((x) => x.rule !== "coverage")).toEqual([]);
    // Khao Mang is not in the plan's list: one coverage warning, nothing else.
    expect(report.findings.map((x) => [x.rule, x.area])).toEqual([["coverage", "Xã Khao Mang"]]);
    expect(reading.areas.map((a) => [a.name, a.at, a.role, a.parent === null ? null : reading.areas[a.parent].name, a.how])).toEqual([
      ["Tổng cộng", rowAt(transposed, 2), "total", null, "label"],
      // Its values sit on the corrected subtotal row: the group was made by the correction.
      ["Mù Cang Chải", rowAt(transposed, 3), "group", "Tổng cộng", "corrected"],
      ["Xã Chế Tạo", rowAt(transposed, 3), "leaf", "Mù Cang Chải", "area-list"],
      ["Xã Púng Luông", rowAt(transposed, 4), "leaf", "Mù Cang Chải", "area-list"],
      ["Số liệu huyện", rowAt(transposed, 5), "subtotal", "Mù Cang Chải", "corrected"],
      ["Trạm Tấu", rowAt(transposed, 6), "heading", "Tổng cộng", "corrected"],
      ["Xã Xà Hồ", rowAt(transposed, 6), "leaf", "Trạm Tấu", "area-list"],
      ["Xã Bản Mù", rowAt(transposed, 7), "leaf", "Trạm Tấu", "area-list"],
      ["Xã Khao Mang", rowAt(transposed, 9), "leaf", "Tổng cộng", "prefix"],
    ]);
    expect(reading.ignored).toEqual([
      { at: rowAt(transposed, 8), header: "Dòng kiểm tra", why: "corrected" },
      { at: rowAt(transposed, 9), header: "Nhóm tạm", why: "corrected" },
    ]);
  });

  test("a wrong typed subtotal on the corrected subtotal row is found there", () => {
    const data = ROWS.map((r) => [...r]);
    data[4][3] = 5; // row 5, column D: 5 where the communes give 4
    data[1][3] = 10; // the grand total adds up the districts as written
    const wb: WorkbookData = { sheets: [transposed ? transposeSheet(sheet("Phân bổ", data, { merges: MERGES })) : sheet("Phân bổ", data, { merges: MERGES }), PLAN] };
    const report = checkWorkbook(wb, { workbookName: "x.xlsx", corrections: [{ sheet: "Phân bổ", corrections: corrections() }] }).report;
    const subtotal = report.findings.filter((x) => x.rule === "subtotal");
    expect(subtotal.map((x) => [x.cell, x.expected, x.actual])).toEqual([[transposed ? "E4" : "D5", 4, 5]]);
  });

  test("the commune's row: a role set on the commune, not on the district beside it", () => {
    // Xã Chế Tạo set as a group: the correction lands on the commune; the district beside it stays as read.
    const report = check(transposed, [{ kind: "role", at: rowAt(transposed, 3), label: "Xã Chế Tạo", role: "group" }]);
    const reading = report.reading!;
    expect(reading.corrections).toBe(1);
    const row = reading.areas.filter((a) => a.at === rowAt(transposed, 3)).map((a) => [a.name, a.role, a.how]);
    expect(row).toEqual([
      ["Mù Cang Chải", "heading", "area-list"],
      ["Xã Chế Tạo", "group", "corrected"],
    ]);
  });

  test("a district beside its first commune cannot take the commune's values: such a role is said, not applied", () => {
    const report = check(transposed, [{ kind: "role", at: rowAt(transposed, 3), label: "Mù Cang Chải", role: "leaf" }]);
    expect(report.reading!.corrections).toBe(0);
    expect(report.reading!.confidence.level).toBe("low");
    expect(report.reading!.confidence.reasons.map((r) => r.en).join("\n")).toContain("holds the values of \"Xã Chế Tạo\"");
  });

  test("a correction whose label the row no longer shows is not applied", () => {
    const report = check(transposed, [{ kind: "ignore", at: rowAt(transposed, 3), label: "Huyện Than Uyên" }]);
    expect(report.reading!.corrections).toBe(0);
    expect(report.reading!.areas.some((a) => a.name === "Xã Chế Tạo")).toBe(true);
  });
});
