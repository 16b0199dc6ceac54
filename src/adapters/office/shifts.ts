/**
 * Rows and columns the user inserted or deleted, as Excel's change events
 * tell them (`WorksheetChangedEventArgs.changeType` RowInserted, RowDeleted,
 * ColumnInserted, ColumnDeleted with the lines' address, ExcelApi 1.7:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetchangedeventargs),
 * and where a cell recorded before them is now. Cells inserted or deleted
 * with a partial shift (CellInserted, CellDeleted) move only part of a line:
 * those are not followed (`null`: unknown).
 */

export interface Shift {
  readonly axis: "row" | "column";
  /** 0-based first line inserted or deleted. */
  readonly at: number;
  /** Lines inserted (> 0) or deleted (< 0). */
  readonly count: number;
}

const LINE_CHANGES: Readonly<Record<string, { axis: Shift["axis"]; sign: 1 | -1 }>> = {
  RowInserted: { axis: "row", sign: 1 },
  RowDeleted: { axis: "row", sign: -1 },
  ColumnInserted: { axis: "column", sign: 1 },
  ColumnDeleted: { axis: "column", sign: -1 },
};

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * The shift an event tells, `undefined` for a change that moves nothing
 * (an edit), `null` for one that moves cells in a way not followed.
 */
export function shiftOf(changeType: string, address: string): Shift | null | undefined {
  if (changeType === "CellInserted" || changeType === "CellDeleted") return null;
  const kind = LINE_CHANGES[changeType];
  if (kind === undefined) return undefined;
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [first, last = first] = local.split(":");
  const pick = (part: string) => (kind.axis === "row" ? /\d+/.exec(part)?.[0] : /[A-Za-z]+/.exec(part)?.[0]);
  const a = pick(first);
  const b = pick(last);
  if (a === undefined || b === undefined) return null;
  const from = kind.axis === "row" ? Number(a) - 1 : columnNumber(a);
  const to = kind.axis === "row" ? Number(b) - 1 : columnNumber(b);
  return { axis: kind.axis, at: Math.min(from, to), count: kind.sign * (Math.abs(to - from) + 1) };
}

/** Where a cell is after the shifts, in order; null when its line was deleted. */
export function shiftedCell(row: number, col: number, shifts: readonly Shift[]): { row: number; col: number } | null {
  let r = row;
  let c = col;
  for (const s of shifts) {
    const line = s.axis === "row" ? r : c;
    if (line < s.at) continue;
    if (s.count < 0 && line < s.at - s.count) return null;
    if (s.axis === "row") r += s.count;
    else c += s.count;
  }
  return { row: r, col: c };
}
