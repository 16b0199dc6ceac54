/**
 * A progress table (plan lines × periods: Năm 2022 | 2023 | 6 tháng đầu năm 2024 | Lũy kế) on a sheet not named
 * like one (`Sheet1`, `TĐ`) is not the allocation sheet, even where it matches more plan lines than the allocation:
 * its columns are periods, not areas. The reading says it was set aside.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, planSheet, sheet, workbook } from "../progress/fixtures";

const LINES: readonly (readonly CellValue[])[] = [
  ["1", "Tổ truyền thông cộng đồng", "tổ", 8, 2, 2, 1, 5, 62.5],
  ["2", "Tỷ lệ hộ gia đình được tuyên truyền", "%", 80, 60, 70, 75, 75, 93.8],
  ["KP", "Tổng kinh phí", "triệu đồng", 1000, 250, 250, 160, 660, 66],
  ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600, 150, 150, 100, 400, 66.7],
  ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400, 100, 100, 60, 260, 65],
];

function progressTable(name: string, header: readonly CellValue[]): SheetData {
  return sheet(name, [["TÌNH HÌNH THỰC HIỆN DỰ ÁN 8"], [], [...header], ...LINES.map((line) => [...line])]);
}

const HEADERS: readonly [string, readonly CellValue[]][] = [
  ["Năm 2022 | 2023 | 6 tháng đầu năm 2024 | Lũy kế | Tỷ lệ", ["Mã", "Nội dung", "ĐVT", "Kế hoạch giai đoạn", "Năm 2022", "2023", "6 tháng đầu năm 2024", "Lũy kế", "Tỷ lệ (%)"]],
  ["Năm 2022 | Năm 2023 | Quý I/2024 | Lũy kế đến 31/3/2024", ["Mã", "Nội dung", "ĐVT", "KH", "Năm 2022", "Năm 2023", "Quý I/2024", "Lũy kế đến 31/3/2024", "% so với KH"]],
];

describe("a progress table on a sheet not named like one", () => {
  test.each(HEADERS.flatMap(([label, header]) => ["Sheet1", "TĐ"].map((name) => [`${label} on ${name}`, name, header] as const)))("%s", (_, name, header) => {
    const result = checkWorkbook(workbook(planSheet(), progressTable(name, header), allocationSheet()), { workbookName: "t.xlsx" });
    const report = toJsonReport(result.report);
    expect(report.allocationSheet).toBe("Phân bổ");
    // No ceiling, percent or subtotal finding read off the periods: one info that the sheet was set aside, naming its periods.
    const told = report.findings.filter((f) => f.sheet === name);
    expect(told).toEqual([expect.objectContaining({ rule: "pace", severity: "info", cell: null })]);
    expect(told[0].message).toContain("Năm 2022");
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("alone beside the plan, it is still read (nothing better), as before", () => {
    const result = checkWorkbook(workbook(planSheet(), progressTable("Sheet1", HEADERS[0][1])), { workbookName: "t.xlsx" });
    expect(toJsonReport(result.report).allocationSheet).toBe("Sheet1");
  });
});

/** Quarters (or halves) headed under their year's merged cell: periods all the same, not areas. */
const PARTS_OF_YEAR: readonly [string, readonly CellValue[]][] = [
  ["Quý I … Quý IV", ["Quý I", "Quý II", "Quý III", "Quý IV"]],
  ["6 tháng đầu năm | 6 tháng cuối năm", ["6 tháng đầu năm", "6 tháng cuối năm", null, null]],
];

describe("parts of a year under their year's header", () => {
  test.each(PARTS_OF_YEAR)("%s is set aside, not taken for the allocation", (_, parts) => {
    const rows: CellValue[][] = [["THEO DÕI"], [], ["Chỉ tiêu", "ĐVT", "Năm 2024", null, null, null], [null, null, ...parts], ...LINES.map((line) => [line[1], line[2], 1, 1, 1, null])];
    const result = checkWorkbook(workbook(planSheet(), sheet("Sheet1", rows), allocationSheet()), { workbookName: "t.xlsx" });
    const report = toJsonReport(result.report);
    expect(report.allocationSheet).toBe("Phân bổ");
    expect(report.findings.filter((f) => f.sheet === "Sheet1")).toEqual([expect.objectContaining({ rule: "pace", severity: "info" })]);
  });
});

/** Header cells the table reader cannot read at all: dates typed as headers, periods over figures with no line names. */
const UNREAD: readonly [string, SheetData, string, readonly string[]][] = [
  [
    "dates as period headers",
    sheet(
      "Sheet1",
      [["THEO DÕI"], [], ["STT", "Chỉ tiêu", "ĐVT", 44926, 45291, 45473], ...LINES.map((line) => [line[0], line[1], line[2], 1, 2, 3])],
      [[], [], [null, null, null, "dd/mm/yyyy", "dd/mm/yyyy", "dd/mm/yyyy"]],
    ),
    "D3",
    ["31/12/2022", "E3", "F3"],
  ],
  ["periods over figures with no line names", sheet("Sheet2", [["Năm 2022", "Năm 2023", "6 tháng đầu năm 2024"], [3, 3, 2], [50, 60, 70]]), "A1", ["Năm 2022", "B1", "C1"]],
];

describe("a table over periods whose headers cannot be read", () => {
  test.each(UNREAD)("%s: one info naming the sheet and its header cells", (_, table, first, named) => {
    const report = toJsonReport(checkWorkbook(workbook(planSheet(), table, allocationSheet()), { workbookName: "t.xlsx" }).report);
    expect(report.allocationSheet).toBe("Phân bổ");
    const told = report.findings.filter((f) => f.sheet === table.name);
    expect(told).toEqual([expect.objectContaining({ rule: "pace", severity: "info", cell: first })]);
    for (const text of named) expect(told[0].message).toContain(text);
  });

  test("a sheet of figures without periods across is not named", () => {
    const other = sheet("Dân số", [["DÂN SỐ"], [1, 2, 3], [4, 5, 6]]);
    const report = toJsonReport(checkWorkbook(workbook(planSheet(), other, allocationSheet()), { workbookName: "t.xlsx" }).report);
    expect(report.findings.filter((f) => f.sheet === "Dân số")).toEqual([]);
  });
});
