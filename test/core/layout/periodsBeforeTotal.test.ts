/**
 * A money line split by year with its total last, under one merged header
 * (`Kinh phí hỗ trợ (triệu đồng)` over `Năm 2026 | Năm 2027 | Tổng`): the
 * `Tổng` column is the line, the years its parts — not the first year taken
 * for the line and the total left as a column the plan lacks. So too with
 * the total first (`Tổng số | Năm 2026 | Năm 2027`), read surely; and with
 * the years typed as numbers, the total last or first (`2026 | 2027 | Tổng`,
 * `Tổng | 2026 | 2027`): a header row, not a row of figures with no name.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet, workbook } from "./sheetBuilder";
import { NAMED_BODY, NAMED_PLAN } from "./twoLineSheets";

const PLAN = NAMED_PLAN;
const BODY = NAMED_BODY;

function check(parts: CellValue[], order: (first: number, second: number, total: number) => CellValue[], slip?: [number, number, CellValue]) {
  const rows: CellValue[][] = [
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)", null, null],
    [null, null, null, ...parts],
    ...BODY.map(([name, teams, money], i) => [i === 0 ? null : i, name, teams, ...order(money * 0.4, money * 0.6, money)]),
  ];
  if (slip !== undefined) rows[slip[0]][slip[1]] = slip[2];
  const data = sheet("Phân bổ", rows, { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:F1"] });
  return checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
}

describe("a line split by year under one header, with its total", () => {
  test.each<[string, CellValue[], (a: number, b: number, t: number) => CellValue[], string]>([
    ["years typed as numbers, `Tổng` last (no row of figures)", [2026, 2027, "Tổng"], (a, b, t) => [a, b, t], "F"],
    ["`Tổng` last", ["Năm 2026", "Năm 2027", "Tổng"], (a, b, t) => [a, b, t], "F"],
    ["`Tổng số` last", ["Năm 2026", "Năm 2027", "Tổng số"], (a, b, t) => [a, b, t], "F"],
    ["`Cộng` last", ["Năm 2026", "Năm 2027", "Cộng"], (a, b, t) => [a, b, t], "F"],
    ["`Tổng số` first", ["Tổng số", "Năm 2026", "Năm 2027"], (a, b, t) => [t, a, b], "D"],
    ["`Tổng` first", ["Tổng", "Năm 2026", "Năm 2027"], (a, b, t) => [t, a, b], "D"],
    ["years typed as numbers, `Tổng` first", ["Tổng", 2026, 2027], (a, b, t) => [t, a, b], "D"],
    ["years typed as numbers, `Tổng số` first", ["Tổng số", 2026, 2027], (a, b, t) => [t, a, b], "D"],
    ["years typed as numbers, `Cộng` first", ["Cộng", 2026, 2027], (a, b, t) => [t, a, b], "D"],
  ])("%s: the total column is the line, read surely, nothing told", (_name, parts, order, at) => {
    const report = check(parts, order);
    expect(report.reading!.lines.map((l) => [l.code, l.at])).toEqual([["1", "C"], ["KP", at]]);
    expect(report.reading!.confidence.level).toBe("high");
    expect(report.findings).toEqual([]);
    expect(report.indicators.map((i) => i.allocated)).toEqual([12, 600_000_000]);
  });

  test.each<[string, CellValue[], (a: number, b: number, t: number) => CellValue[], string]>([
    ["`Tổng` last", ["Năm 2026", "Năm 2027", "Tổng"], (a, b, t) => [a, b, t], "D5"],
    ["years typed as numbers, `Tổng` first", ["Tổng", 2026, 2027], (a, b, t) => [t, a, b], "E5"],
  ])("%s: a year's figure mistyped in a commune (50 for 40): one finding, at its cell", (_name, parts, order, cell) => {
    const report = check(parts, order, [4, cell === "D5" ? 3 : 4, 50]);
    expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([["subtotal", cell]]);
  });
});

/**
 * The same with the lines down the rows and the areas across: `Kinh phí`
 * merged down over a column of `Tổng | 2026 | 2027` beside it, under the
 * names' header. The years typed as numbers name the line's parts: that
 * column is names, not a column of figures with no area.
 */
