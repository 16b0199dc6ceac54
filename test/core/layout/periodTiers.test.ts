/**
 * An allocation split by period down the rows: `Năm 2024`, then the
 * districts and communes, `Năm 2025`, then the same again. The period row is
 * a tier over the areas after it (a heading when its figures are blank), not
 * an area of its own nor a commune of the district before it, so the areas
 * repeated in the next period are no duplicates.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { DISTRICTS, PLAN, shapeRows } from "./areaShapes";
import { sheet, workbook } from "./sheetBuilder";

const TWICE = readPlanJson(
  {
    title: "Kế hoạch thử",
    indicators: PLAN.lines.map((l) => ({ code: l.code, name: l.name, unit: l.unit, target: l.code === "3" ? 360 : 18 })),
    areas: DISTRICTS.flatMap(([district, communes]) => communes.map((commune) => ({ district, commune }))),
  },
  "plan.json",
);

/** One period's rows: the plain sheet's districts and communes (its header, title and grand total left out). */
const periodRows = (): CellValue[][] => shapeRows().slice(4);

describe("rows split by period", () => {
  test.each<[string, (label: string) => CellValue[], boolean]>([
    ["`Năm 2024` rows with blank figures, no grand total", (label) => [null, label], false],
    ["`Năm 2024` rows with their subtotals under a grand total", (label) => [null, label, 9, 9, 180], true],
    ["`Giai đoạn …` rows with blank figures", (label) => [null, label.replace("Năm", "Giai đoạn")], false],
  ])("%s", (_name, periodRow, total) => {
    const header = shapeRows()[2];
    const body = [...(total ? [[null, "Tổng cộng", 18, 18, 360]] : []), periodRow("Năm 2024"), ...periodRows(), periodRow("Năm 2025"), ...periodRows()];
    const result = checkWorkbook(workbook(sheet("Phân bổ", [["BIỂU PHÂN BỔ"], [], header, ...body])), { workbookName: "t.xlsx", plan: TWICE, sheet: "Phân bổ" });
    const areas = result.report.reading!.areas;
    const periods = areas.filter((a) => /^(Năm|Giai đoạn) 202[45]$/.test(a.name));
    expect(periods.map((a) => a.role)).toEqual(total ? ["group", "group"] : ["heading", "heading"]);
    // Every district sits under a period row, every commune under a district.
    for (const area of areas.filter((a) => a.name.startsWith("Huyện "))) expect(periods).toContain(areas[area.parent!]);
    for (const area of areas.filter((a) => a.name.startsWith("Xã "))) expect(areas[area.parent!].name.startsWith("Huyện ")).toBe(true);
    expect(result.report.findings.map((f) => f.rule)).toEqual([]);
  });
});
