/**
 * A column past the names holding short texts alone, no figure (`Nguồn vốn`
 * with `NSTW`, `NSĐP`, `NSTW+NSĐP` down the rows, or a mark `x`): a text
 * column like `Ghi chú`, left out and listed — not a line the plan lacks
 * with every cell told as text that is no number.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet, workbook } from "./sheetBuilder";
import { NUMBERED_BODY, NUMBERED_PLAN } from "./twoLineSheets";

const PLAN = NUMBERED_PLAN;
const BODY = NUMBERED_BODY;

test.each<[string, string, (i: number) => CellValue]>([
  ["`Nguồn vốn`: NSTW, NSĐP", "Nguồn vốn", (i) => (i === 0 ? null : i % 2 === 0 ? "NSTW" : "NSĐP")],
  ["`Nguồn vốn`: NSTW on every row", "Nguồn vốn", () => "NSTW"],
  ["`Xã ĐBKK`: a mark x", "Xã ĐBKK", (i) => (i === 2 || i === 6 ? "x" : null)],
])("%s: a text column, nothing told", (_name, header, cell) => {
  const rows: CellValue[][] = [["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)", header], ...BODY.map((b, i) => [...b, cell(i)])];
  const report = checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
  expect(report.reading!.lines.map((l) => [l.code, l.at])).toEqual([["1", "C"], ["KP", "D"]]);
  expect(report.reading!.ignored).toEqual([{ at: "E", header, why: "text column" }]);
  expect(report.findings).toEqual([]);
});
