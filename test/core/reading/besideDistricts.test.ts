/**
 * A bare row right after a district's communes, a blank row closing the
 * district, the figures typed with no formula: the arithmetic sets it beside
 * the districts (CONTRACT §2), and the reading says it is not sure — the
 * row may be the district's last commune, its subtotal short of it. Where a
 * formula, no blank row or the row's own STT decides, nothing is said.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "../layout/sheetBuilder";

const PLAN = readPlanJson(
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

/** Huyện Bắc Hà (row 3) typed 6 | 7, its communes Dần Thàng (row 4) and Cốc Ly (row 5); `gap` the rows between Cốc Ly and Huyện Than Uyên. */
function rows(gap: CellValue[][] = [[]], coclySTT: CellValue = null): CellValue[][] {
  return [
    ["STT", "Đơn vị", "Người được tập huấn kỹ năng", null, "Câu lạc bộ thủ lĩnh của sự thay đổi"],
    [null, null, "người", null, "CLB"],
    ["I", "Huyện Bắc Hà", 6, null, 7],
    [null, "Dần Thàng", 6, null, 7],
    [coclySTT, "Cốc Ly", 7, null, 7],
    ...gap,
    ["III", "Huyện Than Uyên", 20, null, 20],
    [null, "Tả Gia Khâu", 7, null, 3],
    [null, "Lùng Phình", 3, null, 7],
    [null, "Bản Liền", 2, null, 1],
    [null, "Sính Phình", 8, null, 9],
    [null, "Tổng cộng", 33, null, 34],
  ];
}

function read(values: CellValue[][], formulas: Record<string, string> = {}) {
  const { report } = checkWorkbook(workbook(sheet("Phân bổ", values, { formulas })), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" });
  const areas = report.reading!.areas;
  const cocLy = areas.find((a) => a.name === "Cốc Ly")!;
  return {
    parent: cocLy.parent === null ? null : areas[cocLy.parent].name,
    confidence: report.reading!.confidence,
    findings: report.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`),
  };
}

test("typed figures, a blank row closing the district: beside the districts by the arithmetic, the reading unsure", () => {
  const { parent, confidence, findings } = read(rows());
  expect(parent).toBe("Tổng cộng");
  expect(findings).toEqual([]);
  expect(confidence.level).toBe("low");
  const said = confidence.reasons.filter((r) => r.en.includes('"Cốc Ly"'));
  expect(said).toHaveLength(1);
  expect(said[0].en).toContain('Row 5 "Cốc Ly" follows the communes of Huyện Bắc Hà, before the blank row closing the district');
  expect(said[0].en).toContain("the district's subtotal (row 3) leaves it out");
  expect(said[0].vi).toContain('Dòng 5 "Cốc Ly" nằm ngay sau các xã của Huyện Bắc Hà');
});

test.each<[string, CellValue[][], Record<string, string>, CellValue, string | null]>([
  // The district's formula starting right below it reads Cốc Ly under it: its subtotal told, nothing unsure.
  ["the district a reference to its first commune", [[]], { C3: "C4", E3: "E4" }, null, "Huyện Bắc Hà"],
  // No blank row: nothing of the layout closes Bắc Hà after Cốc Ly.
  ["no blank row after it", [], {}, null, null],
  // Its own Roman STT: a district by its STT, not by the arithmetic.
  ["its own Roman STT", [[]], {}, "II", null],
])("%s: no doubt said about Cốc Ly", (_n, gap, formulas, stt, parent) => {
  const got = read(rows(gap, stt), formulas);
  if (parent !== null) expect(got.parent).toBe(parent);
  expect(got.confidence.reasons.filter((r) => r.en.includes('"Cốc Ly" follows'))).toEqual([]);
});
