/**
 * A district's only commune named like a commune of the district above
 * (`Xã Tân Lập` in both), closed by a `Cộng huyện` row as the first district
 * is: one more district, not a block listing the areas above again — a
 * district's `Cộng huyện` repeats by nature and names no area.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { planOf } from "../../helpers/allocationFixture";
import { sheet } from "./sheetBuilder";

const PLAN = planOf(
  [
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
    { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 1200 },
  ],
  { "Quốc Oai": ["Phú Mãn", "Tân Lập"], "Mỹ Đức": ["Tân Lập"] },
);

interface Got {
  indicators: { code: string; allocated: number | null }[];
  findings: unknown[];
  reading: { areas: { at: string; role: string }[]; confidence: { level: string; reasons: string[] } };
}

test.each(["Cộng huyện", "Tổng huyện", "Cộng"])("a shared commune name, then `%s` under each district: one table, read surely", (sub) => {
  const rows: CellValue[][] = [
    ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"],
    [null, "Huyện Quốc Oai"],
    [1, "Xã Phú Mãn", 3, 300],
    [2, "Xã Tân Lập", 3, 300],
    [null, sub, 6, 600],
    [null, "Huyện Mỹ Đức"],
    [3, "Xã Tân Lập", 6, 600],
    [null, sub, 6, 600],
  ];
  const json: unknown = toJsonReport(checkWorkbook({ sheets: [sheet("Phân bổ", rows)] }, { plan: PLAN, workbookName: "x.xlsx" }).report, "en");
  const got = (typeof json === "string" ? JSON.parse(json) : json) as Got;
  expect(got.indicators.map((i) => [i.code, i.allocated])).toEqual([["1", 12], ["2", 1200e6]]);
  expect(got.findings).toEqual([]);
  expect(got.reading.areas.map((a) => [a.at, a.role])).toEqual([["2", "group"], ["3", "leaf"], ["4", "leaf"], ["5", "subtotal"], ["6", "group"], ["7", "leaf"], ["8", "subtotal"]]);
  expect(got.reading.confidence.reasons).toEqual([]);
});
