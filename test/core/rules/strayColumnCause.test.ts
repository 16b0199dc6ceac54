/**
 * A commune's figure typed one column off, into the blank header-less column
 * beside its line's column, its own cell on the line blank: one finding at the
 * stray cell naming the totals that still count it (typed subtotals), or the
 * plan comparison it leaves short (formula subtotals whose SUM leaves the
 * stray column out). A column with a header stays `unmapped` at its header.
 */
import { checkWorkbook } from "../../../src/core/check";
import { readPlanJson } from "../../../src/core/plan";
import { columnLetters } from "../../../src/core/model/address";
import type { Finding } from "../../../src/core/model/finding";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet, workbook } from "../layout/sheetBuilder";
import { allocationRows, told, type District, type Layout, SIX_COMMUNES_PLAN as PLAN, SIX_COMMUNES_HEADERS as HEADERS, SIX_COMMUNES as DISTRICTS } from "./totalsSheet";

const num = (v: CellValue): number => (typeof v === "number" ? v : 0);
const TYPED: Layout = { totals: "typed", districtRows: true };
const FORMULA: Layout = { totals: "formula", districtRows: true };

/** Minh Quang (Ba Vì's second commune, row 5) on `Địa chỉ tin cậy` (line 1). */
const LINE = 1;

interface Extra {
  /** Where the extra column stands among the line columns (0-based, before the line of that index). */
  readonly at: number;
  readonly header: string | null;
  /** Minh Quang's figure on LINE moved into the extra column (else the column holds `figure` and LINE keeps its own). */
  readonly moved: boolean;
  readonly figure?: number;
  /** The extra column holds SUM formulas in its total rows (copied along the whole row), counting the stray figure. */
  readonly totals?: boolean;
  /** Minh Quang's cell on the line at the other side of the extra column blank too, as planned (the plan's target there less its figure). */
  readonly otherBlank?: boolean;
  /** Leaf rows' figures in the extra column (row → value), besides Minh Quang's. */
  readonly others?: Readonly<Record<number, CellValue>>;
}

