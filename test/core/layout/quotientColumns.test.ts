/**
 * A ratio column (`Tỷ lệ (%)`, `Tỷ lệ đối ứng (%)`, `Tỷ lệ giải ngân`)
 * naming no plan line, whose figures are, area by area, one line over
 * another (đối ứng / NSTW, giải ngân / kế hoạch; in percent or as a
 * fraction, rounded): worked out, no line — left out as a computed ratio,
 * not told as a column the plan lacks. Figures that fit no such quotient
 * leave it a column matching no line.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = planOf([
  { code: "KP", name: "Kinh phí thực hiện", unit: "triệu đồng", target: 1000 },
  { code: "KP.1", name: "Ngân sách trung ương", unit: "triệu đồng", target: 600 },
  { code: "KP.2", name: "Ngân sách địa phương đối ứng", unit: "triệu đồng", target: 400 },
]);
/** Name, NSTW, NSĐP: the communes' shares uneven, so each quotient differs. */
const BODY: [CellValue, string, number, number][] = [
  [null, "Tổng cộng", 600, 400],
  ["I", "Huyện Ba Vì", 250, 150],
  [1, "Xã Ba Trại", 100, 70],
  [2, "Xã Tản Lĩnh", 50, 30],
  [3, "Thị trấn Tây Đằng", 100, 50],
  ["II", "Huyện Thạch Thất", 350, 250],
  [1, "Xã Yên Bình", 200, 160],
  [2, "Xã Yên Trung", 150, 90],
];
const round1 = (v: number) => Math.round(v * 10) / 10;

function check(header: string, rate: (nstw: number, nsdp: number) => CellValue) {
  const rows: CellValue[][] = [
    ["STT", "Đơn vị", "Kinh phí thực hiện (triệu đồng)", "Ngân sách trung ương", "Ngân sách địa phương đối ứng", header],
    ...BODY.map(([stt, name, a, b]) => [stt, name, a + b, a, b, rate(a, b)]),
  ];
  return checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
}

test.each<[string, string, (a: number, b: number) => CellValue]>([
  ["Tỷ lệ (%)", "đối ứng over NSTW, percent, one decimal", (a, b) => round1((b / a) * 100)],
  ["Tỷ lệ đối ứng (%)", "đối ứng over NSTW, whole percent", (a, b) => Math.round((b / a) * 100)],
  ["Tỷ lệ", "đối ứng over NSTW as a fraction, two decimals", (a, b) => Math.round((b / a) * 100) / 100],
  ["Tỷ lệ NSTW/tổng (%)", "NSTW over the line's total", (a, b) => round1((a / (a + b)) * 100)],
])("`%s` holding %s: left out as a computed ratio, nothing told", (header, _, rate) => {
  const report = check(header, rate);
  expect(report.findings).toEqual([]);
  expect(report.reading!.lines.map((l) => [l.code, l.at])).toEqual([["KP", "C"], ["KP.1", "D"], ["KP.2", "E"]]);
  expect(report.reading!.ignored).toContainEqual({ at: "F", header, why: "computed ratio" });
  expect(report.reading!.confidence.level).toBe("high");
});

test("`Tỷ lệ (%)` whose figures are no quotient of two lines (one typed off by 5): a column matching no line, told", () => {
  const report = check("Tỷ lệ (%)", (a, b) => round1((b / a) * 100) + (a === 200 ? 5 : 0));
  expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([["unmapped", "F1"]]);
});

test("disbursed over planned (`Kế hoạch vốn | Đã giải ngân | Tỷ lệ giải ngân (%)`): the ratio left out as computed; the disbursed column, naming no plan line, still told", () => {
  const plan = planOf([{ code: "KP", name: "Kế hoạch vốn", unit: "triệu đồng", target: 1000 }]);
  const rows: CellValue[][] = [
    ["STT", "Đơn vị", "Kế hoạch vốn (triệu đồng)", "Đã giải ngân (triệu đồng)", "Tỷ lệ giải ngân (%)"],
    ...BODY.map(([stt, name, a, b]) => [stt, name, a + b, a, round1((a / (a + b)) * 100)]),
  ];
  const { report } = checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" });
  expect(report.reading!.ignored).toContainEqual({ at: "E", header: "Tỷ lệ giải ngân (%)", why: "computed ratio" });
  expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([["unmapped", "D1"]]);
});
