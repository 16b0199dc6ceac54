/**
 * One cause, one finding on a line-level progress table: a parent line's
 * period figure (`Tổng kinh phí`, 2022) typed off its children's sum puts
 * its `Lũy kế` (a SUM over the periods) and so its percent of plan off too.
 * `subtotal` tells the period cell; the typed rate, right by what the
 * children achieved, is not told again. A rate off the children too is a
 * mistake of its own.
 */
import { checkWorkbook } from "../../../src/core/check";
import { sheet } from "../layout/sheetBuilder";
import { formulaSheet, type Typed } from "../rules/formulaSheet";

const PLAN = sheet("Kế hoạch", [
  ["KẾ HOẠCH THỰC HIỆN DỰ ÁN 8 GIAI ĐOẠN 2022 - 2025"],
  [],
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["1", "Thành lập mới Tổ truyền thông cộng đồng", "tổ", 40],
  ["KP", "Tổng kinh phí", "triệu đồng", 1200],
  ["KP.1", "Kinh phí truyền thông", "triệu đồng", 800],
  ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400],
]);

const ALLOCATION = formulaSheet("Phân bổ", [
  ["TT", "Đơn vị", "Thành lập mới Tổ truyền thông cộng đồng", "Tổng kinh phí (triệu đồng)", "Kinh phí truyền thông", "Kinh phí tập huấn"],
  [null, "Tổng cộng", "=SUM(C3:C6)", "=SUM(D3:D6)", "=SUM(E3:E6)", "=SUM(F3:F6)"],
  [1, "Huyện Mường Lát", 10, "=E3+F3", 200, 100],
  [2, "Huyện Quan Sơn", 10, "=E4+F4", 200, 100],
  [3, "Huyện Lang Chánh", 10, "=E5+F5", 200, 100],
  [4, "Huyện Bá Thước", 10, "=E6+F6", 200, 100],
]);

/** The parent's 2022 figure and its typed rate. */
function progress(kp2022: Typed, rate: number) {
  return formulaSheet("Tiến độ", [
    ["THEO DÕI TIẾN ĐỘ THỰC HIỆN DỰ ÁN 8"],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch giai đoạn", "Năm 2022", "Năm 2023", "6 tháng đầu năm 2024", "Lũy kế", "Tỷ lệ (%)"],
    ["1", "Thành lập mới Tổ truyền thông cộng đồng", "tổ", 40, 8, 12, 6, "=SUM(E4:G4)", 65],
    ["KP", "Tổng kinh phí", "triệu đồng", 1200, kp2022, "=F6+F7", "=G6+G7", "=SUM(E5:G5)", rate],
    ["KP.1", "Kinh phí truyền thông", "triệu đồng", 800, 150, 300, 100, "=SUM(E6:G6)", 68.75],
    ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400, 50, 150, 50, "=SUM(E7:G7)", 62.5],
  ]);
}

test.each<[string, Typed, number, [string, string][]]>([
  ["as the children add up", "=E6+E7", 66.67, []],
  ["2022 typed 210 for 200, the rate right by the children", 210, 66.67, [["subtotal", "E5"]]],
  ["2022 typed 210, the rate off the children too", 210, 60, [["subtotal", "E5"], ["rate", "I5"]]],
])("%s", (_name, kp2022, rate, expected) => {
  const { report } = checkWorkbook({ sheets: [ALLOCATION, PLAN, progress(kp2022, rate)] }, { workbookName: "x.xlsx" });
  expect(report.findings.filter((f) => f.sheet === "Tiến độ" && f.rule !== "pace").map((f) => [f.rule, f.cell])).toEqual(expected);
});
