/**
 * A running total beside a money line split by year (`Kinh phí hỗ trợ` over
 * `Năm 2026 | Năm 2027 | Tổng | Lũy kế`, or `Lũy kế đến nay`, `Thực hiện
 * lũy kế`, the years typed as numbers or not, the total first or last): what
 * was reached so far, neither the figure allocated nor a part of the line's
 * split. It is left out and listed as a running total, never told as a
 * column the plan lacks nor a rival of the total column; the years stay the
 * total's parts, the reading sure. So too with the lines down the rows, and
 * in a one-row header (`Lũy kế kinh phí hỗ trợ`).
 */
import { checkWorkbook } from "../../../src/core/check";
import { RUNNING_TOTAL } from "../../../src/core/layout/detectTable";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet, workbook } from "./sheetBuilder";
import { NAMED_BODY, NAMED_PLAN } from "./twoLineSheets";

const PLAN = NAMED_PLAN;
const BODY = NAMED_BODY;

/** A sub-header's share of the line's money: the total 1, the running total 2 (earlier years too), the years 0.4 and 0.6. */
function share(part: CellValue): number {
  const text = String(part);
  if (/^(Tổng|Cộng)/.test(text)) return 1;
  if (/lũy kế/i.test(text)) return 2;
  return text.endsWith("2026") ? 0.4 : 0.6;
}

const cols = (n: number) => String.fromCharCode(67 + n);

function checkDown(parts: CellValue[], slip?: [number, number, CellValue]) {
  const rows: CellValue[][] = [
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)", ...parts.slice(1).map(() => null)],
    [null, null, null, ...parts],
    ...BODY.map(([name, teams, money], i) => [i === 0 ? null : i, name, teams, ...parts.map((p) => money * share(p))]),
  ];
  if (slip !== undefined) rows[slip[0]][slip[1]] = slip[2];
  const data = sheet("Phân bổ", rows, { merges: ["A1:A2", "B1:B2", "C1:C2", `D1:${cols(parts.length)}1`] });
  return checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
}

describe("a running total beside a line split by year, the areas down the rows", () => {
  test.each<[CellValue[], string, string]>([
    [["Năm 2026", "Năm 2027", "Tổng", "Lũy kế"], "F", "G"],
    [["Năm 2026", "Năm 2027", "Tổng số", "Lũy kế đến nay"], "F", "G"],
    [["Lũy kế", "Tổng", 2026, 2027], "E", "D"],
    [["Lũy kế đến nay", "Tổng số", "Năm 2026", "Năm 2027"], "E", "D"],
    [["Tổng", 2026, 2027, "Thực hiện lũy kế"], "D", "G"],
    [[2026, 2027, "Tổng", "Lũy kế"], "F", "G"],
  ])("%j: the total column is the line, the running total left out, read surely, nothing told", (parts, at, running) => {
    const report = checkDown(parts);
    expect(report.reading!.lines.map((l) => [l.code, l.at])).toEqual([["1", "C"], ["KP", at]]);
    expect(report.reading!.ignored.filter((i) => i.why === RUNNING_TOTAL).map((i) => i.at)).toEqual([running]);
    expect(report.reading!.confidence).toEqual({ level: "high", reasons: [] });
    expect(report.findings).toEqual([]);
    expect(report.indicators.map((i) => i.allocated)).toEqual([12, 600_000_000]);
  });

  test("a year's figure mistyped in a commune (50 for 40), the running total after the total: one finding, at its cell", () => {
    const report = checkDown(["Năm 2026", "Năm 2027", "Tổng", "Lũy kế"], [4, 3, 50]);
    expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([["subtotal", "D5"]]);
  });
});

function checkAcross(parts: CellValue[]) {
  const money = [600, ...BODY.slice(1).map(([, , m]) => m)];
  const rows: CellValue[][] = [
    ["STT", "Nội dung", null, ...BODY.map(([name]) => name)],
    [1, "Tổ truyền thông cộng đồng", null, ...BODY.map(([, teams]) => teams)],
    ...parts.map((part, i): CellValue[] => [i === 0 ? 2 : null, i === 0 ? "Kinh phí hỗ trợ (triệu đồng)" : null, part, ...money.map((m) => m * share(part))]),
  ];
  const data = sheet("Phân bổ", rows, { merges: ["B1:C1", "B2:C2", `A3:A${2 + parts.length}`, `B3:B${2 + parts.length}`] });
  return checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
}

describe("the same with the lines down the rows and the areas across", () => {
  test.each<[CellValue[], string, string]>([
    [["Tổng", 2026, 2027, "Lũy kế"], "3", "6"],
    [["Lũy kế", "Tổng", 2026, 2027], "4", "3"],
    [["Năm 2026", "Năm 2027", "Tổng", "Lũy kế đến nay"], "5", "6"],
  ])("%j: the total row is the line, the running total left out, read surely, nothing told", (parts, at, running) => {
    const report = checkAcross(parts);
    expect(report.reading!.lines.map((l) => [l.code, l.at])).toEqual([["1", "2"], ["KP", at]]);
    expect(report.reading!.ignored.filter((i) => i.why === RUNNING_TOTAL).map((i) => i.at)).toEqual([running]);
    expect(report.reading!.confidence).toEqual({ level: "high", reasons: [] });
    expect(report.findings).toEqual([]);
    expect(report.indicators.map((i) => i.allocated)).toEqual([12, 600_000_000]);
  });
});

test("a one-row header opening with `Lũy kế` beside the line: left out as a running total, nothing told", () => {
  const rows: CellValue[][] = [
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)", "Lũy kế kinh phí hỗ trợ (triệu đồng)"],
    ...BODY.map(([name, teams, money], i) => [i === 0 ? null : i, name, teams, money, money * 2]),
  ];
  const report = checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
  expect(report.reading!.lines.map((l) => [l.code, l.at])).toEqual([["1", "C"], ["KP", "D"]]);
  expect(report.reading!.ignored).toEqual([{ at: "E", header: "Lũy kế kinh phí hỗ trợ (triệu đồng)", why: RUNNING_TOTAL }]);
  expect(report.reading!.confidence.level).toBe("high");
  expect(report.findings).toEqual([]);
});
