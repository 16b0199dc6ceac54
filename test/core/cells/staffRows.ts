/** A plan of 2024 and an allocation sheet of four communes under two districts, its rows given; the findings as `rule/severity@cell`. */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { planSheet, sheet, workbook } from "../progress/fixtures";

const HEADER = ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Tỷ lệ hộ gia đình được tuyên truyền (%)", "Kinh phí truyền thông (triệu đồng)", "Kinh phí tập huấn (triệu đồng)"];

export function findingsOf(rows: CellValue[][]): string[] {
  const allocation = sheet("Phân bổ", [["BIỂU PHÂN BỔ"], [], HEADER, ...rows]);
  const report = toJsonReport(checkWorkbook(workbook(planSheet("KẾ HOẠCH năm 2024"), allocation), { workbookName: "t.xlsx" }).report);
  return report.findings.map((f) => `${f.rule}/${f.severity}@${f.cell}`);
}

/** Per commune: [teams, rate %, KP.1, KP.2 (triệu đồng)]; the districts' and the grand total's rows as given, else typed right. */
export const rows = (ba: CellValue[], ta: CellValue[], district: CellValue[] = [4, null, 300, 200], total: CellValue[] = [8, null, 600, 400]): CellValue[][] => [
  [null, "Tổng cộng", ...total],
  ["I", "Huyện Ba Vì", ...district],
  [1, "Xã Ba Trại", ...ba],
  [2, "Xã Tản Lĩnh", ...ta],
  ["II", "Huyện Quốc Oai", 4, null, 300, 200],
  [3, "Xã Phú Mãn", 2, 80, 150, 100],
  [4, "Xã Sài Sơn", 2, 90, 150, 100],
];
