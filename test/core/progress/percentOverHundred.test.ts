/**
 * A percent line's value over 100 % on a period sheet (`650` for 65, its
 * decimal mark lost) is no area's rate: one `invalid-value` error at its cell
 * (CONTRACT §7: `percent` itself concerns the allocation sheet alone); rates
 * within 100 %, as points or as fractions, give none.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, periodSheet, planSheet, workbook } from "./fixtures";

const rates = (values: readonly CellValue[]): CellValue[][] => values.map((rate) => [2, rate, 150, 100]);

/** The period sheet with bare commune labels, so it is read by layout detection, not as a copy of the allocation's layout. */
function otherLayout(name: string, values: CellValue[][]): SheetData {
  const base = periodSheet(name, values);
  return { ...base, values: base.values.map((row) => (typeof row?.[1] === "string" && row[1].startsWith("Xã ") ? [row[0], row[1].slice(3), ...row.slice(2)] : row)) };
}

test.each<[string, SheetData, string[]]>([
  ["points, one over 100", periodSheet("Thực hiện 2023", rates([82, 850, 81, 90])), ["D7"]],
  ["points, two over 100", periodSheet("Thực hiện 2023", rates([820, 85, 81, 900])), ["D6", "D10"]],
  ["fractions, one over 1", periodSheet("Thực hiện 2023", rates([0.82, 8.5, 0.81, 0.9])), ["D7"]],
  ["a layout of its own, one over 100", otherLayout("Thực hiện 2023", rates([82, 85, 810, 90])), ["D9"]],
  ["points within 100", periodSheet("Thực hiện 2023", rates([82, 85, 81, 100])), []],
  ["fractions within 1", periodSheet("Thực hiện 2023", rates([0.82, 0.85, 0.81, 1])), []],
])("%s", (_, results, cells) => {
  const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), results), { workbookName: "t.xlsx" }).report);
  const told = report.findings.filter((f) => f.sheet === results.name && f.severity === "error");
  expect(told.map((f) => [f.rule, f.cell, f.indicator])).toEqual(cells.map((cell) => ["invalid-value", cell, "2"]));
});

describe("line-level table", () => {
  const header = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch giai đoạn", "Năm 2022", "Năm 2023", "6 tháng đầu năm 2024", "Lũy kế", "Ghi chú"];
  const rows = (a: CellValue, b: CellValue, c: CellValue, cumulative: CellValue): CellValue[][] => [
    ["1", "Tổ truyền thông cộng đồng", "tổ", 8, 2, 2, 1, 5, null],
    ["2", "Tỷ lệ hộ gia đình được tuyên truyền", "%", 80, a, b, c, cumulative, null],
  ];
  const table = (body: CellValue[][]) => ({ name: "Tiến độ", values: [["THEO DÕI TIẾN ĐỘ"], [], header, ...body], merges: [] });

  test.each<[string, CellValue[][], string[]]>([
    ["the latest period over 100, its Lũy kế a copy of it", rows(50, 60, 750, 750), ["G5"]],
    ["the latest period over 100, its Lũy kế right", rows(50, 60, 750, 75), ["G5"]],
    ["an earlier period over 100", rows(500, 60, 75, 75), ["E5"]],
    ["every rate within 100", rows(50, 60, 75, 75), []],
  ])("%s", (_, body, cells) => {
    const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), table(body)), { workbookName: "t.xlsx" }).report);
    const told = report.findings.filter((f) => f.sheet === "Tiến độ" && f.severity === "error");
    expect(told.map((f) => [f.rule, f.cell, f.indicator])).toEqual(cells.map((cell) => ["invalid-value", cell, "2"]));
  });
});
