/**
 * The allocation sheet the error-value name tests share: a title, a header row (row 2), then the areas from row 3
 * (B3 the total, B4 Ba Vì, B5 Ba Trại, B6 Vân Hòa, B7 Quốc Oai), checked against a two-line plan sheet and, when
 * asked, the plan's list of areas on `Địa bàn`.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";

export type Row = CellValue[];

export const PLAN: Row[] = [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["1", "Tổ truyền thông cộng đồng", "tổ", 12],
  ["2", "Câu lạc bộ phụ nữ khởi nghiệp", "CLB", 6],
];
const AREAS: Row[] = [["Huyện", "Xã"], ["Ba Vì", "Ba Trại"], ["Ba Vì", "Vân Hòa"], ["Quốc Oai", "Sài Sơn"], ["Quốc Oai", "Cấn Hữu"]];

/** The sheet with area names (by row) and line headers (by column index) replaced. */
export function errorNameSheet(names: Partial<Record<number, CellValue>>, headers: Partial<Record<number, CellValue>> = {}): Row[] {
  const header: Row = ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Câu lạc bộ phụ nữ khởi nghiệp"];
  for (const [col, value] of Object.entries(headers)) header[Number(col)] = value ?? null;
  const rows: Row[] = [
    [null, "Tổng cộng", 12, 6],
    ["I", "Huyện Ba Vì", 6, 3],
    [1, "Xã Ba Trại", 3, 1],
    [2, "Xã Vân Hòa", 3, 2],
    ["II", "Huyện Quốc Oai", 6, 3],
    [1, "Xã Sài Sơn", 3, 2],
    [2, "Xã Cấn Hữu", 3, 1],
  ];
  for (const [row, value] of Object.entries(names)) rows[Number(row) - 3][1] = value ?? null;
  return [["BIỂU PHÂN BỔ CHỈ TIÊU NĂM 2024", null, null, null], header, ...rows];
}

/** The report of `values` as the allocation sheet, with the plan's list of areas unless `areas` is false. */
export function checkErrorNames(values: Row[], areas = true) {
  const sheets: SheetData[] = [
    { name: "Kế hoạch", merges: [], values: PLAN },
    { name: "Phân bổ", merges: [], values },
    ...(areas ? [{ name: "Địa bàn", merges: [], values: AREAS }] : []),
  ];
  return checkWorkbook({ sheets }, { workbookName: "x.xlsx" }).report;
}
