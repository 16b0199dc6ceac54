/**
 * Page breaks before what would print badly split: a table that would start
 * too low on a page — its subtitle and header at the foot, its rows overleaf —
 * or a table that would run onto the next page while it fits whole on one
 * (its header prints once: the rows overleaf would stand without it), and a
 * block drawn over rows (the chart) that would be cut in two. The first table
 * too: rather than a few of its rows overleaf under no header, it starts the
 * second page, the sheet's title and identity block printing alone on the
 * first. A table longer than a page runs over wherever it starts. The pages
 * are laid out as the spreadsheet will: row heights at the print scale, the
 * repeated header on the pages after its own row.
 */

/** Rows of a table that must share a page with its subtitle: the subtitle, the header and two rows. */
const KEEP_TOGETHER = 4;

export interface PageBreakInput {
  /** Row heights in points at 100 %. */
  readonly heights: readonly number[];
  /** Rows that start a table (its subtitle); a table runs to the row before the next one starts. */
  readonly starts: readonly number[];
  /** Rows never split over two pages when they fit on one (a chart's rows), first and last. */
  readonly blocks?: ReadonlyArray<{ readonly first: number; readonly last: number }>;
  /** Height of the page's printable area, in points on paper. */
  readonly pageHeight: number;
  /** Print scale (1 = 100 %). */
  readonly scale: number;
  /** The row repeated at the top of every page after its own, if any. */
  readonly titleRow?: number;
  /** Rows that always start a page (unless first on the sheet). */
  readonly always?: readonly number[];
}

function heightOf(heights: readonly number[], first: number, end: number): number {
  let sum = 0;
  for (let r = first; r < Math.min(heights.length, end); r++) sum += heights[r];
  return sum;
}

/** Rows that start a new page (0-based). */
export function pageBreaks(input: PageBreakInput): number[] {
  const { heights, scale, titleRow } = input;
  const page = input.pageHeight / scale;
  const titleHeight = titleRow === undefined ? 0 : heights[titleRow] ?? 0;
  const top = (row: number) => (titleRow !== undefined && row > titleRow ? titleHeight : 0);
  const starts = [...new Set(input.starts)].sort((a, b) => a - b);
  // Where each table ends (exclusive: the next table, or a block drawn under it, which keeps on a page of its own), and each block.
  const blocks = input.blocks ?? [];
  const tableEnd = new Map(starts.map((s, i) => [s, Math.min(starts[i + 1] ?? heights.length, ...blocks.filter((b) => b.first > s).map((b) => b.first))]));
  const blockEnd = new Map(blocks.map((b) => [b.first, b.last + 1]));
  const breaks: number[] = [];
  let y = 0;
  const breakBefore = (row: number) => {
    breaks.push(row);
    y = top(row);
  };
  const always = new Set(input.always ?? []);
  for (let row = 0; row < heights.length; row++) {
    if (always.has(row) && row > 0) breakBefore(row);
    const end = tableEnd.get(row);
    if (end !== undefined && y > top(row)) {
      const whole = heightOf(heights, row, end);
      const fitsAlone = top(row) + whole <= page;
      const wouldSplit = y + whole > page;
      if (y + heightOf(heights, row, row + KEEP_TOGETHER) > page || (wouldSplit && fitsAlone)) breakBefore(row);
    }
    const blockStop = blockEnd.get(row);
    if (blockStop !== undefined && y > top(row)) {
      const whole = heightOf(heights, row, blockStop);
      if (y + whole > page && top(row) + whole <= page) breakBefore(row);
    }
    if (y + heights[row] > page && y > top(row)) y = top(row);
    y += heights[row];
  }
  return breaks;
}
