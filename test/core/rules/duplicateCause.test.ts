/**
 * An area written twice under one district whose typed totals were added up
 * without the repeat: the district's subtotal (or the first typed total
 * above formulas that count it) and the plan comparison it alone puts off
 * are that one cause, told at the repeat. Totals that count the repeat (or a
 * row the plan's list lacks) leave the plan as the only measure: the
 * ceilings it alone puts over, by exactly its figures on every line, are
 * named in it; a plan off on its own keeps them.
 */
import type { CellValue } from "../../../src/core/model/workbook";
import { checkWorkbook } from "../../../src/core/check";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, transposeSheet, workbook } from "../layout/sheetBuilder";
import { checkTotals, told, withFigure, type District, type Layout, type PlanSpec } from "./totalsSheet";

const PLAN = (targets: readonly number[]) =>
  readPlanJson(
    {
      title: "Kế hoạch thử",
      indicators: [
        { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: targets[0] },
        { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: targets[1] },
      ],
    },
    "plan.json",
  );

/** Huyện Mỹ Đức's Xã Hùng Tiến written twice (row 10); `district` and `total` are what the sheet types there. */
function rows(district: CellValue[], total: CellValue[]): CellValue[][] {
  return [
    ["BIỂU PHÂN BỔ"],
    ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"],
    [null, "Tổng cộng", ...total],
    ["I", "Huyện Ba Vì", 6, 200],
    [1, "Xã Khánh Thượng", 3, 100],
    [2, "Xã Minh Quang", 3, 100],
    ["II", "Huyện Mỹ Đức", ...district],
    [1, "Xã An Phú", 2, 100],
    [2, "Xã Hùng Tiến", 3, 100],
    [3, "Xã Hùng Tiến", 3, 100],
  ];
}

interface Extra {
  readonly formulas?: Record<string, string>;
  readonly edit?: (rows: CellValue[][]) => void;
}

function check(targets: readonly number[], district: CellValue[], total: CellValue[], transposed = false, extra: Extra = {}) {
  const sheetRows = rows(district, total);
  extra.edit?.(sheetRows);
  const data = sheet("Phân bổ", sheetRows, extra.formulas ? { formulas: extra.formulas } : {});
  const { report } = checkWorkbook(workbook(transposed ? transposeSheet(data) : data), { workbookName: "t.xlsx", plan: PLAN(targets), sheet: "Phân bổ" });
  return report.findings;
}
const cells = (findings: ReturnType<typeof check>) => findings.map((f) => `${f.rule} ${f.cell}`).sort();

/** Every total a formula: the districts SUM their communes, the grand total adds the districts. */
const FORMULAS = { C3: "C4+C7", D3: "D4+D7", C4: "SUM(C5:C6)", D4: "SUM(D5:D6)", C7: "SUM(C8:C10)", D7: "SUM(D8:D10)" };

