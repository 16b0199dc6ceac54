/**
 * Results sheets of which no period can be read (a `Tiến độ` table headed
 * `Đợt 1`, `Đợt 2`; a `Thực hiện` sheet whose name gives no period): the
 * warning saying why stands, and the report carries no progress keys — not a
 * summary with an empty `asOf` and no periods.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, lineTable, periodSheet, planSheet, workbook } from "./fixtures";

const COMMUNES = [0, 1, 2, 3].map(() => [1, 80, 50, 30]);

test.each<[string, SheetData]>([
  ["a Tiến độ table without a period column", lineTable([["1", "Tổ truyền thông cộng đồng", "tổ", 8, 2, 2, 4]], ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Đợt 1", "Đợt 2", "Lũy kế"])],
  ["a Thực hiện sheet whose name gives no period", periodSheet("Thực hiện đợt 1", COMMUNES)],
])("%s", (_, results) => {
  const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), results), { workbookName: "t.xlsx" }).report);
  expect(report).not.toHaveProperty("progress");
  for (const indicator of report.indicators) expect(indicator).not.toHaveProperty("achieved");
  expect(report.findings.filter((f) => f.sheet === results.name && f.severity === "warning")).toHaveLength(1);
});
