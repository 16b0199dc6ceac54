/**
 * Period sheets that copy each area's allocation beside what it did
 * (`Tổ truyền thông` over `Kế hoạch` | `Thực hiện`, `Kinh phí truyền thông`
 * over `Kế hoạch` | `Giải ngân`): a copy that differs from the allocation is
 * one `plan-copy` warning at the area's cell; a column where most areas differ
 * (a year's target, not the allocation) or naming a year is not checked.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellRange, CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, planSheet, workbook } from "./fixtures";

const COMMUNES = ["Xã Ba Trại", "Xã Tản Lĩnh", "Xã Phú Mãn", "Xã Sài Sơn"];
/** The allocation of `allocationSheet`: per commune [teams, KP.1]. */
const ALLOCATED: readonly (readonly [number, number])[] = [[2, 150], [2, 150], [2, 150], [2, 150]];

/** A results sheet: teams and KP.1 each over `planned` | `done`; KP.2 one column. Per commune [teams plan, done, KP.1 plan, disbursed, KP.2]. */
function splitSheet(name: string, rows: readonly (readonly number[])[], planned = "Kế hoạch", done: readonly [string, string] = ["Thực hiện", "Giải ngân"]): SheetData {
  const total = (c: number) => rows.reduce((s, r) => s + r[c], 0);
  const merges: CellRange[] = [
    { top: 2, left: 0, bottom: 3, right: 0 },
    { top: 2, left: 1, bottom: 3, right: 1 },
    { top: 2, left: 2, bottom: 2, right: 3 },
    { top: 2, left: 4, bottom: 2, right: 5 },
    { top: 2, left: 6, bottom: 3, right: 6 },
  ];
  const values: CellValue[][] = [
    [name.toUpperCase()],
    [],
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", null, "Kinh phí truyền thông (triệu đồng)", null, "Kinh phí tập huấn (triệu đồng)"],
    [null, null, planned, done[0], planned, done[1], null],
    [null, "Tổng cộng", ...[0, 1, 2, 3, 4].map(total)],
    ...rows.map((r, i): CellValue[] => [i + 1, COMMUNES[i], ...r]),
  ];
  return { name, values, merges };
}

const row = (i: number, done: number, kp1: number, kp2: number, copy: readonly [number, number] = ALLOCATED[i]): number[] => [copy[0], done, copy[1], kp1, kp2];
const GOOD = (edit: (rows: number[][]) => void = () => {}) => {
  const rows = [0, 1, 2, 3].map((i) => row(i, 1, 50, 40));
  edit(rows);
  return rows;
};

function findings(sheets: SheetData[]) {
  const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
  return report.findings.filter((f) => f.rule === "plan-copy").map((f) => `${f.sheet}!${f.cell}:${f.area}:${f.expected}:${f.actual}`);
}

test.each<[string, SheetData[], readonly string[]]>([
  ["copies that agree", [splitSheet("Thực hiện 2022", GOOD()), splitSheet("Thực hiện 2023", GOOD())], []],
  ["one commune's teams copied wrong", [splitSheet("Thực hiện 2022", GOOD()), splitSheet("Thực hiện 2023", GOOD((r) => { r[2][0] = 3; }))], ["Thực hiện 2023!C8:Xã Phú Mãn:2:3"]],
  ["one commune's money copied wrong", [splitSheet("Thực hiện 2022", GOOD((r) => { r[1][2] = 160; })), splitSheet("Thực hiện 2023", GOOD())], ["Thực hiện 2022!E7:Xã Tản Lĩnh:150000000:160000000"]],
  ["KQ | Đã giải ngân beside KH", [splitSheet("Thực hiện 2022", GOOD((r) => { r[3][0] = 1; }), "KH", ["KQ", "Đã giải ngân"])], ["Thực hiện 2022!C9:Xã Sài Sơn:2:1"]],
  ["a year's target (most areas differ): not a copy", [splitSheet("Thực hiện 2022", GOOD((r) => r.forEach((x) => { x[0] = 1; x[2] = 40; })))], []],
  ["a column naming its year: not a copy", [splitSheet("Thực hiện 2022", GOOD((r) => { r[2][0] = 3; }), "Kế hoạch năm 2022")], []],
])("%s", (_, sheets, expected) => {
  expect(findings(sheets)).toEqual(expected);
});

test("agreeing copies beside what was done: no finding at all, and the done figures are read", () => {
  const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), splitSheet("Thực hiện 2022", GOOD()), splitSheet("Thực hiện 2023", GOOD())), { workbookName: "t.xlsx" }).report);
  expect(report.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toEqual([]);
  expect(report.indicators.find((i) => i.code === "1")?.achieved).toBe(8);
  expect(report.indicators.find((i) => i.code === "KP.1")?.achieved).toBe(400e6);
});
