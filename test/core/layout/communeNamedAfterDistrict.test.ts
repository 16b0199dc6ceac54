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

/**
 * A plan whose list names a commune after its district (`Ba Vì` in Ba Vì),
 * and a sheet of bare names (no prefix, no STT): the name alone cannot tell
 * the district from its commune, so the district open and the figures do.
 */
describe("a bare name the plan lists both as a district and as its commune", () => {
  const PLAN_BOTH = sheet("Kế hoạch", [
    ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
    ["1", "Tổ truyền thông cộng đồng", "tổ", 5],
    ["2", "Địa chỉ tin cậy tại cộng đồng", "địa chỉ", 10],
    [],
    ["Huyện", "Xã"],
    ["Ba Vì", "Ba Vì"],
    ["Ba Vì", "Minh Quang"],
    ["Ba Vì", "Tản Lĩnh"],
    ["Thạch Thất", "Yên Trung"],
    ["Thạch Thất", "Yên Bình"],
  ]);
  const check = (body: CellValue[][]) =>
    checkWorkbook({ sheets: [PLAN_BOTH, sheet("Phân bổ", [["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy"], [null, "Tổng cộng", 5, 10], ...body])] }, { workbookName: "x.xlsx" }).report;
  const district = (name: string, a: number, b: number): CellValue[] => [null, name, a, b];
  const commune = (name: string): CellValue[] => [null, name, 1, 2];
  const tail = [district("Thạch Thất", 2, 4), commune("Yên Trung"), commune("Yên Bình")];
  test.each<[string, CellValue[][], string[]]>([
    ["the commune first under its district", [district("Ba Vì", 3, 6), commune("Ba Vì"), commune("Minh Quang"), commune("Tản Lĩnh"), ...tail], []],
    ["the commune second", [district("Ba Vì", 3, 6), commune("Minh Quang"), commune("Ba Vì"), commune("Tản Lĩnh"), ...tail], []],
    ["the commune last", [district("Ba Vì", 3, 6), commune("Minh Quang"), commune("Tản Lĩnh"), commune("Ba Vì"), ...tail], []],
    ["the district's subtotal mistyped on one line", [district("Ba Vì", 3, 7), commune("Ba Vì"), commune("Minh Quang"), commune("Tản Lĩnh"), ...tail], ["subtotal@D3"]],
  ])("%s", (_name, body, findings) => {
    const report = check(body);
    expect(report.reading!.areas.map((a) => [a.name, a.role, a.parent])).toEqual([
      ["Tổng cộng", "total", null],
      ["Ba Vì", "group", 0],
      ...body.slice(1, 4).map((r) => [r[1], "leaf", 1]),
      ["Thạch Thất", "group", 0],
      ["Yên Trung", "leaf", 5],
      ["Yên Bình", "leaf", 5],
    ]);
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(findings);
  });

  test("a flat list of the district's communes, the commune among them: no district opened", () => {
    const report = check([commune("Minh Quang"), commune("Ba Vì"), commune("Tản Lĩnh"), commune("Yên Trung"), [null, "Yên Bình", 0, 2]]);
    expect(report.reading!.areas.map((a) => a.role)).toEqual(["total", "leaf", "leaf", "leaf", "leaf", "leaf"]);
  });
});
