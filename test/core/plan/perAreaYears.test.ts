/**
 * A unit written per area (`tổ/xã`, `triệu đồng/xã`) over the plan's year
 * columns (`2026 | 2027 | Tổng`, or the years alone): each year's figure is
 * per area too, as the period's figure is — sized by the plan's areas with
 * it, and the whole's years again when the figure is read as the whole.
 */
import { readPlanFromWorkbook, readPlanJson } from "../../../src/core/plan";
import { planForYear } from "../../../src/core/plan/planForYear";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet, workbook } from "../progress/fixtures";
import { fiveCommuneAllocation, fiveCommuneAreas, fiveCommuneRows } from "./fiveCommuneSheet";
import { checkWorkbook } from "../../../src/core/check";

const withAreas = (rows: CellValue[][]): CellValue[][] => [...rows, [], ["Huyện", "Xã"], ...fiveCommuneRows];
const planOf = (rows: CellValue[][]) => readPlanFromWorkbook(workbook(sheet("Kế hoạch", withAreas(rows))));

type Case = [name: string, header: CellValue[], row: CellValue[], target: number, quota: number | undefined, years: Record<string, number>];
const cases: Case[] = [
  ["tổ/xã, 2026 | 2027 | Tổng", ["STT", "Nội dung", "ĐVT", 2026, 2027, "Tổng"], ["1", "Tổ truyền thông", "tổ/xã", 1, 2, 3], 15, 3, { "2026": 5, "2027": 10 }],
  ["triệu đồng/xã, Năm 2026 | Năm 2027 | Tổng số", ["STT", "Nội dung", "ĐVT", "Năm 2026", "Năm 2027", "Tổng số"], ["1", "Hỗ trợ xã", "triệu đồng/xã", 10, 20, 30], 150e6, 30e6, { "2026": 50e6, "2027": 100e6 }],
  ["tổ/xã, the years alone (Kế hoạch năm 2026 | Kế hoạch năm 2027)", ["STT", "Nội dung", "ĐVT", "Kế hoạch năm 2026", "Kế hoạch năm 2027"], ["1", "Tổ truyền thông", "tổ/xã", 1, 2], 15, 3, { "2026": 5, "2027": 10 }],
  ["tổ/xã, a figure the communes divide (read as the whole): its years as written", ["STT", "Nội dung", "ĐVT", 2026, 2027, "Tổng"], ["1", "Tổ truyền thông", "tổ/xã", 5, 5, 10], 10, 2, { "2026": 5, "2027": 5 }],
  ["tổ (no area): the years as written", ["STT", "Nội dung", "ĐVT", 2026, 2027, "Tổng"], ["1", "Tổ truyền thông", "tổ", 1, 2, 3], 3, undefined, { "2026": 1, "2027": 2 }],
];

test.each(cases)("%s", (_name, header, row, target, quota, years) => {
  const line = planOf([header, row]).lines[0];
  expect({ target: line.target, quota: line.quota, years: line.yearTargets }).toEqual({ target, quota, years });
});

test("the plan for one year: each area's share of that year", () => {
  const plan = planOf([["STT", "Nội dung", "ĐVT", 2026, 2027, "Tổng"], ["1", "Tổ truyền thông", "tổ/xã", 1, 2, 3]]);
  const line = planForYear(plan, 2027)!.plan.lines[0];
  expect({ target: line.target, quota: line.quota }).toEqual({ target: 10, quota: 2 });
});

test("plan.json: a per-area unit's years are per area too", () => {
  const plan = readPlanJson({ indicators: [{ code: "1", name: "Hỗ trợ xã", unit: "triệu đồng/xã", target: 30, years: { "2026": 10, "2027": 20 } }], areas: fiveCommuneAreas }, "plan.json");
  expect(plan.lines[0]).toMatchObject({ target: 150e6, quota: 30e6, yearTargets: { "2026": 50e6, "2027": 100e6 } });
});

describe("checked: the sheet's areas decide whole or per area, the years following", () => {
  const header: CellValue[] = ["STT", "Nội dung", "ĐVT", 2026, 2027, "Tổng"];
  test.each<[string, CellValue[], boolean, [number, number, number, number, number], number, Record<string, number>]>([
    ["3 per commune by the unit, the communes adding up to 3: the whole, its years as written", ["1", "Hỗ trợ xã", "tổ/xã", 1, 2, 3], false, [1, 1, 1, 0, 0], 3, { "2026": 1, "2027": 2 }],
    ["3 per commune by the unit, the communes nearer 3 each: per area, each year's too", ["1", "Hỗ trợ xã", "tổ/xã", 1, 2, 3], false, [3, 3, 3, 3, 3], 15, { "2026": 5, "2027": 10 }],
    ["10 the communes divide, the communes nearer 10 each: per area again, each year's too", ["1", "Hỗ trợ xã", "tổ/xã", 5, 5, 10], true, [10, 10, 10, 10, 10], 50, { "2026": 25, "2027": 25 }],
    ["10 the communes divide, the communes adding up to 10: the whole, its years as written", ["1", "Hỗ trợ xã", "tổ/xã", 5, 5, 10], true, [2, 2, 2, 2, 2], 10, { "2026": 5, "2027": 5 }],
  ])("%s", (_name, row, areas, cells, target, years) => {
    const planRows = areas ? withAreas([header, row]) : [header, row];
    const { plan } = checkWorkbook(workbook(sheet("Kế hoạch", planRows), fiveCommuneAllocation(cells)), { workbookName: "x.xlsx" });
    expect({ target: plan.lines[0].target, years: plan.lines[0].yearTargets }).toEqual({ target, years });
  });
});
