/**
 * The plan's tables, each read on its own (its year columns, then its lines),
 * and merged into one list of lines.
 */
import { a1 } from "../model/address";
import type { PlanLine } from "../model/plan";
import type { LocalizedText } from "../model/text";
import type { Grid } from "../layout/grid";
import { cellRef, planError } from "./planErrors";
import { targetHeading, unclearTargetSplit, type PlanHeader } from "./planHeader";
import { findYearColumns, yearsSumDoubt } from "./yearColumns";
import { isPeriod, namesTarget, targetColumnYear } from "./yearTargets";
import type { CodeCell } from "./planSections";
import type { TotalRow } from "./totalRows";
import { readLines } from "./tableLines";

/** One plan table of the sheet, read. */
export interface TableReading {
  readonly grid: Grid;
  readonly header: PlanHeader;
  readonly years: ReadonlyMap<number, number>;
  readonly lines: PlanLine[];
  /** Each line's section and code cell. */
  readonly sections: CodeCell[];
  readonly lastRow: number;
  readonly bulleted: ReadonlySet<number>;
  readonly doubts: LocalizedText[];
  readonly totals: readonly TotalRow[];
  /** The row where another table's header starts in other columns, and the section then open; null when none. */
  readonly stop: { readonly row: number; readonly section: string | null } | null;
  /** The target column splits with no total column (not read; the first table's is refused). */
  readonly unclear: boolean;
}

/**
 * A plan table under `header`: its year columns, then its lines (in a thunk,
 * so the caller may add advice to what it refuses). A target column split
 * with no total column is refused for the first table (`refuseUnclear`);
 * any other such table is left unread.
 */
export function readTable(grid: Grid, header: PlanHeader, startSection: string | null, refuseUnclear: boolean): () => TableReading {
  const name = grid.name;
  const found = findYearColumns(grid, header);
  // `Kế hoạch năm 2022 | … | Kế hoạch năm 2025` with no column for the whole period: the target is the years' sum.
  const targetYear = targetColumnYear(grid, header);
  // So too `Năm 2026 | … | Năm 2030` with no target header at all: the years are the plan's.
  const bareYears = !namesTarget(grid, header, header.columns.target!) && targetYear !== null && found.size >= 2 && isPeriod([targetYear, ...found.keys()]);
  const wholeFromYears = targetYear !== null && found.size > 0 && !found.has(targetYear) && (bareYears || [...found.values()].every((col) => namesTarget(grid, header, col)));
  const years = wholeFromYears ? new Map([...found, [targetYear, header.columns.target!] as const].sort((a, b) => a[0] - b[0])) : found;
  const unclear = unclearTargetSplit(grid, header, new Set(years.values()));
  if (unclear !== null && !refuseUnclear) {
    return () => ({ grid, header, years, lines: [], sections: [], lastRow: header.bottom, bulleted: new Set(), doubts: [], totals: [], stop: null, unclear: true });
  }
  if (unclear !== null) {
    // The target's own heading (`Kế hoạch`), not a group title over it (`Giai đoạn 2026 - 2030`).
    const heading = targetHeading(grid, header, unclear[0].row);
    const cell = a1(heading.row, heading.col);
    const subs = unclear.map((sub) => `${a1(sub.row, sub.col)} "${sub.text}"`).join(", ");
    const top = heading.text;
    throw planError(
      "bad-plan",
      `${cellRef(name, cell)}: cột "${top}" chia thành các cột ${subs} mà không có cột tổng (Tổng số, Cộng): không rõ cột nào là số kế hoạch. Hãy thêm cột "Tổng số" dưới "${top}", hoặc để một cột kế hoạch.`,
      `${cellRef(name, cell)}: the column "${top}" splits into ${subs} with no total column (Tổng số, Cộng): which one holds the target is unclear. Add a "Tổng số" column under "${top}", or keep one target column.`,
    );
  }
  return () => {
    const read = readLines(grid, header, years, wholeFromYears, startSection);
    // The period's target taken as the years' sum: said, naming the year columns.
    const doubts = wholeFromYears ? [yearsSumDoubt(grid, header, years), ...read.doubts] : read.doubts;
    return { grid, header, years, ...read, doubts, unclear: false };
  };
}

/** The plan's tables as one list of lines: bullets and totals keep pointing at their own table's lines. */
export function mergeTables(tables: readonly TableReading[]): { lines: PlanLine[]; sections: CodeCell[]; bulleted: ReadonlySet<number>; totals: TotalRow[] } {
  const lines: PlanLine[] = [];
  const sections: CodeCell[] = [];
  const bulleted = new Set<number>();
  const totals: TotalRow[] = [];
  for (const table of tables) {
    const offset = lines.length;
    for (const i of table.bulleted) bulleted.add(i + offset);
    const own = table.lines.map((_, i) => i + offset);
    // With several tables, a total adds up its own table's lines (or its section's).
    for (const total of table.totals) totals.push(total.lines !== undefined ? { ...total, lines: total.lines.map((i) => i + offset) } : tables.length > 1 ? { ...total, lines: own } : total);
    lines.push(...table.lines);
    sections.push(...table.sections);
  }
  return { lines, sections, bulleted, totals };
}
