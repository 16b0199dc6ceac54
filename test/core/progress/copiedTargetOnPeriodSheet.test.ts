/**
 * A period sheet splitting each line into the target copied and what was done
 * (`Tổ truyền thông` over `Kế hoạch` | `Thực hiện` | `Lũy kế`): the copied
 * column's total is the plan's target. Copied wrong there, the areas under it
 * right, one `plan-copy` warning at that cell; a column of one year's plan
 * (its areas adding up to another figure, or headed `KH năm 2023`) is no copy
 * of the plan's target, and nothing is told. An area's figure in that
 * column is its share of the plan, its allocation: one area's copy typed
 * wrong, the totals right (so its district's subtotal is off), is one
 * `plan-copy` warning at the area's cell, its allocation expected. A
 * district's subtotal in that column off its communes, no copy under it
 * told, is a `subtotal` error at the district's cell, as on any sheet.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellRange, CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, planSheet, sheet, workbook } from "./fixtures";

const COMMUNES = ["Xã Ba Trại", "Xã Tản Lĩnh", "Xã Phú Mãn", "Xã Sài Sơn"];
/** Per commune [teams, KP.1 triệu đồng]: the allocation, and what was done each year. */
const ALLOCATED = [[2, 150], [2, 150], [2, 150], [2, 150]];
const Y2022 = [[1, 40], [1, 40], [1, 40], [1, 40]];
const Y2023 = [[1, 50], [1, 50], [0, 50], [1, 50]];

/** Columns C:E teams (target, done, running), F:H KP.1; rows 5 total, 6 and 9 districts, the communes under them. */
function results(name: string, done: number[][], running: number[][], planned = ALLOCATED, plannedHeader = "Kế hoạch", edit: (rows: CellValue[][]) => void = () => undefined): SheetData {
  const per = (i: number) => [planned[i][0], done[i][0], running[i][0], planned[i][1], done[i][1], running[i][1]];
  const add = (rows: number[]) => per(0).map((_, k) => rows.reduce((s, i) => s + per(i)[k], 0));
  const values: CellValue[][] = [
    [name.toUpperCase()],
    [],
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", null, null, "Kinh phí truyền thông (triệu đồng)", null, null],
    [null, null, plannedHeader, "Thực hiện", "Lũy kế", plannedHeader, "Thực hiện", "Lũy kế"],
    [null, "Tổng cộng", ...add([0, 1, 2, 3])],
    ["I", "Huyện Ba Vì", ...add([0, 1])],
    [1, COMMUNES[0], ...per(0)],
    [2, COMMUNES[1], ...per(1)],
    ["II", "Huyện Quốc Oai", ...add([2, 3])],
    [3, COMMUNES[2], ...per(2)],
    [4, COMMUNES[3], ...per(3)],
  ];
  edit(values);
  const merges: CellRange[] = [
    { top: 2, left: 2, bottom: 2, right: 4 },
    { top: 2, left: 5, bottom: 2, right: 7 },
    { top: 2, left: 0, bottom: 3, right: 0 },
    { top: 2, left: 1, bottom: 3, right: 1 },
  ];
  return { ...sheet(name, values), merges };
}

const running2023 = Y2022.map((row, i) => [row[0] + Y2023[i][0], row[1] + Y2023[i][1]]);

function found(last: SheetData): string[] {
  const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), results("Thực hiện 2022", Y2022, Y2022), last), { workbookName: "t.xlsx" }).report);
  return report.findings.filter((f) => f.sheet !== "Phân bổ").map((f) => `${f.rule}/${f.severity}@${f.sheet}!${f.cell}`);
}

