/**
 * One rate typed as a fraction (`0,5`) in a column of percentage points
 * (`50`, `62,5`): one `rate` error at that cell, whose message says it reads
 * as the right rate typed as a fraction and what to write; a rate wrong in
 * points gets no such words.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import type { Lang } from "../../../src/core/model/text";
import { allocationSheet, GOOD_LINES, lineTable, planSheet, workbook } from "./fixtures";

function check(teamsRate: CellValue, trainingRate: CellValue) {
  const rows: CellValue[][] = [
    ["1", "Tổ truyền thông cộng đồng", "tổ", 8, 2, 2, null, 4, teamsRate, null],
    ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600, 150, 150, null, 300, 50, null],
    ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400, 100, 100, null, 200, trainingRate, null],
  ];
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), lineTable(rows)), { workbookName: "t.xlsx" }).report);
}

test.each<[string, CellValue, CellValue, string[], boolean]>([
  ["0,5 among points: one error, said to be a fraction", 0.5, 50, ["rate@I4"], true],
  ["0,5 on another line", 50, 0.5, ["rate@I6"], true],
  ["a wrong rate in points: one error, no such words", 60, 50, ["rate@I4"], false],
  ["all in points and right: nothing", 50, 50, [], false],
])("%s", (_, teamsRate, trainingRate, expected, fraction) => {
  const report = check(teamsRate, trainingRate);
  const rates = report.findings.filter((f) => f.rule === "rate");
  expect(rates.map((f) => `${f.rule}@${f.cell}`)).toEqual(expected);
  for (const finding of rates) expect(finding.message.includes("dưới dạng phân số")).toBe(fraction);
});

/** The percent line (row 5, plan 80 %) typed whole as fractions on a `Tiến độ` table whose other rates are points. */
describe("the message shows the rate as typed, and as meant where it is a fraction", () => {
  const percentRow = (rate: CellValue): CellValue[] => ["2", "Tỷ lệ hộ gia đình được tuyên truyền", "%", 0.8, 0.5, 0.6, 0.7, 0.7, rate, null];
  const rows = (rate: CellValue) => GOOD_LINES.map((row, i) => (i === 1 ? percentRow(rate) : [...row]));
  test.each<[string, CellValue, Lang, string[], string[]]>([
    ["0,875 for 87,5 %", 0.875, "vi", ["ghi 0,875 — có vẻ là 87,5% viết dưới dạng phân số", "hãy ghi 87,5"], ["0,88"]],
    ["0.875 for 87.5 % (en)", 0.875, "en", ["shows 0.875 — seemingly 87.5% typed as a fraction", "write 87.5"], ["0.88"]],
    ["0,8125, no fraction of the rate: as typed, in points", 0.8125, "vi", ["ghi 0,8125%, nhưng lũy kế chia chỉ tiêu kế hoạch là 87,5%"], ["0,81%", "phân số"]],
  ])("%s", (_, rate, lang, shown, notShown) => {
    const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), lineTable(rows(rate))), { workbookName: "t.xlsx" }).report, lang);
    const finding = report.findings.filter((f) => f.rule === "rate");
    expect(finding.map((f) => f.cell)).toEqual(["I5"]);
    for (const words of shown) expect(finding[0].message).toContain(words);
    for (const words of notShown) expect(finding[0].message).not.toContain(words);
  });
});
