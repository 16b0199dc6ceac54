/**
 * Bare names on three levels, each numbered one level below the one above:
 * `I | Phong Thổ` over `1 | Nậm Cười` over `1.1 | Pa Thắng` (or `-`), or
 * `1 | Phong Thổ` over `a | Nậm Cười` over `-`. The middle row, its figures
 * the sum of its items, is the district's commune and its items its villages
 * (parts of its row) — not (before) a district of its own beside the Roman
 * one, the total then counting the communes twice, or every row side by side
 * under the district.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = readPlanJson(
  {
    title: "Kế hoạch thử",
    indicators: [
      { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 6 },
      { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 300 },
    ],
    areas: [],
  },
  "plan.json",
);

type Numbering = (district: number, commune: number, village: number) => [CellValue, CellValue, CellValue];

function rows(numbering: Numbering, firstTeams = 1): CellValue[][] {
  const n = (d: number, c: number, v: number, level: 0 | 1 | 2) => numbering(d, c, v)[level];
  return [
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Kinh phí hỗ trợ (triệu đồng)"],
    [null, "Tổng cộng", 6, 300],
    [n(0, 0, 0, 0), "Phong Thổ", 4, 200],
    [n(0, 0, 0, 1), "Nậm Cười", 2, 100],
    [n(0, 0, 0, 2), "Nậm Cười", firstTeams, 50],
    [n(0, 0, 1, 2), "Pa Thắng", 1, 50],
    [n(0, 1, 0, 1), "Trung Thu", 2, 100],
    [n(0, 1, 0, 2), "Pa Sáng", 1, 40],
    [n(0, 1, 1, 2), "Nậm Tủa", 1, 60],
    [n(1, 0, 0, 0), "Sìn Hồ", 2, 100],
    [n(1, 0, 0, 1), "Tả Phìn", 2, 100],
    [n(1, 0, 0, 2), "Pho Cao", 1, 50],
    [n(1, 0, 1, 2), "Hồng Ngài", 1, 50],
  ];
}

const ROMAN = ["I", "II"];
const NUMBERINGS: [string, Numbering][] = [
  ["`I`, `1`, `1.1`", (d, c, v) => [ROMAN[d], c + 1, `${c + 1}.${v + 1}`]],
  ["`I`, `1`, `-`", (d, c) => [ROMAN[d], c + 1, "-"]],
  ["`1`, `a`, `-`", (d, c) => [d + 1, "ab"[c], "-"]],
];

const check = (numbering: Numbering, firstTeams?: number) => checkWorkbook(workbook(sheet("Phân bổ", rows(numbering, firstTeams))), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;

describe("villages numbered under bare communes numbered under bare districts", () => {
  test.each(NUMBERINGS)("%s: the communes under their districts, the villages parts of their rows, nothing told", (_name, numbering) => {
    const report = check(numbering);
    const areas = report.reading!.areas;
    expect(areas.map((a) => `${a.name}:${a.role}:${a.parent === null ? "-" : areas[a.parent].name}`)).toEqual([
      "Tổng cộng:total:-",
      "Phong Thổ:group:Tổng cộng",
      "Nậm Cười:leaf:Phong Thổ",
      "Trung Thu:leaf:Phong Thổ",
      "Sìn Hồ:group:Tổng cộng",
      "Tả Phìn:leaf:Sìn Hồ",
    ]);
    expect(report.reading!.ignored.map((i) => `${i.at}:${i.why}`)).toEqual(["5:village", "6:village", "8:village", "9:village", "12:village", "13:village"]);
    expect(report.findings).toEqual([]);
    expect(report.reading!.confidence.level).toBe("high");
  });

  test.each(NUMBERINGS)("%s, a village mistyped: told once, at its commune's row", (_name, numbering) => {
    expect(check(numbering, 2).findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["subtotal@C4"]);
  });
});
