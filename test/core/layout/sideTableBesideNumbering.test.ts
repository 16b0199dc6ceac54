/**
 * A small second table beside a short allocation table whose header has a
 * numbering row (`A | B | 1 | 2 | 3`), with notes and signatures typed under
 * the table (a signature past the blank column too): the side table — its
 * title or header on the header row, the numbering row or the first data row,
 * its names abbreviations (`NSTW`) — is left out with one `second-table`
 * note, the numbering row is no area, and nothing else is reported.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { planOf } from "../../helpers/allocationFixture";
import { sheet } from "./sheetBuilder";

const PLAN = planOf([
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 20 },
  { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 200 },
]);
const HEAD: CellValue[][] = [
  ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Kinh phí hỗ trợ (triệu đồng)", "Ghi chú"],
  ["A", "B", "1", "2", "3"],
];
const BODY: CellValue[][] = [
  [null, "Tổng cộng", 20, 200, null],
  ["I", "Huyện Ba Vì", 10, 100, null],
  [1, "Xã Ba Trại", 4, 40, null],
  [2, "Xã Tản Lĩnh", 6, 60, null],
  ["II", "Huyện Thạch Thất", 10, 100, null],
  [1, "Xã Yên Trung", 5, 50, null],
  [2, "Xã Yên Bình", 5, 50, null],
];
const NOTES: CellValue[][] = [[], [null, "Ghi chú: số liệu tạm tính."], [null, null, null, "NGƯỜI LẬP BIỂU", null, null, "TRƯỞNG PHÒNG"]];
const SIDE: CellValue[][] = [["BẢNG 2: NGUỒN VỐN", null], ["Nguồn", "Số tiền"], ["NSTW", 150], ["NSĐP", 50]];
/** The table with the side table after a blank column (F), its first row on sheet row `from` (0: the header row). */
const beside = (from: number): CellValue[][] => [...HEAD, ...BODY].map((r, i) => [...r, null, ...(SIDE[i - from] ?? [])]);

describe("a side table beside a table with a numbering row", () => {
  test.each<[string, number]>([
    ["its title on the header row", 0],
    ["its title on the numbering row", 1],
    ["its title on the first data row", 2],
  ])("%s", (_name, from) => {
    const json: unknown = toJsonReport(checkWorkbook({ sheets: [sheet("Phân bổ", [["BIỂU PHÂN BỔ"], [], ...beside(from), ...NOTES])] }, { plan: PLAN, workbookName: "x.xlsx" }).report, "en");
    const report = (typeof json === "string" ? JSON.parse(json) : json) as { findings: { rule: string; cell: string | null }[]; reading: { table: string; areas: { name: string }[] } };
    expect(report.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([`second-table G${3 + from}`]);
    expect(report.reading.table).toBe("A3:E11");
    expect(report.reading.areas.map((a) => a.name)).not.toContain("B");
  });
});
