/**
 * A row with no name and no figure, only text over the figures' columns
 * (`Trang 1/2` typed at a page break, a remark): nothing to count, so no
 * area and nothing said — while a nameless row holding a figure is still
 * said (its figure counted in no total).
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { planOf } from "../../helpers/allocationFixture";
import { sheet } from "./sheetBuilder";

const PLAN = planOf(
  [
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 4 },
    { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 400 },
  ],
  { "Quốc Oai": ["Phú Mãn", "Đông Xuân"], "Mỹ Đức": ["An Phú", "Hợp Tiến"] },
);

function read(middle: CellValue[]) {
  const rows: CellValue[][] = [
    ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"],
    [null, "Tổng cộng", 4, 400],
    ["I", "Huyện Quốc Oai", 2, 200],
    [1, "Xã Phú Mãn", 1, 100],
    [2, "Xã Đông Xuân", 1, 100],
    middle,
    ["II", "Huyện Mỹ Đức", 2, 200],
    [1, "Xã An Phú", 1, 100],
    [2, "Xã Hợp Tiến", 1, 100],
  ];
  return toJsonReport(checkWorkbook({ sheets: [sheet("Phân bổ", rows)] }, { plan: PLAN, workbookName: "x.xlsx" }).report);
}

test.each<[string, CellValue[], string[]]>([
  ["`Trang 1/2` in the last column", [null, null, null, "Trang 1/2"], []],
  ["a remark over the figures", [null, null, "chuyển sang trang sau", null], []],
  ["a nameless figure: said", [null, null, 1, null], ["6"]],
])("%s", (_name, middle, nameless) => {
  const report = read(middle);
  expect(report.reading!.ignored.filter((i) => i.why === "no name").map((i) => i.at)).toEqual(nameless);
  expect(report.reading!.areas.filter((a) => a.role === "leaf")).toHaveLength(4);
  expect(report.findings.filter((f) => f.rule !== "coverage" || nameless.length === 0)).toEqual([]);
  expect(report.reading!.confidence.level).toBe(nameless.length === 0 ? "high" : "low");
});
