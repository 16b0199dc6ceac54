/**
 * A second table set beside the allocation table, past a blank column (the
 * next year's copy, a breakdown by activity), is not read into it: the table
 * ends before the blank column, and the reading names the side table as left
 * out. A blank spacer column inside one table, or before its notes, cuts
 * nothing.
 */
import { checkWorkbook } from "../../../src/core/check";
import { findTableBlock, sheetGrid } from "../../../src/core/layout";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { planOf } from "../../helpers/allocationFixture";
import { sheet } from "./sheetBuilder";

const PLAN = planOf(
  [
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
    { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 1200 },
  ],
  { "Quốc Oai": ["Phú Mãn", "Đông Xuân"], "Mỹ Đức": ["An Phú", "Hợp Tiến"] },
);
const HEADER: CellValue[] = ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"];
const body = (k: number): CellValue[][] => [[null, "Tổng cộng", 12 * k, 1200 * k], [1, "Xã Phú Mãn", 3 * k, 300 * k], [2, "Xã Đông Xuân", 3 * k, 300 * k], [3, "Xã An Phú", 3 * k, 300 * k], [4, "Xã Hợp Tiến", 3 * k, 300 * k]];
/** The first table's rows with `beside`'s rows after a blank column (E). */
const side = (beside: CellValue[][]): CellValue[][] => [HEADER, ...body(1)].map((r, i) => [...r, null, ...(beside[i] ?? [])]);

function report(rows: CellValue[][]) {
  const json: unknown = toJsonReport(checkWorkbook({ sheets: [sheet("Phân bổ", rows)] }, { plan: PLAN, workbookName: "x.xlsx" }).report, "en");
  return (typeof json === "string" ? JSON.parse(json) : json) as {
    indicators: { code: string; allocated: number | null }[];
    findings: { rule: string; cell: string | null }[];
    reading: { table: string; ignored: { at: string; header: string; why: string }[] };
  };
}

describe("a second table beside the allocation table", () => {
  test.each<[string, CellValue[][]]>([
    ["a copy for the next year, the same header", [HEADER, ...body(2)]],
    ["`STT | Nội dung | Số tiền`, shorter", [["STT", "Nội dung", "Số tiền"], [1, "Tập huấn", 500], [2, "Truyền thông", 700], [3, "Hội thi", 100]]],
    ["`Hoạt động | Kinh phí` without an STT", [["Hoạt động", "Kinh phí"], ["Tập huấn", 500], ["Truyền thông", 700]]],
  ])("%s: the table ends before the blank column, the side table is named as left out", (_label, beside) => {
    const rows: CellValue[][] = [["BIỂU PHÂN BỔ NĂM 2025", null, null, null, null, "BẢNG KHÁC"], ...side(beside)];
    const block = findTableBlock(sheetGrid(sheet("Phân bổ", rows)));
    expect([block.left, block.right]).toEqual([0, 3]);
    const got = report(rows);
    expect(got.reading.table).toBe("A2:D7");
    expect(got.indicators.map((i) => [i.code, i.allocated])).toEqual([["1", 12], ["2", 1200e6]]);
    // The side table is told once, at its first cell (an info: it is not checked).
    expect(got.findings.map((f) => [f.rule, f.cell])).toEqual([["second-table", "F2"]]);
    expect(got.reading.ignored).toEqual([{ at: "F", header: String(beside[0][0]), why: "second table" }]);
  });

  test.each<[string, CellValue[][], number]>([
    ["a blank spacer column between two value columns", [["STT", "Địa bàn", "Tổ truyền thông cộng đồng", null, "Kinh phí hỗ trợ (triệu đồng)"], [null, "Tổng cộng", 12, null, 1200], [1, "Xã Phú Mãn", 6, null, 600], [2, "Xã Đông Xuân", 6, null, 600]], 4],
    ["a blank column before the notes", [["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)", null, "Ghi chú"], [null, "Tổng cộng", 12, 1200, null, null], [1, "Xã Phú Mãn", 6, 600, null, "xã khó khăn"], [2, "Xã Đông Xuân", 6, 600, null, "xã biên giới"]], 5],
  ])("%s cuts nothing", (_label, rows, right) => {
    const block = findTableBlock(sheetGrid(sheet("Phân bổ", [["BIỂU PHÂN BỔ"], ...rows])));
    expect([block.left, block.right]).toEqual([0, right]);
    expect(block.side).toBeUndefined();
  });
});

describe("a table of another kind on the left of the allocation table", () => {
  test("the funds by source, past a blank column: the allocation table beside it is read, the other told", () => {
    const left: CellValue[][] = [["Nguồn vốn", "Số tiền"], ["Ngân sách trung ương", 800], ["Ngân sách địa phương", 400]];
    const rows: CellValue[][] = [["TỔNG HỢP NGUỒN VỐN", null, null, "BIỂU PHÂN BỔ NĂM 2025"], ...[HEADER, ...body(1)].map((r, i) => [...(left[i] ?? [null, null]), null, ...r])];
    const got = report(rows);
    expect(got.reading.table).toBe("D2:G7");
    expect(got.indicators.map((i) => [i.code, i.allocated])).toEqual([["1", 12], ["2", 1200e6]]);
    expect(got.findings.map((f) => [f.rule, f.cell])).toEqual([["second-table", "A2"]]);
    expect(got.reading.ignored).toEqual([{ at: "A", header: "Nguồn vốn", why: "second table" }]);
    // A mistake in the allocation table is told at its cell.
    rows[3][6] = 350;
    expect(report(rows).findings.map((f) => [f.rule, f.cell])).toEqual([["second-table", "A2"], ["subtotal", "G3"]]);
  });
});
