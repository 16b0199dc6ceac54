/**
 * The plan and allocation the unit-slip tests share: a team count and a money
 * line in triệu đồng over four districts, every total a SUM — so the only
 * cause on the workbook is the one a test plants in its results.
 */
import { sheet } from "../layout/sheetBuilder";
import { formulaSheet } from "../rules/formulaSheet";

export const MONEY_LINE_PLAN = sheet("Kế hoạch", [
  ["KẾ HOẠCH THỰC HIỆN DỰ ÁN 8 GIAI ĐOẠN 2022 - 2025"],
  [],
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["1", "Thành lập mới Tổ truyền thông cộng đồng", "tổ", 40],
  ["KP", "Kinh phí truyền thông", "triệu đồng", 800],
]);

export const MONEY_LINE_DISTRICTS = ["Huyện Mường Lát", "Huyện Quan Sơn", "Huyện Lang Chánh", "Huyện Bá Thước"];

export const MONEY_LINE_ALLOCATION = formulaSheet("Phân bổ", [
  ["TT", "Đơn vị", "Thành lập mới Tổ truyền thông cộng đồng", "Kinh phí truyền thông (triệu đồng)"],
  [null, "Tổng cộng", "=SUM(C3:C6)", "=SUM(D3:D6)"],
  ...MONEY_LINE_DISTRICTS.map((name, i) => [i + 1, name, 10, 200]),
]);
