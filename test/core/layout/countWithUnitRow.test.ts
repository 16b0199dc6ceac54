/**
 * A table of one line whose commune typed its count with the unit (`2 người`,
 * `3 tổ`), mid-district: that row is a commune with a number stored as text
 * (one `text-number` warning at its cell), not the header of a second table
 * cutting the allocation table there. (A header names its columns: a count
 * with its unit is no header's word.) So too for the first commune after a
 * blank row between districts.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const LINE = { code: "1", name: "Người được tập huấn kỹ năng", unit: "người", target: 20 };

const rows = (typed: CellValue): CellValue[][] => [
  ["STT", "Địa bàn", LINE.name],
  ["I", "Huyện Than Uyên", 9],
  [null, "Xã Dần Thàng", 4],
  [null, "Xã Cán Tỷ", 5],
  ["II", "Huyện Bắc Hà", 11],
  [null, "Xã Cốc Ly", 3],
  [null, "Xã Sính Phình", typed],
  [null, "Xã Pha Long", 6],
  [null, "Tổng cộng", 20],
];

describe("a one-line table, a commune's count typed with its unit mid-district", () => {
  test.each<[string]>([["2 người"], ["2 (người)"], ["2 người."], ["2  Người"]])("%s: one text-number at C7, the table read whole", (typed) => {
    const report = checkWorkbook(workbook(sheet("Phân bổ", rows(typed))), { workbookName: "t.xlsx", plan: planOf([LINE]), sheet: "Phân bổ" }).report;
    expect(report.reading!.table).toBe("A1:C9");
    expect(report.findings.map((f) => `${f.rule} ${f.severity} ${f.cell}`)).toEqual(["text-number warning C7"]);
  });

  test("a count in another line's unit (`2 tổ` in a line of người) is still a figure, not a header", () => {
    const report = checkWorkbook(workbook(sheet("Phân bổ", rows("2 tổ"))), { workbookName: "t.xlsx", plan: planOf([LINE]), sheet: "Phân bổ" }).report;
    expect(report.reading!.table).toBe("A1:C9");
    expect(report.findings.every((f) => f.rule !== "second-table")).toBe(true);
  });
});

describe("a one-line table, blank rows between districts, the first commune after one typing its count with its unit", () => {
  const LINE_CLB = { code: "1", name: "Câu lạc bộ thủ lĩnh của sự thay đổi", unit: "CLB", target: 18 };
  const spaced = (typed: CellValue): CellValue[][] => [
    ["STT", "Tên đơn vị", LINE_CLB.name],
    [null, "Phường Khoen On", 4],
    [null, "Phường Vĩnh Yên", 5],
    [null, "Cộng thành phố Bảo Yên", 9],
    [],
    [null, "Phường Trung Thu", typed],
    [null, "Phường Cán Tỷ", 2],
    [null, "Cộng quận Than Uyên", 9],
    [null, "Tổng cộng", 18],
  ];
  test.each<[string]>([["7 CLB"], ["7 (CLB)"]])("%s: one text-number at C6, the table read whole", (typed) => {
    const report = checkWorkbook(workbook(sheet("Phân bổ", spaced(typed))), { workbookName: "t.xlsx", plan: planOf([LINE_CLB]), sheet: "Phân bổ" }).report;
    expect(report.reading!.table).toBe("A1:C9");
    expect(report.findings.map((f) => `${f.rule} ${f.severity} ${f.cell}`)).toEqual(["text-number warning C6"]);
  });
});
