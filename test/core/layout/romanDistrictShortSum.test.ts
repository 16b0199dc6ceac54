/**
 * Districts numbered `I | Huyện …` over bare, unnumbered communes, a
 * district's subtotal a `SUM` starting at its first commune (or a chain
 * `C8+C9+C10`, a `SUBTOTAL(9,…)`, a `SUMIF`): the rows from
 * there down to the next district are its communes, even where the range stops
 * short of the last (one subtotal finding at the district's cell, not that
 * commune read as standing beside the districts) or adds up a number typed as
 * text (the text-number error alone, its row left under its district).
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = readPlanJson(
  { title: "Kế hoạch thử", indicators: [{ code: "1", name: "Người được tập huấn kỹ năng", unit: "người", target: 45 }], areas: [] },
  "plan.json",
);

/** Bắc Hà's subtotal (row 7) as its SUM caches it; `last` the figure of its last commune, Nậm Lúc (row 11). */
function rows(bacHa: number, last: CellValue): CellValue[][] {
  return [
    ["STT", "Đơn vị", "Người được tập huấn kỹ năng (người)"],
    ["I", "Huyện Than Uyên", 14],
    [null, "Dần Thàng", 2],
    [null, "Cán Tỷ", 5],
    [null, "Bản Liền", 2],
    [null, "Tả Gia Khâu", 5],
    ["II", "Huyện Bắc Hà", bacHa],
    [null, "Cốc Ly", 3],
    [null, "Sính Phình", 2],
    [null, "Pha Long", 4],
    [null, "Nậm Lúc", last],
    ["III", "Huyện Bảo Yên", 20],
    [null, "Lùng Phình", 2],
    [null, "Khoen On", 1],
    [null, "Vĩnh Yên", 8],
    [null, "Minh Lương", 9],
    [null, "Tổng cộng", 45],
  ];
}

test.each<[string, number, CellValue, string, string[]]>([
  ["the SUM over all its communes", 11, 2, "SUM(C8:C11)", []],
  ["the SUM stopping short of its last commune", 9, 2, "SUM(C8:C10)", ["subtotal@C7"]],
  ["the SUM over a number typed as text, which it skips", 9, "2", "SUM(C8:C11)", ["text-number@C11"]],
  ["a chain of cells stopping short of its last commune", 9, 2, "C8+C9+C10", ["subtotal@C7"]],
  ["a SUBTOTAL(9,…) stopping short of its last commune", 9, 2, "SUBTOTAL(9,C8:C10)", ["subtotal@C7"]],
  ["a SUMIF stopping short of its last commune", 9, 2, 'SUMIF($B$8:$B$10,"<>",C8:C10)', ["subtotal@C7"]],
])("%s: the last commune under its district", (_name, bacHa, last, formula, findings) => {
  const data = sheet("Phân bổ", rows(bacHa, last), { formulas: { C7: formula } });
  const { report } = checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" });
  const areas = report.reading!.areas;
  const lastCommune = areas.find((a) => a.name === "Nậm Lúc")!;
  expect(lastCommune.parent === null ? null : areas[lastCommune.parent].name).toBe("Huyện Bắc Hà");
  expect(report.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`)).toEqual(findings);
  if (findings[0]?.startsWith("text-number")) expect(report.findings[0].severity).toBe("error");
});

/**
 * The same with a district of two communes whose cell is a plain reference to its first (`=C4`, the range of one
 * cell left after a row was inserted under it), copied along the row, a blank row closing the district and the
 * grand total the communes' sum: read as the district adding up Dần Thàng alone and Cốc Ly standing beside the
 * districts, every sum would hold — but Cốc Ly has no Roman STT as every district has, sits between its district's
 * first commune and the blank row closing the district, and the district's formula starts at the row right below
 * it. It is the district's commune: one subtotal finding at C3, for the formula copied along the row.
 */
describe("a district's cell a plain reference to its first of two communes, a blank row after the district", () => {
  const twoLines = (i: CellValue, iE: CellValue): CellValue[][] => [
    ["STT", "Đơn vị", "Người được tập huấn kỹ năng", null, "Câu lạc bộ thủ lĩnh của sự thay đổi"],
    [null, null, "người", null, "CLB"],
    ["I", "Huyện Bắc Hà", i, null, iE],
    [null, "Dần Thàng", 6, null, 7],
    [null, "Cốc Ly", 7, null, 7],
    [],
    ["II", "Huyện Than Uyên", 20, null, 20],
    [null, "Tả Gia Khâu", 7, null, 3],
    [null, "Lùng Phình", 3, null, 7],
    [null, "Bản Liền", 2, null, 1],
    [null, "Sính Phình", 8, null, 9],
    [null, "Tổng cộng", 33, null, 34],
  ];
  const plan = readPlanJson(
    {
      title: "Kế hoạch thử",
      indicators: [
        { code: "1", name: "Người được tập huấn kỹ năng", unit: "người", target: 33 },
        { code: "2", name: "Câu lạc bộ thủ lĩnh của sự thay đổi", unit: "CLB", target: 34 },
      ],
      areas: [],
    },
    "plan.json",
  );
  const read = (i: CellValue, iE: CellValue, formulas: Record<string, string>) => {
    const { report } = checkWorkbook(workbook(sheet("Phân bổ", twoLines(i, iE), { formulas })), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" });
    const areas = report.reading!.areas;
    const parentOf = (name: string): string | null => {
      const a = areas.find((x) => x.name === name)!;
      return a.parent === null ? null : areas[a.parent].name;
    };
    return { report, parentOf };
  };

  test.each<[string, Record<string, string>]>([
    ["=C4 and =E4", { C3: "C4", E3: "E4" }],
    ["=$C$4 and =$E$4", { C3: "$C$4", E3: "$E$4" }],
  ])("%s: Cốc Ly under Huyện Bắc Hà, one subtotal at C3", (_name, formulas) => {
    const { report, parentOf } = read(6, 7, formulas);
    expect(parentOf("Cốc Ly")).toBe("Huyện Bắc Hà");
    expect(parentOf("Dần Thàng")).toBe("Huyện Bắc Hà");
    expect(report.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell} ${String(f.expected)} ${String(f.actual)}`)).toEqual(["subtotal@C3 13 6"]);
  });

  test("the same figures typed, no formula: left to the arithmetic (CONTRACT §2), Cốc Ly beside the districts", () => {
    // No formula tells the district's range: the typed figures add up read so, and the contract lets them decide.
    const { report, parentOf } = read(6, 7, {});
    expect(parentOf("Dần Thàng")).toBe("Huyện Bắc Hà");
    expect(parentOf("Cốc Ly")).toBe("Tổng cộng");
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

});
