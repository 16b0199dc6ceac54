/**
 * Bare names with blank figures over bare names with figures, no STT, no
 * prefix, no list of the plan's areas (`Ba Vì` over `Ba Trại`, `Tản Lĩnh`):
 * the blank names are read as districts heading the names after them, and
 * the reading says it is unsure (they may be communes allocated nothing).
 * The union's office before them (`Văn phòng Hội LHPN tỉnh`) or the reserve
 * after them (`Dự phòng`) changes none of it: they are the total's, no
 * commune of the district above — not (before) the whole table read as one
 * flat list with a sure reading, or the reserve read as the last district's
 * commune.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const HEADER: CellValue[] = ["Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"];
const BODY: CellValue[][] = [
  ["Ba Vì", null, null],
  ["Ba Trại", 1, 150],
  ["Tản Lĩnh", 1, 150],
  ["Thạch Thất", null, null],
  ["Yên Bình", 1, 250],
  ["Yên Trung", 1, 250],
];
const OFFICE: CellValue[] = ["Văn phòng Hội LHPN tỉnh", null, 200];
const RESERVE: CellValue[] = ["Dự phòng", null, 100];

test.each<[string, CellValue[][], number]>([
  ["the office after the total on top", [["Tổng cộng", 4, 1000], OFFICE, ...BODY], 1000],
  ["the office first, the reserve last", [["Tổng cộng", 4, 1100], OFFICE, ...BODY, RESERVE], 1100],
  ["the reserve last, the total at the bottom", [...BODY, RESERVE, ["Tổng cộng", 4, 900]], 900],
])("%s: the blank names head the names after them, the office and reserve the total's, the reading unsure", (_name, rows, money) => {
  const plan = planOf([
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 4 },
    { code: "KP", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: money },
  ]);
  const report = checkWorkbook(workbook(sheet("Phân bổ", [HEADER, ...rows])), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" }).report;
  const areas = report.reading!.areas;
  const parentOf = (name: string) => {
    const area = areas.find((a) => a.name === name)!;
    return area.parent === null ? null : areas[area.parent].name;
  };
  expect(["Ba Trại", "Tản Lĩnh"].map(parentOf)).toEqual(["Ba Vì", "Ba Vì"]);
  expect(["Yên Bình", "Yên Trung"].map(parentOf)).toEqual(["Thạch Thất", "Thạch Thất"]);
  for (const own of ["Văn phòng Hội LHPN tỉnh", "Dự phòng"]) if (areas.some((a) => a.name === own)) expect(parentOf(own)).toBe("Tổng cộng");
  expect(report.findings).toEqual([]);
  expect(report.reading!.confidence.level).toBe("low");
});
