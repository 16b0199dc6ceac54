/**
 * A running total on the area axis (`Lũy kế đến 31/12/2024` as a row under
 * the communes, `Lũy kế đến nay` as a column beside the total across): no
 * area and none of its figures allocated — left out and listed as a running
 * total, not a commune of the last district that puts every line over its
 * ceiling and that district's subtotal off.
 */
import { checkWorkbook } from "../../../src/core/check";
import { RUNNING_TOTAL } from "../../../src/core/layout/detectTable";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = planOf([
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 10 },
  { code: "KP", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 1000 },
]);

test.each<[string]>([["Lũy kế đến 31/12/2024"], ["Thực hiện lũy kế"], ["Cộng dồn"]])("a row `%s` under the communes: left out, nothing told", (label) => {
  const rows: CellValue[][] = [
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"],
    [null, "Tổng cộng", 10, 1000],
    ["I", "Huyện Ba Vì", 6, 600],
    [1, "Xã Ba Trại", 2, 200],
    [2, "Xã Tản Lĩnh", 4, 400],
    ["II", "Huyện Thạch Thất", 4, 400],
    [1, "Xã Yên Bình", 2, 200],
    [2, "Xã Yên Trung", 2, 200],
    [null, label, 20, 1900],
  ];
  const report = checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
  expect(report.reading!.areas.map((a) => a.name)).not.toContain(label);
  expect(report.reading!.ignored).toEqual([{ at: "9", header: label, why: RUNNING_TOTAL }]);
  expect(report.reading!.confidence.level).toBe("high");
  expect(report.findings).toEqual([]);
  expect(report.indicators.map((i) => i.allocated)).toEqual([10, 1_000_000_000]);
});

test("a column `Lũy kế đến nay` beside the total, the districts across: left out, nothing told", () => {
  const rows: CellValue[][] = [
    ["TT", "Chỉ tiêu", "ĐVT", "Lũy kế đến nay", "Tổng cộng", "Huyện Ba Vì", "Huyện Thạch Thất"],
    [1, "Tổ truyền thông cộng đồng", "tổ", 20, 10, 6, 4],
    [2, "Kinh phí hỗ trợ", "triệu đồng", 1800, 1000, 600, 400],
  ];
  const report = checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
  expect(report.reading!.ignored).toEqual([{ at: "D", header: "Lũy kế đến nay", why: RUNNING_TOTAL }]);
  expect(report.findings).toEqual([]);
});
