/**
 * Results that start after the plan's first year (`Thực hiện 2023`, `Thực hiện 2024` under a plan of
 * 2022 - 2025): the cumulative totals lack that year, so one warning at the first period says so and no
 * line or area is judged on pace. Not where the plan starts late in that year, a figure is carried from
 * before the first period, a period lies before the plan's years, or the first period falls in the plan's
 * first year.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, lineTable, periodSheet, planSheet, workbook } from "./fixtures";

function check(title: string, ...sheets: SheetData[]) {
  return toJsonReport(checkWorkbook(workbook(planSheet(title), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
}

const found = (report: ReturnType<typeof check>) => report.findings.filter((f) => f.sheet !== "Phân bổ" && f.severity !== "info").map((f) => `${f.rule}/${f.severity}@${f.sheet}!${f.cell}`);

// Per commune [teams, rate, KP.1, KP.2]: on pace for a plan of 2022 - 2025 only with 2022 counted.
const year = (teams: number) => [
  [teams, 80, 50, 30],
  [teams, 85, 50, 30],
  [teams, 80, 50, 30],
  [teams, 90, 50, 30],
];
const PLAN = "KẾ HOẠCH thực hiện Dự án 8 giai đoạn 2022 - 2025";
const LATE = "KẾ HOẠCH thực hiện Dự án 8 giai đoạn I: cuối năm 2022 - 2025";

describe("results that start after the plan's first year", () => {
  test.each<[string, string, string[], string[]]>([
    ["2023 and 2024 under 2022 - 2025", PLAN, ["Thực hiện 2023", "Thực hiện 2024"], ["pace/warning@Thực hiện 2023!null"]],
    ["2024 alone under 2022 - 2025", PLAN, ["Thực hiện 2024"], ["pace/warning@Thực hiện 2024!null"]],
    ["6 tháng đầu năm 2023 under 2022 - 2025", PLAN, ["Kết quả 6 tháng đầu năm 2023", "Kết quả 6 tháng cuối năm 2023"], ["pace/warning@Kết quả 6 tháng đầu năm 2023!null"]],
    // The plan says it starts late in 2022: results from 2023 are as expected, judged on pace as before.
    ["2023 and 2024 under cuối năm 2022 - 2025", LATE, ["Thực hiện 2023", "Thực hiện 2024"], ["pace/warning@Thực hiện 2024!E4", "pace/warning@Thực hiện 2024!F4"]],
    // A first period within the first year: a plan approved during it may report from mid-year.
    ["6 tháng cuối năm 2022 onwards", PLAN, ["Thực hiện 6 tháng cuối năm 2022", "Thực hiện 2023", "Thực hiện 2024"], []],
    ["2022 onwards", PLAN, ["Thực hiện 2022", "Thực hiện 2023", "Thực hiện 2024"], []],
  ])("%s", (_, title, names, expected) => {
    const sheets = names.map((name) => periodSheet(name, year(1)));
    const report = check(title, ...sheets);
    expect(found(report).filter((f) => !f.startsWith("area-progress"))).toEqual(expected);
    if (expected.length === 1) {
      expect(found(report)).toEqual(expected);
      expect(report.findings.find((f) => f.rule === "pace")?.message).toContain("01/2022");
      expect(report.indicators.find((i) => i.code === "1")).not.toHaveProperty("expectedByNow");
    }
  });

  const rows = (values: (first: number) => CellValue[]): CellValue[][] => [
    ["1", "Tổ truyền thông cộng đồng", "tổ", 8, ...values(4)],
    ["KP", "Tổng kinh phí", "triệu đồng", 1000, ...values(320)],
    ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600, ...values(200)],
    ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400, ...values(120)],
  ];
  test.each<[string, CellValue[], (first: number) => CellValue[], string[]]>([
    ["a line table from Năm 2023", ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Năm 2023", "Năm 2024", "Lũy kế"], (v) => [v, v / 2, v * 1.5], ["pace/warning@Tiến độ!E3"]],
    // A blank Năm 2022 column: told not counted (info), and 2022 missing as between periods.
    ["a line table with Năm 2022 left blank", ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Năm 2022", "Năm 2023", "Năm 2024", "Lũy kế"], (v) => [null, v, v / 2, v * 1.5], ["pace/warning@Tiến độ!F3"]],
    // A figure carried from before 2023 covers 2022.
    ["a line table with Lũy kế đến 31/12/2022", ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Lũy kế đến 31/12/2022", "Năm 2023", "Năm 2024", "Lũy kế"], (v) => [v, v, v / 2, v * 2.5], []],
  ])("%s", (_, header, values, expected) => {
    const report = check(PLAN, lineTable(rows(values), header));
    expect(found(report)).toEqual(expected);
  });
});
