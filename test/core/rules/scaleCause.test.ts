/** A commune's money figure typed in another unit than its column's is told at its cell, not only at the line's total. */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";

const PLAN: SheetData = {
  name: "Kế hoạch",
  merges: [],
  values: [
    ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
    ["1", "Số lớp tập huấn", "lớp", 20],
    ["KP", "Kinh phí hỗ trợ", "triệu đồng", 1000],
  ],
};

/** Ba Vì (rows 6–8) and Quốc Oai (rows 10–11), 200 triệu each; Ba Trại (D7) holds `figure`; totals typed or SUM formulas. */
function allocation(
  figure: number | string,
  formulas: boolean,
  typed?: [number, number],
): SheetData {
  const baVi = 400 + (typeof figure === "number" ? figure : 0);
  const values: CellValue[][] = [
    ["BIỂU PHÂN BỔ NĂM 2025"],
    [],
    ["STT", "Đơn vị", "Số lớp tập huấn (lớp)", "Kinh phí hỗ trợ (triệu đồng)"],
    [null, "Tổng cộng", 20, typed?.[0] ?? baVi + 400],
    ["I", "Huyện Ba Vì", 12, typed?.[1] ?? baVi],
    [1, "Xã Minh Quang", 4, 200],
    [2, "Xã Ba Trại", 4, figure],
    [3, "Xã Tản Lĩnh", 4, 200],
    ["II", "Huyện Quốc Oai", 8, 400],
    [4, "Xã Sài Sơn", 4, 200],
    [5, "Xã Đông Yên", 4, 200],
  ];
  const sums: (string | null)[][] = values.map(() => [null, null, null, null]);
  if (formulas) {
    sums[3] = [null, null, "C5+C9", "D5+D9"];
    sums[4] = [null, null, "SUM(C6:C8)", "SUM(D6:D8)"];
    sums[8] = [null, null, "SUM(C10:C11)", "SUM(D10:D11)"];
  }
  return { name: "Phân bổ", merges: [], values, formulas: sums };
}

function findings(sheet: SheetData): [string, string | null][] {
  const { report } = checkWorkbook(
    { sheets: [sheet, PLAN] },
    { workbookName: "x.xlsx" },
  );
  return toJsonReport(report, "vi").findings.map((f) => [f.rule, f.cell]);
}

