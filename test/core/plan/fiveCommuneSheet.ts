/**
 * Five communes in two districts, and an allocation sheet of them: the
 * plan's area list as rows of a plan sheet (`Huyện | Xã`) and as plan.json
 * areas; the allocation sheet in two districts (Ba Vì: three,
 * Quốc Oai: two) for one line `Hỗ trợ xã`, its district and grand totals
 * typed as the communes' sums: the figures at C4, C5, C6, C8 and C9.
 */
import type { CellValue, SheetData } from "../../../src/core/model/workbook";

const FIVE = [
  ["Ba Vì", "Khánh Thượng"],
  ["Ba Vì", "Minh Quang"],
  ["Ba Vì", "Ba Trại"],
  ["Quốc Oai", "Phú Mãn"],
  ["Quốc Oai", "Đông Xuân"],
] as const;

/** The five communes as the plan sheet lists them, under `Huyện | Xã`. */
export const fiveCommuneRows: CellValue[][] = FIVE.map(([district, commune]) => [district, commune]);

/** The five communes as plan.json lists them. */
export const fiveCommuneAreas = FIVE.map(([district, commune]) => ({ district, commune }));

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
