/** A money total with two parts in the plan, and the allocation header that types all three: the sheet the parent-line tests build on. */
import type { CellValue } from "../../../src/core/model/workbook";

export const PARENT_LINE_HEADER = ["STT", "Đơn vị", "Tổng kinh phí (triệu đồng)", "Kinh phí truyền thông", "Kinh phí tập huấn"];
export const PARENT_LINE_PLAN: CellValue[][] = [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["KP", "Tổng kinh phí", "triệu đồng", 1200],
  ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600],
  ["KP.2", "Kinh phí tập huấn", "triệu đồng", 600],
];