describe("a figure typed in another unit", () => {
  test.each([
    ["đồng in a triệu column, formula totals", allocation(200_000_000, true)],
    ["nghìn đồng in a triệu column, formula totals", allocation(200_000, true)],
    ["tỷ-scale slip under: 0,2 for 200", allocation(0.2, true)],
    ["typed totals that carry it", allocation(200_000_000, false)],
    [
      "typed totals showing the right figures",
      allocation(200_000_000, false, [1000, 600]),
    ],
  ])("%s: one finding at the cell", (_, sheet) => {
    expect(findings(sheet)).toEqual([["invalid-value", "D7"]]);
  });

  test("typed as text (`200.000.000`), skipped by the SUM above: one finding at the cell telling both", () => {
    const { report } = checkWorkbook(
      { sheets: [allocation("200.000.000", true), PLAN] },
      { workbookName: "x.xlsx" },
    );
    const json = toJsonReport(report, "vi").findings;
    expect(json.map((f) => [f.rule, f.cell])).toEqual([["text-number", "D7"]]);
    expect(json[0].message).toMatch(/Ghi lại là 200 triệu đồng/);
  });

  test("a figure off scale that does not alone explain the gap: told at its cell, and the ceiling stays at the total", () => {
    expect(findings(allocation(150_000_000, true))).toEqual([
      ["ceiling", "D4"],
      ["invalid-value", "D7"],
    ]);
    const { report } = checkWorkbook({ sheets: [allocation(150_000_000, true), PLAN] }, { workbookName: "x.xlsx" });
    const cell = toJsonReport(report, "vi").findings.find((f) => f.cell === "D7");
    expect(cell?.message).toMatch(/đơn vị khác.*Có lẽ là 150 triệu đồng/);
  });

  test.each<[string, number, RegExp, RegExp]>([
    // 150 triệu meant: the line is 50 triệu under the plan, not 149.999.800 over it.
    ["above its siblings", 150_000_000, /D7 là 150 triệu đồng.*thấp hơn kế hoạch 1\.000 triệu đồng \(còn 50 triệu đồng chưa phân bổ\)/, /D7 read as 150 million VND.*50 million VND not yet allocated/],
    ["a million times below", 0.00015, /D7 là 150 triệu đồng.*còn 50 triệu đồng chưa phân bổ/, /D7 read as 150 million VND/],
  ])("the ceiling beside a figure in another unit (%s) says the line's total with that figure read in the line's unit", (_, figure, vi, en) => {
    const { report } = checkWorkbook({ sheets: [allocation(figure, true), PLAN] }, { workbookName: "x.xlsx" });
    const ceiling = report.findings.find((f) => f.rule === "ceiling");
    expect(ceiling?.message.vi).toMatch(vi);
    expect(ceiling?.message.en).toMatch(en);
  });

  test("a figure a million times below its siblings that does not alone explain the gap: told at its cell too; a thousand times below is not", () => {
    expect(findings(allocation(0.00015, true))).toEqual([
      ["ceiling", "D4"],
      ["invalid-value", "D7"],
    ]);
    expect(findings(allocation(0.15, true))).toEqual([["ceiling", "D4"]]);
  });

  test("a figure a thousand times its siblings that does not alone explain the gap may be one large share: only the ceiling", () => {
    expect(findings(allocation(150_000, true))).toEqual([["ceiling", "D4"]]);
  });

  test("a figure only a few times its siblings is no unit slip: a zero typed too many (2000 for 200) is told at its cell as a keyboard slip", () => {
    expect(findings(allocation(2000, true))).toEqual([["ceiling", "D7"]]);
  });
});

describe("a figure in another unit beside the commune's own Tổng kinh phí", () => {
  const plan: SheetData = {
    name: "Kế hoạch",
    merges: [],
    values: [
      ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
      ["1", "Kinh phí truyền thông", "triệu đồng", 560],
      ["2", "Kinh phí hỗ trợ sinh kế", "triệu đồng", 340],
    ],
  };
  /** Xã Ba Trại's truyền thông (D6) typed in đồng; its Tổng kinh phí (C6) typed right (200) or a formula over it. */
  const sheet = (total: "typed" | "formula"): SheetData => ({
    name: "Phân bổ",
    merges: [],
    values: [
      ["BIỂU PHÂN BỔ KINH PHÍ"],
      ["ĐVT: triệu đồng"],
      ["STT", "Đơn vị", "Tổng kinh phí", "Kinh phí truyền thông", "Kinh phí hỗ trợ sinh kế"],
      [null, "Tổng cộng", total === "typed" ? 900 : 120_000_780, 120_000_440, 340],
      [1, "Xã Tản Lĩnh", 250, 150, 100],
      [2, "Xã Ba Trại", total === "typed" ? 200 : 120_000_080, 120_000_000, 80],
      [3, "Xã Minh Quang", 290, 200, 90],
      [4, "Xã Vân Hòa", 160, 90, 70],
    ],
    formulas: [[], [], [], [null, null, "SUM(C5:C8)", "SUM(D5:D8)", "SUM(E5:E8)"], [], total === "typed" ? [] : [null, null, "D6+E6"]],
  });
  test.each(["typed", "formula"] as const)("its Tổng kinh phí %s: one finding, at the figure", (total) => {
    const { report } = checkWorkbook({ sheets: [sheet(total), plan] }, { workbookName: "x.xlsx" });
    expect(toJsonReport(report, "vi").findings.map((f) => [f.rule, f.cell])).toEqual([["invalid-value", "D6"]]);
  });
});
