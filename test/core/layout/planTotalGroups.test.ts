/**
 * Bare district names typed with their subtotals over bare commune names, no
 * grand total row, no STT, no area list: where the communes come to the plan's
 * target on every line (two lines telling two stories at least), the plan's
 * figure confirms the districts as a grand total row would. A stale subtotal
 * is then one `subtotal` finding at its cell, not a flat list over the
 * ceiling. Where the plan's figures are not what the communes come to, the
 * flat reading stays, said to be unsure (arithmeticHint.test.ts).
 */
import { checkWorkbook } from "../../../src/core/check";
import { detectTable } from "../../../src/core/layout";
import { toJsonReport } from "../../../src/core/report/json";
import type { CellValue } from "../../../src/core/model/workbook";
import { areaTree, planOf } from "../../helpers/allocationFixture";
import { sheet, transposeSheet } from "./sheetBuilder";

const LINES = [
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 20 },
  { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 340 },
];
const HEAD: CellValue[] = ["Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"];
const BA_VI: CellValue[][] = [["Ba Vì", 10, 150], ["Ba Trại", 3, 40], ["Tản Lĩnh", 4, 60], ["Minh Quang", 3, 50]];
const THACH_THAT = (tt: number, money: number): CellValue[][] => [["Thạch Thất", tt, money], ["Yên Trung", 4, 90], ["Yên Bình", 6, 100]];

describe("no grand total row: the plan's targets confirm the districts", () => {
  test.each<[string, CellValue[][], string[]]>([
    ["every subtotal right", [HEAD, ...BA_VI, ...THACH_THAT(10, 190)], []],
    ["one district's subtotal stale on every line", [HEAD, ...BA_VI, ...THACH_THAT(9, 180)], ["subtotal@B6", "subtotal@C6"]],
    ["one district's subtotal stale on one line", [HEAD, ...BA_VI, ...THACH_THAT(10, 180)], ["subtotal@C6"]],
  ])("%s", (_name, rows, findings) => {
    const data = sheet("Phân bổ", rows);
    for (const turned of [false, true]) {
      const table = detectTable(turned ? transposeSheet(data) : data, planOf(LINES));
      expect(areaTree(table)).toEqual([
        ["Ba Vì", "group", null],
        ["Ba Trại", "leaf", "Ba Vì"],
        ["Tản Lĩnh", "leaf", "Ba Vì"],
        ["Minh Quang", "leaf", "Ba Vì"],
        ["Thạch Thất", "group", null],
        ["Yên Trung", "leaf", "Thạch Thất"],
        ["Yên Bình", "leaf", "Thạch Thất"],
      ]);
    }
    const plan = sheet("Kế hoạch", [["STT", "Nội dung", "ĐVT", "Kế hoạch"], ...LINES.map((l) => [l.code, l.name, l.unit, l.target])]);
    const { report } = checkWorkbook({ sheets: [data, plan] }, { workbookName: "x.xlsx" });
    expect(toJsonReport(report, "vi").findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(findings);
  });

  test("one line alone, its counts in the pattern of districts: still a flat list", () => {
    const rows: CellValue[][] = [HEAD.slice(0, 2), ...[...BA_VI, ...THACH_THAT(10, 190)].map((r) => r.slice(0, 2))];
    const table = detectTable(sheet("Phân bổ", rows), planOf(LINES.slice(0, 1)));
    expect(table.areas.every((a) => a.kind === "leaf")).toBe(true);
  });
});
