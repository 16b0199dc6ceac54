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

/** Minh Quang (Ba Vì's second commune, row 5) on `Địa chỉ tin cậy` (line 1). */
const LINE = 1;

interface Extra {
  /** Where the extra column stands among the line columns (0-based, before the line of that index). */
  readonly at: number;
  readonly header: string | null;
  /** Minh Quang's figure on LINE moved into the extra column (else the column holds `figure` and LINE keeps its own). */
  readonly moved: boolean;
  readonly figure?: number;
}

function check(extra: Extra, layout: Layout): readonly Finding[] {
  const insert = <T>(values: readonly T[], value: T) => [...values.slice(0, extra.at), value, ...values.slice(extra.at)];
  const planned: District[] = DISTRICTS.map((d) => ({ ...d, communes: d.communes.map((c) => ({ ...c, values: insert<CellValue>(c.values, null) })) }));
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
  // The extra column as staff leave it: its header as given, no totals of its own.
  const rows = built.rows.map((row, r) => row.map((v, c) => (c !== col ? v : r === 0 ? extra.header : String(row[1]).startsWith("Xã") ? v : null)));
  const letter = columnLetters(col);
  const formulas = Object.fromEntries(Object.entries(built.formulas).filter(([cell]) => !cell.startsWith(letter)));
  const plan = readPlanJson(
    {
      title: "Kế hoạch thử",
      indicators: PLAN.lines.map((l) => ({ code: l.code, name: l.name, unit: l.unit, target: l.target, ...(l.quota !== undefined ? { quota: l.quota } : {}) })),
      areas: DISTRICTS.flatMap((d) => d.communes.map((c) => ({ district: d.name, commune: c.name }))),
    },
    "plan.json",
  );
  return checkWorkbook(workbook(sheet("Phân bổ", rows, { formulas })), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" }).report.findings;
}

const TYPED: Layout = { totals: "typed", districtRows: true };
const FORMULA: Layout = { totals: "formula", districtRows: true };

describe("a figure typed into the header-less column beside its line", () => {
  // Line columns C, D (Địa chỉ tin cậy), E; the stray column E (right of D) or D (left of D, the line then E).
  test.each<[string, Extra, Layout, string[], string[]]>([
    ["right of its line, typed subtotals counting it", { at: 2, header: null, moved: true }, TYPED, ["subtotal E5"], ["cột E (không có tiêu đề)", "cạnh cột Địa chỉ tin cậy (D)", "ô D5", "(D3)", "(D2)", "gõ lệch một cột"]],
    ["left of its line, typed subtotals counting it", { at: 1, header: null, moved: true }, TYPED, ["subtotal D5"], ["cột D (không có tiêu đề)", "cạnh cột Địa chỉ tin cậy (E)", "ô E5", "(E3)", "(E2)", "gõ lệch một cột"]],
    ["right of its line, formula subtotals leaving it out", { at: 2, header: null, moved: true }, FORMULA, ["ceiling E5"], ["cột E (không có tiêu đề)", "ô D5", "so với kế hoạch (D2)", "gõ lệch một cột"]],
    ["left of its line, formula subtotals leaving it out", { at: 1, header: null, moved: true }, FORMULA, ["ceiling D5"], ["cột D (không có tiêu đề)", "ô E5", "so với kế hoạch (E2)"]],
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
