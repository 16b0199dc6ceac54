/**
 * Where a printed table would start too low on a page — its subtitle and
 * header at the foot, its rows overleaf — a page break before its subtitle.
 * The pages are laid out as the spreadsheet will: row heights at the print
 * scale, the repeated header on the pages after its own row.
 */

/** Rows of a table that must share a page with its subtitle: the subtitle, the header and two rows. */
const KEEP_TOGETHER = 4;

export interface PageBreakInput {
  /** Row heights in points at 100 %. */
  readonly heights: readonly number[];
  /** Rows that start a table (its subtitle). */
  readonly starts: readonly number[];
  /** Height of the page's printable area, in points on paper. */
  readonly pageHeight: number;
  /** Print scale (1 = 100 %). */
  readonly scale: number;
  /** The row repeated at the top of every page after its own, if any. */
  readonly titleRow?: number;
}

/** Rows that start a new page (0-based). */
export function pageBreaks(input: PageBreakInput): number[] {
  const { heights, starts, scale, titleRow } = input;
  const page = input.pageHeight / scale;
  const titleHeight = titleRow === undefined ? 0 : heights[titleRow] ?? 0;
  const top = (row: number) => (titleRow !== undefined && row > titleRow ? titleHeight : 0);
  const startSet = new Set(starts);
  const breaks: number[] = [];
  let y = 0;
  for (let row = 0; row < heights.length; row++) {
    if (startSet.has(row) && y > 0) {
      let together = 0;
      for (let r = row; r < Math.min(heights.length, row + KEEP_TOGETHER); r++) together += heights[r];
      if (y + together > page) {
        breaks.push(row);
        y = top(row);
      }
    }
    if (y + heights[row] > page && y > top(row)) y = top(row);
    y += heights[row];
  }
  return breaks;
}
