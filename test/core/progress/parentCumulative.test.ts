/**
 * A parent line's `Lũy kế` that adds up its children's (`= H8 + H9`) carries
 * a wrong child's figure: one finding, at the child's cell. A parent's own
 * wrong figure is still told at its cell.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, lineTable, planSheet, workbook } from "./fixtures";

/** Lines as GOOD_LINES with the three `Lũy kế` figures (KP, KP.1, KP.2) and the rates typed from them. */
function table(kp: number, kp1: number, kp2: number) {
  const rate = (cum: number, target: number) => Math.round((cum / target) * 10000) / 100;
  const rows: CellValue[][] = [
    ["1", "Tổ truyền thông cộng đồng", "tổ", 8, 2, 2, 1, 5, 62.5, null],
    ["2", "Tỷ lệ hộ gia đình được tuyên truyền", "%", 80, 50, 60, 70, 70, 87.5, null],
    ["KP", "Tổng kinh phí", "triệu đồng", 1000, 200, 300, 150, kp, rate(kp, 1000), null],
    ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600, 150, 200, 50, kp1, rate(kp1, 600), null],
    ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400, 50, 100, 100, kp2, rate(kp2, 400), null],
  ];
  return lineTable(rows);
}

test.each<[string, readonly [number, number, number], readonly string[]]>([
  ["clean", [650, 400, 250], []],
  ["a child's wrong Lũy kế carried into the parent's sum", [700, 450, 250], ["cumulative@H7:400000000:450000000"]],
  ["two children wrong, the parent their sum", [720, 450, 270], ["cumulative@H7:400000000:450000000", "cumulative@H8:250000000:270000000"]],
  ["the parent's own wrong figure", [700, 400, 250], ["cumulative@H6:650000000:700000000"]],
  ["a wrong child and a parent that is not their sum", [680, 450, 250], ["cumulative@H6:650000000:680000000", "cumulative@H7:400000000:450000000"]],
])("%s", (_, [kp, kp1, kp2], expected) => {
  const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), table(kp, kp1, kp2)), { workbookName: "t.xlsx" }).report);
  expect(report.findings.map((f) => `${f.rule}@${f.cell}:${f.expected}:${f.actual}`)).toEqual(expected);
});

/** A parent's own period figure wrong (`6 tháng đầu năm 2024` of KP), its `Lũy kế` what its children achieved: one `subtotal` at that figure. */
test.each<[string, CellValue, number, readonly string[]]>([
  ["its Lũy kế what the children achieved", 50, 650, ["subtotal@G6:150000000:50000000"]],
  ["its Lũy kế adding up its own (wrong) periods", 50, 550, ["subtotal@G6:150000000:50000000"]],
  ["its Lũy kế neither", 50, 600, ["subtotal@G6:150000000:50000000", "cumulative@H6:550000000:600000000"]],
])("a parent's wrong period figure, %s", (_, h1, kp, expected) => {
  const sheet = table(kp, 400, 250);
  const values = sheet.values.map((row, r) => (r === 5 ? (row ?? []).map((v, c) => (c === 6 ? h1 : v)) : row));
  const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), { ...sheet, values }), { workbookName: "t.xlsx" }).report);
  expect(report.findings.filter((f) => f.rule !== "pace").map((f) => `${f.rule}@${f.cell}:${f.expected}:${f.actual}`)).toEqual(expected);
});
