/**
 * Money split evenly by formulas (`=1000/6` triệu đồng in each of six
 * communes, `=$D$5/3` in each of three) holds values with more decimals than
 * a đồng. Excel adds them to the exact total; so does allocheck: a cell is not
 * rounded to the đồng before it is added (six cells each rounded up would
 * add up to 2 đồng over the ceiling, and the sheet's own total would not
 * match its communes). A real excess is still told.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report/json";

function sheet(name: string, values: CellValue[][]): SheetData {
  return { name, values, merges: [] };
}

function plan(unit: string, target: number): SheetData {
  return sheet("Kế hoạch", [
    ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
    ["KP", "Kinh phí truyền thông", unit, target],
  ]);
}

/** Two districts, `perDistrict` communes each, every commune given `share`; subtotals and total as Excel's SUM shows them. */
function allocation(share: number, perDistrict: number, extra = 0): SheetData {
  const rows: CellValue[][] = [["STT", "Đơn vị", "Kinh phí truyền thông"]];
  const communes = (d: number) => Array.from({ length: perDistrict }, (_, k) => [k + 1, `Xã ${"ABCDEFGH"[k]}${d}`, share + (d === 2 && k === 0 ? extra : 0)] as CellValue[]);
  const sum = (cells: CellValue[][]) => cells.reduce((s, r) => s + (r[2] as number), 0);
  const one = communes(1);
  const two = communes(2);
  rows.push([null, "Tổng cộng", sum(one) + sum(two)]);
  rows.push(["I", "Huyện Ba Vì", sum(one)], ...one);
  rows.push(["II", "Huyện Quốc Oai", sum(two)], ...two);
  return sheet("Phân bổ", rows);
}

describe("money split by formulas to a fraction of a đồng", () => {
  test.each([
    ["1000/6 triệu đồng in each of 12 communes", "triệu đồng", 2000, 1000 / 6, 6],
    ["100/3 nghìn đồng in each of 6 communes", "nghìn đồng", 200, 100 / 3, 3],
    ["0,1/3 tỷ đồng in each of 6 communes", "tỷ đồng", 0.2, 0.1 / 3, 3],
    ["7/9 đồng in each of 18 communes", "đồng", 14, 7 / 9, 9],
  ])("%s: no finding, allocated is the target", (_name, unit, target, share, perDistrict) => {
    const { report } = checkWorkbook({ sheets: [plan(unit, target), allocation(share, perDistrict)] }, { workbookName: "x.xlsx" });
    expect(report.findings).toEqual([]);
    const line = report.indicators[0];
    expect(line.allocated).toBe(line.target);
    expect(line.difference).toBe(0);
  });

  test("a commune given 1 triệu đồng more is still over the ceiling", () => {
    const { report } = checkWorkbook({ sheets: [plan("triệu đồng", 2000), allocation(1000 / 6, 6, 1)] }, { workbookName: "x.xlsx" });
    expect(report.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([["ceiling", "error", "C2"]]);
    expect(report.indicators[0].difference).toBe(1_000_000);
  });
});

test("a wrong district subtotal over communes split by formulas is told with the communes' exact sum", () => {
  const rows: CellValue[][] = [["STT", "Đơn vị", "Kinh phí truyền thông"], [null, "Tổng cộng", 2001], ["I", "Huyện Ba Vì", 1001]];
  for (let k = 0; k < 6; k++) rows.push([k + 1, `Xã A${k}`, 1000 / 6]);
  rows.push(["II", "Huyện Quốc Oai", 1000]);
  for (let k = 0; k < 6; k++) rows.push([k + 1, `Xã B${k}`, 1000 / 6]);
  const { report } = checkWorkbook({ sheets: [plan("triệu đồng", 2000), sheet("Phân bổ", rows)] }, { workbookName: "x.xlsx" });
  expect(report.findings.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([["subtotal", "C3", 1_000_000_000, 1_001_000_000]]);
});

test("the JSON report gives money to the đồng when the cells' fractions do not add up to a whole đồng", () => {
  const { report } = checkWorkbook({ sheets: [plan("nghìn đồng", 1000), allocation(100 / 3, 1)] }, { workbookName: "x.xlsx" });
  const json = toJsonReport(report);
  // Two communes of 100/3 nghìn đồng: 66 666,67 đồng, told as 66 667 đồng under a ceiling of 1 000 000 đồng.
  expect(json.indicators[0]).toMatchObject({ target: 1_000_000, allocated: 66_667, difference: -933_333, status: "under" });
  expect(json.findings.map((f) => [f.rule, f.expected, f.actual])).toEqual([["ceiling", 1_000_000, 66_667]]);
});
