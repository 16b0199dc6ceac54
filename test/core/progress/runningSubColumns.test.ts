/**
 * One sheet per year whose lines each split into the year's figure and a
 * running total (`Thực hiện trong năm` | `Lũy kế từ đầu giai đoạn`): the year's
 * figure is the period's, and the running totals are checked — each area's
 * against its running total the year before plus its year's figure, the grand
 * total against the periods up to that year — `cumulative` at the cell to
 * fix, never left out unchecked.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, planSheet, workbook } from "./fixtures";

const LABELS = ["Xã Ba Trại", "Xã Tản Lĩnh", "Xã Phú Mãn", "Xã Sài Sơn"];

/** Per commune: [teams, KP.1 (triệu)] in the year and running; totals are the sums of the communes, as SUM formulas show. */
function yearSheet(name: string, year: number[][], running: number[][], typedTotal?: number): SheetData {
  const sum = (rows: number[][], c: number) => rows.reduce((s, r) => s + r[c], 0);
  const row = (y: number[][], r: number[][]): CellValue[] => [sum(y, 0), sum(r, 0), sum(y, 1), sum(r, 1)];
  const total = row(year, running);
  if (typedTotal !== undefined) total[3] = typedTotal;
  const values: CellValue[][] = [
    [`KẾT QUẢ THỰC HIỆN ${name.toUpperCase()}`],
    [],
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", null, "Kinh phí truyền thông (triệu đồng)", null],
    [null, null, "Thực hiện trong năm", "Lũy kế từ đầu giai đoạn", "Thực hiện trong năm", "Lũy kế từ đầu giai đoạn"],
    [null, "Tổng cộng", ...total],
    ["I", "Huyện Ba Vì", ...row(year.slice(0, 2), running.slice(0, 2))],
    [1, LABELS[0], year[0][0], running[0][0], year[0][1], running[0][1]],
    [2, LABELS[1], year[1][0], running[1][0], year[1][1], running[1][1]],
    ["II", "Huyện Quốc Oai", ...row(year.slice(2), running.slice(2))],
    [3, LABELS[2], year[2][0], running[2][0], year[2][1], running[2][1]],
    [4, LABELS[3], year[3][0], running[3][0], year[3][1], running[3][1]],
  ];
  const merges = [
    { top: 2, left: 2, bottom: 2, right: 3 },
    { top: 2, left: 4, bottom: 2, right: 5 },
    { top: 2, left: 0, bottom: 3, right: 0 },
    { top: 2, left: 1, bottom: 3, right: 1 },
  ];
  return { name, values, merges };
}

function check(...sheets: SheetData[]) {
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
}

const y2022 = [[1, 30], [1, 30], [0, 30], [1, 30]];
const y2023 = [[1, 40], [0, 40], [1, 40], [1, 40]];
const run2023 = [[2, 70], [1, 70], [1, 70], [2, 70]];

test.each<[string, SheetData[], string[]]>([
  ["running totals that add up: no finding", [yearSheet("Thực hiện 2022", y2022, y2022), yearSheet("Thực hiện 2023", y2023, run2023)], []],
  ["a commune's running total off by 5: told at its cell, not again at the total that adds it", [yearSheet("Thực hiện 2022", y2022, y2022), yearSheet("Thực hiện 2023", y2023, [[2, 70], [1, 70], [1, 70], [2, 75]])], ["cumulative@Thực hiện 2023!F11"]],
  ["a commune's first-year running total off: told there; the next year carrying it on is not told again", [yearSheet("Thực hiện 2022", y2022, [[1, 35], [1, 30], [0, 30], [1, 30]], 120), yearSheet("Thực hiện 2023", y2023, [[2, 75], [1, 70], [1, 70], [2, 70]], 280)], ["cumulative@Thực hiện 2022!F7"]],
  ["a commune's first-year running total off, the next year's right: told once, at the first", [yearSheet("Thực hiện 2022", y2022, [[1, 35], [1, 30], [0, 30], [1, 30]], 120), yearSheet("Thực hiện 2023", y2023, run2023)], ["cumulative@Thực hiện 2022!F7"]],
  ["a typed running total off: told at it", [yearSheet("Thực hiện 2022", y2022, y2022), yearSheet("Thực hiện 2023", y2023, run2023, 300)], ["cumulative@Thực hiện 2023!F5"]],
  ["the first year's running total is not its own figure", [yearSheet("Thực hiện 2022", y2022, y2022, 100), yearSheet("Thực hiện 2023", y2023, run2023)], ["cumulative@Thực hiện 2022!F5"]],
  ["sheets in any order", [yearSheet("Thực hiện 2023", y2023, run2023), yearSheet("Thực hiện 2022", y2022, y2022)], []],
])("%s", (_name, sheets, expected) => {
  const report = check(...sheets);
  expect(report.findings.filter((f) => f.rule === "cumulative").map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toEqual(expected);
  expect(report.indicators.find((i) => i.code === "KP.1")?.achieved).toBe(280_000_000);
  expect(report.indicators.find((i) => i.code === "1")?.achieved).toBe(6);
});