describe("an area written twice", () => {
  test.each<[string, number[], CellValue[], CellValue[], string[], Extra | undefined]>([
    ["typed totals leave the repeat out: one finding, at it", [11, 400], [5, 200], [11, 400], ["duplicate B10"], undefined],
    ["a formula district counts it, the typed grand total leaves it out", [11, 400], [8, 300], [11, 400], ["duplicate B10"], { formulas: { C7: "SUM(C8:C10)", D7: "SUM(D8:D10)" } }],
    ["typed totals count the repeat: the ceilings it alone puts over are named in it", [11, 400], [8, 300], [14, 500], ["duplicate B10"], undefined],
    ["typed totals count the repeat, the plan off besides on one line: every ceiling stays", [11, 410], [8, 300], [14, 500], ["ceiling C3", "ceiling D3", "duplicate B10"], undefined],
    ["formula totals count the repeat: one finding, at it", [11, 400], [8, 300], [14, 500], ["duplicate B10"], { formulas: FORMULAS }],
    ["formula totals count the repeat, the plan off besides: every ceiling stays", [12, 400], [8, 300], [14, 500], ["ceiling C3", "ceiling D3", "duplicate B10"], { formulas: FORMULAS }],
    // One figure over by as much is no evidence of a whole row: a plan line may be off by any figure.
    [
      "formula totals count a repeat with one figure",
      [11, 400],
      [8, 200],
      [14, 400],
      ["ceiling C3", "duplicate B10"],
      { formulas: FORMULAS, edit: (r) => (r[9][3] = 0) },
    ],
    ["the plan off besides: that ceiling stays", [12, 400], [5, 200], [11, 400], ["ceiling C3", "duplicate B10"], undefined],
    ["one line's district leaves it out, the other is wrong on its own", [11, 400], [5, 210], [11, 410], ["ceiling D3", "duplicate B10", "subtotal D7"], undefined],
    // Mỹ Đức typed 8 tổ with the repeat, 200 triệu without it: typed with the repeat, the 200 is a gap of its own.
    ["typed with the repeat on one line, a subtotal off by its figure on the other: that subtotal is its own", [14, 400], [8, 200], [14, 400], ["ceiling D3", "duplicate B10", "subtotal D7"], undefined],
    // A SUM whose range stops above the repeat (a row added after the range's end) shows the district without it.
    ["a formula district whose range leaves the repeat out", [11, 400], [5, 200], [11, 400], ["duplicate B10"], { formulas: { C7: "SUM(C8:C9)", D7: "SUM(D8:D9)" } }],
    // Ba Vì's subtotal typed wrong besides: told at it; the grand total, typed from the communes without the repeat, is right.
    ["another district's subtotal wrong, the grand total typed from the communes", [11, 400], [5, 200], [11, 400], ["duplicate B10", "subtotal C4"], { edit: (r) => (r[3][2] = 7) }],
  ])("%s", (_name, targets, district, total, expected, extra) => {
    const findings = check(targets, district, total, false, extra);
    expect(cells(findings)).toEqual(expected);
    const repeat = findings.find((f) => f.rule === "duplicate");
    if (expected.length === 1) expect(repeat?.message.en).toMatch(/removing it (also )?puts/);
  });

  test("formula totals counting the repeat: its message names the ceilings it puts over", () => {
    const findings = check([11, 400], [8, 300], [14, 500], true, { formulas: FORMULAS });
    expect(cells(findings)).toEqual(["duplicate J2"]);
    expect(findings[0].message.vi).toContain(
      "Các ô cộng của bảng tính cả cột trùng này, nên phân bổ vượt kế hoạch đúng bằng số liệu của nó: bỏ cột này thì tổng phân bổ của Tổ truyền thông cộng đồng so với kế hoạch (C3) và tổng phân bổ của Kinh phí hỗ trợ so với kế hoạch (C4) cũng khớp.",
    );
  });

  test("indicators as rows: told at the repeated column's name", () => {
    const findings = check([11, 400], [5, 200], [11, 400], true);
    expect(cells(findings)).toEqual(["duplicate J2"]);
    expect(findings[0].message.vi).toEqual(expect.stringContaining("bỏ cột này thì"));
  });
});

describe("a repeat the typed subtotal leaves out beside an unread figure under it", () => {
  /** Huyện Mỹ Đức: Xã An Phú's figure `an`, Xã Hùng Tiến 3 tổ / 100 triệu, its repeat `repeat`; subtotal 8 / 300, grand total 14 / 500. */
  function check(an: CellValue, repeat: CellValue[], targets: readonly number[]) {
    const values = rows([8, 300], [14, 500]);
    values[7] = [1, "Xã An Phú", an, 200];
    values[9] = [3, "Xã Hùng Tiến", ...repeat];
    return checkWorkbook(workbook(sheet("Phân bổ", values)), { workbookName: "x.xlsx", plan: PLAN(targets) }).report.findings;
  }
  test.each<[string, CellValue, CellValue[], number[], string[], boolean]>([
    // Left out with the repeat, the subtotal gives #REF! its 5: both together bring the line to the plan the grand total shows.
    ["#REF! and a repeat larger than its figure", { error: "#REF!" }, [7, 100], [14, 500], ["duplicate B10", "invalid-value C8"], true],
    ["text and a repeat", "chưa có", [7, 100], [14, 500], ["duplicate B10", "invalid-value C8"], true],
    // The plan differs from what the sheet shows: the ceiling is a gap of its own.
    ["the plan stays off", { error: "#REF!" }, [7, 100], [12, 500], ["ceiling C3", "duplicate B10", "invalid-value C8"], false],
  ])("%s", (_name, an, repeat, targets, expected, named) => {
    const findings = check(an, repeat, targets);
    expect(findings.map((f) => `${f.rule} ${f.cell}`).sort()).toEqual(expected);
    for (const cell of ["B10", "C8"]) {
      const message = findings.find((f) => f.cell === cell)?.message.vi ?? "";
      expect(message.includes("không tính dòng B10, ô C8 là 5 tổ: bỏ dòng B10 và ghi lại số đó thì tổng phân bổ của Tổ truyền thông cộng đồng so với kế hoạch (C3) cùng khớp")).toBe(named);
    }
  });
});

