/**
 * A dash in a total or a district's row that shows figures on its other lines
 * is its figure, zero (as an accounting format shows 0), checked against its
 * children like any typed subtotal — not a blank left unchecked.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { findingsOf, rows } from "../cells/staffRows";
import { allocationSheet, planSheet, sheet, workbook } from "../progress/fixtures";

const HEADER_OF_RESULTS = ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Tỷ lệ hộ gia đình được tuyên truyền (%)", "Kinh phí truyền thông (triệu đồng)", "Kinh phí tập huấn (triệu đồng)"];

test.each<[string, CellValue[][], string[]]>([
  ["a grand total's `-` beside figures is zero: subtotal at it", rows([2, 80, 150, 100], [2, 85, 150, 100], undefined, [8, null, 600, "-"]), ["subtotal/error@F4"]],
  ["a district's `–` beside figures is zero: subtotal at it", rows([2, 80, 150, 100], [2, 85, 150, 100], [4, null, 300, "–"]), ["subtotal/error@F5"]],
  ["a `-` total over blank children is right", rows([2, 80, 150, null], [2, 85, 150, null], [4, null, 300, "-"], [8, null, 600, 200]), ["ceiling/warning@F4"]],
  ["a blank total is still no figure", rows([2, 80, 150, 100], [2, 85, 150, 100], undefined, [8, null, 600, null]), []],
  // Right under the grand total, a row of dashes is the district's row, not the table's header.
  ["a district's row of dashes only is no figure, and no header", rows([2, 80, 150, 100], [2, 85, 150, 100], ["-", null, "-", "–"]), []],
])("%s", (_name, table, expected) => {
  expect(findingsOf(table)).toEqual(expected);
});

test("a dash in the total of a rate on a period sheet leaves the period's rate to its communes, not 0", () => {
  const period = sheet("Thực hiện 2023", [["KẾT QUẢ"], [], HEADER_OF_RESULTS, ...rows([1, 60, 50, 40], [1, 70, 50, 40], [2, null, 100, 80], [4, "-", 200, 160])]);
  const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), period), { workbookName: "t.xlsx" }).report);
  expect(report.indicators.find((i) => i.code === "2")?.periods?.map((p) => p.value)).toEqual([60]);
});
