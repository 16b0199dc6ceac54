/**
 * Hand-built plans, tables and sheets for the rule tests: a table is given as
 * area rows (label, kind, parent index, one value per line) and laid out on a
 * sheet in either orientation, header at the top-left.
 */
import type { AllocationTable, AreaEntry, AreaKind, LineEntry, Orientation } from "../../../src/core/model/table";
import type { Comparison, IndicatorKind, Plan, PlanArea, PlanLine } from "../../../src/core/model/plan";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { areaKey } from "../../../src/core/text/fold";
import { parseUnit } from "../../../src/core/text/units";
import { buildRuleContext, type RuleContext } from "../../../src/core/rules/context";
import { readPlanJson } from "../../../src/core/plan";

export function planLine(code: string, name: string, unit: string, target: number, extra: Partial<PlanLine> = {}): PlanLine {
  const { kind, scale } = parseUnit(unit);
  const dot = code.lastIndexOf(".");
  const rule: Comparison = kind === "percent" ? ">=" : "<=";
  return {
    code,
    name,
    unit,
    kind,
    scale,
    target,
    rule,
    ...(dot > 0 ? { parentCode: code.slice(0, dot) } : {}),
    ...extra,
  };
}

export function plan(lines: PlanLine[], areas: PlanArea[] = [], extra: Partial<Plan> = {}): Plan {
  return { lines, areas, source: "sheet:Kế hoạch", sheet: "Kế hoạch", ...extra };
}

export interface LineSpec {
  header: string;
  planCode: string | null;
  unit?: string;
  isTotal?: boolean;
}

export interface RowSpec {
  label: string;
  kind: AreaKind;
  /** Index into the rows of the parent, or null. */
  parent: number | null;
  values: CellValue[];
}

export interface Fixture {
  table: AllocationTable;
  sheet: SheetData;
}

export const SHEET = "Phân bổ";

/**
 * Lays the table out: areas-as-rows puts the header on row 1 (0-based row 0)
 * with labels in column A; indicators-as-rows puts area labels on row 1 and
 * line headers in column A. Values start at B2.
 */
export function table(
  lines: LineSpec[],
  rows: RowSpec[],
  options: { orientation?: Orientation; numberFormats?: (string | null)[][]; name?: string } = {},
): Fixture {
  const orientation = options.orientation ?? "areas-as-rows";
  const byRows = orientation === "areas-as-rows";
  const grid: CellValue[][] = [];
  const set = (r: number, c: number, v: CellValue) => {
    while (grid.length <= r) grid.push([]);
    grid[r][c] = v;
  };
  set(0, 0, "Địa bàn");
  const lineEntries: LineEntry[] = lines.map((spec, i) => {
    const unit = spec.unit !== undefined ? parseUnit(spec.unit) : undefined;
    const headerRow = byRows ? 0 : i + 1;
    const headerCol = byRows ? i + 1 : 0;
    set(headerRow, headerCol, spec.header);
    return {
      header: spec.header,
      index: i + 1,
      headerRow,
      headerCol,
      ...(spec.unit !== undefined ? { unit: spec.unit } : {}),
      ...(unit !== undefined ? { kind: unit.kind } : {}),
      scale: unit?.scale ?? 1,
      isTotal: spec.isTotal ?? false,
      planCode: spec.planCode,
    };
  });
  const areas: AreaEntry[] = rows.map((row, a) => {
    const labelRow = byRows ? a + 1 : 0;
    const labelCol = byRows ? 0 : a + 1;
    set(labelRow, labelCol, row.label);
    row.values.forEach((value, l) => {
      if (byRows) set(a + 1, l + 1, value);
      else set(l + 1, a + 1, value);
    });
    return {
      label: row.label,
      key: areaKey(row.label),
      kind: row.kind,
      index: a + 1,
      labelRow,
      labelCol,
      parent: row.parent,
      children: rows.flatMap((other, o) => (other.parent === a ? [o] : [])),
    };
  });
  const name = options.name ?? SHEET;
  const sheet: SheetData = {
    name,
    values: grid,
    merges: [],
    ...(options.numberFormats ? { numberFormats: options.numberFormats } : {}),
  };
  return {
    table: { sheet: name, orientation, areas, lines: lineEntries, headerTop: 0, headerBottom: 0 },
    sheet,
  };
}

export function context(p: Plan, fixture: Fixture, planSheet: SheetData | null = null): RuleContext {
  return buildRuleContext({ plan: p, table: fixture.table, sheet: fixture.sheet, planSheet });
}

/** The parts of a finding a test asserts on, in a compact form. */
export function brief(f: { rule: string; severity: string; sheet: string | null; cell: string | null; indicator: string | null; area: string | null; expected: number | null; actual: number | null }) {
  return [f.rule, f.severity, f.sheet, f.cell, f.indicator, f.area, f.expected, f.actual];
}

export type { IndicatorKind };

/** Three communes of Ba Vì and two of Mỹ Đức, the plan's list of the sheet-level rule tests. */
export const BA_VI_MY_DUC: PlanArea[] = [
  { district: "Ba Vì", commune: "Khánh Thượng" },
  { district: "Ba Vì", commune: "Minh Quang" },
  { district: "Ba Vì", commune: "Ba Trại" },
  { district: "Mỹ Đức", commune: "An Phú" },
  { district: "Mỹ Đức", commune: "Hùng Tiến" },
];

/** Two count lines (14 teams, 10 addresses) over `BA_VI_MY_DUC`, read as a JSON plan is. */
export const TEAMS_AND_ADDRESSES_PLAN: Plan = readPlanJson(
  {
    title: "Kế hoạch thử",
    indicators: [
      { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 14 },
      { code: "2", name: "Địa chỉ tin cậy", unit: "địa chỉ", target: 10 },
    ],
    areas: BA_VI_MY_DUC,
  },
  "plan.json",
);
