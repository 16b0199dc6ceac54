/**
 * A `Trong đó: …` line (row, or column in the other orientation) that matches
 * no plan line is a part of the line above it, already counted there: it is
 * left out with the reason `of which`, not reported as a line the plan lacks.
 * So are the bulleted lines that go on listing the parts right after it.
 * Parts that add the line up are its split: listed as such, and checked as
 * its parts (see ofWhichSplit.test.ts).
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { BUDGET_PARENT_PLAN, sheet, transposeSheet } from "./sheetBuilder";

const HEAD: CellValue[] = ["STT", "Nội dung", "ĐVT", "Tổng số", "Ba Vì", "Thạch Thất"];
const COUNT: CellValue[] = [1, "Thành lập tổ truyền thông cộng đồng", "tổ", 6, 3, 3];
const MONEY: CellValue[][] = [
  [2, "Kinh phí truyền thông", "triệu đồng", 200, 100, 100],
  [3, "Kinh phí tập huấn", "triệu đồng", 100, 50, 50],
];

function run(allocation: SheetData) {
  const { report } = checkWorkbook({ sheets: [BUDGET_PARENT_PLAN, allocation] }, { workbookName: "x.xlsx" });
  return report;
}

describe("`Trong đó` lines under a line", () => {
  test.each<[string, CellValue[][], string[], string]>([
    ["`- Trong đó: thành lập mới`", [[null, "- Trong đó: thành lập mới", "tổ", 2, 1, 1]], ["- Trong đó: thành lập mới"], "of which"],
    ["`Trong đó:` in its own cell, then its parts, which add the line up", [[null, "Trong đó: mới", "tổ", 2, 1, 1], ["-", "- Duy trì", "tổ", 4, 2, 2]], ["Trong đó: mới", "- Duy trì"], "split of the line before"],
    ["`Trong đó:` in its own cell, then its parts, short of the line", [[null, "Trong đó: mới", "tổ", 2, 1, 1], ["-", "- Duy trì", "tổ", 3, 1, 2]], ["Trong đó: mới", "- Duy trì"], "of which"],
    ["`+ Trong số đó …`", [[null, "+ Trong số đó: tổ có thành viên DTTS", "tổ", 5, 2, 3]], ["+ Trong số đó: tổ có thành viên DTTS"], "of which"],
    ["`Trong đó: NSTW`, then the other source unbulleted", [[null, "Trong đó: NSTW", "tổ", 2, 1, 1], [null, "NSĐP", "tổ", 3, 1, 2]], ["Trong đó: NSTW", "NSĐP"], "of which"],
  ])("indicators as rows: %s", (_name, parts, left, why) => {
    const report = run(sheet("Phân bổ", [HEAD, COUNT, ...parts, ...MONEY]));
    expect(report.orientation).toBe("indicators-as-rows");
    expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([]);
    expect(report.reading!.ignored.filter((i) => i.why === why).map((i) => i.header)).toEqual(left);
    expect(report.indicators.find((i) => i.code === "1")).toMatchObject({ allocated: 6, status: "ok" });
  });

  test("areas as rows: a `Trong đó: thành lập mới` column after its line", () => {
    const report = run(transposeSheet(sheet("Phân bổ", [HEAD, COUNT, [null, "Trong đó: thành lập mới", "tổ", 2, 1, 1], ...MONEY])));
    expect(report.orientation).toBe("areas-as-rows");
    expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([]);
  });

  test("a bulleted line with no `Trong đó` before it still matches no plan line", () => {
    const report = run(sheet("Phân bổ", [HEAD, COUNT, ["-", "- Tổ duy trì hoạt động", "tổ", 4, 2, 2], ...MONEY]));
    expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([["unmapped", "B3"]]);
  });
});
