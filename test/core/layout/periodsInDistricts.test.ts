/**
 * A district's communes split by year inside the district: `Năm 2024`, its
 * communes, `Năm 2025`, the same communes again — under a district row, or
 * under the district's name merged down a column of its own. Each period is
 * a group of the district (a heading when its figures are blank), so the
 * communes repeated in the next period are no duplicates, and the district
 * stays over them.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const LINES = [
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 20 },
  { code: "2", name: "Câu lạc bộ thủ lĩnh của sự thay đổi", unit: "CLB", target: 24 },
];
const NAMES = LINES.map((l) => l.name);
const BA_VI = ["Xã Ba Trại", "Xã Tản Lĩnh"];
const THACH_THAT = ["Xã Yên Trung", "Xã Yên Bình"];
const FIGURES = [[2, 3], [3, 3], [3, 3], [2, 3]];

/** One district's periods in one label column: `Năm 2024` (its figures or blank), its communes, `Năm 2025`, the same. */
const oneColumn = (communes: string[], periodFigures: boolean): CellValue[][] =>
  ["Năm 2024", "Năm 2025"].flatMap((year, y) => [
    [null, year, ...(periodFigures ? [5, 6] : [null, null])],
    ...communes.map((c, i) => [i + 1, c, ...FIGURES[y * 2 + i]]),
  ]);

/** The same with the district's name merged down a column of its own, the period on the district's first row. */
const twoColumns = (district: string, communes: string[], periodFigures: boolean): CellValue[][] =>
  oneColumn(communes, periodFigures).map((r, i) => [i === 0 ? district : null, ...r.slice(1)]);

const shapes: [string, CellValue[][], string[]][] = [
  [
    "one label column, periods with their figures",
    [["STT", "Đơn vị", ...NAMES], [null, "Tổng cộng", 20, 24], ["I", "Huyện Ba Vì", 10, 12], ...oneColumn(BA_VI, true), ["II", "Huyện Thạch Thất", 10, 12], ...oneColumn(THACH_THAT, true)],
    [],
  ],
  [
    "one label column, periods and districts blank",
    [["STT", "Đơn vị", ...NAMES], [null, "Tổng cộng", 20, 24], [null, "Huyện Ba Vì"], ...oneColumn(BA_VI, false), [null, "Huyện Thạch Thất"], ...oneColumn(THACH_THAT, false)],
    [],
  ],
  [
    "the district merged down a column of its own",
    [["Huyện", "Xã", ...NAMES], ["Tổng cộng", null, 20, 24], ...twoColumns("Ba Vì", BA_VI, true), ...twoColumns("Thạch Thất", THACH_THAT, true)],
    ["A2:B2", "A3:A8", "A9:A14"],
  ],
  [
    "the district merged down, periods blank",
    [["Huyện", "Xã", ...NAMES], ["Tổng cộng", null, 20, 24], ...twoColumns("Huyện Ba Vì", BA_VI, false), ...twoColumns("Huyện Thạch Thất", THACH_THAT, false)],
    ["A2:B2", "A3:A8", "A9:A14"],
  ],
];

describe("communes split by year inside their district", () => {
  test.each(shapes)("%s", (_name, rows, merges) => {
    const result = checkWorkbook(workbook(sheet("Phân bổ", [["BIỂU PHÂN BỔ"], [], ...rows], { merges: merges.map((m) => m.replace(/\d+/g, (n) => String(Number(n) + 2))) })), {
      workbookName: "t.xlsx",
      plan: planOf(LINES),
      sheet: "Phân bổ",
    });
    const areas = result.report.reading!.areas;
    const periods = areas.filter((a) => /^Năm 202[45]$/.test(a.name));
    expect(periods).toHaveLength(4);
    for (const p of periods) expect(areas[p.parent!].name).toMatch(/Ba Vì|Thạch Thất/);
    for (const a of areas.filter((x) => x.name.startsWith("Xã "))) expect(areas[a.parent!].name).toMatch(/^Năm 202[45]$/);
    expect(result.report.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
  });
});
