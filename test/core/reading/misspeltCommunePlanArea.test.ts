/**
 * A commune whose name is misspelt (`Xã Tân Lnh` for the plan's `Tản Lĩnh`),
 * the plan's commune having no other row: the `coverage` warning at its name
 * says which plan area it probably is, and the reading's `planArea` takes
 * that same area — one decision — with the confidence lowered and the reason
 * said. A name like no missing plan area (or like two) is left unread, with
 * no reason of this kind.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet, transposeSheet } from "../layout/sheetBuilder";

/** The plan: one money line of `target`, Ba Vì's three communes, Quốc Oai's two and `moreInQuocOai`. */
function planSheet(target: number, moreInQuocOai: readonly string[] = []) {
  return sheet("Kế hoạch", [
    ["STT", "Nội dung", "ĐVT", "Kế hoạch"],
    ["1", "Kinh phí hỗ trợ", "triệu đồng", target],
    [],
    ["Huyện", "Xã"],
    ["Ba Vì", "Ba Trại"],
    [null, "Tản Lĩnh"],
    [null, "Vân Hòa"],
    ["Quốc Oai", "Phú Mãn"],
    [null, "Đông Xuân"],
    ...moreInQuocOai.map((commune) => [null, commune]),
  ]);
}

const PLAN = planSheet(300);

const COMMUNES: [string, string[], number[]][] = [
  ["Huyện Ba Vì", ["Xã Ba Trại", "Xã Tản Lĩnh", "Xã Vân Hòa"], [40, 30, 30]],
  ["Huyện Quốc Oai", ["Xã Phú Mãn", "Xã Đông Xuân"], [100, 100]],
];

/** The sheet with the commune `at` ([district, commune]) named `name`; its row (1-based) and the plan area of the reading there. */
function build(name: string, at: [number, number]): { rows: CellValue[][]; row: number } {
  const rows: CellValue[][] = [["STT", "Đơn vị", "Kinh phí (triệu đồng)"], [null, "Tổng cộng", 300]];
  let row = -1;
  COMMUNES.forEach(([district, communes, money], d) => {
    rows.push([["I", "II"][d], district, money.reduce((a, b) => a + b, 0)]);
    communes.forEach((commune, c) => {
      const mistyped = d === at[0] && c === at[1];
      if (mistyped) row = rows.length + 1;
      rows.push([c + 1, mistyped ? name : commune, money[c]]);
    });
  });
  return { rows, row };
}

function run(name: string, at: [number, number], across: boolean) {
  const { rows, row } = build(name, at);
  const data = across ? transposeSheet(sheet("Phân bổ", rows)) : sheet("Phân bổ", rows);
  const { report } = checkWorkbook({ sheets: [data, PLAN] }, { workbookName: "x.xlsx" });
  const where = across ? String.fromCharCode(64 + row) : String(row);
  const cell = across ? `${where}2` : `B${where}`;
  return { report, where, cell };
}

