/**
 * A table with a district column (its names merged down their communes' rows)
 * and a commune column, a `Trong đó: …` row under the total written in the
 * district column (or the commune column): a part of the row above, already
 * counted in it — no area, no finding, as in a table with one name column.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = planOf(
  [
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 5 },
    { code: "2", name: "Kinh phí truyền thông", unit: "triệu đồng", target: 360 },
  ],
  { "Bắc Hà": ["Sính Phình", "Cốc Ly"], "Văn Bàn": ["Minh Lương"] },
);

const HEADER: CellValue[] = ["STT", "Huyện", "Xã", "Tổ truyền thông cộng đồng", "Kinh phí truyền thông"];

function read(ofWhichCol: 1 | 2) {
  const ofWhich: CellValue[] = [null, null, null, 2, 150];
  ofWhich[ofWhichCol] = "Trong đó: xã khu vực III";
  const rows: CellValue[][] = [
    HEADER,
    [1, "Huyện Bắc Hà", null, 3, 230],
    [null, null, "Xã Sính Phình", 2, 150],
    [null, null, "Xã Cốc Ly", 1, 80],
    [2, "Huyện Văn Bàn", null, 2, 130],
    [null, null, "Xã Minh Lương", 2, 130],
    [null, "Toàn tỉnh", null, 5, 360],
    ofWhich,
  ];
  const data = workbook(sheet("Phân bổ", rows, { merges: ["A2:A4", "B2:B4", "A5:A6", "B5:B6", "B7:C7"] }));
  return toJsonReport(checkWorkbook(data, { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report);
}

describe("a `Trong đó` row under the total, districts in a column of their own", () => {
  test.each<[string, 1 | 2]>([
    ["in the district column", 1],
    ["in the commune column", 2],
  ])("%s: a part of the total, no area", (_name, col) => {
    const report = read(col);
    const areas = report.reading!.areas;
    expect(areas.filter((a) => a.role === "leaf").map((a) => a.name).sort()).toEqual(["Xã Cốc Ly", "Xã Minh Lương", "Xã Sính Phình"]);
    expect(areas.filter((a) => a.name.startsWith("Trong đó"))).toEqual([]);
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});