function checkAcross(parts: CellValue[], slip?: [number, number, CellValue]) {
  const shares = parts.map((part) => (isLineTotalPart(part) ? 1 : part === parts.find((p) => !isLineTotalPart(p)) ? 0.4 : 0.6));
  const money = [600, ...BODY.slice(1).map(([, , m]) => m)];
  const rows: CellValue[][] = [
    ["STT", "Nội dung", null, ...BODY.map(([name]) => name)],
    [1, "Tổ truyền thông cộng đồng", null, ...BODY.map(([, teams]) => teams)],
    ...parts.map((part, i): CellValue[] => [i === 0 ? 2 : null, i === 0 ? "Kinh phí hỗ trợ (triệu đồng)" : null, part, ...money.map((m) => m * shares[i])]),
  ];
  if (slip !== undefined) rows[slip[0]][slip[1]] = slip[2];
  const data = sheet("Phân bổ", rows, { merges: ["B1:C1", "B2:C2", "A3:A5", "B3:B5"] });
  return checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
}

function isLineTotalPart(part: CellValue): boolean {
  return typeof part === "string" && /^(Tổng|Cộng)/.test(part);
}

describe("a line down the rows split by year beside its name, with its total, the areas across", () => {
  test.each<[string, CellValue[], string]>([
    ["years typed as numbers, `Tổng` first", ["Tổng", 2026, 2027], "3"],
    ["years typed as numbers, `Tổng` last", [2026, 2027, "Tổng"], "5"],
    ["`Tổng số` first", ["Tổng số", "Năm 2026", "Năm 2027"], "3"],
    ["`Tổng` last", ["Năm 2026", "Năm 2027", "Tổng"], "5"],
  ])("%s: the total row is the line, read surely, nothing told", (_name, parts, at) => {
    const report = checkAcross(parts);
    expect(report.reading!.lines.map((l) => [l.code, l.at])).toEqual([["1", "2"], ["KP", at]]);
    expect(report.reading!.confidence.level).toBe("high");
    expect(report.findings).toEqual([]);
    expect(report.indicators.map((i) => i.allocated)).toEqual([12, 600_000_000]);
  });

  test("years typed as numbers, `Tổng` first: a year's figure mistyped in a commune (50 for 40): one finding, at its cell", () => {
    const report = checkAcross(["Tổng", 2026, 2027], [3, 5, 50]);
    expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([["subtotal", "F4"]]);
  });
});

/**
 * The total first, the years under an `of which` caption beside it:
 * `Kinh phí` over `Tổng số | Trong đó`, `Trong đó` over `Năm 2026 | Năm
 * 2027` (or the years typed as numbers, two or three of them). The years
 * are the total's parts all the same: the total column is the line, read
 * surely, no tie told between it and a year.
 */
describe("a line split by year under `Trong đó`, its total first", () => {
  test.each<[string, CellValue[]]>([
    ["`Năm 2026 | Năm 2027`", ["Năm 2026", "Năm 2027"]],
    ["`2026 | 2027`", [2026, 2027]],
    ["`2026 | 2027 | 2028`", [2026, 2027, 2028]],
  ])("%s: the total column is the line, read surely, nothing told", (_name, years) => {
    const shares = years.length === 2 ? [0.4, 0.6] : [0.2, 0.3, 0.5];
    const last = String.fromCharCode(68 + years.length);
    const rows: CellValue[][] = [
      ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)", ...years.map(() => null)],
      [null, null, null, "Tổng số", "Trong đó", ...years.slice(1).map(() => null)],
      [null, null, null, null, ...years],
      ...BODY.map(([name, teams, money], i): CellValue[] => [i === 0 ? null : i, name, teams, money, ...shares.map((s) => money * s)]),
    ];
    const data = sheet("Phân bổ", rows, { merges: ["A1:A3", "B1:B3", "C1:C3", `D1:${last}1`, "D2:D3", `E2:${last}2`] });
    const report = checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
    expect(report.reading!.lines.map((l) => [l.code, l.at])).toEqual([["1", "C"], ["KP", "D"]]);
    expect(report.reading!.confidence.level).toBe("high");
    expect(report.findings).toEqual([]);
    expect(report.indicators.map((i) => i.allocated)).toEqual([12, 600_000_000]);
  });
});
