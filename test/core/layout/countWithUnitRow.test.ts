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

/**
 * A unit of three words or more (`3 tổ truyền thông`, `7 câu lạc bộ`, `2 địa chỉ tin cậy`): a commune's count
 * typed with its unit all the same, mid-district or first after a blank row — not a second table's header.
 */
describe("a one-line table, a commune's count typed with a unit of three words or more", () => {
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ["Tổ truyền thông cộng đồng", "tổ", "3 tổ truyền thông"],
    ["Câu lạc bộ thủ lĩnh của sự thay đổi", "CLB", "3 câu lạc bộ"],
    ["Địa chỉ tin cậy tại cộng đồng", "địa chỉ", "3 địa chỉ tin cậy"],
    ["Địa chỉ tin cậy tại cộng đồng", "địa chỉ", "3 (địa chỉ tin cậy)"],
    ["Tổ truyền thông cộng đồng", "tổ", "3 Tổ truyền thông cộng đồng."],
  ];
  const spaced = (name: string, typed: CellValue): CellValue[][] => [
    ["STT", "Tên đơn vị", name],
    ["I", "Huyện Than Uyên", 9],
    [null, "Xã Dần Thàng", 4],
    [null, "Xã Cán Tỷ", 5],
    [],
    ["II", "Huyện Bắc Hà", 9],
    [null, "Xã Cốc Ly", typed],
    [null, "Xã Sính Phình", 6],
    [null, "Tổng cộng", 18],
  ];
  const afterBlank = (name: string, typed: CellValue): CellValue[][] => [
    ["STT", "Tên đơn vị", name],
    [null, "Phường Khoen On", 4],
    [null, "Phường Vĩnh Yên", 5],
    [null, "Cộng thành phố Bảo Yên", 9],
    [],
    [null, "Phường Trung Thu", typed],
    [null, "Phường Cán Tỷ", 6],
    [null, "Cộng quận Than Uyên", 9],
    [null, "Tổng cộng", 18],
  ];
  test.each(cases)("%s (%s), `%s` first under a district after a blank row: one text-number at C7, the table read whole", (name, unit, typed) => {
    const line = { code: "1", name, unit, target: 18 };
    const report = checkWorkbook(workbook(sheet("Phân bổ", spaced(name, typed))), { workbookName: "t.xlsx", plan: planOf([line]), sheet: "Phân bổ" }).report;
    expect(report.reading!.table).toBe("A1:C9");
    expect(report.findings.map((f) => `${f.rule} ${f.severity} ${f.cell}`)).toEqual(["text-number warning C7"]);
  });
  test.each(cases)("%s (%s), `%s` first commune after a blank row: one text-number at C6, the table read whole", (name, unit, typed) => {
    const line = { code: "1", name, unit, target: 18 };
    const report = checkWorkbook(workbook(sheet("Phân bổ", afterBlank(name, typed))), { workbookName: "t.xlsx", plan: planOf([line]), sheet: "Phân bổ" }).report;
    expect(report.reading!.table).toBe("A1:C9");
    expect(report.findings.map((f) => `${f.rule} ${f.severity} ${f.cell}`)).toEqual(["text-number warning C6"]);
  });

  // The other way: a real header after the gap (its words open with no number) still starts a second table.
  test.each<[CellValue[]]>([[["STT", "Hoạt động", "Số tổ truyền thông", "Kinh phí hỗ trợ"]], [["TT", "Nội dung", "Số câu lạc bộ", "Ghi chú"]]])("a header %j after the gap still starts a second table", (header) => {
    const line = { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 18 };
    const rows: CellValue[][] = [...afterBlank(line.name, 3), [], [], header, [1, "Tập huấn", 6, 600]];
    const report = checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: planOf([line]), sheet: "Phân bổ" }).report;
    expect(report.findings.filter((f) => f.rule === "second-table").map((f) => f.cell)).toEqual(["A12"]);
  });
});
