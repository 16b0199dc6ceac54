/**
 * Per-period results sheets (CONTRACT §7): each shaped like an allocation
 * sheet and read by the same layout detection (either orientation, the same
 * mess), its values being what each area achieved — or for money lines
 * disbursed — in that period. Only the rules that concern any sheet run on
 * it (`subtotal`, `invalid-value`, `text-number`, `duplicate`); lines and
 * areas that are not in the plan are findings, never dropped silently.
 */
import type { Finding } from "../model/finding";
import type { Plan } from "../model/plan";
import type { AreaEntry } from "../model/table";
import { localized } from "../model/text";
import { detectTable } from "../layout";
import { buildRuleContext, CELL, duplicateRule, invalidValueRule, subtotalRule, textNumberRule, type RuleContext } from "../rules";
import { cellPosition } from "../rules/context";
import { areaLabelFinding, makeFinding } from "../rules/finding";
import { areaKey } from "../text/fold";
import type { Period } from "./periods";
import type { CellRef } from "./types";
import type { PeriodSource } from "../model/progress";
import type { AllocationTable } from "../model/table";
import type { SheetData } from "../model/workbook";

export interface PeriodSheetLine {
  readonly code: string;
  /** The period's figure for the line: the leaf sum (a percent line: the total's value, else the lowest leaf). */
  readonly value: number;
  /** The line's total cell, else its header cell. */
  readonly at: CellRef;
  readonly source: PeriodSource;
}

export interface PeriodSheetArea {
  /** Index into the allocation table's areas. */
  readonly area: number;
  /** Per plan code: the area's value and its cell. */
  readonly values: ReadonlyMap<string, { readonly value: number; readonly at: CellRef }>;
}

export interface PeriodSheetReading {
  readonly sheet: string;
  readonly period: Period;
  readonly lines: readonly PeriodSheetLine[];
  readonly areas: readonly PeriodSheetArea[];
  readonly findings: readonly Finding[];
  readonly table: AllocationTable;
}

/** Allocation leaves by key, to find a results area in the allocation table. */
export interface AllocationLeaves {
  /** `district|commune` keys (district key empty when the sheet names none). */
  readonly full: ReadonlyMap<string, number>;
  /** Bare commune keys, only where one leaf has the key. */
  readonly bare: ReadonlyMap<string, number>;
}

function fullKey(entry: AreaEntry): string {
  return `${entry.district === undefined ? "" : areaKey(entry.district)}|${entry.key}`;
}

export function allocationLeaves(context: RuleContext): AllocationLeaves {
  const full = new Map<string, number>();
  const bare = new Map<string, number>();
  const ambiguous = new Set<string>();
  for (const index of context.leaves) {
    const entry = context.table.areas[index];
    if (!full.has(fullKey(entry))) full.set(fullKey(entry), index);
    if (bare.has(entry.key)) ambiguous.add(entry.key);
    else bare.set(entry.key, index);
  }
  for (const key of ambiguous) bare.delete(key);
  return { full, bare };
}

function lineValue(context: RuleContext, line: number): { value: number; source: PeriodSource } | null {
  const sheet = context.table.sheet;
  const kind = context.lineKind[line];
  if (kind !== "percent") return { value: context.leafSums[line], source: { kind: "leaves", sheet, line, mode: "sum" } };
  if (context.grandTotal !== null) {
    const at = context.grandTotal * context.lineCount + line;
    const state = context.state[at];
    if (state === CELL.number) return { value: context.base[at], source: { kind: "cell", sheet, ...cellPosition(context, context.grandTotal, line) } };
  }
  const min = context.leafMins[line];
  return Number.isNaN(min) ? null : { value: min, source: { kind: "leaves", sheet, line, mode: "min" } };
}

export function readPeriodSheet(sheet: SheetData, period: Period, plan: Plan, allocation: RuleContext): PeriodSheetReading {
  const table = detectTable(sheet, plan);
  const context = buildRuleContext({ plan, table, sheet });
  const findings: Finding[] = [];
  for (const rule of [subtotalRule, invalidValueRule, textNumberRule, duplicateRule]) findings.push(...rule.evaluate(context));

  const lines: PeriodSheetLine[] = [];
  const seenCodes = new Set<string>();
  table.lines.forEach((line, l) => {
    if (line.planCode === null) {
      if (!lineHasFigures(context, l)) return;
      findings.push(
        makeFinding({
          rule: "unmapped",
          severity: "warning",
          sheet: sheet.name,
          at: { row: line.headerRow, col: line.headerCol },
          message: localized(
            `Cột/dòng kết quả "${line.header}" không khớp chỉ tiêu nào của kế hoạch; số liệu của nó không được tính vào tiến độ.`,
            `The results column/row "${line.header}" matches no plan line; its figures are not counted in the progress.`,
          ),
        }),
      );
      return;
    }
    if (seenCodes.has(line.planCode)) return;
    seenCodes.add(line.planCode);
    const figure = lineValue(context, l);
    if (figure === null) return;
    const at = context.grandTotal !== null ? cellPosition(context, context.grandTotal, l) : { row: line.headerRow, col: line.headerCol };
    lines.push({ code: line.planCode, value: figure.value, at: { sheet: sheet.name, ...at }, source: figure.source });
  });

  const leaves = allocationLeaves(allocation);
  const areas: PeriodSheetArea[] = [];
  for (const index of context.leaves) {
    const entry = table.areas[index];
    const match = leaves.full.get(fullKey(entry)) ?? leaves.bare.get(entry.key);
    if (match === undefined) {
      if (!areaHasFigures(context, index)) continue;
      findings.push(
        areaLabelFinding(
          "coverage",
          "warning",
          sheet.name,
          entry,
          localized(
            `Địa bàn "${entry.label}" có kết quả nhưng không có trong biểu phân bổ "${allocation.table.sheet}"; kết quả của nó vẫn được cộng vào từng chỉ tiêu, nhưng không so được với phân bổ.`,
            `The area "${entry.label}" has results but is not in the allocation sheet "${allocation.table.sheet}"; its results count in each line's total but cannot be compared with an allocation.`,
          ),
        ),
      );
      continue;
    }
    const values = new Map<string, { value: number; at: CellRef }>();
    table.lines.forEach((line, l) => {
      if (line.planCode === null || values.has(line.planCode)) return;
      const at = index * context.lineCount + l;
      const state = context.state[at];
      if (state !== CELL.number && state !== CELL.textNumber && state !== CELL.blank) return;
      values.set(line.planCode, { value: context.base[at], at: { sheet: sheet.name, ...cellPosition(context, index, l) } });
    });
    areas.push({ area: match, values });
  }
  return { sheet: sheet.name, period, lines, areas, findings, table };
}

function lineHasFigures(context: RuleContext, line: number): boolean {
  for (let a = 0; a < context.areaCount; a++) if (context.state[a * context.lineCount + line] !== CELL.blank) return true;
  return false;
}

function areaHasFigures(context: RuleContext, area: number): boolean {
  for (let l = 0; l < context.lineCount; l++) if (context.state[area * context.lineCount + l] !== CELL.blank) return true;
  return false;
}
