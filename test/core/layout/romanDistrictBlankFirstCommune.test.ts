/**
 * A district `II | Huyện Than Uyên` whose `SUM` starts right below it and stops
 * short of its last commune, its first commune bare, blank on the count line
 * but holding a rate on the percent line, the grand total adding up the
 * communes: the district stays a group over both communes (its Roman STT, its
 * prefix and its `SUM` all say so) — one `subtotal` finding at its cell, the
 * bare commune never read as a group over the next (CONTRACT §2, levels).
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = readPlanJson(
  {
    title: "Kế hoạch thử",
    indicators: [
      { code: "1", name: "Địa chỉ tin cậy tại cộng đồng", unit: "địa chỉ", target: 10 },
      { code: "2", name: "Tỷ lệ hộ gia đình được tiếp cận thông tin", unit: "%", target: 73 },
    ],
    areas: [],
  },
  "plan.json",
);

/** Than Uyên (row 5) over a bare commune (row 6) and a prefixed one (row 7); `first` the bare commune's count. */
function rows(first: CellValue, bacHa: number, thanUyen: number): CellValue[][] {
  return [
    ["STT", "Địa bàn", "Địa chỉ tin cậy tại cộng đồng", null, "Tỷ lệ hộ gia đình được tiếp cận thông tin (%)"],
    ["I", "Huyện Bắc Hà", bacHa],
    [null, "Xã Sính Phình", bacHa, null, 79],
    [null, "Xã Nậm Lúc", null, null, 78],
    ["II", "Huyện Than Uyên", thanUyen],
    [null, "Minh Lương", first, null, 92],
    [null, "Xã Cán Tỷ", 3, null, 75],
    [null, "Tổng cộng", 10],
  ];
}

test.each<[string, CellValue, number, number, string[]]>([
  ["the SUM stopping short of its last commune, the bare commune blank", null, 7, 0, ["subtotal@C5"]],
  ["the SUM stopping short of its last commune, the bare commune allocated", 2, 5, 2, ["subtotal@C5"]],
  ["the SUM over both communes, the bare commune blank", null, 7, 3, []],
])("%s: the district a group over both communes", (_name, first, bacHa, thanUyen, findings) => {
  const data = sheet("Phân bổ", rows(first, bacHa, thanUyen), { formulas: { C5: findings.length > 0 ? "SUM(C6:C6)" : "SUM(C6:C7)" } });
  const { report } = checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" });
  const areas = report.reading!.areas;
  const parentOf = (name: string): string | null => {
    const a = areas.find((x) => x.name === name)!;
    return a.parent === null ? null : areas[a.parent].name;
  };
  expect(parentOf("Minh Lương")).toBe("Huyện Than Uyên");
  expect(parentOf("Xã Cán Tỷ")).toBe("Huyện Than Uyên");
  expect(report.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`)).toEqual(findings);
});
