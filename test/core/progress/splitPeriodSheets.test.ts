/** One period reported on two sheets of the allocation's layout — results on `Thực hiện`, money on `Giải ngân` — each leaving the other's columns blank. */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, periodSheet, planSheet, workbook } from "./fixtures";

function check(...sheets: SheetData[]) {
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
}

// Per commune: [teams, rate %, KP.1 (triệu), KP.2 (triệu)]; the totals of a blank column are typed 0, as a SUM of blanks shows.
const results = (year: number): SheetData => periodSheet(`Thực hiện ${year}`, [[1, 60, null, null], [1, 70, null, null], [1, 65, null, null], [0, 75, null, null]]);
const money = (year: number): SheetData => periodSheet(`Giải ngân ${year}`, [[null, null, 50, 40], [null, null, 50, 40], [null, null, 50, 40], [null, null, 50, 40]]);

test.each<[string, SheetData[]]>([
  ["disbursement sheet first", [money(2023), results(2023)]],
  ["results sheet first", [results(2023), money(2023)]],
  ["two periods, sheets interleaved", [money(2022), results(2023), results(2022), money(2023)]],
])("%s: each line is taken from the sheet that fills it, with no finding", (_, sheets) => {
  const report = check(...sheets);
  const years = new Set(sheets.map((s) => Number(s.name.slice(-4))));
  const line = (code: string) => report.indicators.find((i) => i.code === code);
  expect(line("1")?.achieved).toBe(3 * years.size);
  expect(line("2")?.achieved).toBe(60);
  expect(line("KP.1")?.achieved).toBe(200_000_000 * years.size);
  expect(line("KP.2")?.achieved).toBe(160_000_000 * years.size);
  expect(report.findings.filter((f) => !["pace", "area-progress"].includes(f.rule)).map((f) => `${f.rule}@${f.sheet}`)).toEqual([]);
});

test("a results sheet alone whose rate column is blank: the rate is not reported for that period, not 0", () => {
  const blankRate: CellValue[][] = [[1, null, 50, 40], [1, null, 50, 40], [1, null, 50, 40], [0, null, 50, 40]];
  const report = check(periodSheet("Thực hiện 2023", [[1, 60, 50, 40], [1, 70, 50, 40], [1, 65, 50, 40], [0, 75, 50, 40]]), periodSheet("Thực hiện 6 tháng 2024", blankRate));
  const rate = report.indicators.find((i) => i.code === "2");
  expect(rate?.achieved).toBe(60);
  expect(rate?.periods?.map((p) => p.period)).toEqual(["2023"]);
});

test("two sheets of one period that both fill a line with different figures: still one warning", () => {
  const report = check(results(2023), periodSheet("Giải ngân 2023", [[2, null, 50, 40], [1, null, 50, 40], [1, null, 50, 40], [0, null, 50, 40]]));
  expect(report.findings.filter((f) => f.rule === "unmapped").map((f) => f.sheet)).toEqual(["Giải ngân 2023"]);
});

describe("a sheet of running totals beside the periods' own sheets", () => {
  const totals = (name: string) => periodSheet(name, [[2, 70, 100, 80], [2, 70, 100, 80], [2, 65, 100, 80], [2, 75, 100, 80]]);
  const period = (name: string) => periodSheet(name, [[1, 60, 50, 40], [1, 70, 50, 40], [1, 65, 50, 40], [1, 75, 50, 40]]);
  test.each(["Kết quả lũy kế đến 30.6.2024", "Thực hiện lũy kế 2024", "Giải ngân cộng dồn"])("%s: not added, checked against the periods, nothing to say", (name) => {
    const report = check(period("Thực hiện 2023"), period("Thực hiện 6 tháng 2024"), totals(name));
    expect(report.indicators.find((i) => i.code === "1")?.achieved).toBe(8);
    expect(report.findings.filter((f) => f.sheet === name).map((f) => `${f.rule}/${f.severity}`)).toEqual([]);
  });
  test("dated before the latest period: not added, not checked, one info", () => {
    const name = "Kết quả lũy kế đến 31.12.2023";
    const report = check(period("Thực hiện 2023"), period("Thực hiện 6 tháng 2024"), totals(name));
    expect(report.indicators.find((i) => i.code === "1")?.achieved).toBe(8);
    expect(report.findings.filter((f) => f.sheet === name).map((f) => `${f.rule}/${f.severity}`)).toEqual(["pace/info"]);
  });
  test("the only results sheet a running total: still a warning that no period is read", () => {
    const report = check(totals("Thực hiện lũy kế 2024"));
    expect(report.findings.filter((f) => f.sheet === "Thực hiện lũy kế 2024").map((f) => `${f.rule}/${f.severity}`)).toEqual(["unmapped/warning"]);
  });
});
