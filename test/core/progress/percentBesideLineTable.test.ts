/**
 * Period sheets and a line-level table in one workbook: a percent line the period sheets give no total
 * for reads there as its lowest commune's, which is no figure of the whole. A table typing the period's
 * rate (74 % beside communes of 70–80 %) does not conflict with it: the table is counted and checked.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, lineTable, periodSheet, planSheet, workbook } from "./fixtures";

// Per commune [teams, rate, KP.1, KP.2]; the fixture's period sheets leave the rate's totals blank.
const y2022: CellValue[][] = [[1, 70, 50, 30], [1, 75, 50, 30], [1, 70, 50, 30], [1, 80, 50, 30]];
const y2023: CellValue[][] = [[1, 78, 50, 30], [1, 80, 50, 30], [1, 78, 50, 30], [1, 85, 50, 30]];
const H1: CellValue[][] = [[0, 80, 20, 10], [0, 85, 20, 10], [0, 80, 20, 10], [0, 90, 20, 10]];
const HEADER = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch giai đoạn", "Năm 2022", "2023", "6 tháng đầu năm 2024", "Lũy kế", "% so với KH", "Ghi chú"];

function check(rate: CellValue[], teamsCumulative: number) {
  const rows: CellValue[][] = [
    ["1", "Tổ truyền thông cộng đồng", "tổ", 8, 4, 4, 0, teamsCumulative, null, null],
    ["2", "Tỷ lệ hộ gia đình được tuyên truyền", "%", 80, ...rate, null, null],
    ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600, 200, 200, 80, 480, null, null],
    ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400, 120, 120, 40, 280, null, null],
  ];
  const sheets = [planSheet(), allocationSheet(), periodSheet("Thực hiện 2022", y2022), periodSheet("Thực hiện 2023", y2023), periodSheet("Thực hiện 6 tháng đầu năm 2024", H1), lineTable(rows, HEADER)];
  return toJsonReport(checkWorkbook(workbook(...sheets), { workbookName: "t.xlsx" }).report);
}

test.each<[string, CellValue[], number, string[]]>([
  ["the table's rates, the communes' lowest", [70, 78, 80, 80], 8, []],
  ["the table's own rates (74, 80, 84)", [74, 80, 84, 84], 8, []],
  // The table still counts: a wrong Lũy kế on it is found at its cell.
  ["the table's own rates, a wrong Lũy kế", [74, 80, 84, 84], 9, ["cumulative/error@Tiến độ!H4"]],
])("%s", (_, rate, teams, expected) => {
  const report = check(rate, teams);
  expect(report.findings.filter((f) => f.sheet === "Tiến độ" || f.rule === "unmapped").map((f) => `${f.rule}/${f.severity}@${f.sheet}!${f.cell}`)).toEqual(expected);
  expect(report.indicators.find((i) => i.code === "2")?.achieved).toBe(rate[2]);
});
