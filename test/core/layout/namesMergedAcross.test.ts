/**
 * The names merged across two columns on every row (`Đơn vị` merged B:C, and
 * each name B:C too, for width): one column of names, at B — the reading says
 * so, and does not list B as a text column left out.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet } from "./sheetBuilder";

const PLAN = sheet("Kế hoạch", [
  ["STT", "Nội dung", "ĐVT", "Kế hoạch"],
  ["1", "Tổ truyền thông cộng đồng", "tổ", 6],
  ["2", "Kinh phí hỗ trợ", "triệu đồng", 300],
]);
const BODY: CellValue[][] = [
  [null, "Tổng cộng", 6, 300],
  ["I", "Huyện Bắc Hà", 3, 150],
  [1, "Xã Bản Phố", 2, 100],
  [2, "Xã Tà Chải", 1, 50],
  ["II", "Huyện Si Ma Cai", 3, 150],
  [1, "Xã Sán Chải", 1, 50],
  [2, "Xã Lùng Thẩn", 2, 100],
];

test.each<[string, number]>([
  ["every name merged B:C", 0],
  ["the names merged B:C under a title", 2],
])("%s: one column of names at B", (_name, titleRows) => {
  const title: CellValue[][] = titleRows > 0 ? [["BIỂU PHÂN BỔ"], []] : [];
  const rows: CellValue[][] = [...title, ["STT", "Đơn vị", null, "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"], ...BODY.map((r) => [r[0], r[1], null, r[2], r[3]])];
  const merges = rows.map((_r, i) => i).filter((i) => i >= titleRows).map((i) => `B${i + 1}:C${i + 1}`);
  const { report } = checkWorkbook({ sheets: [sheet("Phân bổ", rows, { merges }), PLAN] }, { workbookName: "x.xlsx" });
  expect(report.reading!.labelColumn).toBe("B");
  expect(report.reading!.ignored).toEqual([]);
  expect(report.reading!.areas.map((a) => a.role)).toEqual(["total", "group", "leaf", "leaf", "group", "leaf", "leaf"]);
  expect(report.findings).toEqual([]);
});
