/**
 * A commune named after its district (`Xã Ba Vì` in Huyện Ba Vì, `Thị trấn
 * Quốc Oai`) under a plan whose area list names the districts only: its own
 * `Xã`/`Thị trấn` prefix makes it a commune, not the district again.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";

function sheet(name: string, values: CellValue[][]): SheetData {
  return { name, values, merges: [] };
}

const PLAN = sheet("Kế hoạch", [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["1", "Thành lập tổ truyền thông cộng đồng", "tổ", 6],
  [],
  ["Huyện"],
  ["Ba Vì"],
  ["Quốc Oai"],
]);

describe("a commune named after its listed district", () => {
  test.each([
    ["Xã Ba Vì", "Huyện Ba Vì", "Huyện Quốc Oai"],
    ["Thị trấn Quốc Oai", "Huyện Quốc Oai", "Huyện Ba Vì"],
    ["xã Ba Vì", "I. Ba Vì", "II. Quốc Oai"],
  ])("%s under %s", (commune, district, other) => {
    const { report } = checkWorkbook(
      {
        sheets: [
          PLAN,
          sheet("Phân bổ", [
            ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)"],
            [null, "Tổng cộng", 6],
            ["I", district, 3],
            [1, "Xã Khánh Thượng", 2],
            [2, commune, 1],
            ["II", other, 3],
            [1, "Xã Yên Bình", 3],
          ]),
        ],
      },
      { workbookName: "x.xlsx" },
    );
    expect(report.reading!.areas.map((a) => a.role)).toEqual(["total", "group", "leaf", "leaf", "group", "leaf"]);
    expect(report.findings).toEqual([]);
  });
});
