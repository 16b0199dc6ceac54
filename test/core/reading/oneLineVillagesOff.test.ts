/**
 * A sheet of one plan line, three levels numbered (`1 | Phong Thổ`, `1.1 |
 * Nghĩa Đô`, `1.1.1 | Bản Mới`), where a commune's figure is not its
 * villages' sum: a single line cannot tell by its sums alone whether the
 * villages are the commune's parts or areas beside it, so the reading says
 * it is unsure.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "../layout/sheetBuilder";

const PLAN = readPlanJson({ title: "Kế hoạch thử", indicators: [{ code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 6 }], areas: [] }, "plan.json");

function rows(banMoi: number): CellValue[][] {
  return [
    ["BIỂU PHÂN BỔ CHỈ TIÊU DỰ ÁN 8 NĂM 2026"],
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)"],
    [null, "Tổng cộng", 6],
    ["1", "Phong Thổ", 4],
    ["1.1", "Nghĩa Đô", 2],
    ["1.1.1", "Bản Mới", banMoi],
    ["1.1.2", "Bản Cuông", 1],
    ["1.2", "Trung Thu", 2],
    ["1.2.1", "Bản Sáng", 1],
    ["1.2.2", "Bản Tủa", 1],
    ["2", "Sìn Hồ", 2],
    ["2.1", "Tả Phìn", 2],
    ["2.1.1", "Bản Pho", 1],
    ["2.1.2", "Bản Hồng", 1],
  ];
}

const check = (banMoi: number) => checkWorkbook(workbook(sheet("Phân bổ", rows(banMoi))), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;

test("villages that add up: read as parts of their communes, sure", () => {
  const report = check(1);
  expect(report.reading!.areas.filter((a) => a.role === "leaf").map((a) => a.name)).toEqual(["Nghĩa Đô", "Trung Thu", "Tả Phìn"]);
  expect(report.reading!.confidence.level).toBe("high");
});

test("a village mistyped: the reading is said to be unsure", () => {
  const report = check(2);
  const reasons = report.reading!.confidence.reasons.map((r) => r.en);
  expect(reasons.filter((r) => r.startsWith('Row 5 "Nghĩa Đô": the commune\'s figure differs'))).toHaveLength(1);
  expect(report.reading!.confidence.level).not.toBe("high");
  expect(report.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`)).toEqual(["subtotal@C5"]);
});
