/**
 * One cause, at its cell: one commune's figure on a line left blank under
 * totals that follow the table (SUM formulas, or none), the line's only
 * finding its under-plan `ceiling`. Where every other commune has a figure on
 * the line and the blank commune's row has figures on other lines, the blank
 * is the cell to fix: the ceiling is told there, with the shortfall as the
 * figure it would probably hold. Told only when the evidence is clear:
 *
 * - the ceiling is the line's only finding (a warning: under the plan), and
 *   nothing else is told at the blank commune but on other lines' own causes;
 * - exactly one commune is blank on the line; every other commune holds a
 *   number there, and the blank commune holds a number on another line;
 * - every total on the line follows its parts (a formula or blank), none
 *   typed to carry the missing figure;
 * - the shortfall is a figure like the other communes' on the line: whole
 *   on a count line, no less than the smallest of them and no more than the
 *   largest, none of them zero (a line whose communes may hold nothing
 *   leaves a blank as likely a zero), at least ten in the cell's unit (small
 *   counts fall short by chance), not a percent line.
 */
import { typedOnNote, withTypedOnNote } from "./typedOnNote";
import { a1 } from "../model/address";
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { formatAmount } from "../text/format";
import { CELL } from "../cells/readCell";
import { cellPosition, type RuleContext } from "./context";
import { difference, standing } from "./compare";
import { passesThrough } from "./leafCause";
import { cellIndexer } from "./singleCause";

/** The least shortfall, in the cell's unit, a blank cell is told for (small counts fall short by chance). */
const LEAST = 10;

export function blankCellCeiling(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const ceilings = findings.filter((f) => f.rule === "ceiling" && f.severity === "warning" && f.indicator !== null && f.expected !== null && f.actual !== null);
  if (ceilings.length === 0) return [...findings];
  const indexOf = cellIndexer(context);
  const { lineCount } = context;
  const replaced = new Map<Finding, Finding>();
  for (const ceiling of ceilings) {
    const line = context.lineByCode.get(ceiling.indicator as string);
    if (line === undefined) continue;
    // Nothing else told on the line.
    const alone = !findings.some((f) => {
      if (f === ceiling || f.severity === "info") return false;
      if (f.indicator === ceiling.indicator) return true;
      const at = indexOf(f);
      return at !== null && at % lineCount === line;
    });
    if (!alone) continue;
    const row = blankCommune(context, line, ceiling);
    if (row === null) continue;
    // Nothing told at the blank commune on any line.
    if (findings.some((f) => f !== ceiling && f.severity !== "info" && (() => { const at = indexOf(f); return at !== null && Math.floor(at / lineCount) === row.area; })())) continue;
    replaced.set(ceiling, atBlank(context, ceiling, line, row.area, row.gap));
  }
  if (replaced.size === 0) return [...findings];
  return findings.map((f) => replaced.get(f) ?? f);
}

/** The one commune blank on `line`, whose figure the ceiling's shortfall could be; null when the evidence is not clear. */
function blankCommune(context: RuleContext, line: number, ceiling: Finding): { area: number; gap: number } | null {
  const { areas } = context.table;
  const { lineCount, state, base } = context;
  const kind = context.lineKind[line];
  if (kind === "percent" || kind === null || context.sourceLines?.has(line) === true) return null;
  const gap = difference(ceiling.expected as number, ceiling.actual as number);
  if (!(gap > 0)) return null;
  if (kind === "count" && !Number.isInteger(Number((gap / context.scales[line]).toPrecision(12)))) return null;
  let blank = -1;
  let largest = 0;
  let smallest = Number.POSITIVE_INFINITY;
  let others = 0;
  for (let area = 0; area < areas.length; area++) {
    const entry = areas[area];
    if (entry.kind === "group" || entry.kind === "total") {
      if (!passesThrough(context, area, line)) return null;
      continue;
    }
    if (entry.kind !== "leaf") continue;
    const cell = area * lineCount + line;
    if (state[cell] === CELL.blank) {
      if (blank !== -1) return null;
      blank = area;
    } else if (state[cell] === CELL.number) {
      others++;
      largest = Math.max(largest, base[cell]);
      smallest = Math.min(smallest, base[cell]);
    } else return null;
  }
  if (blank === -1 || others < 2 || !(smallest > 0) || gap / context.scales[line] < LEAST) return null;
  if (standing(gap, smallest) === "below" || standing(gap, largest) === "above") return null;
  let filled = false;
  for (let other = 0; other < lineCount; other++) if (other !== line && state[blank * lineCount + other] === CELL.number) filled = true;
  return filled ? { area: blank, gap } : null;
}

/** The ceiling told at the blank cell, with the figure it would probably hold. */
function atBlank(context: RuleContext, ceiling: Finding, line: number, area: number, gap: number): Finding {
  const { row, col } = cellPosition(context, area, line);
  const cell = a1(row, col);
  const label = context.table.areas[area].label;
  const unit = context.cellUnit[line];
  const header = context.table.lines[line].header;
  const word = context.table.orientation === "areas-as-rows" ? { vi: "cột", en: "column" } : { vi: "dòng", en: "row" };
  return {
    ...ceiling,
    cell,
    row,
    col,
    area: label,
    message: withTypedOnNote(localized(
      `${ceiling.message.vi} Ô ${cell} (${header} của ${label}) để trống, là ô trống duy nhất trong ${word.vi} của chỉ tiêu này, dù các địa bàn khác đều có số và ${label} có số ở các chỉ tiêu khác: có lẽ số của ${label} bị bỏ sót — điền ${formatAmount(gap, unit, "vi")} vào ô này thì tổng phân bổ khớp kế hoạch.`,
      `${ceiling.message.en} Cell ${cell} (${header} of ${label}) is blank, the only blank cell in this line's ${word.en}, though every other area has a figure and ${label} has figures on other lines: ${label}'s figure was probably left out — entering ${formatAmount(gap, unit, "en")} there brings the total allocated to the plan.`,
    ), typedOnNote(context, area, line, gap)),
  };
}
