/**
 * On a `Tiến độ` table, a period cell that cannot be used — an error value,
 * words, or a negative figure — is one `invalid-value` at its cell: the line's
 * periods then leave it out, so their sum is no measure of the typed `Lũy kế`,
 * of the percent of plan, nor of the pace, and the parent's subtotal of that
 * period is not told either (one cause, one finding). A readable figure that
 * is wrong is still judged.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, GOOD_LINES, lineTable, planSheet, withCell, workbook } from "./fixtures";

function check(rows: CellValue[][]) {
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), lineTable(rows)), { workbookName: "t.xlsx" }).report);
}

const found = (report: ReturnType<typeof check>) => report.findings.filter((f) => f.sheet === "Tiến độ" && f.severity !== "info").map((f) => `${f.rule}/${f.severity}@${f.cell}`);

describe("an unusable period cell on the progress table (KP.1, 2023)", () => {
  test.each<[string, CellValue]>([
    ["#REF!", { error: "#REF!" }],
    ["#VALUE!", { error: "#VALUE!" }],
    ["words", "chưa tổng hợp"],
    ["a negative figure", -200],
    ["a negative figure that breaks its parent's sum", -150],
  ])("%s: its invalid-value alone", (_, cell) => {
    const report = check(withCell(GOOD_LINES, 3, 5, cell));
    expect(found(report)).toEqual(["invalid-value/error@F7"]);
    expect(report.indicators.find((i) => i.code === "KP.1")).not.toHaveProperty("expectedByNow");
    expect(report.indicators.find((i) => i.code === "KP.2")).toHaveProperty("expectedByNow");
  });

  test("a negative Lũy kế: its invalid-value alone (the rate beside it is not measured by it)", () => {
    expect(found(check(withCell(GOOD_LINES, 3, 7, -400)))).toEqual(["invalid-value/error@H7"]);
  });

  test("a readable wrong figure is still judged: one finding at it, which its parent's figure and its Lũy kế both point to", () => {
    expect(found(check(withCell(GOOD_LINES, 3, 5, 0)))).toEqual(["subtotal/error@F7"]);
  });
});
