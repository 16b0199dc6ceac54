/**
 * A small allocation sheet for the one-cause tests: a grand total, districts
 * (with or without a row of their own) and their communes, whose totals are
 * typed as planned (the figures before the planted mistake), SUM formulas
 * whose saved values follow the mistake, or left out.
 */
import { checkWorkbook } from "../../../src/core/check";
import { readPlanJson } from "../../../src/core/plan";
import type { Finding } from "../../../src/core/model/finding";
import type { CellValue } from "../../../src/core/model/workbook";
import { columnLetters } from "../../../src/core/model/address";
import { sheet, workbook } from "../layout/sheetBuilder";

export type Totals = "typed" | "formula" | "none";

export interface PlanSpec {
  readonly lines: readonly { code: string; name: string; unit: string; target: number; quota?: number }[];
}

export interface District {
  readonly name: string;
  readonly communes: readonly { name: string; values: readonly CellValue[] }[];
}

export interface Layout {
  readonly totals: Totals;
  /** A row naming each district, holding its subtotal. */
  readonly districtRows: boolean;
  /** The districts' subtotals when not as the grand total's (`totals`). */
  readonly districtTotals?: Totals;
  /** Typed totals typed from the communes as they stand (the mistake carried), not as planned. */
  readonly typedAsWritten?: boolean;
}

const num = (v: CellValue): number => (typeof v === "number" ? v : 0);

/** The rows (from A1) and formulas of the sheet: `planned` gives the typed totals, `actual` the communes. */
export function allocationRows(lines: readonly string[], planned: readonly District[], actual: readonly District[], layout: Layout) {
  const rows: CellValue[][] = [["STT", "Địa bàn", ...lines]];
  const formulas: Record<string, string> = {};
  const at = (row: number, line: number) => `${columnLetters(line + 2)}${row}`;
  const totalRow = 2;
  rows.push([null, "Tổng cộng", ...lines.map(() => null)]);
  const districtRows: number[] = [];
  const spans: [number, number][] = [];
  actual.forEach((district, d) => {
    if (layout.districtRows) {
      rows.push([["I", "II", "III", "IV", "V"][d], `Huyện ${district.name}`, ...lines.map(() => null)]);
      districtRows.push(rows.length);
    }
    const first = rows.length + 1;
    district.communes.forEach((commune, c) => rows.push([c + 1, `Xã ${commune.name}`, ...commune.values]));
    spans.push([first, rows.length]);
  });
  const sum = (ds: readonly District[], line: number) => ds.reduce((s, d) => s + d.communes.reduce((t, c) => t + num(c.values[line]), 0), 0);
  const districtTotals = layout.districtTotals ?? layout.totals;
  lines.forEach((_, line) => {
    actual.forEach((district, d) => {
      if (!layout.districtRows || districtTotals === "none") return;
      const typed = districtTotals === "typed";
      const row = districtRows[d];
      rows[row - 1][line + 2] = sum([typed && layout.typedAsWritten !== true ? planned[d] : district], line);
      if (!typed) formulas[at(row, line)] = `SUM(${at(spans[d][0], line)}:${at(spans[d][1], line)})`;
    });
    if (layout.totals === "none") return;
    const typed = layout.totals === "typed";
    rows[totalRow - 1][line + 2] = sum(typed && layout.typedAsWritten !== true ? planned : actual, line);
    const overDistricts = layout.districtRows && districtTotals !== "none";
    if (!typed) formulas[at(totalRow, line)] = overDistricts ? districtRows.map((row) => at(row, line)).join("+") : `SUM(${at(totalRow + 1, line)}:${at(rows.length, line)})`;
  });
  return { rows, formulas };
}

/** What else the sheet and plan of `checkTotals` differ by. */
export interface SheetOptions {
  /** The plan lists no areas. */
  readonly noAreas?: boolean;
  /** No grand total row (typed totals only: the rows move up one). */
  readonly noGrandTotal?: boolean;
  /** Rows hidden in the sheet (1-based, as Excel numbers them, after any row taken out). */
  readonly hiddenRows?: readonly number[];
}

