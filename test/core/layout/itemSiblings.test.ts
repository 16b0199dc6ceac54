/**
 * Communes numbered as items of their district (`1.1` … `1.4`) under a
 * `Tổng số huyện …` row that carries no STT of its own, one of them bare
 * (`1.4 | Tả Gia Khâu` after `1.3 | Xã Minh Lương`): the bare one is their
 * sibling, a commune of the same district, even where the district's
 * subtotal is typed wrong on a line so that the sums would add up with it
 * moved out (the arithmetic does not overrule the numbering). The wrong
 * subtotal is told at its own cell.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "./sheetBuilder";

/** Two districts, each a `Tổng số huyện …` row before its communes numbered `d.k`; Bảo Yên's subtotal on the second line typed 1 short. */
function run() {
  const rows: CellValue[][] = [
    ["BIỂU PHÂN BỔ CHỈ TIÊU"],
    ["STT", "Đơn vị", "Cuộc đối thoại chính sách", "Tổ truyền thông cộng đồng", "Số hộ được rà soát (hộ)"],
    [null, "Toàn tỉnh", 28, 8, 29],
    [null, "Tổng số huyện Bảo Yên", 16, 3, 17],
    ["1.1", "Xã Nghĩa Thuận", 7, 1, 7],
    ["1.2", "Xã Nậm Lúc", 3, 1, 5],
    ["1.3", "Xã Minh Lương", 6, 1, 0],
    ["1.4", "Tả Gia Khâu", 0, 1, 5],
    [null, "Tổng số huyện Văn Bàn", 12, 4, 12],
    ["2.1", "Xã Mường Kim", 7, 2, 7],
    ["2.2", "Xã Khánh Yên Hạ", 5, 2, 5],
  ];
  const plan = readPlanJson(
    {
      title: "Kế hoạch thử",
      indicators: [
        { code: "1", name: "Cuộc đối thoại chính sách", unit: "cuộc", target: 28 },
        { code: "2", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 8 },
      ],
    },
    "plan.json",
  );
  return checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" });
}

const shape = (result: ReturnType<typeof run>) => result.report.reading!.areas.map((a) => `${a.at}:${a.role}<${a.parent === null ? "" : result.report.reading!.areas[a.parent].at}`);

test("a bare commune numbered 1.4 after communes 1.1–1.3 named `Xã …` stays in their district; the wrong subtotal is told at it", () => {
  const result = run();
  expect(shape(result)).toEqual(["3:total<", "4:subtotal<3", "5:leaf<4", "6:leaf<4", "7:leaf<4", "8:leaf<4", "9:subtotal<3", "10:leaf<9", "11:leaf<9"]);
  expect(result.report.findings.filter((f) => f.rule !== "unmapped").map((f) => `${f.rule}@${f.cell}`)).toEqual(["subtotal@D4"]);
});
