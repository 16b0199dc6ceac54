/**
 * A percent line's lowest value is its communes': the province's own share
 * and the reserve (`Cấp tỉnh`, `Văn phòng Hội`, `Dự phòng`) leave a percent
 * cell blank without making the line's lowest 0 — in the check's result and
 * in the summary's value and formula alike.
 */
import { checkWorkbook } from "../../../src/core/check";
import { buildSummary } from "../../../src/core/summary";
import type { SheetData } from "../../../src/core/model/workbook";
import type { SummaryCell, SummarySheetModel } from "../../../src/core/model/summary";

const plan: SheetData = {
  name: "Kế hoạch",
  merges: [],
  values: [
    ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"],
    ["1", "Kinh phí truyền thông", "triệu đồng", 100],
    ["2", "Tỷ lệ hộ được tư vấn", "%", 80],
  ],
};

function allocation(noPlace: string): SheetData {
  return {
    name: "Phân bổ",
    merges: [],
    values: [
      ["STT", "Đơn vị", "Kinh phí truyền thông (triệu đồng)", "Tỷ lệ hộ được tư vấn (%)"],
      [null, "Tổng cộng", 100, null],
      [1, "Xã An Bình", 30, 85],
      [2, "Xã Tân Lập", 30, 90],
      [3, "Xã Phú Cường", 20, 82],
      [4, noPlace, 20, null],
    ],
  };
}

function lineCell(model: SummarySheetModel, code: string, col: number): SummaryCell | undefined {
  const row = model.cells.find((c) => c.col === 0 && c.value === code)?.row;
  return model.cells.find((c) => c.row === row && c.col === col);
}

describe.each(["Cấp tỉnh", "Văn phòng Hội", "Dự phòng"])("a blank percent cell at `%s`", (noPlace) => {
  const sheets = [allocation(noPlace), plan];
  const run = checkWorkbook({ sheets }, { workbookName: "x.xlsx" });
  const model = buildSummary({ report: run.report, plan: run.plan, table: run.table, areaValues: run.areaValues, workbook: { sheets } });
  const percent = run.report.indicators.find((r) => r.code === "2")!;

  test("the line's lowest value is the communes' (82), not 0", () => {
    expect(percent.allocated).toBe(82);
    expect(lineCell(model, "2", 4)?.value).toBe(82);
  });

  test("the summary's formula takes the lowest over the communes' rows only", () => {
    const formula = lineCell(model, "2", 4)?.formula ?? "";
    const areaRow = model.cells.find((c) => c.col === 1 && c.value === noPlace)!.row;
    const col = formula.match(/SUBTOTAL\(5,([A-Z]+)/)![1];
    expect(formula).toMatch(/^SUBTOTAL\(5,/);
    expect(formula.split(/[,:()]/)).not.toContain(`${col}${areaRow + 1}`);
    // Its money still counts in the line's total.
    expect(run.report.indicators.find((r) => r.code === "1")!.allocated).toBe(100_000_000);
  });
});
