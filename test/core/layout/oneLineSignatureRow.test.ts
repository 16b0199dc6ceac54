/**
 * A table of one line with the areas across the columns, a signature line
 * under it with three signers' titles or more on one row (`NGƯỜI LẬP BIỂU |
 * | KẾ TOÁN TRƯỞNG | | THỦ TRƯỞNG ĐƠN VỊ`): the signers are no header, the
 * line is the table's data — read, its total checked against the plan.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "./sheetBuilder";

const plan = (target: number) => readPlanJson({ title: "Kế hoạch thử", indicators: [{ code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target }] }, "plan.json");
const check = (rows: CellValue[][], target: number) => checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: plan(target), sheet: "Phân bổ" });

const TABLE: CellValue[][] = [
  ["BIỂU PHÂN BỔ CHỈ TIÊU NĂM 2025"],
  [],
  ["STT", "Nội dung", "Xã Bản Liền", "Xã Tà Chải", "Xã Cốc Ly", "Tổng cộng"],
  [1, "Tổ truyền thông cộng đồng", 2, 2, 3, 7],
];
const SIGNERS: CellValue[][] = [
  [],
  [null, "NGƯỜI LẬP BIỂU", null, "KẾ TOÁN TRƯỞNG", null, "THỦ TRƯỞNG ĐƠN VỊ"],
  [null, "(Ký, ghi rõ họ tên)", null, "(Ký, ghi rõ họ tên)", null, "(Ký tên, đóng dấu)"],
];

describe("one line, the areas across the columns, three signers on one row under it", () => {
  test("the line is read: its total over the plan told at the total cell", () => {
    const result = check([...TABLE, ...SIGNERS], 6);
    expect(result.report.orientation).toBe("indicators-as-rows");
    expect(result.report.reading!.headerRows).toEqual([3]);
    expect(result.report.findings.map((f) => `${f.rule}/${f.severity}@${f.cell}`)).toEqual(["ceiling/error@F4"]);
  });

  test("on its plan: nothing to tell", () => {
    expect(check([...TABLE, ...SIGNERS], 7).report.findings).toEqual([]);
  });

  test("the signers' row typed right under the line, no gap: the same reading", () => {
    expect(check([...TABLE, ...SIGNERS.slice(1)], 6).report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["ceiling@F4"]);
  });
});
