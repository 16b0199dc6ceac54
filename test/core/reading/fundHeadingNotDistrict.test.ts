/**
 * A fund's heading (`Vốn sự nghiệp`, `Nguồn vốn đầu tư`) over communes that
 * the plan lists under one district is no district misspelt: nothing says it
 * is read as that district, and no coverage warning is given at it. A
 * district's name misspelt over the same communes still is.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet } from "../layout/sheetBuilder";

const PLAN = planOf([{ code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 }], { "Ba Vì": ["Ba Trại", "Tản Lĩnh", "Minh Quang", "Yên Bình"] });
const communes: CellValue[][] = ["Xã Ba Trại", "Xã Tản Lĩnh", "Xã Minh Quang", "Xã Yên Bình"].map((name, i) => [i + 1, name, 3]);

function check(heading: string) {
  const rows: CellValue[][] = [["STT", "Địa bàn", "Tổ truyền thông cộng đồng"], [null, "Tổng cộng", 12], ["A", heading], ...communes];
  return checkWorkbook({ sheets: [sheet("Phân bổ", rows)] }, { plan: PLAN, workbookName: "x.xlsx" }).report;
}

test.each(["Vốn sự nghiệp", "Nguồn vốn đầu tư", "Ngân sách trung ương"])("%s over the communes: nothing said, nothing found", (heading) => {
  const report = check(heading);
  expect(report.findings).toEqual([]);
  expect(report.reading!.confidence).toEqual({ level: "high", reasons: [] });
});

test("a misspelt district over them: read as Ba Vì, said once", () => {
  const report = check("Huyện Ba Vìi");
  expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([["coverage", "B3"]]);
  expect(report.reading!.confidence.reasons.map((r) => r.en)).toEqual([expect.stringContaining("reads it as Ba Vì")]);
});