/** The findings of the check of `actual` against the plan listing `planned`'s communes. */
export function checkTotals(plan: PlanSpec, planned: readonly District[], actual: readonly District[], layout: Layout, headers?: readonly string[], options: SheetOptions = {}): readonly Finding[] {
  const lines = headers ?? plan.lines.map((l) => l.name);
  const built = allocationRows(lines, planned, actual, layout);
  const { formulas } = built;
  if (options.noGrandTotal === true && Object.keys(formulas).length > 0) throw new Error("noGrandTotal takes typed totals only");
  const rows = options.noGrandTotal === true ? built.rows.filter((_, i) => i !== 1) : built.rows;
  const planJson = readPlanJson(
    {
      title: "Kế hoạch thử",
      indicators: plan.lines.map((l) => ({ code: l.code, name: l.name, unit: l.unit, target: l.target, ...(l.quota !== undefined ? { quota: l.quota } : {}) })),
      areas: options.noAreas === true ? [] : planned.flatMap((d) => d.communes.map((c) => ({ district: d.name, commune: c.name }))),
    },
    "plan.json",
  );
  const data = sheet("Phân bổ", rows, { formulas });
  const hidden = options.hiddenRows === undefined ? data : { ...data, hiddenRows: options.hiddenRows.map((row) => row - 1) };
  const { report } = checkWorkbook(workbook(hidden), { workbookName: "t.xlsx", plan: planJson, sheet: "Phân bổ" });
  return report.findings;
}

/** `rule cell` of each finding (the area when there is no cell), sorted. */
export const told = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.rule} ${f.cell ?? f.area ?? ""}`).sort();

/** Every layout: typed, formula or no totals, with and without district rows. */
export const LAYOUTS: Layout[] = (["typed", "formula", "none"] as const).flatMap((totals) => [true, false].map((districtRows) => ({ totals, districtRows })));

/** A copy of the districts with one commune's figure on one line changed. */
export function withFigure(districts: readonly District[], d: number, c: number, line: number, value: CellValue): District[] {
  return districts.map((district, i) => ({
    ...district,
    communes: district.communes.map((commune, j) => (i === d && j === c ? { ...commune, values: commune.values.map((v, l) => (l === line ? value : v)) } : commune)),
  }));
}

/** Six communes in two districts over three lines (a quota line, a count, money): the sheet the one-cause folds are tried on. */
export const SIX_COMMUNES_PLAN: PlanSpec = {
  lines: [
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 6, quota: 1 },
    { code: "2", name: "Địa chỉ tin cậy", unit: "địa chỉ", target: 12 },
    { code: "3", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 600 },
  ],
};
export const SIX_COMMUNES_HEADERS = ["Tổ truyền thông cộng đồng", "Địa chỉ tin cậy", "Kinh phí hỗ trợ (triệu đồng)"];
export const SIX_COMMUNES: District[] = [
  { name: "Ba Vì", communes: [{ name: "Khánh Thượng", values: [1, 2, 100] }, { name: "Minh Quang", values: [1, 3, 120] }, { name: "Ba Trại", values: [1, 1, 80] }] },
  { name: "Mỹ Đức", communes: [{ name: "An Phú", values: [1, 2, 90] }, { name: "Hùng Tiến", values: [1, 2, 110] }, { name: "Phù Lưu", values: [1, 2, 100] }] },
];

/** The same six communes over the two lines with no quota (the count and the money). */
export const SIX_COMMUNES_TWO_LINES_PLAN: PlanSpec = { lines: SIX_COMMUNES_PLAN.lines.slice(1) };
export const SIX_COMMUNES_TWO_LINES_HEADERS = SIX_COMMUNES_HEADERS.slice(1);
export const SIX_COMMUNES_TWO_LINES: District[] = SIX_COMMUNES.map((district) => ({
  ...district,
  communes: district.communes.map((commune) => ({ ...commune, values: commune.values.slice(1) })),
}));
