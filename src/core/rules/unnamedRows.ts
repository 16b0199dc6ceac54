/**
 * Rows with figures but no name (the layout leaves them out of every total,
 * `why` = "no name"), each with the group it sits among and its figures per
 * line: `subtotal` tells such a row at its name cell when a subtotal counts
 * it, `unnamedCause` tells it there when none does and joins what it alone
 * puts off into that finding.
 */
import { CELL, isNumericState as isNumeric, readCell } from "../cells/readCell";
import type { RuleContext } from "./context";

/** `why` of a row left out of the area axis for having figures but no name (the layout's `NO_NAME`). */
const NO_NAME = "no name";

/** A row with figures but no name (left out of every total), the group whose rows it sits among, and its figures per line. */
export interface UnnamedRow {
  readonly row: number;
  /** The group it sits among, or null when none holds it (a table without totals). */
  readonly owner: number | null;
  readonly values: Float64Array;
}

/**
 * The rows with figures but no name, each with the group it sits among: the
 * group of the area row above it (that row's own group when it heads
 * members, else its parent). Areas as rows only.
 */
export function unnamedRows(context: RuleContext): UnnamedRow[] {
  const { table } = context;
  const ignored = table.notes?.ignoredAreas ?? [];
  if (table.orientation !== "areas-as-rows" || !ignored.some((i) => i.why === NO_NAME)) return [];
  const rows = table.areas.map((a, i) => ({ row: a.headIndex ?? a.index, area: i })).sort((a, b) => a.row - b.row);
  const measures = context.lineKind.map((kind, l) => ({ kind, scale: context.scales[l] }));
  const out: UnnamedRow[] = [];
  for (const { index, why } of ignored) {
    if (why !== NO_NAME) continue;
    let above = -1;
    for (const r of rows) if (r.row < index) above = r.area;
    const entry = above < 0 ? null : table.areas[above];
    const owner = entry === null ? null : entry.kind !== "leaf" && entry.children.length > 0 && (entry.headIndex ?? entry.index) <= table.areas[entry.children[0]].index ? above : entry.parent;
    const values = new Float64Array(context.lineCount);
    for (let line = 0; line < context.lineCount; line++) {
      const col = table.lines[line].index;
      const reading = readCell(context.sheet.values[index]?.[col] ?? null, context.sheet.numberFormats?.[index]?.[col], measures[line]);
      values[line] = isNumeric(reading.state) || reading.state === CELL.blank ? reading.base : Number.NaN;
    }
    out.push({ row: index, owner, values });
  }
  return out;
}

