/**
 * A table of one line with the areas across the columns (`1 | Tổ truyền
 * thông | 5 | 2 | 3 | 5`), a footnote and a signature block under it (text
 * alone): its one row of figures is the table's data — read, its total
 * checked against the plan — not a lone title row passed over with "no
 * allocation table". A title's lone `Năm | 2025` over a table stays no data.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "./sheetBuilder";

const plan = (target: number) => readPlanJson({ title: "Kế hoạch thử", indicators: [{ code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target }] }, "plan.json");
const check = (rows: CellValue[][], target: number) => checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: plan(target), sheet: "Phân bổ" });

const TABLE: CellValue[][] = [
  ["STT", "Nội dung", "Huyện Bắc Hà", "Xã Bản Liền", "Xã Tà Chải", "Xã Cốc Ly", "Tổng cộng"],
  [1, "Tổ truyền thông cộng đồng", 7, 2, 2, 3, 7],
];
const SIGNATURE: CellValue[][] = [
  [],
  [null, "Lưu ý: các xã gửi báo cáo trước ngày 15/02/2025"],
  [null, null, null, null, null, "Lào Cai, ngày 20 tháng 01 năm 2025"],
  [null, "Người lập biểu", null, null, null, "Thủ trưởng đơn vị"],
  [null, "(Ký, ghi rõ họ tên)", null, null, null, "(Ký tên, đóng dấu)"],
];

describe("one line as a row, the areas across the columns, a signature block under it", () => {
  test("the line is read: its total over the plan told at the total cell", () => {
    const result = check([...TABLE, ...SIGNATURE], 6);
    expect(result.report.orientation).toBe("indicators-as-rows");
    expect(result.report.findings.map((f) => `${f.rule}/${f.severity}@${f.cell}`)).toEqual(["ceiling/error@G2"]);
  });

  test("on its plan: nothing to tell", () => {
    expect(check([...TABLE, ...SIGNATURE], 7).report.findings).toEqual([]);
  });

  test("a title's lone `Năm | 2025` above a table is no data row", () => {
    const result = check([["Năm", 2025], [], ...TABLE], 7);
    expect(result.report.reading!.headerRows).toEqual([3]);
  });
});
