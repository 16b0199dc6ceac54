/**
 * A `Lũy kế` that restarts each year (`Lũy kế năm 2024`, `Lũy kế từ đầu năm`
 * under a year's group) beside the plan's own `Lũy kế`: checked against that
 * year's periods, never taken for what the line achieved.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, planSheet, sheet, withCell, workbook } from "./fixtures";

const HEADER = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Năm 2022", "Năm 2023", "Quý I/2024", "Quý II/2024", "Lũy kế năm 2024", "Lũy kế từ đầu giai đoạn", "% so với KH"];
const ROWS: CellValue[][] = [
  ["1", "Tổ truyền thông cộng đồng", "tổ", 8, 2, 2, 1, 0, 1, 5, 62.5],
  ["2", "Tỷ lệ hộ gia đình được tuyên truyền", "%", 80, 50, 60, 65, 70, 70, 70, 87.5],
  ["KP", "Tổng kinh phí", "triệu đồng", 1000, 200, 300, 50, 100, 150, 650, 65],
  ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600, 150, 200, 20, 30, 50, 400, 66.7],
  ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400, 50, 100, 30, 70, 100, 250, 62.5],
];

function check(rows: CellValue[][], header: CellValue[][] = [HEADER]) {
  const table = sheet("Tiến độ", [["THEO DÕI TIẾN ĐỘ"], [], ...header, ...rows]);
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), table), { workbookName: "t.xlsx" }).report);
}

const found = (report: ReturnType<typeof check>) => report.findings.filter((f) => f.sheet === "Tiến độ").map((f) => `${f.rule}@${f.cell}`);

describe("Lũy kế năm 2024 beside Lũy kế từ đầu giai đoạn", () => {
  test("as typed: nothing told; achieved is the plan's Lũy kế", () => {
    const report = check(ROWS);
    expect(found(report)).toEqual([]);
    expect(report.indicators.find((i) => i.code === "KP.1")).toMatchObject({ achieved: 400_000_000 });
  });

  test.each<[string, number, number, CellValue, string[]]>([
    ["the year's figure of a count line off", 0, 8, 2, ["cumulative@I4"]],
    ["the year's figure of a money line off", 3, 8, 60, ["cumulative@I7"]],
    ["a percent line's year figure not its latest", 1, 8, 65, ["cumulative@I5"]],
    ["the plan's Lũy kế off, the year's right", 0, 9, 6, ["cumulative@J4"]],
  ])("%s", (_, row, col, value, expected) => {
    expect(found(check(withCell(ROWS, row, col, value)))).toEqual(expected);
  });

  test("a plan Lũy kế added up from a wrong year figure: one finding, at the year figure", () => {
    const rows = withCell(withCell(ROWS, 0, 8, 2), 0, 9, 6);
    expect(found(check(rows))).toEqual(["cumulative@I4"]);
  });
});

test("Lũy kế năm 2024 alone beside periods of other years: still the line's Lũy kế (it may run from the plan's start)", () => {
  const header = HEADER.filter((_, i) => i !== 9);
  const rows = ROWS.map((r) => r.filter((_, i) => i !== 8));
  expect(found(check(rows, [header]))).toEqual([]);
  expect(check(rows, [header]).indicators.find((i) => i.code === "KP.1")).toMatchObject({ achieved: 400_000_000 });
});

test("year groups over their parts and a Lũy kế từ đầu năm each: read as periods, the years' Lũy kế checked", () => {
  const top: CellValue[] = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Năm 2022", "Năm 2023", "Năm 2023", "Năm 2023", "Năm 2024", "Năm 2024", "Năm 2024", "Lũy kế", "Tỷ lệ (%)"];
  const sub: CellValue[] = [null, null, null, null, null, "6 tháng đầu năm", "6 tháng cuối năm", "Lũy kế từ đầu năm", "Quý I", "Quý II", "Lũy kế từ đầu năm", null, null];
  const rows: CellValue[][] = [
    ["1", "Tổ truyền thông cộng đồng", "tổ", 8, 2, 1, 1, 2, 1, 0, 1, 5, 62.5],
    ["KP", "Tổng kinh phí", "triệu đồng", 1000, 200, 150, 150, 300, 50, 100, 150, 650, 65],
    ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600, 150, 100, 100, 200, 20, 30, 50, 400, 66.7],
    ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400, 50, 50, 50, 100, 30, 70, 100, 250, 62.5],
  ];
  const report = check(rows, [top, sub]);
  expect(found(report)).toEqual([]);
  expect(report.progress?.periods).toEqual(["2022", "2023-H1", "2023-H2", "2024-Q1", "2024-Q2"]);
  expect(found(check(withCell(rows, 2, 10, 60), [top, sub]))).toEqual(["cumulative@K7"]);
});
