/**
 * The reading of a sheet (`report.reading`) as ranges to show: the table, its
 * header rows, each plan line's column (or row), each area's row (or column)
 * by its role, the ignored ones. Excel selects them; the preview draws them
 * as bands. Whether an `at` is a row or a column is told by its form (digits
 * are a row, letters a column), so both orientations come out right.
 */
import type { ReadingMark } from "./host";
import type { Reading } from "../core/model/reading";
import { columnIndex, columnLetters } from "../core/model/address";

interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** `A4:N29` → 1-based rows, 0-based columns; null when not a range. */
export function parseTableRange(range: string): Rect | null {
  const [start, end = start] = range.trim().split(":");
  const a = CELL.exec(start);
  const b = CELL.exec(end);
  if (a === null || b === null) return null;
  const [r1, r2] = [Number(a[2]), Number(b[2])];
  const [c1, c2] = [columnIndex(a[1]), columnIndex(b[1])];
  return { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) };
}

export function isRowAt(at: string): boolean {
  return /^\d+$/.test(at);
}

/** The row or column `at` across the table: `7` → `A7:N7`, `C` → `C4:C29`. */
export function rangeOfAt(table: Rect, at: string): string {
  const first = columnLetters(table.left);
  const last = columnLetters(table.right);
  if (isRowAt(at)) return `${first}${at}:${last}${at}`;
  const col = at.toUpperCase();
  return `${col}${table.top}:${col}${table.bottom}`;
}

/** Every mark of the reading, the table first (a host that selects one range selects the table). */
export function readingMarks(reading: Reading): ReadingMark[] {
  const table = parseTableRange(reading.table);
  if (table === null) return [];
  const marks: ReadingMark[] = [{ range: reading.table.toUpperCase(), kind: "table" }];
  for (const row of reading.headerRows) marks.push({ range: rangeOfAt(table, String(row)), kind: "header" });
  for (const line of reading.lines) marks.push({ range: rangeOfAt(table, line.at), kind: "line", label: line.code });
  for (const area of reading.areas) marks.push({ range: rangeOfAt(table, area.at), kind: area.role });
  for (const ignored of reading.ignored) marks.push({ range: rangeOfAt(table, ignored.at), kind: "ignored" });
  return marks;
}

/** The mark of one row or column of the reading (what a click on it in the view shows). */
export function markAt(reading: Reading, at: string, kind: ReadingMark["kind"], label?: string): ReadingMark | null {
  const table = parseTableRange(reading.table);
  if (table === null) return null;
  return { range: rangeOfAt(table, at), kind, ...(label !== undefined ? { label } : {}) };
}