function check(extra: Extra, layout: Layout): readonly Finding[] {
  const insert = <T>(values: readonly T[], value: T) => [...values.slice(0, extra.at), value, ...values.slice(extra.at)];
  const other = extra.at <= LINE ? extra.at - 1 : extra.at + 1;
  const planned: District[] = DISTRICTS.map((d, i) => ({
    ...d,
    communes: d.communes.map((c, j) => {
      const values = insert<CellValue>(c.values, null);
      // Minh Quang holds nothing on the line at the stray column's other side: blank there, as planned.
      if (extra.otherBlank === true && i === 0 && j === 1) values[other] = null;
      return { ...c, values };
    }),
  }));
  const actual: District[] = planned.map((d, i) => ({
    ...d,
    communes: d.communes.map((c, j) => {
      if (i !== 0 || j !== 1) return c;
      const values = [...c.values];
      const own = extra.at <= LINE ? LINE + 1 : LINE;
      values[extra.at] = extra.figure ?? DISTRICTS[0].communes[1].values[LINE];
      if (extra.moved) values[own] = null;
      return { ...c, values };
    }),
  }));
  const built = allocationRows(insert(HEADERS, ""), planned, actual, layout);
  const col = extra.at + 2;
  const letter = columnLetters(col);
  // The extra column's totals as a SUM row copied along the table leaves them: formulas over the communes as they stand.
  const copied = allocationRows(insert(HEADERS, ""), actual, actual, FORMULA);
  // The extra column as staff leave it: its header as given, no totals of its own (or the copied SUMs).
  const rows = built.rows.map((row, r) =>
    row.map((v, c) => (c !== col ? v : r === 0 ? extra.header : String(row[1]).startsWith("Xã") ? (extra.others?.[r + 1] ?? v) : extra.totals === true ? copied.rows[r][c] : null)),
  );
  const formulas = {
    ...Object.fromEntries(Object.entries(built.formulas).filter(([cell]) => !cell.startsWith(letter))),
    ...(extra.totals === true ? Object.fromEntries(Object.entries(copied.formulas).filter(([cell]) => cell.startsWith(letter))) : {}),
  };
  const plan = readPlanJson(
    {
      title: "Kế hoạch thử",
      indicators: PLAN.lines.map((l, i) => ({
        code: l.code,
        name: l.name,
        unit: l.unit,
        // The line Minh Quang holds nothing on, as planned: its target less Minh Quang's figure.
        target: extra.otherBlank === true && i === (other > extra.at ? other - 1 : other) ? l.target - num(DISTRICTS[0].communes[1].values[i]) : l.target,
        ...(l.quota !== undefined ? { quota: l.quota } : {}),
      })),
      areas: DISTRICTS.flatMap((d) => d.communes.map((c) => ({ district: d.name, commune: c.name }))),
    },
    "plan.json",
  );
  return checkWorkbook(workbook(sheet("Phân bổ", rows, { formulas })), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" }).report.findings;
}


describe("a figure typed into the header-less column beside its line", () => {
  // Line columns C, D (Địa chỉ tin cậy), E; the stray column E (right of D) or D (left of D, the line then E).
  test.each<[string, Extra, Layout, string[], string[]]>([
    ["right of its line, typed subtotals counting it", { at: 2, header: null, moved: true }, TYPED, ["subtotal E5"], ["cột E (không có tiêu đề)", "cạnh cột Địa chỉ tin cậy (D)", "ô D5", "(D3)", "(D2)", "gõ lệch một cột"]],
    ["left of its line, typed subtotals counting it", { at: 1, header: null, moved: true }, TYPED, ["subtotal D5"], ["cột D (không có tiêu đề)", "cạnh cột Địa chỉ tin cậy (E)", "ô E5", "(E3)", "(E2)", "gõ lệch một cột"]],
    ["right of its line, formula subtotals leaving it out", { at: 2, header: null, moved: true }, FORMULA, ["ceiling E5"], ["cột E (không có tiêu đề)", "ô D5", "so với kế hoạch (D2)", "gõ lệch một cột"]],
    ["left of its line, formula subtotals leaving it out", { at: 1, header: null, moved: true }, FORMULA, ["ceiling D5"], ["cột D (không có tiêu đề)", "ô E5", "so với kế hoạch (E2)"]],
    // The extra column holds the SUMs of a total row copied along the table: they follow the stray figure.
    ["right of its line, the column's totals copied SUMs, typed subtotals", { at: 2, header: null, moved: true, totals: true }, TYPED, ["subtotal E5"], ["cột E (không có tiêu đề)", "ô D5", "(D3)", "(D2)"]],
    ["right of its line, the column's totals copied SUMs, formula subtotals", { at: 2, header: null, moved: true, totals: true }, FORMULA, ["ceiling E5"], ["cột E (không có tiêu đề)", "ô D5", "so với kế hoạch (D2)"]],
    ["left of its line, the column's totals copied SUMs, formula subtotals", { at: 1, header: null, moved: true, totals: true }, FORMULA, ["ceiling D5"], ["cột D (không có tiêu đề)", "ô E5", "so với kế hoạch (E2)"]],
    // Minh Quang's cells on both sides of the stray column blank: the line whose totals (or plan) still count 3 is its own.
    ["both neighbours blank, typed subtotals counting it on its line", { at: 2, header: null, moved: true, otherBlank: true }, TYPED, ["subtotal E5"], ["cột E (không có tiêu đề)", "ô D5", "(D3)", "(D2)"]],
    ["both neighbours blank, formula subtotals: its line's plan comparison", { at: 2, header: null, moved: true, otherBlank: true }, FORMULA, ["ceiling E5"], ["cột E (không có tiêu đề)", "ô D5", "so với kế hoạch (D2)"]],
  ])("%s: one finding at the stray cell", (_name, extra, layout, expected, says) => {
    const findings = check(extra, layout);
    expect(told(findings)).toEqual(expected);
    const [finding] = findings;
    for (const part of says) expect(finding.message.vi).toContain(part);
    expect(finding.message.en).toContain("typed one column off");
    expect(finding).toMatchObject({ indicator: "2", area: "Xã Minh Quang", expected: 0, actual: 3, severity: layout.totals === "typed" ? "error" : "warning" });
  });

  test("a stray figure other than the one the subtotal counts: the subtotal stays, the column is told at the stray cell", () => {
    const findings = check({ at: 2, header: null, moved: true, figure: 5 }, TYPED);
    expect(told(findings)).toEqual(["subtotal D5", "unmapped E5"]);
    expect(findings.find((f) => f.rule === "unmapped")?.message.vi).toContain("cột E (không có tiêu đề)");
  });
});

test("a column with a header beside a blank cell the subtotal counts: each told as before", () => {
  expect(told(check({ at: 2, header: "Hỗ trợ khác", moved: true }, TYPED))).toEqual(["subtotal D5", "unmapped E1"]);
});

describe("a column that matches no plan line, its commune's own cell filled: told at its header as before", () => {
  test.each<[string, string | null, string, string]>([
    ["with a header", "Hỗ trợ khác", 'Cột "Hỗ trợ khác" không khớp với chỉ tiêu nào của kế hoạch.', 'Column E "Hỗ trợ khác" matches no line of the plan.'],
    ["without a header: named by its letter", null, "Cột E (không có tiêu đề) không khớp với chỉ tiêu nào của kế hoạch.", "Column E (no header) matches no line of the plan."],
  ])("%s", (_name, header, vi, en) => {
    for (const layout of [TYPED, FORMULA]) {
      const findings = check({ at: 2, header, moved: false }, layout);
      expect(told(findings)).toEqual(["unmapped E1"]);
      expect(findings[0].message).toEqual({ vi, en });
    }
  });
});

// Columns that hold numbers of their own, not a figure typed off its line: never folded into a stray cell.
describe("a notes or codes column beside a line is no stray column", () => {
  // Minh Quang's D5 blank (the typed subtotals still count its 3); the column beside holds notes or codes of every row.
  const codes = { 4: 10_111, 5: 10_114, 6: 10_117, 8: 10_120, 9: 10_123, 10: 10_126 };
  test.each<[string, Extra, Layout, string[]]>([
    ["a Ghi chú column with some numeric notes", { at: 2, header: "Ghi chú", moved: true, figure: 3, others: { 4: 2024, 9: 15 } }, TYPED, ["subtotal D5"]],
    ["a Ghi chú column with some numeric notes, formula subtotals", { at: 2, header: "Ghi chú", moved: true, figure: 3, others: { 4: 2024, 9: 15 } }, FORMULA, ["ceiling D2"]],
    ["a header-less column of commune codes", { at: 2, header: null, moved: true, figure: 10_114, others: codes }, TYPED, ["subtotal D5", "unmapped E1"]],
    ["a header-less column of commune codes, formula subtotals", { at: 2, header: null, moved: true, figure: 10_114, others: codes }, FORMULA, ["ceiling D2", "unmapped E1"]],
  ])("%s", (_name, extra, layout, expected) => {
    expect(told(check(extra, layout))).toEqual(expected);
  });
});
