/**
 * A money line split by year under one merged header (`Kinh phí (triệu
 * đồng)`), the years typed as numbers (`2026`), as text (`"2026"`) or with
 * their word (`Năm 2026`), with or without the line's total (`Tổng`, `Tổng
 * số`, `Cộng`) first or last: read the same way every time — the years the
 * line's parts (the total column the line where there is one), read surely,
 * nothing told of a clean sheet; a year's figure mistyped is one finding at
 * its cell.
 */
import { checkWorkbook } from "../../../src/core/check";
import { columnLetters } from "../../../src/core/model/address";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet, workbook } from "./sheetBuilder";
import { NAMED_BODY, NAMED_PLAN } from "./twoLineSheets";

type Years = "numbers" | "text" | "words";
type Total = "none" | "Tổng" | "Tổng số" | "Cộng";
type Where = "first" | "last";

const SHARES = [0.2, 0.3, 0.5];

function yearHeader(years: Years, year: number): CellValue {
  return years === "numbers" ? year : years === "text" ? String(year) : `Năm ${year}`;
}

/** The sheet: STT, Đơn vị, the count, then the money's years (and total) under one merged header. */
function build(years: Years, total: Total, where: Where) {
  const parts: CellValue[] = [2026, 2027, 2028].map((y) => yearHeader(years, y));
  const withTotal = total !== "none";
  const header = withTotal ? (where === "first" ? [total, ...parts] : [...parts, total]) : parts;
  const figures = (money: number) => {
    const split = SHARES.map((s) => money * s);
    return withTotal ? (where === "first" ? [money, ...split] : [...split, money]) : split;
  };
  const rows: CellValue[][] = [
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí (triệu đồng)", ...header.slice(1).map(() => null)],
    [null, null, null, ...header],
    ...NAMED_BODY.map(([name, teams, money], i) => [i === 0 ? null : i, name, teams, ...figures(money)]),
  ];
  const last = columnLetters(2 + header.length);
  return { rows, merges: ["A1:A2", "B1:B2", "C1:C2", `D1:${last}1`], width: header.length };
}

function check(years: Years, total: Total, where: Where, slip?: (rows: CellValue[][]) => void) {
  const { rows, merges } = build(years, total, where);
  slip?.(rows);
  return checkWorkbook(workbook(sheet("Phân bổ", rows, { merges })), { workbookName: "t.xlsx", plan: NAMED_PLAN, sheet: "Phân bổ" }).report;
}

const SHAPES: [Total, Where][] = [
  ["none", "last"],
  ["Tổng", "last"],
  ["Tổng số", "first"],
  ["Cộng", "first"],
  ["Tổng", "first"],
];
const CASES = (["numbers", "text", "words"] as const).flatMap((years) => SHAPES.map(([total, where]) => [years, total, where] as const));

/** The line's reading as `[code, column]` pairs, and the parts left out as `[column, why]`. */
function reading(years: Years, total: Total, where: Where) {
  const report = check(years, total, where);
  return {
    report,
    lines: report.reading!.lines.map((l) => [l.code, l.at]),
    parts: report.reading!.ignored.map((i) => [i.at, i.why]),
  };
}

