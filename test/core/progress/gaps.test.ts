/** Months left out between reported periods: one warning at the later period, and no line or area judged on pace. */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { comparePeriods, reportingGaps, parsePeriod } from "../../../src/core/progress/periods";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, lineTable, periodSheet, planSheet, workbook } from "./fixtures";

function check(...sheets: SheetData[]) {
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
}

const found = (report: ReturnType<typeof check>) => report.findings.filter((f) => f.sheet !== "Phân bổ").map((f) => `${f.rule}/${f.severity}@${f.sheet}!${f.cell}`);

describe("gaps between periods", () => {
  test.each<[string[], string[]]>([
    [["Năm 2022", "Năm 2023", "6 tháng đầu năm 2024"], []],
    [["Năm 2022", "6 tháng đầu năm 2024"], ["2023-01..2023-12"]],
    [["Quý I/2024", "Quý III/2024"], ["2024-04..2024-06"]],
    [["Năm 2023", "6 tháng cuối năm 2024"], ["2024-01..2024-06"]],
    [["6 tháng cuối năm 2024", "Năm 2022", "2023"], ["2024-01..2024-06"]],
  ])("%j", (labels, gaps) => {
    const ordered = labels.map((l) => parsePeriod(l)!).sort(comparePeriods);
    expect(reportingGaps(ordered).map((g) => `${g.from}..${g.to}`)).toEqual(gaps);
  });

  test("a year missing from the line-level table: one warning at the next period's header, no pace per line", () => {
    const rows: CellValue[][] = [
      ["1", "Tổ truyền thông cộng đồng", "tổ", 8, 2, 1, 3, null, null],
      ["KP", "Tổng kinh phí", "triệu đồng", 1000, 200, 150, 350, null, null],
      ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600, 150, 50, 200, null, null],
      ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400, 50, 100, 150, null, null],
    ];
    const report = check(lineTable(rows, ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch giai đoạn", "Năm 2022", "6 tháng đầu năm 2024", "Lũy kế", "% so với KH", "Ghi chú"]));
    expect(found(report)).toEqual(["pace/warning@Tiến độ!F3"]);
    expect(report.findings.find((f) => f.sheet === "Tiến độ")?.message).toContain("01/2023 - 12/2023");
    expect(report.indicators.find((i) => i.code === "1")).not.toHaveProperty("expectedByNow");
  });

  test.each<[string, number, string[]]>([
    // 2023's own figures are in the Lũy kế (to date): the missing column is the one cause.
    ["holds the missing year's figures too: the gap's warning alone", 100, ["pace/warning@Tiến độ!F3"]],
    // Less than the periods it has: wrong whatever the missing year held.
    ["is less than the periods it has: a cumulative error too", -50, ["pace/warning@Tiến độ!F3", "cumulative/error@Tiến độ!G6"]],
  ])("a year missing from the table, its Lũy kế %s", (_, extra, expected) => {
    const rows: CellValue[][] = [
      ["1", "Tổ truyền thông cộng đồng", "tổ", 8, 2, 1, 3, null],
      ["KP", "Tổng kinh phí", "triệu đồng", 1000, 200, 150, 350 + extra, null],
      ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600, 150, 50, 200 + extra, null],
      ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400, 50, 100, 150, null],
    ];
    const report = check(lineTable(rows, ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch giai đoạn", "Năm 2022", "6 tháng đầu năm 2024", "Thực hiện đến nay", "Ghi chú"]));
    expect(found(report)).toEqual(expected);
  });

  test("a year missing among the per-period sheets: one warning, no area behind pace", () => {
    const values = [
      [1, 80, 60, 40],
      [1, 85, 60, 40],
      [1, 80, 60, 40],
      [1, 90, 60, 40],
    ];
    const report = check(periodSheet("Thực hiện năm 2022", values), periodSheet("Thực hiện 6 tháng đầu năm 2024", values));
    expect(found(report)).toEqual(["pace/warning@Thực hiện 6 tháng đầu năm 2024!null"]);
  });
});