describe("a misspelt commune: the reading takes the plan area the coverage finding names", () => {
  test.each<[string, string, [number, number], string, boolean]>([
    ["diacritics and a letter lost", "Xã Tân Lnh", [0, 1], "Tản Lĩnh", false],
    ["bare, a letter lost", "Tan Linhh", [0, 1], "Tản Lĩnh", false],
    ["the last commune of the sheet", "Xã Đông Xuânn", [1, 1], "Đông Xuân", false],
    ["areas across", "Xã Tân Lnh", [0, 1], "Tản Lĩnh", true],
  ])("%s", (_name, name, at, planArea, across) => {
    const { report, where, cell } = run(name, at, across);
    const coverage = report.findings.filter((f) => f.rule === "coverage");
    expect(coverage.map((f) => f.cell)).toEqual([cell]);
    expect(coverage[0].message.vi).toContain(`"${planArea}"`);
    expect(report.findings.map((f) => f.rule)).toEqual(["coverage"]);
    const area = report.reading!.areas.find((a) => a.at === where)!;
    expect(area.name).toBe(name);
    expect(area.planArea).toBe(planArea);
    expect(area.role).toBe("leaf");
    expect(report.reading!.confidence.level).toBe("low");
    const reasons = report.reading!.confidence.reasons.map((r) => r.vi);
    expect(reasons.filter((r) => r.includes(`"${name}"`) && r.includes(`"${planArea}"`))).toHaveLength(1);
  });

  test.each<[string, string]>([
    ["a name like no plan area", "Xã Hòa Bình"],
  ])("%s: no plan area taken, no such reason", (_name, name) => {
    const { report, where } = run(name, [0, 1], false);
    const area = report.reading!.areas.find((a) => a.at === where)!;
    expect(area.planArea).toBeNull();
    expect(report.reading!.confidence.reasons.some((r) => r.vi.includes(`"${name}"`) && r.vi.includes("allocheck đọc là"))).toBe(false);
    // Told as an area the plan lacks, and the plan's commune as missing.
    expect(report.findings.filter((f) => f.rule === "coverage")).toHaveLength(2);
  });

  test("a clean sheet: every commune its own plan area, read surely", () => {
    const { report } = run("Xã Tản Lĩnh", [0, 1], false);
    expect(report.findings).toEqual([]);
    expect(report.reading!.confidence.level).toBe("high");
    expect(report.reading!.areas.filter((a) => a.role === "leaf").map((a) => a.planArea)).toEqual(["Ba Trại", "Tản Lĩnh", "Vân Hòa", "Phú Mãn", "Đông Xuân"]);
  });
});

/**
 * A commune's name misspelt into another district's plan commune (`Xã Vân
 * Hòa` under Quốc Oai for its `Tân Hòa`; Ba Vì's `Vân Hòa` has its own row):
 * the district the row sits under misses a commune of a like name, so the
 * reading takes that one as its `planArea` — the same the `coverage` finding
 * names — with the confidence lowered and one reason saying why; the row is
 * not told as misplaced besides.
 */
describe("a commune misspelt as another district's plan commune: read as its own district's", () => {
  const plan = planSheet(350, ["Tân Hòa"]);
  const rows = (name: string): CellValue[][] => [
    ["STT", "Đơn vị", "Kinh phí (triệu đồng)"],
    [null, "Tổng cộng", 350],
    ["I", "Huyện Ba Vì", 100],
    [1, "Xã Ba Trại", 40],
    [2, "Xã Tản Lĩnh", 30],
    [3, "Xã Vân Hòa", 30],
    ["II", "Huyện Quốc Oai", 250],
    [1, "Xã Phú Mãn", 100],
    [2, "Xã Đông Xuân", 100],
    [3, name, 50],
  ];
  test.each<[string, string, boolean, string | null]>([
    ["with its prefix", "Xã Vân Hòa", false, "Tân Hòa"],
    ["bare", "Vân Hòa", false, "Tân Hòa"],
    ["areas across", "Xã Vân Hòa", true, "Tân Hòa"],
    // The district's own commune written right: nothing to pair, read surely.
    ["the name right", "Xã Tân Hòa", false, null],
  ])("%s", (_name, name, across, planArea) => {
    const data = across ? transposeSheet(sheet("Phân bổ", rows(name))) : sheet("Phân bổ", rows(name));
    const { report } = checkWorkbook({ sheets: [data, plan] }, { workbookName: "x.xlsx" });
    const where = across ? "J" : "10";
    const area = report.reading!.areas.find((a) => a.at === where)!;
    expect(area.name).toBe(name);
    const reasons = report.reading!.confidence.reasons.map((r) => r.en);
    if (planArea === null) {
      expect(area.planArea).toBe("Tân Hòa");
      expect(report.findings).toEqual([]);
      expect(report.reading!.confidence.level).toBe("high");
      return;
    }
    expect(area.planArea).toBe(planArea);
    expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([["coverage", across ? "J2" : "B10"]]);
    expect(report.findings[0].message.en).toContain(`"${planArea}"`);
    expect(report.reading!.confidence.level).toBe("low");
    expect(reasons.filter((r) => r.includes(`"${name}"`))).toHaveLength(1);
    expect(reasons.filter((r) => r.includes(`"${name}"`) && r.includes(`"${planArea}"`) && r.includes("Ba Vì"))).toHaveLength(1);
  });
});
