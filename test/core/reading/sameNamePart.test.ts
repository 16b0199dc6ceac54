/**
 * A blank commune row over one row of its own name numbered as its item
 * (`1 | Xã Bản Liền`, blank, then `- | Bản Liền`): read as the commune's part,
 * as the numbering says — and said in the reading as a guess, since the name
 * written twice may be the commune's own row. A part of another name, or
 * several villages, is no such guess.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, transposeSheet, workbook } from "../layout/sheetBuilder";

/** Under `Huyện Bắc Hà`: the blank `Xã Bản Liền` (row 6), then `under` rows numbered `-`, then `Xã Tà Chải`. */
function run(under: [string, number][], across: boolean) {
  const money = 30 + under.reduce((a, r) => a + r[1], 0);
  const rows: CellValue[][] = [
    ["BIỂU PHÂN BỔ KINH PHÍ"],
    [],
    ["STT", "Đơn vị", "Kinh phí hỗ trợ (triệu đồng)"],
    [null, "Tổng cộng", money + 40],
    ["I", "Huyện Bắc Hà", money],
    [1, "Xã Bản Liền", null],
    ...under.map(([name, m]): CellValue[] => ["-", name, m]),
    [2, "Xã Tà Chải", 30],
    ["II", "Huyện Si Ma Cai", 40],
    [1, "Xã Sán Chải", 20],
    [2, "Xã Cán Cấu", 20],
  ];
  const plan = readPlanJson({ title: "Kế hoạch thử", indicators: [{ code: "1", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: money + 40 }] }, "plan.json");
  const data = across ? transposeSheet(sheet("Phân bổ", rows)) : sheet("Phân bổ", rows);
  return checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" }).report;
}

test.each<[string, [string, number][], boolean, string | null]>([
  ["the commune's name again, numbered as its item", [["Bản Liền", 20]], false, "row 7"],
  ["the same, areas across", [["Bản Liền", 20]], true, "column G"],
  ["a village of another name", [["Bản Mới", 20]], false, null],
  ["villages, the first named after the commune", [["Bản Liền", 10], ["Bản Mo", 10]], false, null],
])("%s", (_name, under, across, at) => {
  const report = run(under, across);
  const areas = report.reading!.areas;
  const part = areas.findIndex((a) => a.name === under[0][0]);
  // Read as the commune's part, as the numbering says, and nothing told.
  expect(areas[areas[part].parent!].name).toBe("Xã Bản Liền");
  expect(report.findings).toEqual([]);
  const said = report.reading!.confidence.reasons.filter((r) => r.en.includes("numbered as its item"));
  if (at === null) {
    expect(said).toEqual([]);
    return;
  }
  expect(report.reading!.confidence.level).toBe("low");
  expect(said).toHaveLength(1);
  expect(said[0].en).toContain(`"Bản Liền" in ${at}`);
  expect(said[0].vi).toContain('"Xã Bản Liền"');
});
