/**
 * One area label column (or, areas as columns, one label row): a bare name
 * the plan lists as a district and as one of its communes (`Quốc Oai` in
 * Quốc Oai) before the district's other communes is that commune unless its
 * figures add up theirs on every line — as in a district column and a
 * commune column. Only where the commune of that name comes after it is the
 * row the district with one line mistyped (told at it).
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, transposeSheet, workbook } from "./sheetBuilder";

const PLAN = planOf(
  [
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 5 },
    { code: "2", name: "Kinh phí truyền thông", unit: "triệu đồng", target: 360 },
  ],
  { "Ba Vì": ["Khánh Thượng", "Ba Vì", "Ba Trại"], "Quốc Oai": ["Phú Mãn", "Quốc Oai"] },
);

const ONE: CellValue[] = ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí truyền thông"];
const TWO: CellValue[] = ["STT", "Huyện", "Xã", "Tổ truyền thông cộng đồng", "Kinh phí truyền thông"];
const ORIENTATIONS: [string, (s: SheetData) => SheetData][] = [
  ["areas as rows", (s) => s],
  ["areas as columns", (s) => transposeSheet(s)],
];

function read(data: SheetData) {
  return toJsonReport(checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report);
}

const FIVE_COMMUNES: [string, SheetData][] = [
  ["numbered, Ba Vì in the middle", sheet("Phân bổ", [ONE, [null, "Tổng cộng", 5, 360], [1, "Khánh Thượng", 1, 80], [2, "Ba Vì", 1, 70], [3, "Ba Trại", 1, 60], [4, "Quốc Oai", 1, 70], [5, "Phú Mãn", 1, 80]])],
  ["numbered, each first of its district", sheet("Phân bổ", [ONE, [null, "Tổng cộng", 5, 360], [1, "Ba Vì", 1, 70], [2, "Khánh Thượng", 1, 80], [3, "Ba Trại", 1, 60], [4, "Quốc Oai", 1, 70], [5, "Phú Mãn", 1, 80]])],
  ["unnumbered", sheet("Phân bổ", [ONE, [null, "Tổng cộng", 5, 360], [null, "Ba Vì", 1, 70], [null, "Khánh Thượng", 1, 80], [null, "Ba Trại", 1, 60], [null, "Quốc Oai", 1, 70], [null, "Phú Mãn", 1, 80]])],
  [
    "under the district's merged name",
    sheet("Phân bổ", [TWO, [null, null, "Tổng cộng", 5, 360], [1, "Ba Vì", "Ba Vì", 1, 70], [2, null, "Khánh Thượng", 1, 80], [3, null, "Ba Trại", 1, 60], [1, "Quốc Oai", "Quốc Oai", 1, 70], [2, null, "Phú Mãn", 1, 80]], { merges: ["B3:B5", "B6:B7"] }),
  ],
  [
    "under the district's name repeated on each",
    sheet("Phân bổ", [TWO, [null, null, "Tổng cộng", 5, 360], [1, "Ba Vì", "Ba Vì", 1, 70], [2, "Ba Vì", "Khánh Thượng", 1, 80], [3, "Ba Vì", "Ba Trại", 1, 60], [4, "Quốc Oai", "Quốc Oai", 1, 70], [5, "Quốc Oai", "Phú Mãn", 1, 80]]),
  ],
];

describe("a commune named like its district, first of its district's communes, one line coinciding with theirs", () => {
  describe.each(ORIENTATIONS)("%s", (_o, orient) => {
    test.each(FIVE_COMMUNES)("%s: five communes, nothing to report", (_name, data) => {
      const report = read(orient(data));
      const areas = report.reading!.areas;
      expect(areas.filter((a) => a.role === "leaf").map((a) => a.name).sort()).toEqual(["Ba Trại", "Ba Vì", "Khánh Thượng", "Phú Mãn", "Quốc Oai"]);
      expect(areas.filter((a) => a.role === "group" || a.role === "subtotal")).toEqual([]);
      expect(report.findings).toEqual([]);
    });
  });
});

describe("the district's name over its communes, unnumbered, the commune of that name among them", () => {
  const table = (quocOai: CellValue[]) =>
    sheet("Phân bổ", [
      ONE,
      [null, "Tổng cộng", 5, 360],
      [null, "Ba Vì", 3, 210],
      [null, "Khánh Thượng", 1, 80],
      [null, "Ba Vì", 1, 70],
      [null, "Ba Trại", 1, 60],
      [null, ...quocOai],
      [null, "Phú Mãn", 1, 80],
      [null, "Quốc Oai", 1, 70],
    ]);
  describe.each(ORIENTATIONS)("%s", (_o, orient) => {
    test("its figures their sum: the district, nothing to report", () => {
      const report = read(orient(table(["Quốc Oai", 2, 150])));
      expect(report.reading!.areas.filter((a) => a.role === "group").map((a) => a.name)).toEqual(["Ba Vì", "Quốc Oai"]);
      expect(report.findings).toEqual([]);
    });
    test("one line mistyped: still the district, the subtotal told at it", () => {
      const report = read(orient(table(["Quốc Oai", 2, 160])));
      expect(report.reading!.areas.filter((a) => a.role === "group").map((a) => a.name)).toEqual(["Ba Vì", "Quốc Oai"]);
      expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([["subtotal", orient === ORIENTATIONS[0][1] ? "D7" : "G4"]]);
    });
  });
});
