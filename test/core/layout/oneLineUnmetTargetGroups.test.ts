/**
 * A sheet of one line (the money alone), districts each over their communes,
 * no grand total row, the plan's target above, at, or below what the
 * districts add up to: where three districts at least (two, where a prefix
 * names a level) each add up their communes exactly, the districts are read
 * (evidence `arithmetic`) — the allocation short of or past the plan is then
 * told against the districts, not a flat list near twice the plan. A flat
 * list, or a target the rows read flat come to, stays flat and sure.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "./sheetBuilder";

function check(body: CellValue[][], target: number) {
  const plan = readPlanJson({ title: "t", indicators: [{ code: "1", name: "Kinh phí hỗ trợ thực hiện Dự án 8", unit: "triệu đồng", target }], areas: [] }, "p.json");
  const allocation = sheet("Phân bổ", [["STT", "Đơn vị", "Kinh phí hỗ trợ thực hiện Dự án 8"], ...body]);
  return checkWorkbook(workbook(allocation), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" }).report;
}

type District = [string, [string, number][]];
const THREE: District[] = [
  ["Mường Lát", [["Tam Chung", 120], ["Pù Nhi", 130], ["Trung Lý", 150]]],
  ["Bá Thước", [["Na Mèo", 100], ["Sơn Thủy", 110]]],
  ["Lang Chánh", [["Yên Khương", 200], ["Giao Thiện", 180], ["Trí Nang", 160], ["Tam Văn", 300]]],
];
const PREFIXED: District[] = [
  ["Huyện Ba Vì", [["Ba Trại", 130], ["Phú Mãn", 150], ["Khánh Thượng", 90]]],
  ["Huyện Quốc Oai", [["Đông Xuân", 210], ["Phú Cát", 170]]],
];
const ONE_PREFIXED: District[] = [
  ["Huyện Ba Vì", [["Ba Trại", 130], ["Phú Mãn", 150], ["Khánh Thượng", 90]]],
  ["Quốc Oai", [["Đông Xuân", 210], ["Phú Cát", 170]]],
];
const COMMUNES_PREFIXED: District[] = [
  ["Ba Vì", [["Xã Ba Trại", 130], ["Xã Phú Mãn", 150], ["Xã Khánh Thượng", 90]]],
  ["Quốc Oai", [["Xã Đông Xuân", 210], ["Xã Phú Cát", 170]]],
];

function body(districts: District[]): CellValue[][] {
  return districts.flatMap(([district, communes], k) => [
    [k + 1, district, communes.reduce((sum, [, v]) => sum + v, 0)] as CellValue[],
    ...communes.map(([name, v]) => [null, name, v] as CellValue[]),
  ]);
}
const roles = (districts: District[]): string[] => districts.flatMap(([, communes]) => ["group", ...communes.map(() => "leaf")]);
const sum = (districts: District[]): number => districts.reduce((s, [, communes]) => s + communes.reduce((t, [, v]) => t + v, 0), 0);

describe("one line, no grand total, the plan's target not met: districts told by their sums", () => {
  test.each<[string, District[], number]>([
    ["three bare districts, the target above", THREE, 1600],
    ["three bare districts, the target at", THREE, 1450],
    ["three bare districts, the target below", THREE, 1300],
    ["two prefixed districts, the target above", PREFIXED, 900],
    ["two prefixed districts, the target below", PREFIXED, 700],
    ["two bare districts over prefixed communes, the target above", COMMUNES_PREFIXED, 900],
    ["two districts, one prefixed, the target above", ONE_PREFIXED, 900],
    ["two districts, one prefixed, the target below", ONE_PREFIXED, 700],
    ["two bare districts over prefixed communes, the target below", COMMUNES_PREFIXED, 700],
  ])("%s their sum", (_name, districts, target) => {
    const report = check(body(districts), target);
    expect(report.reading!.areas.map((a) => a.role)).toEqual(roles(districts));
    expect(report.indicators[0].allocated).toBe(sum(districts) * 1_000_000);
    // Short of or past the plan, the ceiling is told on the districts' sum (never on twice it); at the target, nothing.
    const ceilings = report.findings.filter((f) => f.rule === "ceiling");
    expect(ceilings.map((f) => f.actual)).toEqual(target === sum(districts) ? [] : [sum(districts) * 1_000_000]);
    expect(report.reading!.confidence.level).toBe("high");
  });

  test.each<[string, CellValue[][], number]>([
    ["a flat list, the target above", [[1, "Tam Chung", 120], [2, "Pù Nhi", 130], [3, "Trung Lý", 150], [4, "Na Mèo", 100], [5, "Sơn Thủy", 110], [6, "Yên Khương", 200]], 900],
    ["a flat list, the target below", [[1, "Tam Chung", 120], [2, "Pù Nhi", 130], [3, "Trung Lý", 150], [4, "Na Mèo", 100], [5, "Sơn Thủy", 110], [6, "Yên Khương", 200]], 700],
    ["districts and communes, the target the flat rows come to", body(THREE), 2900],
  ])("%s: flat and sure", (_name, rows, target) => {
    const report = check(rows, target);
    expect(report.reading!.areas.every((a) => a.role === "leaf")).toBe(true);
    expect(report.reading!.confidence.level).toBe("high");
  });
});
