/** Results sheets named for a span of whole years (`Thực hiện 2023-2024`) or for a part of a year after `TH` (`TH 6T đầu 2024`). */
import { checkWorkbook } from "../../../src/core/check";
import type { SheetData } from "../../../src/core/model/workbook";
import { parseSheetPeriod } from "../../../src/core/progress/periods";
import { findResultsSheets, isResultsSheet } from "../../../src/core/progress/resultsSheets";
import { toJsonReport } from "../../../src/core/report";
import { dayBefore } from "../../../src/core/summary/progressTable";
import { allocationSheet, periodSheet, planSheet, sheet, workbook } from "./fixtures";

test.each<[string, string | null]>([
  ["Thực hiện 2023-2024", "2023-2024"],
  ["Thực hiện 2023 - 2024", "2023-2024"],
  ["Kết quả năm 2022-2023", "2022-2023"],
  ["KQ 2022-23", "2022-2023"],
  ["Giải ngân giai đoạn 2022 - 2024", "2022-2024"],
  ["Thực hiện từ năm 2022 đến năm 2023", "2022-2023"],
  // One year, and parts of a year, as before.
  ["Thực hiện 2023", "2023"],
  ["KQ năm 2023", "2023"],
  ["Kết quả 9 tháng 2024", "2024-9M"],
  ["Thực hiện 2022 và 2023", "2022-2023"],
  ["Thực hiện các năm 2022, 2023", "2022-2023"],
  ["Thực hiện 2023_2024", "2023-2024"],
  // Years listed that do not follow on are no span.
  ["KQ 2022, 2024", null],
  // Not a span: backwards, one year twice, longer than a report covers.
  ["Thực hiện 2024-2023", null],
  ["Thực hiện 2023-2023", null],
  ["Thực hiện 2020-2030", null],
])("the period of a results sheet named %s is %s", (name, id) => {
  expect(parseSheetPeriod(name)?.id ?? null).toBe(id);
  expect(isResultsSheet(name)).toBe(true);
  expect(findResultsSheets(workbook(sheet(name, [["x"]])), new Set()).periodSheets[0]?.period?.id ?? null).toBe(id);
});

test("a span of years runs from January of its first year to December of its last", () => {
  const span = parseSheetPeriod("Thực hiện 2023-2024");
  expect(span).toMatchObject({ kind: "years", startYear: 2023, year: 2024, startMonth: 1, endMonth: 12 });
  expect(dayBefore("2023-2024")).toBe("31/12/2022");
});

test.each<[string, string]>([
  ["TH 6T đầu 2024", "2024-H1"],
  ["TH 6 tháng cuối năm 2024", "2024-H2"],
  ["TH Quý III-2024", "2024-Q3"],
  ["TH 9T 2024", "2024-9M"],
  ["TH 6T2024", "2024-H1"],
  ["Thực hiện T1-T6.2024", "2024-H1"],
  ["TH T7-12/2024", "2024-H2"],
])("`TH` before a part of a year is Thực hiện: %s → %s", (name, id) => {
  expect(isResultsSheet(name)).toBe(true);
  expect(findResultsSheets(workbook(sheet(name, [["x"]])), new Set()).periodSheets[0]?.period?.id).toBe(id);
});

test.each(["TH 2023", "TH 2022-2023", "Tổng hợp 6 tháng"])("%s is still no results sheet (TH may be Tổng hợp)", (name) => {
  expect(isResultsSheet(name)).toBe(false);
});

function check(...sheets: SheetData[]) {
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
}

// Per commune: [teams, rate %, KP.1 (triệu), KP.2 (triệu)].
const figures = [[1, 60, 30, 20], [1, 70, 30, 20], [0, 65, 30, 20], [1, 75, 30, 20]];

test("a sheet of two years' results is one period of those years: counted once, asOf its end, no warning that it is unread", () => {
  const report = check(periodSheet("Thực hiện 2022", figures), periodSheet("Thực hiện 2023-2024", figures));
  expect(report.progress).toMatchObject({ periods: ["2022", "2023-2024"], asOf: "2024-12", elapsedShare: 0.75 });
  expect(report.indicators.find((i) => i.code === "1")?.achieved).toBe(6);
  expect(report.findings.filter((f) => f.rule === "unmapped")).toEqual([]);
});

test("periods that still fit together: a year inside the span is set aside, a missing year is a gap, a span before the plan is outside it", () => {
  const nested = check(periodSheet("Thực hiện 2022-2023", figures), periodSheet("Thực hiện 2023", figures));
  expect(nested.progress?.periods).toEqual(["2022-2023"]);
  expect(nested.findings.filter((f) => f.sheet === "Thực hiện 2023").map((f) => `${f.rule}/${f.severity}`)).toEqual(["pace/info"]);
  const gap = check(periodSheet("Thực hiện 2022", figures), periodSheet("Kết quả 2024 - 2025", figures));
  expect(gap.findings.filter((f) => f.rule === "pace" && f.message.includes("01/2023 - 12/2023"))).toHaveLength(1);
  const before = check(periodSheet("Thực hiện 2021-2022", figures), periodSheet("Thực hiện 2023", figures));
  expect(before.findings.filter((f) => f.rule === "pace" && f.sheet === "Thực hiện 2021-2022" && f.message.includes("ngoài giai đoạn"))).toHaveLength(1);
});

test("a half-year sheet named `TH 6T đầu 2024` is read after the years before it", () => {
  const report = check(periodSheet("KQ năm 2022", figures), periodSheet("KQ năm 2023", figures), periodSheet("TH 6T đầu 2024", figures));
  expect(report.progress).toMatchObject({ periods: ["2022", "2023", "2024-H1"], asOf: "2024-06" });
  expect(report.indicators.find((i) => i.code === "1")?.achieved).toBe(9);
});

test.each<[string, string, string]>([
  ["Ba Vì - Thực hiện 2023-2024", "2023-2024", "Ba Vì"],
  ["Thực hiện 2023-2024 - Ba Vì", "2023-2024", "Ba Vì"],
  ["Sơn Tây - Ba Vì - Thực hiện 2023", "2023", "Sơn Tây - Ba Vì"],
])("an area's name beside a span of years: %s", (name, id, area) => {
  const entry = findResultsSheets(workbook(sheet(name, [["x"]])), new Set()).periodSheets[0];
  expect([entry?.period?.id, entry?.area]).toEqual([id, area]);
});