test.each<[string, SheetData, string[]]>([
  ["the target copied right: nothing", results("Thực hiện 2023", Y2023, running2023), []],
  ["the teams' total copied as 9 (plan 8)", results("Thực hiện 2023", Y2023, running2023, ALLOCATED, "Kế hoạch", (rows) => (rows[4][2] = 9)), ["plan-copy/warning@Thực hiện 2023!C5"]],
  ["KP.1's total copied as 650 (plan 600)", results("Thực hiện 2023", Y2023, running2023, ALLOCATED, "Kế hoạch", (rows) => (rows[4][5] = 650)), ["plan-copy/warning@Thực hiện 2023!F5"]],
  ["headed KH giao", results("Thực hiện 2023", Y2023, running2023, ALLOCATED, "KH giao", (rows) => (rows[4][2] = 9)), ["plan-copy/warning@Thực hiện 2023!C5"]],
  // One year's plan: its areas add up to the year's figure, the total with them.
  ["one year's plan under Kế hoạch", results("Thực hiện 2023", Y2023, running2023, [[1, 50], [1, 50], [1, 50], [1, 50]]), []],
  // One area's copy of its allocation typed wrong while the total row keeps the plan's target (the district's subtotal
  // over it off): told at the area's cell — one finding, none at the district or the total.
  ["one commune's copy typed 3 (allocation 2), the totals typed right", results("Thực hiện 2023", Y2023, running2023, ALLOCATED, "Kế hoạch", (rows) => (rows[6][2] = 3)), ["plan-copy/warning@Thực hiện 2023!C7"]],
  ["one commune's KP.1 copy typed 160 (allocation 150), the totals typed right", results("Thực hiện 2023", Y2023, running2023, ALLOCATED, "Kế hoạch", (rows) => (rows[9][5] = 160)), ["plan-copy/warning@Thực hiện 2023!F10"]],
  // Two of the four communes' copies off: not a slip or two among copies otherwise right — no copy told; each district's
  // typed subtotal is off its communes, checked as any subtotal (CONTRACT §2, §7): told at each.
  ["two communes' copies off, the totals typed right", results("Thực hiện 2023", Y2023, running2023, ALLOCATED, "Kế hoạch", (rows) => ((rows[6][2] = 3), (rows[9][2] = 3))), ["subtotal/error@Thực hiện 2023!C6", "subtotal/error@Thực hiện 2023!C9"]],
  // The copies moved between two communes of a district (3 and 1 for 2 and 2): the district adds up, nothing to show it unless every figure is read against the allocation — left alone.
  ["two communes' copies swapped out within a district, adding up", results("Thực hiện 2023", Y2023, running2023, ALLOCATED, "Kế hoạch", (rows) => ((rows[6][2] = 3), (rows[7][2] = 1))), []],
  // The totals following the wrong copy (as a SUM would): the total is a copy of the plan's target that differs from it, told,
  // and the one commune off its allocation is the copy to fix, told too; the district between them says nothing more.
  ["one commune's copy typed 3, the district and total following it", results("Thực hiện 2023", Y2023, running2023, ALLOCATED, "Kế hoạch", (rows) => ((rows[6][2] = 3), (rows[5][2] = 5), (rows[4][2] = 9))), ["plan-copy/warning@Thực hiện 2023!C5", "plan-copy/warning@Thực hiện 2023!C7"]],
  ["one commune's KP.1 copy typed 160, the district and total following it", results("Thực hiện 2023", Y2023, running2023, ALLOCATED, "Kế hoạch", (rows) => ((rows[9][5] = 160), (rows[8][5] = 310), (rows[4][5] = 610))), ["plan-copy/warning@Thực hiện 2023!F5", "plan-copy/warning@Thực hiện 2023!F10"]],
  // Two of the four communes off, the totals following: as with the totals right, no slip among copies otherwise right — nothing told.
  ["two communes' copies off, the totals following them", results("Thực hiện 2023", Y2023, running2023, ALLOCATED, "Kế hoạch", (rows) => ((rows[6][2] = 3), (rows[9][2] = 3), (rows[5][2] = 5), (rows[8][2] = 5), (rows[4][2] = 10))), []],
  // The total typed off by more than the one commune's wrong copy explains (10: plan 8, areas 9): two causes, each told at its
  // cell — the total against the plan, the commune against its allocation.
  ["one commune's copy typed 3, the total typed 10", results("Thực hiện 2023", Y2023, running2023, ALLOCATED, "Kế hoạch", (rows) => ((rows[6][2] = 3), (rows[5][2] = 5), (rows[4][2] = 10))), ["plan-copy/warning@Thực hiện 2023!C5", "plan-copy/warning@Thực hiện 2023!C7"]],
  ["one commune's copy typed 3, the total typed 7 (below the plan, the areas above it)", results("Thực hiện 2023", Y2023, running2023, ALLOCATED, "Kế hoạch", (rows) => ((rows[6][2] = 3), (rows[5][2] = 5), (rows[4][2] = 7))), ["plan-copy/warning@Thực hiện 2023!C5", "plan-copy/warning@Thực hiện 2023!C7"]],
  ["one commune's KP.1 copy typed 160, the total typed 700", results("Thực hiện 2023", Y2023, running2023, ALLOCATED, "Kế hoạch", (rows) => ((rows[9][5] = 160), (rows[8][5] = 310), (rows[4][5] = 700))), ["plan-copy/warning@Thực hiện 2023!F5", "plan-copy/warning@Thực hiện 2023!F10"]],
  // Two of the four communes off and the total off more: not a slip among copies otherwise right (one year's plan?) — no copy
  // told; the districts' typed subtotals off their communes are told as subtotals.
  ["two communes' copies off, the total typed 12", results("Thực hiện 2023", Y2023, running2023, ALLOCATED, "Kế hoạch", (rows) => ((rows[6][2] = 3), (rows[9][2] = 3), (rows[4][2] = 12))), ["subtotal/error@Thực hiện 2023!C6", "subtotal/error@Thực hiện 2023!C9"]],
  // A district's subtotal of the copied target typed off its communes, every copy and the total right: checked as any
  // subtotal (CONTRACT §2, §7), one `subtotal` error at the district's cell.
  ["Huyện Ba Vì's copied subtotal typed 5 (its communes 2 + 2)", results("Thực hiện 2023", Y2023, running2023, ALLOCATED, "Kế hoạch", (rows) => (rows[5][2] = 5)), ["subtotal/error@Thực hiện 2023!C6"]],
  ["Huyện Quốc Oai's copied KP.1 subtotal typed 310 (its communes 150 + 150)", results("Thực hiện 2023", Y2023, running2023, ALLOCATED, "Kế hoạch", (rows) => (rows[8][5] = 310)), ["subtotal/error@Thực hiện 2023!F9"]],
  ["headed KH năm 2023, its total off the plan", results("Thực hiện 2023", Y2023, running2023, ALLOCATED, "KH năm 2023", (rows) => (rows[4][2] = 9)), []],
])("%s", (_, last, expected) => {
  expect(found(last)).toEqual(expected);
});

