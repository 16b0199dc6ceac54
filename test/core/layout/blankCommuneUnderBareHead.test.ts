/**
 * Districts named bare with blank figures over bare communes, no area list in
 * the plan: a commune allocated nothing among them (`Bản Vược` between
 * `A Mú Sung` and `Cốc Mỳ`, or `A Mú Sung` right under `Bát Xát`) is a
 * commune of the district above it — not a district heading the one commune
 * after it, and not a reason to read every area a leaf. Both orientations.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, transposeSheet, workbook } from "./sheetBuilder";

const PLAN = planOf([{ code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 19 }]);
const HEAD: CellValue[] = ["STT", "Đơn vị", "Tổ truyền thông cộng đồng"];
const BAO_THANG: CellValue[][] = [
  [null, "Bảo Thắng", null],
  [null, "Phố Lu", 3],
  [null, "Sơn Hải", 4],
  [null, "Xuân Quang", 2],
];
const batXat = (aMuSung: number | null, banVuoc: number | null): CellValue[][] => [
  [null, "Bát Xát", null],
  [null, "A Mú Sung", aMuSung],
  [null, "Bản Vược", banVuoc],
  [null, "Cốc Mỳ", 5],
];
const ORIENTATIONS: [string, (s: SheetData) => SheetData][] = [
  ["areas as rows", (s) => s],
  ["areas as columns", (s) => transposeSheet(s)],
];
const CASES: [string, CellValue[][]][] = [
  ["a blank commune between two, first district", [...batXat(5, null), ...BAO_THANG]],
  ["a blank commune between two, last district", [...BAO_THANG, ...batXat(5, null)]],
  ["a blank first commune, first district", [...batXat(null, 5), ...BAO_THANG]],
  ["a blank first commune, last district", [...BAO_THANG, ...batXat(null, 5)]],
];

function read(data: SheetData) {
  return toJsonReport(checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report);
}

describe("a blank commune under a district named bare", () => {
  describe.each(ORIENTATIONS)("%s", (_o, orient) => {
    test.each(CASES)("%s: each commune under its district, said unsure", (_name, body) => {
      const report = read(orient(sheet("Phân bổ", [HEAD, [null, "Tổng cộng", 19], ...body])));
      const areas = report.reading!.areas;
      const parentOf = (name: string) => {
        const area = areas.find((a) => a.name === name)!;
        return area.parent === undefined || area.parent === null ? null : areas[area.parent].name;
      };
      expect(areas.filter((a) => a.role === "heading").map((a) => a.name).sort()).toEqual(["Bát Xát", "Bảo Thắng"]);
      expect(["A Mú Sung", "Bản Vược", "Cốc Mỳ"].map(parentOf)).toEqual(["Bát Xát", "Bát Xát", "Bát Xát"]);
      expect(["Phố Lu", "Sơn Hải", "Xuân Quang"].map(parentOf)).toEqual(["Bảo Thắng", "Bảo Thắng", "Bảo Thắng"]);
      expect(areas.filter((a) => a.role === "leaf")).toHaveLength(6);
      // Districts named bare over communes named bare add up as well read as communes allocated nothing: said.
      expect(report.reading!.confidence.level).toBe("low");
      expect(report.findings).toEqual([]);
    });
  });
});

describe("one blank bare name first over bare communes, nothing else naming a level", () => {
  const flat = (names: [string, number | null][]) => sheet("Phân bổ", [HEAD, [null, "Tổng cộng", 10], ...names.map(([n, v]): CellValue[] => [null, n, v])]);
  const batXatAlone: [string, number | null][] = [
    ["Bát Xát", null],
    ["A Mú Sung", 5],
    ["Bản Vược", null],
    ["Cốc Mỳ", 5],
  ];
  describe.each(ORIENTATIONS)("%s", (_o, orient) => {
    test.each<[string, [string, number | null][]]>([
      ["a blank commune among the others", batXatAlone],
      ["a blank commune right under it", [["Bát Xát", null], ["A Mú Sung", null], ["Bản Vược", 5], ["Cốc Mỳ", 5]]],
      ["no commune blank", [["Bát Xát", null], ["A Mú Sung", 5], ["Cốc Mỳ", 5]]],
    ])("%s: its communes' heading or a commune allocated nothing — read flat, said unsure", (_name, names) => {
      const report = read(orient(flat(names)));
      expect(report.reading!.areas.filter((a) => a.role === "leaf").map((a) => a.name)).toEqual(names.map(([n]) => n));
      expect(report.reading!.confidence.level).toBe("low");
    });
    test("the blank commune not first: a flat list, sure", () => {
      const report = read(orient(flat([["A Mú Sung", 5], ["Bát Xát", null], ["Bản Vược", null], ["Cốc Mỳ", 5]])));
      expect(report.reading!.areas.filter((a) => a.role === "leaf")).toHaveLength(4);
      expect(report.reading!.confidence.level).toBe("high");
    });
  });
});
