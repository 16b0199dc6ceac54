/** A `Lũy kế đến 31/12/2023` column before the period columns carries the earlier periods: added to them, and the closing `Lũy kế` checked against both. */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { renderProgressTable } from "../../../src/core/report/progressText";
import { allocationSheet, lineTable, planSheet, workbook } from "./fixtures";

function check(...sheets: SheetData[]) {
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
}

// Per line: [code, name, unit, plan, carried to 2023, 2024 H1, closing Lũy kế].
const LINES: [string, string, string, number, number, number][] = [
  ["1", "Tổ truyền thông cộng đồng", "tổ", 8, 3, 1],
  ["2", "Tỷ lệ hộ gia đình được tuyên truyền", "%", 80, 60, 71],
  ["KP", "Tổng kinh phí", "triệu đồng", 1000, 400, 200],
  ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600, 240, 120],
  ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400, 160, 80],
];
const closing = (code: string, carried: number, period: number) => (code === "2" ? period : carried + period);
const body = (wrong: string | null): CellValue[][] =>
  LINES.map(([code, name, unit, plan, carried, period]) => [code, name, unit, plan, carried, period, closing(code, carried, period) + (code === wrong ? 10 : 0), null]);

test.each<[string, string, string]>([
  ["dated by day", "Lũy kế đến 31/12/2023", "Lũy kế đến 30/6/2024"],
  ["dated by year", "Lũy kế đến hết năm 2023", "Lũy kế"],
  ["dated by month", "Lũy kế đến tháng 12/2023", "Lũy kế thực hiện đến 30/6/2024"],
  ["a span of years", "Lũy kế 2022 - 2023", "Lũy kế đến 30/6/2024"],
  ["a span of years, with năm", "Lũy kế năm 2022-2023", "Lũy kế"],
  ["a span done, not called Lũy kế", "Thực hiện giai đoạn 2022-2023", "Lũy kế đến 30/6/2024"],
  ["a span done, abbreviated", "TH 2022 - 2023", "Lũy kế"],
])("%s: achieved counts the carried figure, no cumulative error", (_, carried, last) => {
  const header = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", carried, "6 tháng đầu năm 2024", last, "Ghi chú"];
  const report = check(lineTable(body(null), header));
  const achieved = Object.fromEntries(report.indicators.map((i) => [i.code, i.achieved]));
  expect(achieved).toEqual({ "1": 4, "2": 71, KP: 600_000_000, "KP.1": 360_000_000, "KP.2": 240_000_000 });
  expect(report.progress).toMatchObject({ periods: ["2024-H1"], asOf: "2024-06" });
  expect(report.findings.filter((f) => f.rule !== "pace")).toEqual([]);
});

test("one closing Lũy kế typed wrong: one cumulative error at it", () => {
  const header = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Lũy kế đến 31/12/2023", "6 tháng đầu năm 2024", "Lũy kế đến 30/6/2024", "Ghi chú"];
  const report = check(lineTable(body("KP.2"), header));
  expect(report.findings.filter((f) => f.rule !== "pace").map((f) => `${f.rule}@${f.cell}`)).toEqual(["cumulative@G8"]);
});

test("the only Lũy kế dated before the periods, no closing one: the carried figure, no cumulative error", () => {
  const header = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Lũy kế đến 31/12/2023", "6 tháng đầu năm 2024", "Ghi chú"];
  const report = check(lineTable(body(null).map((row) => [...row.slice(0, 6), null]), header));
  expect(report.indicators.find((i) => i.code === "1")?.achieved).toBe(4);
  expect(report.findings.filter((f) => f.rule !== "pace")).toEqual([]);
});