describe("a sheet named for a period but not read as results", () => {
  const values = (k: number) => [
    [k, 80, 50 * k, 30 * k],
    [0, 85, 50 * k, 30 * k],
    [k, 80, 50 * k, 30 * k],
    [0, 90, 50 * k, 30 * k],
  ];
  test.each<[string, string[], string[]]>([
    // Read as results: no gap.
    ["KQ năm 2023", [], ["2022", "2023", "2024"]],
    ["Kết quả thực hiện năm 2023", [], ["2022", "2023", "2024"]],
    ["GN 2023", [], ["2022", "2023", "2024"]],
    // Named for the year alone, titled as results: read.
    ["TH 2023", [], ["2022", "2023", "2024"]],
    ["Năm 2023", [], ["2022", "2023", "2024"]],
    // Read as results, said to be estimates.
    ["Ước TH 2023", ["pace/info@Ước TH 2023!null"], ["2022", "2023", "2024"]],
    // Not read (titled as a summary), results on both sides: one warning naming that sheet.
    ["TH 2023", ["pace/warning@TH 2023!null"], ["2022", "2024"]],
    ["TH năm 2023", ["pace/warning@TH năm 2023!null"], ["2022", "2024"]],
    ["Năm 2023", ["pace/warning@Năm 2023!null"], ["2022", "2024"]],

  ])("%s between Thực hiện 2022 and Thực hiện 2024", (name, expected, periods) => {
    const report = check(periodSheet("Thực hiện 2022", values(1)), periodSheet(name, values(1), periods.length === 2 ? "BIỂU TỔNG HỢP" : undefined), periodSheet("Thực hiện 2024", values(1)));
    expect(report.progress?.periods).toEqual(periods);
    expect(found(report).filter((f) => !f.startsWith("area-progress"))).toEqual(expected);
    if (expected.length > 0) expect(report.findings.find((f) => f.sheet === name)?.message).toContain(`Trang "${name}"`);
  });

  test("a sheet named for a year after the results (a next year's allocation): nothing said", () => {
    const report = check(periodSheet("Thực hiện 2022", values(1)), periodSheet("Thực hiện 2023", values(1)), periodSheet("Năm 2025", values(1), "PHÂN BỔ CHỈ TIÊU NĂM 2025"));
    expect(found(report).filter((f) => !f.startsWith("area-progress"))).toEqual([]);
  });
});

describe("a results sheet of estimates", () => {
  const values = (k: number) => [
    [k, 80, 50 * k, 30 * k],
    [0, 85, 50 * k, 30 * k],
    [k, 80, 50 * k, 30 * k],
    [0, 90, 50 * k, 30 * k],
  ];
  test.each<[string, SheetData[], string[], string, string]>([
    // Alone for its period: counted, with an info saying it is an estimate and when progress runs to.
    ["Ước thực hiện năm 2024 after 2022 and 2023", [periodSheet("Thực hiện 2022", values(1)), periodSheet("Thực hiện 2023", values(1)), periodSheet("Ước thực hiện năm 2024", values(1))], ["2022", "2023", "2024"], "2024-12", "12/2024"],
    ["Ước TH 6 tháng đầu năm 2024", [periodSheet("Thực hiện 2022", values(1)), periodSheet("Thực hiện 2023", values(1)), periodSheet("Ước TH 6 tháng đầu năm 2024", values(1))], ["2022", "2023", "2024-H1"], "2024-06", "06/2024"],
    // Beside the figures done over the same months: set aside, with an info (no overlap refused).
    [
      "Ước thực hiện năm 2024 beside Thực hiện 6 tháng đầu năm 2024",
      [periodSheet("Thực hiện 2022", values(1)), periodSheet("Thực hiện 2023", values(1)), periodSheet("Thực hiện 6 tháng đầu năm 2024", values(1)), periodSheet("Ước thực hiện năm 2024", values(2))],
      ["2022", "2023", "2024-H1"],
      "2024-06",
      "không được cộng",
    ],
  ])("%s", (_, sheets, periods, asOf, says) => {
    const report = check(...sheets);
    expect(report.progress).toMatchObject({ periods, asOf });
    const estimate = sheets[sheets.length - 1].name;
    const infos = report.findings.filter((f) => f.sheet === estimate && f.severity === "info" && f.rule === "pace");
    expect(infos).toHaveLength(1);
    expect(infos[0].message).toContain("ước tính");
    expect(infos[0].message).toContain(says);
  });
});
