/**
 * A money column in triệu right after the names, with no header of its own
 * (the names' header merged over it, or none at all), whose figures all
 * look like years (`2000`, `2050`, `1995`): figures, not a column naming the
 * years a line is split by. Years that name a line's parts come in runs, each
 * the one above plus one (`Tổng | 2026 | 2027`, see periodsBeforeTotal).
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = planOf([
  { code: "KP", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 6045 },
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
]);
const DISTRICTS = ["Huyện Trạm Tấu", "Huyện Mù Cang Chải", "Huyện Văn Chấn"];

test.each<[string, CellValue, string[]]>([
  ["the names' header merged over it", null, ["B1:C1"]],
  ["no header at all", null, []],
])("%s: the districts are the areas, each a leaf; the money is no name", (_name, header, merges) => {
  const rows: CellValue[][] = [
    ["STT", "Đơn vị", header, "Tổ truyền thông cộng đồng"],
    [1, DISTRICTS[0], 2000, 4],
    [2, DISTRICTS[1], 2050, 4],
    [3, DISTRICTS[2], 1995, 4],
  ];
  const report = checkWorkbook(workbook(sheet("Phân bổ", rows, { merges })), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
  expect(report.reading!.areas.map((a) => [a.name, a.role])).toEqual(DISTRICTS.map((d) => [d, "leaf"]));
  expect(report.reading!.labelColumn).toBe("B");
  expect(report.indicators.find((i) => i.code === "1")!.allocated).toBe(12);
});
