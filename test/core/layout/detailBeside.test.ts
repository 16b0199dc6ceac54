/**
 * Two tables side by side, past a blank column: a summary by district and
 * the allocation by commune, the same plan lines. The detail is read — its
 * districts are the summary's areas, over communes of their own — whichever
 * side it stands on, and the summary is said to be left out; a commune's
 * slip in the detail is found at its district's subtotal. Two tables of the
 * same areas (a copy, another year) keep the first read.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet } from "./sheetBuilder";

const PLAN = planOf([{ code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 8 }], { "Ba Vì": ["Ba Trại", "Tản Lĩnh"], "Thạch Thất": ["Yên Bình", "Yên Trung"] });
const HEAD: CellValue[] = ["STT", "Đơn vị", "Tổ truyền thông cộng đồng"];
const DETAIL: CellValue[][] = [HEAD, [null, "Tổng cộng", 8], ["I", "Huyện Ba Vì", 4], [1, "Xã Ba Trại", 2], [2, "Xã Tản Lĩnh", 2], ["II", "Huyện Thạch Thất", 4], [1, "Xã Yên Bình", 2], [2, "Xã Yên Trung", 2]];
const SUMMARY: CellValue[][] = [HEAD, [null, "Tổng cộng", 8], ["I", "Huyện Ba Vì", 4], ["II", "Huyện Thạch Thất", 4]];
const BLANK: CellValue[] = [null, null, null];

function beside(left: CellValue[][], right: CellValue[][]): CellValue[][] {
  return Array.from({ length: Math.max(left.length, right.length) }, (_, i) => [...(left[i] ?? BLANK), null, ...(right[i] ?? BLANK)]);
}

function check(rows: CellValue[][]) {
  return checkWorkbook({ sheets: [sheet("Phân bổ", rows)] }, { plan: PLAN, workbookName: "x.xlsx" }).report;
}

test.each<[string, CellValue[][], string, string]>([
  ["the summary on the left", beside(SUMMARY, DETAIL), "E1:G8", "A1"],
  ["the summary on the right", beside(DETAIL, SUMMARY), "A1:C8", "E1"],
])("%s: the detail read, the summary said to be left out", (_label, rows, table, summary) => {
  const report = check(rows);
  expect(report.reading!.table).toBe(table);
  expect(report.reading!.areas.map((a) => a.role)).toEqual(["total", "group", "leaf", "leaf", "group", "leaf", "leaf"]);
  expect(report.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([["second-table", "info", summary]]);
});

test("a commune's slip in the detail on the right: found at its district's subtotal", () => {
  const detail = DETAIL.map((row) => [...row]);
  detail[3][2] = 3;
  const report = check(beside(SUMMARY, detail));
  expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([["second-table", "A1"], ["subtotal", "G3"]]);
});

test("the same areas beside (a copy): the first table stands", () => {
  const report = check(beside(DETAIL, DETAIL));
  expect(report.reading!.table).toBe("A1:C8");
});