describe("an area not in the plan's list that the typed totals leave out", () => {
  const plan = (target: number) =>
    readPlanJson(
      {
        indicators: [{ code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target }],
        areas: [
          { district: "Ba Vì", commune: "Khánh Thượng" },
          { district: "Ba Vì", commune: "Minh Quang" },
          { district: "Mỹ Đức", commune: "An Phú" },
          { district: "Mỹ Đức", commune: "Hùng Tiến" },
        ],
      },
      "plan.json",
    );
  function check(target: number, extra: CellValue, an: CellValue, district: number) {
    const values: CellValue[][] = [
      ["BIỂU PHÂN BỔ"],
      ["STT", "Địa bàn", "Tổ truyền thông cộng đồng"],
      [null, "Tổng cộng", 6 + district],
      ["I", "Huyện Ba Vì", 6],
      [1, "Xã Khánh Thượng", 3],
      [2, "Xã Minh Quang", 3],
      ["II", "Huyện Mỹ Đức", district],
      [1, "Xã An Phú", an],
      [2, "Xã Hùng Tiến", 3],
      [3, "Xã Hợp Thanh", extra],
    ];
    return checkWorkbook(workbook(sheet("Phân bổ", values)), { workbookName: "x.xlsx", plan: plan(target) }).report.findings;
  }
  test.each<[string, number, CellValue, CellValue, number, string[], string]>([
    ["its row left out of the subtotal", 11, 4, 2, 5, ["coverage error B10"], "bỏ dòng này, Tổ truyền thông cộng đồng của Huyện Mỹ Đức (C7) và tổng phân bổ của Tổ truyền thông cộng đồng so với kế hoạch (C3) cũng khớp"],
    ["its row left out, the plan off besides", 12, 4, 2, 5, ["ceiling C3", "coverage error B10"], "bỏ dòng này, Tổ truyền thông cộng đồng của Huyện Mỹ Đức (C7) cũng khớp"],
    ["beside a #REF! under the same subtotal", 11, 4, { error: "#REF!" }, 5, ["coverage error B10", "invalid-value error C8"], "không tính dòng B10, ô C8 là 2 tổ: bỏ dòng B10 và ghi lại số đó thì tổng phân bổ"],
    // The subtotal counts it: the plan's list is what lacks it; only the coverage warning.
    ["counted by the subtotal", 15, 4, 2, 9, ["coverage warning B10"], "không có trong danh sách"],
  ])("%s", (_name, target, extra, an, district, expected, text) => {
    const findings = check(target, extra, an, district);
    expect(findings.map((f) => (f.rule === "ceiling" ? `${f.rule} ${f.cell}` : `${f.rule} ${f.severity} ${f.cell}`)).sort()).toEqual(expected);
    expect(findings.find((f) => f.cell === "B10")?.message.vi).toContain(text);
  });

  /** Two lines, every total a formula counting Xã Hợp Thanh (row 10: `extra`). */
  function counted(targets: readonly number[], extra: readonly number[], alsoListed: readonly string[] = [], quota?: number) {
    const values: CellValue[][] = [
      ["BIỂU PHÂN BỔ"],
      ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"],
      [null, "Tổng cộng", 13 + extra[0], 400 + extra[1]],
      ["I", "Huyện Ba Vì", 6, 200],
      [1, "Xã Khánh Thượng", 3, 100],
      [2, "Xã Minh Quang", 3, 100],
      ["II", "Huyện Mỹ Đức", 7 + extra[0], 200 + extra[1]],
      [1, "Xã An Phú", 4, 100],
      [2, "Xã Hùng Tiến", 3, 100],
      [3, "Xã Hợp Thanh", ...extra],
    ];
    const p = readPlanJson(
      {
        indicators: [
          { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: targets[0], ...(quota !== undefined ? { quota } : {}) },
          { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: targets[1] },
        ],
        areas: ["Khánh Thượng", "Minh Quang", "An Phú", "Hùng Tiến", ...alsoListed].map((commune, i) => ({ district: i < 2 ? "Ba Vì" : "Mỹ Đức", commune })),
      },
      "plan.json",
    );
    return checkWorkbook(workbook(sheet("Phân bổ", values, { formulas: FORMULAS })), { workbookName: "x.xlsx", plan: p }).report.findings;
  }
  test.each<[string, number[], number[], string[], string[], number | undefined]>([
    ["the plan over by exactly its row: one finding, at it", [13, 400], [2, 50], ["coverage error B10"], [], undefined],
    ["the plan counting it: the plan's list is what lacks it", [15, 450], [2, 50], ["coverage warning B10"], [], undefined],
    ["the plan off by other figures: the ceilings stay", [12, 400], [2, 50], ["ceiling C3", "ceiling D3", "coverage warning B10"], [], undefined],
    // Xã Hợp Thanh may be Phù Đổng under another name: the plan counts it, the ceilings are gaps of their own.
    ["a plan commune with no row beside it: the ceilings stay", [13, 400], [2, 50], ["ceiling C3", "ceiling D3", "coverage warning B10", "coverage warning null"], ["Phù Đổng"], undefined],
    // Every commune holds the quota of 1 tổ: that line says nothing of this row, the other alone is too little.
    ["a figure that is the plan's quota is no evidence of the row", [13, 400], [1, 50], ["ceiling C3", "ceiling D3", "coverage warning B10", "quota C5", "quota C6", "quota C8", "quota C9"], [], 1],
  ])("formula totals counting its row, %s", (_name, targets, extra, expected, alsoListed, quota) => {
    const findings = counted(targets, extra, alsoListed, quota);
    expect(findings.map((f) => (f.rule === "ceiling" || f.rule === "quota" ? `${f.rule} ${f.cell}` : `${f.rule} ${f.severity} ${f.cell}`)).sort()).toEqual(expected);
    if (expected.length === 1 && expected[0].includes("error")) expect(findings[0].message.vi).toContain("nếu địa bàn này không thuộc kế hoạch thì bỏ dòng này, tổng phân bổ của Tổ truyền thông cộng đồng so với kế hoạch (C3) và tổng phân bổ của Kinh phí hỗ trợ so với kế hoạch (D3) cũng khớp");
  });
});

