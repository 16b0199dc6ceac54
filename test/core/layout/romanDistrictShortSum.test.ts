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
