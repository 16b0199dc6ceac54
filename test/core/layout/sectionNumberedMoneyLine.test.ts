/**
 * Areas across the columns, plan lines as rows under section headings
 * (`I. Chỉ tiêu`, `II. Kinh phí (triệu đồng)`), the STT numbering restarting
 * in each section: the money section's first row names a plan line exactly
 * (`Kinh phí thực hiện`) and is read as that line, though its STT `1` is the
 * code of a count line and its name ends in words that can name a stage.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = planOf(
  [
    { code: "1", name: "Số CLB thành lập mới", unit: "CLB", target: 5 },
    { code: "2", name: "Số tổ truyền thông cộng đồng", unit: "tổ", target: 6 },
    { code: "3", name: "Kinh phí thực hiện", unit: "triệu đồng", target: 200 },
    { code: "3.1", name: "Kinh phí tập huấn", unit: "triệu đồng", target: 150 },
    { code: "3.2", name: "Kinh phí truyền thông", unit: "triệu đồng", target: 50 },
  ],
  { "Ba Vì": ["Ba Trại", "Tản Lĩnh"], "Phúc Thọ": ["Hát Môn", "Vân Phúc"] },
);

function rows(moneyTotal: number): CellValue[][] {
  return [
    ["STT", "Nội dung", "ĐVT", "Tổng số", "Huyện Ba Vì", null, null, "Huyện Phúc Thọ", null, null, "Ghi chú"],
    [null, null, null, null, "Cộng", "Xã Ba Trại", "Xã Tản Lĩnh", "Cộng", "Xã Hát Môn", "Xã Vân Phúc", null],
    ["I", "Chỉ tiêu", null, null, null, null, null, null, null, null, null],
    [1, "Số CLB thành lập mới", "CLB", 5, 3, 1, 2, 2, 1, 1, null],
    [2, "Số tổ truyền thông cộng đồng", "tổ", 6, 3, 2, 1, 3, 1, 2, null],
    ["II", "Kinh phí (triệu đồng)", null, null, null, null, null, null, null, null, null],
    [1, "Kinh phí thực hiện", "triệu đồng", moneyTotal, 120, 70, 50, 80, 40, 40, null],
    ["a", "Kinh phí tập huấn", "triệu đồng", 150, 90, 50, 40, 60, 30, 30, null],
    ["b", "Kinh phí truyền thông", "triệu đồng", 50, 30, 20, 10, 20, 10, 10, null],
  ];
}

function read(moneyTotal: number) {
  const data = workbook(sheet("Phân bổ", rows(moneyTotal), { merges: ["E1:G1", "H1:J1", "A1:A2", "B1:B2", "C1:C2", "D1:D2", "K1:K2"] }));
  return toJsonReport(checkWorkbook(data, { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report);
}

describe("a money section numbered from 1 again, its first row naming a plan line", () => {
  test("the row is read as that plan line", () => {
    const report = read(200);
    expect(report.orientation).toBe("indicators-as-rows");
    expect(report.reading!.lines.map((l) => `${l.code}@${l.at}`)).toEqual(["1@4", "2@5", "3@7", "3.1@8", "3.2@9"]);
    expect(report.findings).toEqual([]);
  });

  test("its wrong total is found at its cell", () => {
    const report = read(210);
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["subtotal@D7"]);
  });
});
