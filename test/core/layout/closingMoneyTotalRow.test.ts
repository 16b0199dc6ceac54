/**
 * Areas across the columns, plan lines as rows, the money section numbered
 * from 1 again and closed by a `Cộng kinh phí` row adding up its lines: the
 * section's total, not a line the plan lacks — nothing told on a clean sheet,
 * its wrong sum told at its cell.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = planOf(
  [
    { code: "1", name: "Số CLB thành lập mới", unit: "CLB", target: 5 },
    { code: "2", name: "Kinh phí tập huấn", unit: "triệu đồng", target: 150 },
    { code: "3", name: "Kinh phí truyền thông", unit: "triệu đồng", target: 50 },
  ],
  { "Ba Vì": ["Ba Trại", "Tản Lĩnh"], "Phúc Thọ": ["Hát Môn", "Vân Phúc"] },
);

function read(closing: number) {
  const rows: CellValue[][] = [
    ["STT", "Nội dung", "ĐVT", "Tổng số", "Huyện Ba Vì", null, null, "Huyện Phúc Thọ", null, null],
    [null, null, null, null, "Cộng", "Xã Ba Trại", "Xã Tản Lĩnh", "Cộng", "Xã Hát Môn", "Xã Vân Phúc"],
    ["I", "Chỉ tiêu", null, null, null, null, null, null, null, null],
    [1, "Số CLB thành lập mới", "CLB", 5, 3, 1, 2, 2, 1, 1],
    ["II", "Kinh phí (triệu đồng)", null, null, null, null, null, null, null, null],
    [1, "Kinh phí tập huấn", "triệu đồng", 150, 90, 50, 40, 60, 30, 30],
    [2, "Kinh phí truyền thông", "triệu đồng", 50, 30, 20, 10, 20, 10, 10],
    [null, "Cộng kinh phí", "triệu đồng", closing, 120, 70, 50, 80, 40, 40],
  ];
  const data = workbook(sheet("Phân bổ", rows, { merges: ["E1:G1", "H1:J1", "A1:A2", "B1:B2", "C1:C2", "D1:D2"] }));
  return toJsonReport(checkWorkbook(data, { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report);
}

test("the closing row of the money section is its total, nothing told", () => {
  expect(read(200).findings).toEqual([]);
});

test("its figure not the section's sum: told at its cell", () => {
  expect(read(210).findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`)).toEqual(["subtotal@D8"]);
});
