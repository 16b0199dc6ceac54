/**
 * The plan and figures the staff-shape reading tests share: three lines (2
 * tổ, 1 CLB, 200 triệu đồng to each commune), two districts — Quốc Oai
 * holding three communes, Mỹ Đức two — and the usual header row.
 */
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";

export const LINES = [
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 10 },
  { code: "2", name: "Câu lạc bộ thủ lĩnh của sự thay đổi", unit: "CLB", target: 5 },
  { code: "3", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 1000 },
];
export const PLAN = planOf(LINES, { "Quốc Oai": ["Phú Mãn", "Đông Xuân", "Đông Yên"], "Mỹ Đức": ["An Phú", "Hợp Tiến"] });
export const NO_AREAS = planOf(LINES);
export const COMMUNES = ["Phú Mãn", "Đông Xuân", "Đông Yên", "An Phú", "Hợp Tiến"];
/** Each commune's figures: 2 tổ, 1 CLB, 200 triệu đồng; Quốc Oai holds three, Mỹ Đức two. */
export const ONE: CellValue[] = [2, 1, 200];
export const QO: CellValue[] = [6, 3, 600];
export const MD: CellValue[] = [4, 2, 400];
export const ALL: CellValue[] = [10, 5, 1000];
export const BLANK: CellValue[] = [null, null, null];
export const HDR: CellValue[] = ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "CLB thủ lĩnh của sự thay đổi (CLB)", "Kinh phí hỗ trợ (triệu đồng)"];
