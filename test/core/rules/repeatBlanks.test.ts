/**
 * A commune written twice whose repeat leaves its cells blank: the blank
 * under a percent target or a quota is the repeat's, told in its one
 * `duplicate` finding (CONTRACT §3: one cause, one finding). A figure the
 * repeat holds stays told. Each case is read in both orientations.
 */
import type { CellValue } from "../../../src/core/model/workbook";
import { checkWorkbook } from "../../../src/core/check";
import { readPlanJson } from "../../../src/core/plan";
import { BA_VI_MY_DUC } from "./fixtures";
import { sheet, transposeSheet, workbook } from "../layout/sheetBuilder";

const PLAN = readPlanJson(
  {
    title: "Kế hoạch thử",
    indicators: [
      { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 5, quota: 1 },
      { code: "2", name: "Tỷ lệ phụ nữ được tuyên truyền", unit: "%", target: 80 },
      { code: "3", name: "Địa chỉ tin cậy", unit: "địa chỉ", target: 10 },
    ],
    areas: BA_VI_MY_DUC,
  },
  "plan.json",
);

/** Xã Minh Quang written again (row 7) with `repeat` as its cells. */
function findings(repeat: CellValue[], transpose: boolean) {
  const rows: CellValue[][] = [
    ["BIỂU PHÂN BỔ"],
    ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Tỷ lệ phụ nữ được tuyên truyền", "Địa chỉ tin cậy"],
    [null, "Tổng cộng", 5, null, 10],
    ["I", "Huyện Ba Vì", 3, null, 6],
    [1, "Xã Khánh Thượng", 1, 85, 2],
    [2, "Xã Minh Quang", 1, 90, 2],
    [3, "Xã Minh Quang", ...repeat],
    [4, "Xã Ba Trại", 1, 82, 2],
    ["II", "Huyện Mỹ Đức", 2, null, 4],
    [1, "Xã An Phú", 1, 88, 2],
    [2, "Xã Hùng Tiến", 1, 95, 2],
  ];
  const data = sheet("Phân bổ", rows);
  const { report } = checkWorkbook(workbook(transpose ? transposeSheet(data) : data), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" });
  return report.findings;
}
const check = (repeat: CellValue[], transpose: boolean) => findings(repeat, transpose).map((f) => `${f.rule} ${f.cell ?? ""}`);

describe.each([false, true])("a commune written twice (transposed: %s)", (transpose) => {
  const at = (row: number, col: string) => (transpose ? `${String.fromCharCode(64 + row)}${col.charCodeAt(0) - 64}` : `${col}${row}`);
  test.each<[string, CellValue[], [string, number, string][]]>([
    ["every cell of the repeat blank", [null, null, null], [["duplicate", 7, "B"]]],
    ["the percent cell blank, zeros elsewhere", [0, null, 0], [["quota", 7, "C"], ["duplicate", 7, "B"]]],
    ["a percent figure of its own under the target", [null, 60, null], [["duplicate", 7, "B"], ["percent", 7, "D"]]],
  ])("%s", (_name, repeat, expected) => {
    expect(check(repeat, transpose).sort()).toEqual(expected.map(([rule, row, col]) => `${rule} ${at(row, col)}`).sort());
  });

  test("the duplicate finding names the blank cells", () => {
    const [finding] = findings([null, null, null], transpose);
    expect(finding.message.vi).toContain(`Các ô để trống của ${transpose ? "cột" : "dòng"} lặp lại (${at(7, "C")} và ${at(7, "D")}) không được báo riêng`);
  });
});