test("one commune's copy typed wrong: the allocation expected, the allocation's cell named", () => {
  const last = results("Thực hiện 2023", Y2023, running2023, ALLOCATED, "Kế hoạch", (rows) => (rows[6][2] = 3));
  const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), results("Thực hiện 2022", Y2022, Y2022), last), { workbookName: "t.xlsx" }).report);
  const [copy] = report.findings.filter((f) => f.rule === "plan-copy");
  expect(copy).toMatchObject({ sheet: "Thực hiện 2023", cell: "C7", indicator: "1", area: "Xã Ba Trại", expected: 2, actual: 3 });
  expect(copy.message).toContain("'Phân bổ'!");
});

test("the total following one commune's wrong copy: the total against the plan, the commune against its allocation", () => {
  const last = results("Thực hiện 2023", Y2023, running2023, ALLOCATED, "Kế hoạch", (rows) => ((rows[6][2] = 3), (rows[5][2] = 5), (rows[4][2] = 9)));
  const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), results("Thực hiện 2022", Y2022, Y2022), last), { workbookName: "t.xlsx" }).report);
  const copies = report.findings.filter((f) => f.rule === "plan-copy");
  expect(copies).toEqual([
    expect.objectContaining({ sheet: "Thực hiện 2023", cell: "C5", indicator: "1", expected: 8, actual: 9 }),
    expect.objectContaining({ sheet: "Thực hiện 2023", cell: "C7", indicator: "1", area: "Xã Ba Trại", expected: 2, actual: 3 }),
  ]);
  expect(copies[0].message).toContain("Xã Ba Trại");
  expect(copies[1].message).toContain("'Phân bổ'!");
  expect(copies[1].message).toMatch(/cộng theo nên cũng lệch/);
});

