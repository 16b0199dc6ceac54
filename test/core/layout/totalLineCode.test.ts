/**
 * A total line labelled only `Tổng số` / `Cộng` with a plan parent's code
 * (`KP`) is that plan line: matched by its code, and its cells checked against
 * the plan children's lines wherever they sit.
 */
import { BUDGET_PARENT_PLAN, sheet, transposeSheet } from "./sheetBuilder";
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";


const PLAN = BUDGET_PARENT_PLAN;

const HEADER: CellValue[] = ["Mã", "Nội dung", "ĐVT", "Tổng số", "Ba Vì", "Thạch Thất"];
const TO: CellValue[] = ["1", "Thành lập tổ truyền thông cộng đồng", "tổ", 6, 3, 3];
const KP1: CellValue[] = ["KP.1", "Kinh phí truyền thông", "triệu đồng", 200, 100, 100];
const KP2: CellValue[] = ["KP.2", "Kinh phí tập huấn", "triệu đồng", 100, 50, 50];
const total = (label: string): CellValue[] => ["KP", label, "triệu đồng", 300, 160, 140];

describe("`KP | Tổng số`: the parent's total line, by its code (areas as rows: a code row led by `Mã`)", () => {
  test.each([
    ["`Tổng số` before its parts", [HEADER, total("Tổng số"), KP1, KP2, TO], 2],
    ["`Cộng` after its parts", [HEADER, KP1, KP2, total("Cộng"), TO], 4],
    ["`TỔNG CỘNG` with a count line between its parts", [HEADER, KP1, TO, KP2, total("TỔNG CỘNG")], 5],
  ])("%s", (_name, rows, totalRow) => {
    for (const allocation of [sheet("Phân bổ", rows as CellValue[][]), transposeSheet(sheet("Phân bổ", rows as CellValue[][]))]) {
      const { report } = checkWorkbook({ sheets: [PLAN, allocation] }, { workbookName: "x.xlsx" });
      const rowsAxis = report.orientation === "indicators-as-rows";
      const at = (r: number, c: number) => (rowsAxis ? `${"ABCDEF"[c]}${r}` : `${"ABCDEF"[r - 1]}${c + 1}`);
      expect(report.reading!.lines.find((l) => l.code === "KP")).toMatchObject({ how: "code", at: rowsAxis ? String(totalRow) : "ABCDEF"[totalRow - 1] });
      expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([
        ["subtotal", at(totalRow, 4)],
        ["subtotal", at(totalRow, 5)],
      ].sort((a, b) => (rowsAxis ? 0 : a[1] < b[1] ? -1 : 1)));
    }
  });
});