describe("a repeat the formula totals count, on three lines", () => {
  /** Xã Hùng Tiến (3 tổ, 100 triệu, 2 CLB) written twice in Huyện Mỹ Đức; every total a formula. */
  function check(targets: readonly number[], edit?: (rows: CellValue[][]) => void) {
    const values: CellValue[][] = [
      ["BIỂU PHÂN BỔ"],
      ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)", "Câu lạc bộ"],
      [null, "Tổng cộng", 14, 500, 7],
      ["I", "Huyện Ba Vì", 6, 200, 2],
      [1, "Xã Khánh Thượng", 3, 100, 1],
      [2, "Xã Minh Quang", 3, 100, 1],
      ["II", "Huyện Mỹ Đức", 8, 300, 5],
      [1, "Xã An Phú", 2, 100, 1],
      [2, "Xã Hùng Tiến", 3, 100, 2],
      [3, "Xã Hùng Tiến", 3, 100, 2],
    ];
    edit?.(values);
    const formulas = { ...FORMULAS, E3: "E4+E7", E4: "SUM(E5:E6)", E7: "SUM(E8:E10)" };
    const p = readPlanJson(
      {
        indicators: [
          { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: targets[0] },
          { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: targets[1] },
          { code: "3", name: "Câu lạc bộ", unit: "CLB", target: targets[2] },
        ],
      },
      "plan.json",
    );
    return checkWorkbook(workbook(sheet("Phân bổ", values, { formulas })), { workbookName: "x.xlsx", plan: p }).report.findings;
  }
  test.each<[string, number[], string[]]>([
    ["over by exactly its figures everywhere", [11, 400, 5], ["duplicate B10"]],
    // Two lines over by exactly its figures tell the row is counted; the third is off by its own figure besides.
    ["the plan off besides on one line: that ceiling stays", [11, 400, 4], ["ceiling E3", "duplicate B10"]],
    ["off on two lines: one line alone tells nothing", [11, 390, 4], ["ceiling C3", "ceiling D3", "ceiling E3", "duplicate B10"]],
    // On its plan on the third line, where the repeat holds 2: the plan counts it there (leaving it out would put
    // that line under), so the two lines over by its figures are gaps of their own.
    ["on its plan on a line it holds a figure on: every ceiling stays", [11, 400, 7], ["ceiling C3", "ceiling D3", "duplicate B10"]],
  ])("%s", (_name, targets, expected) => {
    const findings = check(targets);
    expect(cells(findings)).toEqual(expected);
    if (expected.length === 2) expect(findings.find((f) => f.rule === "duplicate")?.message.vi).not.toContain("(E3)");
  });

  // Xã An Phú's CLB typed "x" (counted 0): over by the repeat's 2 less An Phú's 1, the line is the repeat and the "x" together.
  test.each<[string, CellValue, number[], string[], string | null]>([
    ["an unread commune beside the repeat on one line", "x", [11, 400, 5], ["duplicate B10", "invalid-value E8"], "Ghi ô này là 1 CLB và bỏ dòng B10 thì tổng phân bổ của Câu lạc bộ so với kế hoạch (E3) cũng khớp."],
    ["a fraction beside the repeat on one line", 0.5, [11, 400, 5], ["duplicate B10", "invalid-value E8"], "Ghi ô này là 1 CLB và bỏ dòng B10"],
    ["the plan off on that line besides: its ceiling stays", "x", [11, 400, 3], ["ceiling E3", "duplicate B10", "invalid-value E8"], null],
  ])("%s", (_name, anPhu, targets, expected, note) => {
    const findings = check(targets, (rows) => {
      rows[7][4] = anPhu;
      const shown = typeof anPhu === "number" ? 4 + anPhu : 4;
      rows[6][4] = shown;
      rows[2][4] = 2 + shown;
    });
    expect(cells(findings)).toEqual(expected);
    const invalid = findings.find((f) => f.rule === "invalid-value")?.message.vi ?? "";
    if (note !== null) {
      expect(invalid).toContain(note);
      expect(findings.find((f) => f.rule === "duplicate")?.message.vi).toContain("Bỏ dòng này và ghi ô E8 là 1 CLB thì tổng phân bổ của Câu lạc bộ so với kế hoạch (E3) cũng khớp.");
    } else expect(invalid).not.toContain("cũng khớp");
  });
});

