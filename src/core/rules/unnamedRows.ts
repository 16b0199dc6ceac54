/**
 * Rows with figures but no name (the layout leaves them out of every total,
 * `why` = "no name"), each with the group it sits among and its figures per
 * line: `subtotal` tells such a row at its name cell when a subtotal counts
 * it, `unnamedCause` tells it there when none does and joins what it alone
 * puts off into that finding.
 */
import { CELL, isNumericState as isNumeric, readCell } from "../cells/readCell";
import { columnLetters } from "../model/address";
import type { RuleContext } from "./context";

/** `why` of a row left out of the area axis for having figures but no name (the layout's `NO_NAME`). */
const NO_NAME = "no name";

/** A row with figures but no name (left out of every total), the group whose rows it sits among, and its figures per line. */
export interface UnnamedRow {
  /** Its sheet row (areas as rows) or column (indicators as rows), 0-based. */
  readonly index: number;
  /** The group it sits among, or null when none holds it (a table without totals). */
  readonly owner: number | null;
  readonly values: Float64Array;
}

/**
 * The rows with figures but no name, each with the group it sits among: the
 * group of the area row above it (that row's own group when it heads
 * members, else its parent). Columns alike when indicators are rows.
 */
export function unnamedRows(context: RuleContext): UnnamedRow[] {
  const { table } = context;
  const ignored = table.notes?.ignoredAreas ?? [];
  if (!ignored.some((i) => i.why === NO_NAME)) return [];
  const byRows = table.orientation === "areas-as-rows";
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
      const row = byRows ? index : table.lines[line].index;
      const col = byRows ? table.lines[line].index : index;
      const reading = readCell(context.sheet.values[row]?.[col] ?? null, context.sheet.numberFormats?.[row]?.[col], measures[line]);
      values[line] = isNumeric(reading.state) || reading.state === CELL.blank ? reading.base : Number.NaN;
    }
    out.push({ index, owner, values });
  }
  return out;
}

/** The cell where the row's (or column's) name belongs: its label cell on the area axis. */
export function unnamedLabel(context: RuleContext, u: UnnamedRow): { row: number; col: number } {
  const { table } = context;
  const first = table.areas[u.owner ?? 0];
  if (table.orientation === "areas-as-rows") return { row: u.index, col: table.notes?.labelCol ?? first?.labelCol ?? 0 };
  return { row: first?.labelRow ?? 0, col: u.index };
}

/** "dòng 7" / "row 7", or "cột E" / "column E" when indicators are rows. */
export function unnamedName(context: RuleContext, u: UnnamedRow): { vi: string; en: string; Vi: string; En: string; viAxis: string; enAxis: string } {
  const byRows = context.table.orientation === "areas-as-rows";
  const at = byRows ? String(u.index + 1) : columnLetters(u.index);
  // `Vi`, `En`: the same words opening a sentence.
  return byRows
    ? { vi: `dòng ${at}`, en: `row ${at}`, Vi: `Dòng ${at}`, En: `Row ${at}`, viAxis: "dòng", enAxis: "row" }
    : { vi: `cột ${at}`, en: `column ${at}`, Vi: `Cột ${at}`, En: `Column ${at}`, viAxis: "cột", enAxis: "column" };
}
