/**
 * One cause, one finding on a per-period results sheet (CONTRACT §7): one
 * area's money figure typed in đồng among figures in triệu đồng is told at
 * its cell as typed in another unit, and the sheet is read with it brought to
 * scale — no `overspend` at the area or the line, no `subtotal` at a total
 * typed right, for it.
 */
import { checkWorkbook } from "../../../src/core/check";
import { toJsonReport } from "../../../src/core/report";
import { formulaSheet, type Typed } from "../rules/formulaSheet";
import { MONEY_LINE_ALLOCATION, MONEY_LINE_PLAN, MONEY_LINE_DISTRICTS } from "./moneyLineWorkbook";

function results(name: string, figures: [number, Typed][], moneyTotal: Typed = "=SUM(D4:D7)") {
  return formulaSheet(name, [
    ["KẾT QUẢ THỰC HIỆN DỰ ÁN 8"],
    ["TT", "Đơn vị", "Thành lập mới Tổ truyền thông cộng đồng", "Kinh phí truyền thông (triệu đồng)"],
    [null, "Tổng cộng", "=SUM(C4:C7)", moneyTotal],
    ...figures.map(([teams, money], i) => [i + 1, MONEY_LINE_DISTRICTS[i], teams, money]),
  ]);
}

const Y2022 = results("Thực hiện 2022", [[3, 60], [3, 60], [3, 60], [3, 60]]);
const Y2023 = results("Thực hiện 2023", [[3, 50], [3, 50], [3, 50], [3, 50]]);

test.each<[string, Typed, Typed, [string, string, string][]]>([
  ["as typed in triệu", 90, "=SUM(D4:D7)", []],
  ["Quan Sơn typed in đồng, the total a SUM", 90000000, "=SUM(D4:D7)", [["invalid-value", "Thực hiện 2024", "D5"]]],
  ["Quan Sơn typed in đồng, the total typed right", 90000000, 360, [["invalid-value", "Thực hiện 2024", "D5"]]],
])("%s", (_name, quanSon, total, expected) => {
  const y2024 = results("Thực hiện 2024", [[4, 90], [4, quanSon], [4, 90], [4, 90]], total);
  const report = toJsonReport(checkWorkbook({ sheets: [MONEY_LINE_ALLOCATION, MONEY_LINE_PLAN, Y2022, Y2023, y2024] }, { workbookName: "x.xlsx" }).report);
  const told = report.findings.filter((f) => f.severity !== "info");
  expect(told.map((f) => [f.rule, f.sheet, f.cell])).toEqual(expected);
  if (expected.length > 0) expect(String(told[0].message)).toContain("Có lẽ là 90 triệu đồng");
  // The line's achievement is read with the figure brought to scale.
  expect(report.indicators.find((i) => i.code === "KP")?.achieved).toBe((240 + 200 + 360) * 1e6);
});
