/**
 * A column past the names holding short texts alone, no figure (`Nguồn vốn`
 * with `NSTW`, `NSĐP`, `NSTW+NSĐP` down the rows, or a mark `x`): a text
 * column like `Ghi chú`, left out and listed — not a line the plan lacks
 * with every cell told as text that is no number.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = planOf([
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 10 },
  { code: "KP", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 1000 },
]);
const BODY: [CellValue, string, number, number][] = [
  [null, "Tổng cộng", 10, 1000],
  ["I", "Huyện Ba Vì", 6, 600],
  [1, "Xã Ba Trại", 2, 200],
  [2, "Xã Tản Lĩnh", 2, 200],
  [3, "Thị trấn Tây Đằng", 2, 200],
  ["II", "Huyện Thạch Thất", 4, 400],
  [1, "Xã Yên Bình", 2, 200],
  [2, "Xã Yên Trung", 2, 200],
];

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
