/**
 * One cause, one finding on a line-level progress table: one period cell of a
 * money line in `triệu đồng` typed in đồng (150000000 among 150-ish figures)
 * is told at that cell as typed in another unit, and the typed `Lũy kế`,
 * rate, overspend and pace it alone puts off are not told again.
 */
import { checkWorkbook } from "../../../src/core/check";
import { sheet } from "../layout/sheetBuilder";
import { formulaSheet, type Typed } from "../rules/formulaSheet";
import { MONEY_LINE_ALLOCATION, MONEY_LINE_PLAN } from "./moneyLineWorkbook";

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
  const { report } = checkWorkbook({ sheets: [MONEY_LINE_ALLOCATION, MONEY_LINE_PLAN, progress(kp2023, cumulative, rate)] }, { workbookName: "x.xlsx" });
  const found = report.findings.filter((f) => f.sheet === "Tiến độ");
  expect(found.map((f) => [f.rule, f.cell])).toEqual(expected);
  if (expected.length > 0) expect(found[0].message.vi).toContain("đơn vị khác");
});

const PARENT_PLAN = sheet("Kế hoạch", [
  ["KẾ HOẠCH THỰC HIỆN DỰ ÁN 8 GIAI ĐOẠN 2022 - 2025"],
  [],
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["KP", "Tổng kinh phí", "triệu đồng", 1200],
  ["KP.1", "Kinh phí truyền thông", "triệu đồng", 800],
  ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400],
]);

const PARENT_ALLOCATION = formulaSheet("Phân bổ", [
  ["TT", "Đơn vị", "Tổng kinh phí (triệu đồng)", "Kinh phí truyền thông", "Kinh phí tập huấn"],
  [null, "Tổng cộng", "=SUM(C3:C6)", "=SUM(D3:D6)", "=SUM(E3:E6)"],
  [1, "Huyện Mường Lát", "=D3+E3", 200, 100],
  [2, "Huyện Quan Sơn", "=D4+E4", 200, 100],
  [3, "Huyện Lang Chánh", "=D5+E5", 200, 100],
  [4, "Huyện Bá Thước", "=D6+E6", 200, 100],
]);

test.each<[string, Typed, [string, string][]]>([
  ["a child's period typed in triệu", 150, []],
  // The parent's `=F5+F6` and its `Lũy kế` carry the slip: not told again at the parent.
  ["a child's period typed in đồng", 150000000, [["invalid-value", "F5"]]],
])("parent line: %s", (_name, kp1, expected) => {
  const progress = formulaSheet("Tiến độ", [
    ["THEO DÕI TIẾN ĐỘ THỰC HIỆN DỰ ÁN 8"],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch giai đoạn", "Năm 2022", "Năm 2023", "6 tháng đầu năm 2024", "Lũy kế", "Tỷ lệ (%)"],
    ["KP", "Tổng kinh phí", "triệu đồng", 1200, "=E5+E6", "=F5+F6", "=G5+G6", "=SUM(E4:G4)", 63.75],
    ["KP.1", "Kinh phí truyền thông", "triệu đồng", 800, 200, kp1, 160, "=SUM(E5:G5)", 63.75],
    ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400, 100, 80, 75, "=SUM(E6:G6)", 63.75],
  ]);
  const { report } = checkWorkbook({ sheets: [PARENT_ALLOCATION, PARENT_PLAN, progress] }, { workbookName: "x.xlsx" });
  expect(report.findings.filter((f) => f.sheet === "Tiến độ").map((f) => [f.rule, f.cell])).toEqual(expected);
});