describe("a repeat counted by formula totals beside another commune's quota missed on the quota line", () => {
  const plan: PlanSpec = {
    lines: [
      { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 6, quota: 1 },
      { code: "2", name: "Địa chỉ tin cậy", unit: "địa chỉ", target: 12 },
      { code: "3", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 600 },
    ],
  };
  const headers = ["Tổ truyền thông cộng đồng", "Địa chỉ tin cậy", "Kinh phí hỗ trợ (triệu đồng)"];
  const districts: District[] = [
    { name: "Ba Vì", communes: [{ name: "Khánh Thượng", values: [1, 2, 100] }, { name: "Minh Quang", values: [1, 3, 120] }, { name: "Ba Trại", values: [1, 1, 80] }] },
    { name: "Mỹ Đức", communes: [{ name: "An Phú", values: [1, 2, 90] }, { name: "Hùng Tiến", values: [1, 2, 110] }, { name: "Phù Lưu", values: [1, 2, 100] }] },
  ];
  /** Minh Quang written again at the end of Ba Vì; An Phú given no team (the quota line evens out). */
  const repeated: District[] = withFigure([{ ...districts[0], communes: [...districts[0].communes, districts[0].communes[1]] }, districts[1]], 1, 0, 0, 0);
  test.each<[string, Layout]>([
    ["formula totals", { totals: "formula", districtRows: true }],
    ["no totals", { totals: "none", districtRows: true }],
  ])("%s: the line evened out by the missed quota is no sign the plan counts the repeat", (_name, layout) => {
    const found = told(checkTotals(plan, districts, repeated, layout, headers));
    expect(found.filter((f) => f.startsWith("ceiling"))).toEqual([]);
    expect(found.filter((f) => f.startsWith("duplicate"))).toHaveLength(1);
    expect(found.filter((f) => f.startsWith("quota"))).toHaveLength(1);
  });
});
