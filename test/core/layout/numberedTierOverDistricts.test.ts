/**
 * Three levels numbered `1`, `1.1`, `1.1.1` where the top one is no district
 * but a tier over them: a level of government (`2 | Cấp huyện` after `1 | Cấp
 * tỉnh`) or a region (`1 | Vùng Tây Bắc`) whose items are districts — named
 * by their prefix (`1.1 | Huyện Phong Thổ`), or bare over communes named by
 * theirs (`1.1.1 | Xã Nậm Cười`), or bare under a level word. The districts
 * are groups under the tier, their communes under them — not (before) the
 * districts read as communes beside their own communes, or the tier as a
 * leaf, with false subtotal and quota findings.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "./sheetBuilder";

function plan(teams: number, money: number) {
  return readPlanJson(
    {
      title: "Kế hoạch thử",
      indicators: [
        { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: teams, quota: 1 },
        { code: "2", name: "Kinh phí", unit: "triệu đồng", target: money },
      ],
      areas: [],
    },
    "plan.json",
  );
}

/** Under `Cấp huyện` numbered `2` (after `1 | Cấp tỉnh`), or under a region numbered `1`; `sinHo`: Sìn Hồ's money as typed. */
function rows(levels: boolean, district: string, commune: string, sinHo = 300): CellValue[][] {
  const n = levels ? "2" : "1";
  return [
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Kinh phí (triệu đồng)"],
    [null, "Tổng cộng", levels ? 8 : 6, levels ? 700 : 600],
    ...(levels ? [["1", "Cấp tỉnh", 2, 100]] : []),
    [n, levels ? "Cấp huyện" : "Vùng Tây Bắc", 6, 600],
    [`${n}.1`, `${district}Phong Thổ`, 2, 300],
    [`${n}.1.1`, `${commune}Nậm Cười`, 1, 150],
    [`${n}.1.2`, `${commune}Khe Lếch`, 1, 150],
    [`${n}.2`, `${district}Sìn Hồ`, 4, sinHo],
    [`${n}.2.1`, `${commune}Pho Cao`, 1, 100],
    [`${n}.2.2`, `${commune}Hồng Ngài`, 1, 100],
    [`${n}.2.3`, `${commune}Tả Phìn`, 1, 50],
    [`${n}.2.4`, `${commune}Nậm Tăm`, 1, 50],
  ];
}

function check(levels: boolean, district: string, commune: string, sinHo?: number) {
  const data = rows(levels, district, commune, sinHo);
  return checkWorkbook(workbook(sheet("Phân bổ", data)), { workbookName: "t.xlsx", plan: levels ? plan(8, 700) : plan(6, 600), sheet: "Phân bổ" }).report;
}

describe("a numbered tier over numbered districts over their communes", () => {
  test.each<[string, boolean, string, string]>([
    ["a region over bare districts over communes by their prefix", false, "", "Xã "],
    ["a region over districts by their prefix", false, "Huyện ", "Xã "],
    ["a region over districts by their prefix over bare communes", false, "Huyện ", ""],
    ["`Cấp huyện` over bare districts over communes by their prefix", true, "", "Xã "],
    ["`Cấp huyện` over districts by their prefix", true, "Huyện ", "Xã "],
    ["`Cấp huyện` over bare districts over bare communes", true, "", ""],
    ["`Cấp huyện` over districts by their prefix over bare communes", true, "Huyện ", ""],
  ])("%s: the districts groups under the tier, nothing told", (_name, levels, district, commune) => {
    const report = check(levels, district, commune);
    const areas = report.reading!.areas;
    const parent = (name: string) => {
      const area = areas.find((a) => a.name === name)!;
      return `${area.role}<${area.parent === null ? "-" : areas[area.parent].name}`;
    };
    const tier = levels ? "Cấp huyện" : "Vùng Tây Bắc";
    expect(parent(tier)).toBe("group<Tổng cộng");
    expect([`${district}Phong Thổ`, `${district}Sìn Hồ`].map(parent)).toEqual([`group<${tier}`, `group<${tier}`]);
    expect([`${commune}Nậm Cười`, `${commune}Nậm Tăm`].map(parent)).toEqual([`leaf<${district}Phong Thổ`, `leaf<${district}Sìn Hồ`]);
    if (levels) expect(parent("Cấp tỉnh")).toBe("leaf<Tổng cộng");
    expect(report.findings).toEqual([]);
    expect(report.reading!.confidence.level).toBe("high");
  });

  test.each<[string, boolean, string, string]>([
    ["under a region", false, "", "Xã "],
    ["under `Cấp huyện`", true, "", ""],
  ])("a district's subtotal mistyped (%s): told once, at its cell", (_name, levels, district, commune) => {
    const report = check(levels, district, commune, 310);
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([`subtotal@D${levels ? 8 : 7}`]);
  });
});
