/**
 * A bare `Tỷ lệ (%)` (`Tỷ trọng`, `Cơ cấu`) column naming no plan line, whose
 * figures are each area's share of a line's total is computed, no line: left out
 * and said in the reading, not reported as a column the plan lacks. One
 * whose figures fit no such ratio stays a column matching no line.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = planOf([
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
  { code: "KP", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 600 },
]);
const BODY: [CellValue, string, number, number][] = [
  [null, "Tổng cộng", 12, 600],
  ["I", "Huyện Ba Vì", 6, 250],
  [1, "Xã Ba Trại", 2, 100],
  [2, "Xã Tản Lĩnh", 2, 50],
  [3, "Thị trấn Tây Đằng", 2, 100],
  ["II", "Huyện Thạch Thất", 6, 350],
  [1, "Xã Yên Bình", 3, 200],
  [2, "Xã Yên Trung", 3, 150],
];
const round1 = (v: number) => Math.round(v * 10) / 10;

function check(header: string, rate: (teams: number, money: number) => number) {
  const rows: CellValue[][] = [["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)", header], ...BODY.map(([stt, name, teams, money]) => [stt, name, teams, money, rate(teams, money)])];
  return checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
}

test.each<[string, string, (teams: number, money: number) => number]>([
  ["Tỷ lệ (%)", "each area's share of the money, in percent, one decimal", (_, money) => round1((money / 600) * 100)],
  ["Tỷ lệ", "the share as a fraction", (_, money) => money / 600],
  ["Tỷ trọng (%)", "the share of the teams, whole percent", (teams) => Math.round((teams / 12) * 100)],
  ["Cơ cấu (%)", "the share of the money", (_, money) => round1((money / 600) * 100)],
  ["%", "the share of the money", (_, money) => round1((money / 600) * 100)],
])("`%s` holding %s: left out as computed, nothing told", (header, _, rate) => {
  const report = check(header, rate);
  expect(report.findings).toEqual([]);
  expect(report.reading!.lines.map((l) => [l.code, l.at])).toEqual([["1", "C"], ["KP", "D"]]);
  expect(report.reading!.ignored).toContainEqual({ at: "E", header, why: "computed ratio" });
  expect(report.reading!.confidence.level).toBe("high");
});

test.each<[string, number]>([
  ["Tỷ lệ (%)", 100],
  ["Tỷ lệ phân bổ (%)", 1],
  ["Cơ cấu kinh phí (%)", 100],
])("`%s` holding shares with no total row on the sheet: left out as computed, nothing told", (header, scale) => {
  const rows: CellValue[][] = [
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)", header],
    ...BODY.slice(1).map(([stt, name, teams, money]) => [stt, name, teams, money, round1((money / 600) * 100) * (scale / 100)]),
  ];
  const { report } = checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" });
  expect(report.findings).toEqual([]);
  expect(report.reading!.ignored).toContainEqual({ at: "E", header, why: "computed ratio" });
});

test("`Tỷ lệ (%)` whose figures fit no ratio of the lines beside it: still a column matching no plan line, told", () => {
  const typed = [70, 65, 80, 55, 90, 60, 75, 85];
  let k = 0;
  const report = check("Tỷ lệ (%)", () => typed[k++]);
  expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([["unmapped", "E1"]]);
});

test("`Tỷ lệ (%)` holding shares beside a plan whose percent line it names by the bare word only: the shares, not that line", () => {
  const plan = planOf([
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
    { code: "KP", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 600 },
    { code: "3", name: "Tỷ lệ phụ nữ được tuyên truyền", unit: "%", target: 80 },
  ]);
  const rows: CellValue[][] = [
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)", "Tỷ lệ (%)"],
    ...BODY.map(([stt, name, teams, money]) => [stt, name, teams, money, round1((money / 600) * 100)]),
  ];
  const { report } = checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" });
  expect(report.reading!.lines.map((l) => [l.code, l.at])).toEqual([["1", "C"], ["KP", "D"]]);
  expect(report.reading!.ignored).toContainEqual({ at: "E", header: "Tỷ lệ (%)", why: "computed ratio" });
  expect(report.findings.map((f) => [f.rule, f.indicator, f.cell])).toEqual([["unmapped", "3", null]]);
});

test("`Tỷ lệ (%)` holding rates of its own (not shares of a line) still stands for the plan's percent line", () => {
  const plan = planOf([
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
    { code: "KP", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 600 },
    { code: "3", name: "Tỷ lệ phụ nữ được tuyên truyền", unit: "%", target: 80 },
  ]);
  const rates = [85, 85, 90, 82, 88, 86, 84, 91];
  const rows: CellValue[][] = [
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)", "Tỷ lệ (%)"],
    ...BODY.map(([stt, name, teams, money], k) => [stt, name, teams, money, rates[k]]),
  ];
  const { report } = checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" });
  expect(report.reading!.lines.map((l) => [l.code, l.at])).toEqual([["1", "C"], ["KP", "D"], ["3", "E"]]);
  expect(report.findings).toEqual([]);
});