describe("a Lũy kế dated between the periods", () => {
  const header = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Năm 2022", "Năm 2023", "Lũy kế đến 31/12/2023", "6 tháng đầu năm 2024", "Lũy kế đến 30/6/2024", "Ghi chú"];
  // Per line: 2022, 2023, H1 2024.
  const figures: Record<string, [number, number, number]> = { "1": [2, 2, 1], "2": [60, 70, 72], KP: [250, 250, 100], "KP.1": [150, 150, 60], "KP.2": [100, 100, 40] };
  const rows = (edits: Record<string, [number | null, number | null]>): CellValue[][] =>
    LINES.map(([code, name, unit, plan]) => {
      const [a, b, c] = figures[code];
      const percent = code === "2";
      const interim = edits[code]?.[0] ?? (percent ? b : a + b);
      const closing = edits[code]?.[1] ?? (percent ? c : a + b + c);
      return [code, name, unit, plan, a, b, interim, c, closing, null];
    });
  test.each<[string, Record<string, [number | null, number | null]>, string[]]>([
    ["all right", {}, []],
    ["a money line's interim typed wrong", { "KP.1": [310, null] }, ["cumulative@G7"]],
    ["a percent line's interim not the latest period to then", { "2": [130, null] }, ["cumulative@G5"]],
    ["the closing one typed wrong", { "1": [null, 6] }, ["cumulative@I4"]],
    ["a wrong interim carried into the closing one", { "KP.1": [310, 370] }, ["cumulative@G7"]],
    ["a wrong interim and a closing one wrong again", { "KP.1": [310, 380] }, ["cumulative@G7", "cumulative@I7"]],
  ])("%s", (_, edits, expected) => {
    const report = check(lineTable(rows(edits), header));
    expect(report.indicators.find((i) => i.code === "1")?.achieved).toBe(5);
    expect(report.findings.filter((f) => f.rule !== "pace").map((f) => `${f.rule}@${f.cell}`)).toEqual(expected);
  });
});

test("a Lũy kế dated past the period before it (Quý I, then Lũy kế đến 30/6/2024): not checked against Quý I alone", () => {
  const header = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Năm 2023", "Quý I/2024", "Lũy kế đến 30/6/2024", "Quý III/2024", "Lũy kế", "Ghi chú"];
  const rows: CellValue[][] = [
    ["1", "Tổ truyền thông cộng đồng", "tổ", 8, 2, 1, 4, 1, 5, null],
    ["2", "Tỷ lệ hộ gia đình được tuyên truyền", "%", 80, 60, 65, 70, 72, 72, null],
    ["KP", "Tổng kinh phí", "triệu đồng", 1000, 250, 50, 400, 100, 500, null],
    ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600, 150, 30, 240, 60, 300, null],
    ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400, 100, 20, 160, 40, 200, null],
  ];
  const report = check(lineTable(rows, header));
  expect(report.findings.filter((f) => f.rule === "cumulative" && f.cell?.startsWith("G"))).toEqual([]);
});

test("the readable report shows the carried figure in a column before the periods, as the summary sheet does", () => {
  const header = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Lũy kế đến 31/12/2023", "6 tháng đầu năm 2024", "Lũy kế đến 30/6/2024", "Ghi chú"];
  const result = checkWorkbook(workbook(planSheet(), allocationSheet(), lineTable(body(null), header)), { workbookName: "t.xlsx" });
  const lines = renderProgressTable(result.report, "vi");
  const headerLine = lines[1];
  expect(headerLine.indexOf("Lũy kế kỳ trước")).toBeGreaterThan(0);
  expect(headerLine.indexOf("Lũy kế kỳ trước")).toBeLessThan(headerLine.indexOf("6 tháng"));
  // Line 1: 3 carried, 1 in the half year, 4 in all; the percent line carries nothing.
  expect(lines.find((line) => line.startsWith("1 "))).toMatch(/\b8\s+3\s+1\s+4\b/);
  expect(lines.find((line) => line.startsWith("2 "))).toMatch(/80\s+—\s+71\s+71/);
  expect(renderProgressTable(result.report, "en")[1]).toContain("Carried forward");
});
