/**
 * Three levels named bare and numbered, the third named by no village word
 * (`1 | Phong Thổ`, `1.1 | Nậm Cười`, `1.1.1 | Pa Thắng` — or `1.1.1 | Nậm
 * Cười`, the village named after its commune): the numbering puts the
 * `1.1.x` rows under the `1.1` row, and the arithmetic (the `1.1` row their
 * sum, or blank with theirs holding the figures) makes it their commune —
 * not all read side by side under the district, its subtotal then off by the
 * villages. The plan's list of communes, where given, names the `1.1` row;
 * a `1.1.1` row named like it is its village, not the commune twice.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "./sheetBuilder";

const LISTED = [
  ["Phong Thổ", "Nậm Cười"],
  ["Phong Thổ", "Trung Thu"],
  ["Sìn Hồ", "Tả Phìn"],
].map(([district, commune]) => ({ district, commune }));

const plan = (listed: boolean) =>
  readPlanJson(
    {
      title: "Kế hoạch thử",
      indicators: [
        { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 6 },
        { code: "2", name: "Kinh phí", unit: "triệu đồng", target: 300 },
      ],
      areas: listed ? LISTED : [],
    },
    "plan.json",
  );

/** `firstTeams`: the first village's teams (1 adds up, 2 is a mistyped cell); `blankCommunes`: the communes' rows left blank. */
function rows(firstVillage: string, firstTeams: number, blankCommunes: boolean): CellValue[][] {
  const commune = (teams: number, money: number): CellValue[] => (blankCommunes ? [null, null] : [teams, money]);
  return [
    ["BIỂU PHÂN BỔ CHỈ TIÊU DỰ ÁN 8 NĂM 2026"],
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Kinh phí (triệu đồng)"],
    [null, "Tổng cộng", 6, 300],
    ["1", "Phong Thổ", 4, 200],
    ["1.1", "Nậm Cười", ...commune(2, 100)],
    ["1.1.1", firstVillage, firstTeams, 50],
    ["1.1.2", "Pa Thắng", 1, 50],
    ["1.2", "Trung Thu", ...commune(2, 100)],
    ["1.2.1", "Pa Sáng", 1, 40],
    ["1.2.2", "Nậm Tủa", 1, 60],
    ["2", "Sìn Hồ", 2, 100],
    ["2.1", "Tả Phìn", ...commune(2, 100)],
    ["2.1.1", "Pho Cao", 1, 50],
    ["2.1.2", "Hồng Ngài", 1, 50],
  ];
}

const check = (firstVillage: string, firstTeams: number, blankCommunes: boolean, listed: boolean) =>
  checkWorkbook(workbook(sheet("Phân bổ", rows(firstVillage, firstTeams, blankCommunes))), { workbookName: "t.xlsx", plan: plan(listed), sheet: "Phân bổ" }).report;

const tree = (report: ReturnType<typeof check>) => {
  const areas = report.reading!.areas;
  return areas.map((a) => `${a.name}:${a.role}:${a.parent === null ? "-" : areas[a.parent].name}`);
};

const COMMUNES_HOLD = ["Tổng cộng:total:-", "Phong Thổ:group:Tổng cộng", "Nậm Cười:leaf:Phong Thổ", "Trung Thu:leaf:Phong Thổ", "Sìn Hồ:group:Tổng cộng", "Tả Phìn:leaf:Sìn Hồ"];

describe("bare villages numbered under bare communes", () => {
  test.each<[string, string, boolean]>([
    ["villages named bare", "Khe Lếch", false],
    ["the first village named after its commune", "Nậm Cười", false],
    ["villages named bare, the plan listing the communes", "Khe Lếch", true],
    ["the first village named after its commune, the plan listing it", "Nậm Cười", true],
  ])("%s: the communes under their districts, the villages parts of their rows, nothing told", (_name, firstVillage, listed) => {
    const report = check(firstVillage, 1, false, listed);
    expect(tree(report)).toEqual(COMMUNES_HOLD);
    expect(report.reading!.ignored.filter((i) => i.why === "village").map((i) => i.at)).toEqual(["6", "7", "9", "10", "13", "14"]);
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(report.reading!.confidence.level).toBe("high");
  });

  test.each<[string, boolean]>([
    ["named bare", false],
    ["the plan listing the communes", true],
  ])("a village mistyped (%s): told once, at its commune's row its villages no longer add up to", (_name, listed) => {
    const report = check("Nậm Cười", 2, false, listed);
    expect(report.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`)).toEqual(["subtotal@C5"]);
  });

  test("the communes' rows blank: headings, their villages hold the figures", () => {
    const report = check("Khe Lếch", 1, true, false);
    expect(tree(report)).toEqual([
      "Tổng cộng:total:-",
      "Phong Thổ:group:Tổng cộng",
      "Nậm Cười:heading:Phong Thổ",
      "Khe Lếch:leaf:Nậm Cười",
      "Pa Thắng:leaf:Nậm Cười",
      "Trung Thu:heading:Phong Thổ",
      "Pa Sáng:leaf:Trung Thu",
      "Nậm Tủa:leaf:Trung Thu",
      "Sìn Hồ:group:Tổng cộng",
      "Tả Phìn:heading:Sìn Hồ",
      "Pho Cao:leaf:Tả Phìn",
      "Hồng Ngài:leaf:Tả Phìn",
    ]);
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});