describe("years under a merged money header read alike, typed as numbers, as text or with `Năm`", () => {
  test.each(CASES)("%s, total %s (%s)", (years, total, where) => {
    const { report, lines, parts } = reading(years, total, where);
    // The same reading as with the years typed as numbers, whose reading is the reference.
    const reference = reading("numbers", total, where);
    expect(lines).toEqual(reference.lines);
    expect(parts).toEqual(reference.parts);
    expect(report.reading!.confidence.level).toBe("high");
    expect(report.findings).toEqual([]);
    expect(report.indicators.map((i) => i.allocated)).toEqual([12, 600_000_000]);
    // No row of the header is read as a row of figures.
    expect(report.reading!.headerRows).toEqual([1, 2]);
    if (total === "none") {
      expect(lines).toEqual([["1", "C"], ["KP", "D"], ["KP", "E"], ["KP", "F"]]);
    } else {
      const at = where === "first" ? "D" : "G";
      expect(lines).toEqual([["1", "C"], ["KP", at]]);
      expect(parts.map(([, why]) => why)).toEqual(Array(3).fill(where === "first" ? "split of the line before" : "part of a total line"));
    }
  });

  test.each(CASES)("%s, total %s (%s): a commune's 2027 figure mistyped is one finding", (years, total, where) => {
    // Row 5 is the first commune of the first district (Xã Bản Mù); 2027 is the second year. With the line's total
    // beside the years the commune's own cell is named; without it, its district's subtotal (row 4) is the one off.
    const col = 3 + (total !== "none" && where === "first" ? 2 : 1);
    const report = check(years, total, where, (rows) => (rows[4][col] = Number(rows[4][col]) + 7));
    const findings = report.findings.map((f) => f.cell);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toBe(`${columnLetters(col)}${total === "none" ? 4 : 5}`);
  });
});

/**
 * The same with the lines down the rows and the areas across: `Kinh phí`
 * merged down over a column of `Tổng | 2026 | 2027` beside it, the years
 * typed as text as well as numbers; and the years under a `Trong đó` caption
 * beside the total, typed as text.
 */
describe("years typed as text: lines down the rows, and under `Trong đó`", () => {
  const total = (part: CellValue) => typeof part === "string" && /^(Tổng|Cộng)/.test(part);
  function across(parts: CellValue[]) {
    const shares = parts.map((part) => (total(part) ? 1 : part === parts.find((p) => !total(p)) ? 0.4 : 0.6));
    const money = [600, ...NAMED_BODY.slice(1).map(([, , m]) => m)];
    const rows: CellValue[][] = [
      ["STT", "Nội dung", null, ...NAMED_BODY.map(([name]) => name)],
      [1, "Tổ truyền thông cộng đồng", null, ...NAMED_BODY.map(([, teams]) => teams)],
      ...parts.map((part, i): CellValue[] => [i === 0 ? 2 : null, i === 0 ? "Kinh phí hỗ trợ (triệu đồng)" : null, part, ...money.map((m) => m * shares[i])]),
    ];
    const data = sheet("Phân bổ", rows, { merges: ["B1:C1", "B2:C2", "A3:A5", "B3:B5"] });
    return checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan: NAMED_PLAN, sheet: "Phân bổ" }).report;
  }
  test.each<[CellValue[], string]>([
    [["Tổng", "2026", "2027"], "3"],
    [["2026", "2027", "Tổng"], "5"],
  ])("areas across, %j: the total row is the line", (parts, at) => {
    const report = across(parts);
    expect(report.reading!.lines.map((l) => [l.code, l.at])).toEqual([["1", "2"], ["KP", at]]);
    expect(report.reading!.confidence.level).toBe("high");
    expect(report.findings).toEqual([]);
  });

  test("`Tổng số | Trong đó: \"2026\" | \"2027\"`: the total column is the line", () => {
    const rows: CellValue[][] = [
      ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)", null, null],
      [null, null, null, "Tổng số", "Trong đó", null],
      [null, null, null, null, "2026", "2027"],
      ...NAMED_BODY.map(([name, teams, money], i): CellValue[] => [i === 0 ? null : i, name, teams, money, money * 0.4, money * 0.6]),
    ];
    const data = sheet("Phân bổ", rows, { merges: ["A1:A3", "B1:B3", "C1:C3", "D1:F1", "D2:D3", "E2:F2"] });
    const report = checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan: NAMED_PLAN, sheet: "Phân bổ" }).report;
    expect(report.reading!.lines.map((l) => [l.code, l.at])).toEqual([["1", "C"], ["KP", "D"]]);
    expect(report.reading!.confidence.level).toBe("high");
    expect(report.findings).toEqual([]);
  });
});
