/**
 * `plan-copy` on period sheets: the allocation copied beside what was done
 * (`Tổ truyền thông` over `Kế hoạch` | `Thực hiện`). Each area's copy must be
 * its allocation, told at the area's cell; where every area's agrees, the
 * copy's grand total must be the plan's target. A column where half the areas
 * or more differ is some other target (a year's), not the allocation's copy,
 * and is not checked; nor is one whose header names a year (`Kế hoạch năm 2023`).
 */
import type { Finding } from "../model/finding";
import type { Plan } from "../model/plan";
import type { AllocationTable, LineEntry } from "../model/table";
import { localized } from "../model/text";
import { cellValue, type SheetData } from "../model/workbook";
import { detectTable } from "../layout";
import { lineStage } from "../layout/lineStage";
import { isNumericState, readCell } from "../cells/readCell";
import type { RuleContext } from "../rules";
import { standing } from "../rules/compare";
import { amount, progressFinding } from "./rules/shared";
import type { CellRef } from "./types";

const PART_SEPARATOR = " / ";
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;

/** The planned sub-columns of a sheet whose lines are split into planned | done (`done`: the table read for what was done); [] otherwise. */
export function plannedColumns(sheet: SheetData, plan: Plan, done: AllocationTable): LineEntry[] {
  const split = (line: LineEntry) => line.header.split(PART_SEPARATOR);
  if (!done.lines.some((line) => line.planCode !== null && lineStage(split(line)) === "achieved")) return [];
  let planned: AllocationTable;
  try {
    planned = detectTable(sheet, plan, [], { stage: "planned" });
  } catch {
    return [];
  }
  if (planned.orientation !== done.orientation) return [];
  const doneCodes = new Set(done.lines.map((line) => line.planCode));
  return planned.lines.filter((line) => {
    const parts = split(line);
    return line.planCode !== null && doneCodes.has(line.planCode) && lineStage(parts) === "planned" && !YEAR.test(parts[parts.length - 1]);
  });
}

export function plannedCopyFindings(context: RuleContext, columns: readonly LineEntry[], areaMatch: Int32Array, allocation: RuleContext, plan: Plan): Finding[] {
  const findings: Finding[] = [];
  const byRows = context.table.orientation === "areas-as-rows";
  for (const line of columns) {
    const code = line.planCode!;
    const planLine = plan.lines.find((entry) => entry.code === code);
    const l = context.table.lines.findIndex((entry) => entry.planCode === code);
    const a = allocation.table.lines.findIndex((entry) => entry.planCode === code);
    if (planLine === undefined || l < 0 || a < 0) continue;
    const measure = { kind: context.lineKind[l], scale: context.scales[l] };
    const read = (area: number): { value: number; at: CellRef } | null => {
      const row = byRows ? context.table.areas[area].index : line.index;
      const col = byRows ? line.index : context.table.areas[area].index;
      const reading = readCell(cellValue(context.sheet, row, col), context.sheet.numberFormats?.[row]?.[col], measure);
      return isNumericState(reading.state) ? { value: reading.base, at: { sheet: context.sheet.name, row, col } } : null;
    };
    const differing: { at: CellRef; label: string; expected: number; actual: number }[] = [];
    let compared = 0;
    for (const leaf of context.leaves) {
      const match = areaMatch[leaf];
      if (match < 0 || !isNumericState(allocation.state[match * allocation.lineCount + a])) continue;
      const copy = read(leaf);
      if (copy === null) continue;
      compared++;
      const expected = allocation.base[match * allocation.lineCount + a];
      if (standing(copy.value, expected) !== "equal") differing.push({ at: copy.at, label: context.table.areas[leaf].label, expected, actual: copy.value });
    }
    if (compared === 0 || differing.length * 2 >= compared) continue;
    const f = (value: number, lang: "vi" | "en") => amount(planLine, value, lang);
    for (const cell of differing) {
      findings.push(
        progressFinding({
          rule: "plan-copy",
          severity: "warning",
          at: cell.at,
          indicator: code,
          area: cell.label,
          expected: cell.expected,
          actual: cell.actual,
          message: localized(
            `Kế hoạch "${planLine.name}" của ${cell.label} chép sang trang kết quả là ${f(cell.actual, "vi")}, nhưng biểu phân bổ giao ${f(cell.expected, "vi")}.`,
            `The target of "${planLine.name}" for ${cell.label} copied onto the results sheet is ${f(cell.actual, "en")}, but the allocation gives ${f(cell.expected, "en")}.`,
          ),
        }),
      );
    }
    const total = differing.length === 0 && context.grandTotal !== null && planLine.kind !== "percent" ? read(context.grandTotal) : null;
    if (total !== null && standing(total.value, planLine.target) !== "equal") {
      findings.push(
        progressFinding({
          rule: "plan-copy",
          severity: "warning",
          at: total.at,
          indicator: code,
          expected: planLine.target,
          actual: total.value,
          message: localized(
            `Kế hoạch của "${planLine.name}" chép sang trang kết quả là ${f(total.value, "vi")}, nhưng kế hoạch giao ${f(planLine.target, "vi")}.`,
            `The target of "${planLine.name}" copied onto the results sheet is ${f(total.value, "en")}, but the plan gives ${f(planLine.target, "en")}.`,
          ),
        }),
      );
    }
  }
  return findings;
}