test("the total typed off by more than one commune's wrong copy: the total against the plan, naming the areas' sum; the commune against its allocation", () => {
  const last = results("Thực hiện 2023", Y2023, running2023, ALLOCATED, "Kế hoạch", (rows) => ((rows[6][2] = 3), (rows[5][2] = 5), (rows[4][2] = 10)));
  const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), results("Thực hiện 2022", Y2022, Y2022), last), { workbookName: "t.xlsx" }).report);
  const copies = report.findings.filter((f) => f.rule === "plan-copy");
  expect(copies).toEqual([
    expect.objectContaining({ sheet: "Thực hiện 2023", cell: "C5", indicator: "1", expected: 8, actual: 10 }),
    expect.objectContaining({ sheet: "Thực hiện 2023", cell: "C7", indicator: "1", area: "Xã Ba Trại", expected: 2, actual: 3 }),
  ]);
  expect(copies[0].message).toContain("cộng lại 9 tổ (kế hoạch chép cho Xã Ba Trại khác biểu phân bổ)");
  expect(copies[1].message).toContain("'Phân bổ'!");
  expect(copies[1].message).toContain("dòng tổng của cột (C5) là 10 tổ, khác cả kế hoạch 8 tổ lẫn tổng các địa bàn 9 tổ");
});

/** The sheet with formulas (en-US, no `=`) at the given cells (row, col from 0), their cached values as typed. */
function withFormulas(data: SheetData, cells: readonly [number, number, string][]): SheetData {
  const formulas: (string | null)[][] = data.values.map((row) => (row ?? []).map(() => null));
  for (const [row, col, formula] of cells) formulas[row][col] = formula;
  return { ...data, formulas };
}

// The total a formula over the areas (a SUM, or any formula adding them): no typed cell and no cause of its own (CONTRACT §3,
// §7) — the commune's copy alone is told, its message saying the total follows it. A typed total (the district a formula or
// not) is a second typed cell off the plan: both kept.
test.each<[string, readonly [number, number, string][], string[]]>([
  ["the total and district SUMs", [[4, 2, "SUM(C6,C9)"], [5, 2, "SUM(C7:C8)"], [8, 2, "SUM(C10:C11)"]], ["plan-copy/warning@Thực hiện 2023!C7"]],
  ["the total a formula adding the communes", [[4, 2, "C7+C8+C10+C11"]], ["plan-copy/warning@Thực hiện 2023!C7"]],
  ["the total typed, the districts SUMs", [[5, 2, "SUM(C7:C8)"], [8, 2, "SUM(C10:C11)"]], ["plan-copy/warning@Thực hiện 2023!C5", "plan-copy/warning@Thực hiện 2023!C7"]],
])("one commune's copy typed 3, %s", (_, formulas, expected) => {
  const last = withFormulas(results("Thực hiện 2023", Y2023, running2023, ALLOCATED, "Kế hoạch", (rows) => ((rows[6][2] = 3), (rows[5][2] = 5), (rows[4][2] = 9))), formulas);
  expect(found(last)).toEqual(expected);
});

test("the total a SUM following one commune's wrong copy: the commune told, its message naming the total that follows", () => {
  const typed = results("Thực hiện 2023", Y2023, running2023, ALLOCATED, "Kế hoạch", (rows) => ((rows[9][5] = 160), (rows[8][5] = 310), (rows[4][5] = 610)));
  const last = withFormulas(typed, [[4, 5, "SUM(F6,F9)"], [8, 5, "SUM(F10:F11)"]]);
  const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), results("Thực hiện 2022", Y2022, Y2022), last), { workbookName: "t.xlsx" }).report);
  const copies = report.findings.filter((f) => f.rule === "plan-copy");
  expect(copies).toEqual([expect.objectContaining({ sheet: "Thực hiện 2023", cell: "F10", indicator: "KP.1", area: "Xã Phú Mãn", expected: 150_000_000, actual: 160_000_000 })]);
  expect(copies[0].message).toContain("F5");
  expect(copies[0].message).toContain("610");
  expect(copies[0].message).toMatch(/cộng theo nên cũng lệch/);
});

test("a district's copied subtotal off its communes: the communes' sum expected, the district's figure actual, the column named", () => {
  const last = results("Thực hiện 2023", Y2023, running2023, ALLOCATED, "Kế hoạch", (rows) => (rows[5][2] = 5));
  const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), results("Thực hiện 2022", Y2022, Y2022), last), { workbookName: "t.xlsx" }).report);
  const subtotals = report.findings.filter((f) => f.sheet === "Thực hiện 2023");
  expect(subtotals).toEqual([expect.objectContaining({ rule: "subtotal", severity: "error", cell: "C6", indicator: "1", area: "Huyện Ba Vì", expected: 4, actual: 5 })]);
  expect(subtotals[0].message).toContain("các địa bàn thành phần cộng lại 4 tổ (lệch 1 tổ)");
});
