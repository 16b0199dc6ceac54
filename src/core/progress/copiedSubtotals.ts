/**
 * `subtotal` in a column of the target copied beside what was done (`Kế
 * hoạch | Thực hiện`): every typed or formula subtotal of a sheet is checked
 * against its parts (CONTRACT §2; §7: `subtotal` concerns results sheets
 * too), so a district's copied target is checked against its communes'. The
 * grand total is the copy of the plan's target, checked by `plan-copy`
 * (`copiedTargets`). One cause, one finding: a district over an area whose
 * copy is already told (`plan-copy` at the area's cell, its district off by
 * it) says nothing more.
 */
import type { Finding } from "../model/finding";
import type { Plan } from "../model/plan";
import { a1 } from "../model/address";
import { localized } from "../model/text";
import { cellValue } from "../model/workbook";
import { isNumericState, readCell, CELL } from "../cells/readCell";
import type { RuleContext } from "../rules/context";
import { difference, standing } from "../rules/compare";
import { makeFinding } from "../rules/finding";
import { formatAmount } from "../text/format";
import type { CopiedTargetColumn } from "./subColumns";

export function copiedSubtotalFindings(context: RuleContext, plan: Plan, columns: readonly CopiedTargetColumn[], told: readonly Finding[]): Finding[] {
  if (columns.length === 0) return [];
  const { areas } = context.table;
  const byRows = context.table.orientation === "areas-as-rows";
  const toldCells = new Set(told.filter((f) => f.sheet === context.sheet.name && f.cell !== null).map((f) => f.cell));
  const out: Finding[] = [];
  for (const { code, index, header } of columns) {
    const planLine = plan.lines.find((entry) => entry.code === code);
    const l = context.table.lines.findIndex((entry) => entry.planCode === code);
    if (planLine === undefined || l < 0 || planLine.kind === "percent") continue;
    const measure = { kind: context.lineKind[l], scale: context.scales[l] };
    const place = (area: number) => (byRows ? { row: areas[area].index, col: index } : { row: index, col: areas[area].index });
    const read = (area: number) => {
      const { row, col } = place(area);
      return readCell(cellValue(context.sheet, row, col), context.sheet.numberFormats?.[row]?.[col], measure);
    };
    const cellOf = (area: number): string => {
      const { row, col } = place(area);
      return a1(row, col);
    };
    /** The sum of an area's parts in the column, a part blank or passing its own parts through; null when one is unusable. */
    const partsOf = (area: number): { sum: number; cells: string[] } | null => {
      let sum = 0;
      const cells: string[] = [];
      for (const child of areas[area].children) {
        const entry = areas[child];
        const reading = read(child);
        if (entry.kind !== "leaf" && reading.state === CELL.blank) {
          const under = partsOf(child);
          if (under === null) return null;
          sum += under.sum;
          cells.push(...under.cells);
          continue;
        }
        if (reading.state === CELL.blank) continue;
        if (!isNumericState(reading.state)) return null;
        sum += reading.base;
        cells.push(cellOf(child));
      }
      return { sum: Number(sum.toPrecision(15)), cells };
    };
    const f = (value: number, lang: "vi" | "en") => formatAmount(value, planLine, lang);
    for (let area = 0; area < areas.length; area++) {
      const entry = areas[area];
      if (entry.kind !== "group" || area === context.grandTotal || entry.children.length === 0) continue;
      const reading = read(area);
      if (!isNumericState(reading.state)) continue;
      const parts = partsOf(area);
      if (parts === null || standing(reading.base, parts.sum) === "equal" || parts.cells.some((cell) => toldCells.has(cell))) continue;
      const gap = Math.abs(difference(reading.base, parts.sum));
      out.push(
        makeFinding({
          rule: "subtotal",
          severity: "error",
          sheet: context.sheet.name,
          at: place(area),
          indicator: code,
          area: entry.label,
          expected: parts.sum,
          actual: reading.base,
          message: localized(
            `Kế hoạch của "${planLine.name}" chép cho ${entry.label} (cột "${header}") ghi ${f(reading.base, "vi")}, nhưng các địa bàn thành phần cộng lại ${f(parts.sum, "vi")} (lệch ${f(gap, "vi")}).`,
            `The plan target of "${planLine.name}" copied for ${entry.label} (column "${header}") shows ${f(reading.base, "en")}, but its areas add up to ${f(parts.sum, "en")} (off by ${f(gap, "en")}).`,
          ),
        }),
      );
    }
  }
  return out;
}
