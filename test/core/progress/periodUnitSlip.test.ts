/**
 * One cause, one finding on a line-level progress table: one period cell of a
 * money line in `triệu đồng` typed in đồng (150000000 among 150-ish figures)
 * is told at that cell as typed in another unit, and the typed `Lũy kế`,
 * rate, overspend and pace it alone puts off are not told again.
 */
import { checkWorkbook } from "../../../src/core/check";
import { sheet } from "../layout/sheetBuilder";
import { formulaSheet, type Typed } from "../rules/formulaSheet";

const PLAN = sheet("Kế hoạch", [
  ["KẾ HOẠCH THỰC HIỆN DỰ ÁN 8 GIAI ĐOẠN 2022 - 2025"],
  [],
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["1", "Thành lập mới Tổ truyền thông cộng đồng", "tổ", 40],
  ["KP", "Kinh phí truyền thông", "triệu đồng", 800],
]);

const ALLOCATION = formulaSheet("Phân bổ", [
  ["TT", "Đơn vị", "Thành lập mới Tổ truyền thông cộng đồng", "Kinh phí truyền thông (triệu đồng)"],
  [null, "Tổng cộng", "=SUM(C3:C6)", "=SUM(D3:D6)"],
  [1, "Huyện Mường Lát", 10, 200],
  [2, "Huyện Quan Sơn", 10, 200],
  [3, "Huyện Lang Chánh", 10, 200],
  [4, "Huyện Bá Thước", 10, 200],
]);

function progress(kp2023: Typed, cumulative: Typed, rate: number) {
  return formulaSheet("Tiến độ", [
    ["THEO DÕI TIẾN ĐỘ THỰC HIỆN DỰ ÁN 8"],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch giai đoạn", "Năm 2022", "Năm 2023", "6 tháng đầu năm 2024", "Lũy kế", "Tỷ lệ (%)"],
    ["1", "Thành lập mới Tổ truyền thông cộng đồng", "tổ", 40, 8, 12, 6, "=SUM(E4:G4)", 65],
    ["KP", "Kinh phí truyền thông", "triệu đồng", 800, 200, kp2023, 160, cumulative, rate],
  ]);
}

test.each<[string, Typed, Typed, number, [string, string][]]>([
  ["as typed in triệu", 150, "=SUM(E5:G5)", 63.75, []],
  ["2023 typed in đồng, Lũy kế a SUM", 150000000, "=SUM(E5:G5)", 63.75, [["invalid-value", "F5"]]],
  ["2023 typed in đồng, Lũy kế typed right", 150000000, 510, 63.75, [["invalid-value", "F5"]]],
])("%s", (_name, kp2023, cumulative, rate, expected) => {
  const { report } = checkWorkbook({ sheets: [ALLOCATION, PLAN, progress(kp2023, cumulative, rate)] }, { workbookName: "x.xlsx" });
  const found = report.findings.filter((f) => f.sheet === "Tiến độ");
  expect(found.map((f) => [f.rule, f.cell])).toEqual(expected);
  if (expected.length > 0) expect(found[0].message.vi).toContain("đơn vị khác");
});
