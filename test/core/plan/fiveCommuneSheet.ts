/**
 * An allocation sheet of five communes in two districts (Ba Vì: three,
 * Quốc Oai: two) for one line `Hỗ trợ xã`, its district and grand totals
 * typed as the communes' sums: the figures at C4, C5, C6, C8 and C9.
 */
import type { SheetData } from "../../../src/core/model/workbook";

export type FiveCells = readonly [number, number, number, number, number];

export const fiveCommuneAllocation = (cells: FiveCells): SheetData => ({
  name: "Phân bổ",
  merges: [],
  values: [
    ["STT", "Đơn vị", "Hỗ trợ xã"],
    [null, "Tổng cộng", cells.reduce((a, b) => a + b, 0)],
    ["I", "Huyện Ba Vì", cells[0] + cells[1] + cells[2]],
    [1, "Xã Khánh Thượng", cells[0]],
    [2, "Xã Minh Quang", cells[1]],
    [3, "Xã Ba Trại", cells[2]],
    ["II", "Huyện Quốc Oai", cells[3] + cells[4]],
    [1, "Xã Phú Mãn", cells[3]],
    [2, "Xã Đông Xuân", cells[4]],
  ],
});
