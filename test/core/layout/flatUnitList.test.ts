/**
 * Funds and targets split over the units that carry them out (`Hội LHPN
 * tỉnh`, `Sở Lao động - Thương binh và Xã hội`, `Hội LHPN huyện Mường
 * Khương` …): a flat list under its total, though some labels name a
 * district. Every row holds figures and the total is their sum, so no row is
 * the subtotal of others (CONTRACT §2: the reading under which the typed
 * totals add up wins) — also with one mistyped cell. Each case is read in
 * both orientations.
 */
import { checkWorkbook } from "../../../src/core/check";
import { toJsonReport } from "../../../src/core/report/json";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { sheet, transposeSheet } from "./sheetBuilder";

const PLAN = sheet("Kế hoạch", [
  ["STT", "Nội dung", "ĐVT", "Kế hoạch"],
  ["1", "Tổ truyền thông cộng đồng", "tổ", 5],
  ["2", "Kinh phí thực hiện", "triệu đồng", 1000],
]);

function units(mutate: (rows: CellValue[][]) => void = () => {}): SheetData {
  const rows: CellValue[][] = [
    ["STT", "Đơn vị thực hiện", "Tổ truyền thông cộng đồng", "Kinh phí thực hiện (triệu đồng)"],
    [null, "Tổng cộng", 5, 1000],
    ["1", "Hội LHPN tỉnh", null, 300],
    ["2", "Sở Lao động - Thương binh và Xã hội", null, 100],
    ["3", "Hội LHPN huyện Mường Khương", 2, 250],
    ["4", "Hội LHPN huyện Si Ma Cai", 3, 250],
    ["5", "Ban Dân tộc tỉnh", null, 100],
  ];
  mutate(rows);
  return sheet("Phân bổ", rows);
}

function read(data: SheetData) {
  const { report } = checkWorkbook({ sheets: [data, PLAN] }, { workbookName: "x.xlsx" });
  return toJsonReport(report, "vi");
}

describe("a flat list of implementing units under its total", () => {
  test.each<[string, (rows: CellValue[][]) => void, string[], string[]]>([
    ["the figures add up: nothing to tell", () => {}, [], []],
    ["one unit's amount mistyped: one finding at the total, naming the ceiling", (rows) => (rows[4][3] = 260), ["subtotal@D2"], ["subtotal@B4"]],
  ])("%s", (_name, mutate, byRows, byColumns) => {
    for (const [data, expected] of [
      [units(mutate), byRows],
      [transposeSheet(units(mutate)), byColumns],
    ] as const) {
      const report = read(data);
      expect(report.reading!.areas.map((a) => a.role)).toEqual(["total", "leaf", "leaf", "leaf", "leaf", "leaf"]);
      expect(report.reading!.areas.slice(1).every((a) => a.parent === 0)).toBe(true);
      expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(expected);
    }
  });
});

describe("`Xã hội` (social) inside a unit's name is no commune's prefix", () => {
  test.each<[string, string]>([
    ["Sở Lao động, Thương binh và Xã hội tỉnh", "Trung tâm Công tác xã hội tỉnh"],
    ["Sở Lao động - Thương binh và Xã hội", "Trung tâm Công tác xã hội"],
  ])("`%s` and `%s`: two units, neither a commune, no duplicate", (first, second) => {
    const data = units((rows) => {
      rows[3][1] = first;
      rows[6][1] = second;
    });
    const report = read(data);
    expect(report.findings).toEqual([]);
    const named = report.reading!.areas.filter((a) => a.name === first || a.name === second);
    expect(named.map((a) => [a.name, a.role])).toEqual([
      [first, "leaf"],
      [second, "leaf"],
    ]);
    // Read by the figures, not by a prefix.
    expect(named.every((a) => a.how !== "prefix")).toBe(true);
  });
});
