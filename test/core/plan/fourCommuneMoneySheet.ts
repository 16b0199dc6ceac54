/**
 * Four communes in two districts, one tổ truyền thông each, and the
 * allocation sheet of a count line with its money beside it (`Số lượng (tổ)`
 * | `Kinh phí (triệu đồng)` merged under the line's name), its district and
 * grand totals typed as the communes' sums: the money at D5, D6, D8 and D9.
 */
import type { CellValue, SheetData } from "../../../src/core/model/workbook";

/** The four communes as the plan sheet lists them, under `Huyện | Xã`. */
export const fourCommuneRows: CellValue[][] = [
  ["Ba Vì", "Khánh Thượng"],
  ["Ba Vì", "Minh Quang"],
  ["Quốc Oai", "Phú Mãn"],
  ["Quốc Oai", "Đông Xuân"],
];

/** The allocation sheet `Phân bổ` with each commune's money as given. */
export function fourCommuneMoneyAllocation(money: readonly [number, number, number, number]): SheetData {
  const sum = (cells: readonly number[]): number => cells.reduce((a, b) => a + b, 0);
  return {
    name: "Phân bổ",
    merges: [{ top: 0, left: 2, bottom: 0, right: 3 }, { top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 1, bottom: 1, right: 1 }],
    values: [
      ["STT", "Đơn vị", "Thành lập tổ truyền thông cộng đồng", null],
      [null, null, "Số lượng (tổ)", "Kinh phí (triệu đồng)"],
      [null, "Tổng cộng", 4, sum(money)],
      ["I", "Huyện Ba Vì", 2, money[0] + money[1]],
      [1, "Xã Khánh Thượng", 1, money[0]],
      [2, "Xã Minh Quang", 1, money[1]],
      ["II", "Huyện Quốc Oai", 2, money[2] + money[3]],
      [1, "Xã Phú Mãn", 1, money[2]],
      [2, "Xã Đông Xuân", 1, money[3]],
    ],
  };
}
