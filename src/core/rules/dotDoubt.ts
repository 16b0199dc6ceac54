/**
 * `1.500` typed as text in a money column counted in triệu or tỷ đồng: the
 * Vietnamese reading (the dot groups thousands: 1 500) is the one allocheck
 * counts, but the same text is 1,5 to anyone who writes the dot as a decimal
 * mark. Where such a cell alone holds more than the line's whole plan target,
 * the line breaks its plan rule as read, and reading those cells the other way
 * would make it hold, the reading is in doubt: the `ceiling`
 * finding names the cells, and each cell's `text-number` finding says so.
 */
import type { PlanLine } from "../model/plan";
import { cellValue } from "../model/workbook";
import { a1 } from "../model/address";
import { allocatedFor, CELL, cellIndex, cellPosition, type RuleContext } from "./context";
import { holds } from "./compare";

/** One dot before exactly three digits, nothing else (`1.500`, `'12.250`): a thousands group or three decimals. */
const ONE_DOT_THREE = /^['\u2018\u2019]?\s*[+-]?[1-9]\d{0,2}\.\d{3}\s*$/;

export interface DoubtfulCell {
  readonly area: number;
  readonly row: number;
  readonly col: number;
  readonly text: string;
  /** The value counted (base units) and the value read with the dot as the decimal mark. */
  readonly counted: number;
  readonly other: number;
}

/** The line's doubtful cells and its total read the other way, or null when the reading is not in doubt. */
export function dotDoubt(context: RuleContext, planLine: PlanLine): { cells: DoubtfulCell[]; otherTotal: number } | null {
  if (planLine.kind !== "money") return null;
  const line = context.lineByCode.get(planLine.code);
  if (line === undefined || context.scales[line] <= 1000 || !(planLine.target > 0)) return null;
  const allocated = allocatedFor(context, planLine.code);
  if (allocated === null || holds(allocated, planLine.rule, planLine.target)) return null;
  const cells: DoubtfulCell[] = [];
  let otherTotal = allocated;
  for (const area of context.leaves) {
    const at = cellIndex(context, area, line);
    if (context.state[at] !== CELL.textNumber) continue;
    const { row, col } = cellPosition(context, area, line);
    const raw = cellValue(context.sheet, row, col);
    if (typeof raw !== "string" || !ONE_DOT_THREE.test(raw)) continue;
    // A cell that alone holds more than the whole plan: the thousands reading is the unlikely one.
    const counted = context.base[at];
    if (!(counted > planLine.target)) continue;
    const other = counted / 1000;
    cells.push({ area, row, col, text: raw.trim(), counted, other });
    otherTotal += other - counted;
  }
  if (cells.length === 0 || !holds(otherTotal, planLine.rule, planLine.target)) return null;
  return { cells, otherTotal };
}

/** A cell whose number the reading is unsure of, as the reading's confidence tells it. */
export interface NumberDoubt {
  /** A1 address of the cell. */
  readonly cell: string;
  readonly text: string;
  /** The plan line's code. */
  readonly code: string;
}

/** Every doubtful `1.500` of the allocation (see `dotDoubt`), line by line in plan order. */
export function numberDoubts(context: RuleContext): NumberDoubt[] {
  const out: NumberDoubt[] = [];
  for (const planLine of context.plan.lines) {
    const doubt = dotDoubt(context, planLine);
    if (doubt !== null) for (const cell of doubt.cells) out.push({ cell: a1(cell.row, cell.col), text: cell.text, code: planLine.code });
  }
  return out;
}
