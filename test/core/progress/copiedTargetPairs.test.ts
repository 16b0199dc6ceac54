/**
 * A year's results sheet splitting each line into `Kế hoạch | Thực hiện`
 * alone (no `Lũy kế` beside), under a plan over 2026 - 2030 split into its
 * years: the copied target's total is checked against the plan all the
 * same (CONTRACT §7, `plan-copy` at the typed cell).
 */
import { checkWorkbook } from "../../../src/core/check";
import { toJsonReport } from "../../../src/core/report";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet, workbook } from "../layout/sheetBuilder";

const PLAN = sheet(
  "Kế hoạch",
  [
    ["KẾ HOẠCH THỰC HIỆN DỰ ÁN 8 GIAI ĐOẠN 2026 - 2030"],
    [],
    ["STT", "Nội dung", "ĐVT", "Kế hoạch", null, null, null, null],
    [null, null, null, "Năm 2026", "Năm 2027", "Năm 2028", "Năm 2029", "Năm 2030"],
    ["1", "Tổ truyền thông cộng đồng", "tổ", 2, 2, 2, 1, 1],
    ["2", "Kinh phí truyền thông", "triệu đồng", 100, 100, 100, 100, 100],
  ],
  { merges: ["A3:A4", "B3:B4", "C3:C4", "D3:H3"] },
);

const ALLOCATION = sheet("Phân bổ", [
  ["BIỂU PHÂN BỔ"],
  [],
  ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Kinh phí truyền thông (triệu đồng)"],
  [null, "Tổng cộng", 8, 500],
  [1, "Xã Ba Trại", 4, 250],
  [2, "Xã Tản Lĩnh", 4, 250],
]);

/** Rows 5 total, 6 and 7 the communes; C:D teams, E:F money, each `Kế hoạch | Thực hiện`. */
function year(name: string, edit: (rows: CellValue[][]) => void = () => undefined) {
  const rows: CellValue[][] = [
    [`KẾT QUẢ THỰC HIỆN NĂM ${name.slice(-4)}`],
    [],
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", null, "Kinh phí truyền thông (triệu đồng)", null],
    [null, null, "Kế hoạch", "Thực hiện", "Kế hoạch", "Thực hiện"],
    [null, "Tổng cộng", 8, 2, 500, 100],
    [1, "Xã Ba Trại", 4, 1, 250, 50],
    [2, "Xã Tản Lĩnh", 4, 1, 250, 50],
  ];
  edit(rows);
  return sheet(name, rows, { merges: ["C3:D3", "E3:F3", "A3:A4", "B3:B4"] });
}

function found(...years: ReturnType<typeof year>[]): string[] {
  const report = toJsonReport(checkWorkbook(workbook(PLAN, ALLOCATION, ...years), { workbookName: "t.xlsx" }).report);
  return report.findings.map((f) => `${f.rule}/${f.severity}@${f.sheet}!${f.cell}`);
}

test.each<[string, (rows: CellValue[][]) => void, string[]]>([
  ["copied right: nothing", () => undefined, []],
  ["the teams' total copied as 11 (plan 8)", (rows) => (rows[4][2] = 11), ["plan-copy/warning@Thực hiện 2027!C5"]],
  ["the money's total copied as 550 (plan 500)", (rows) => (rows[4][4] = 550), ["plan-copy/warning@Thực hiện 2027!E5"]],
])("Kế hoạch | Thực hiện alone, %s", (_, edit, expected) => {
  expect(found(year("Thực hiện 2026"), year("Thực hiện 2027", edit))).toEqual(expected);
});

test("the copied total told against the plan's whole target, the areas' sum named", () => {
  const report = toJsonReport(checkWorkbook(workbook(PLAN, ALLOCATION, year("Thực hiện 2026", (rows) => (rows[4][2] = 11))), { workbookName: "t.xlsx" }).report);
  expect(report.findings).toEqual([expect.objectContaining({ rule: "plan-copy", cell: "C5", indicator: "1", expected: 8, actual: 11 })]);
  expect(report.findings[0].message).toContain("cộng lại đúng 8 tổ");
});
