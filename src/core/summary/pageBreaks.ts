/**
 * Page breaks before what would print badly split: a table that would start
 * too low on a page — its subtitle and header at the foot, its rows overleaf —
 * or a table that would run onto the next page while it fits whole on one
 * (its header prints once: the rows overleaf would stand without it), and a
 * block drawn over rows (the chart) that would be cut in two. The first table
 * too, when its rows overleaf would stand under no header; when its header
 * is copied onto the page it runs onto, it stays under the title and identity
 * block rather than leave them alone on the first page. A table longer than a
 * page runs over wherever it starts. The pages
 * are laid out as the spreadsheet will: row heights at the print scale, the
 * repeated header on the pages after its own row.
 *
 * A sheet has one set of print titles (the last table's header). Another
 * table that runs over a page gets a copy of its header at the top of each
 * page it runs onto (`planPages`' copies, inserted by headerCopies.ts), with a
 * break before the copy, a little before the page is full so that the
 * spreadsheet's own break (its row heights differ a little from ours) does
 * not come first.
 */

/** Rows of a table that must share a page with its subtitle: the subtitle, the header and two rows. */
const KEEP_TOGETHER = 4;
/** Body rows kept with a table's header (and what stands above it: its subtitle, a line such as `Số liệu đến`). */
const KEEP_ROWS = 2;

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
  /** Tables' header rows: a table's rows down to its header's and two more stay with its subtitle (else its first `KEEP_TOGETHER` rows). */
  readonly headers?: readonly number[];
  /** Rows that always start a page (unless first on the sheet). */
  readonly always?: readonly number[];
  /** Tables whose header is copied to the top of each page they run onto: their header rows, and where they end (exclusive). */
  readonly repeatable?: ReadonlyArray<{ readonly header: HeaderSpan; readonly end: number }>;
  /** Copies of a header already in the sheet (laid out before): each starts a page and is not copied again. */
  readonly copies?: readonly number[];
}

export interface HeaderSpan {
  readonly first: number;
  readonly last: number;
}

/** A copy of a table's header to insert before a row (the row then starts a page under it). */
export interface HeaderCopy {
  readonly before: number;
  readonly header: HeaderSpan;
}

/**
 * Share of the page filled before a table's rows go under a copy of its header
 * on the next page: the room left (≈ 15 pt on A4 landscape, a row) takes in
 * the spreadsheet rounding row heights to its own units (Excel to whole
 * pixels), which must not bring its own break before ours.
 */
export const COPY_FILL = 0.97;

/**
 * Share of the page a block (the chart, its table) may fill and stay there:
 * LibreOffice prints a sheet fitted to the page's width a few percent larger
 * than its column widths give (measured: 4 %), and a chart drawn over rows
 * past the foot is cut, its legend overleaf.
 */
export const BLOCK_FILL = 0.93;

/** Rows that start a new page (0-based). */
export function pageBreaks(input: PageBreakInput): number[] {
  return planPages(input).breaks;
}

/** Rows that start a new page (0-based, before any copy is inserted), and the header copies to insert. */
export function planPages(input: PageBreakInput): { breaks: number[]; copies: HeaderCopy[] } {
  const { heights, scale, titleRow } = input;
  const page = input.pageHeight / scale;
  // Heights added up once: a table's rest is asked for near each page's foot.
  const prefix = new Float64Array(heights.length + 1);
  for (let r = 0; r < heights.length; r++) prefix[r + 1] = prefix[r] + heights[r];
  const heightOf = (first: number, end: number): number => prefix[Math.min(heights.length, Math.max(first, end))] - prefix[Math.min(heights.length, first)];
  const titleHeight = titleRow === undefined ? 0 : heights[titleRow] ?? 0;
  const top = (row: number) => (titleRow !== undefined && row > titleRow ? titleHeight : 0);
  const starts = [...new Set(input.starts)].sort((a, b) => a - b);
  // Where each table ends (exclusive: the next table, or a block drawn under it, which keeps on a page of its own), and each block.
  const blocks = input.blocks ?? [];
  const tableEnd = new Map(starts.map((s, i) => [s, Math.min(starts[i + 1] ?? heights.length, ...blocks.filter((b) => b.first > s).map((b) => b.first))]));
  const blockEnd = new Map(blocks.map((b) => [b.first, b.last + 1]));
  const headerRows = [...(input.headers ?? [])].sort((a, b) => a - b);
  /** Where the rows kept with a table's subtitle end (exclusive): two after its header, or `KEEP_TOGETHER` from its start. */
  const keepEnd = (start: number, end: number): number => {
    const header = headerRows.find((h) => h > start && h < end);
    if (header === undefined) return start + KEEP_TOGETHER;
    let last = header;
    while (headerRows.includes(last + 1) && last + 1 < end) last++;
    return Math.min(end, Math.max(start + KEEP_TOGETHER, last + 1 + KEEP_ROWS));
  };
  const breaks: number[] = [];
  let y = 0;
  const breakBefore = (row: number) => {
    breaks.push(row);
    y = top(row);
  };
  const always = new Set([...(input.always ?? []), ...(input.copies ?? [])]);
  const copies: HeaderCopy[] = [];
  // The repeatable table each row is a body row of (after its header, before its end).
  const bodyOf = new Map<number, HeaderSpan>();
  const bodyEnd = new Map<number, number>();
  for (const t of input.repeatable ?? []) {
    for (let r = t.header.last + 1; r < t.end; r++) {
      if (always.has(r)) continue;
      bodyOf.set(r, t.header);
      bodyEnd.set(r, t.end);
    }
  }
  const repeatStarts = new Set(starts.filter((s) => (input.repeatable ?? []).some((t) => t.header.first > s && t.header.first < (tableEnd.get(s) ?? s))));
  for (let row = 0; row < heights.length; row++) {
    if (always.has(row) && row > 0) breakBefore(row);
    const header = bodyOf.get(row);
    // Only where the rest of the table does not fit the page: a table that ends on it keeps its rows there.
    if (header !== undefined && y > top(row) && y + heights[row] > page * COPY_FILL && y + heightOf(row, bodyEnd.get(row)!) > page) {
      // The table runs onto the next page: a copy of its header goes first there.
      breakBefore(row);
      copies.push({ before: row, header });
      y += heightOf(header.first, header.last + 1);
    }
    const end = tableEnd.get(row);
    if (end !== undefined && y > top(row)) {
      const whole = heightOf(row, end);
      const fitsAlone = top(row) + whole <= page;
      const wouldSplit = y + whole > page;
      // A table whose header is copied onto the pages it runs onto keeps its first rows within the share of the page
      // it fills before a copy, so that no copy comes right under its own header.
      const keep = repeatStarts.has(row) ? page * COPY_FILL : page;
      // The first table stays under the title and identity block when its header is copied onto the page it runs onto:
      // moved whole, it would leave the first page to the title alone.
      const staysFirst = row === starts[0] && repeatStarts.has(row);
      if (y + heightOf(row, keepEnd(row, end)) > keep || (wouldSplit && fitsAlone && !staysFirst)) breakBefore(row);
    }
    const blockStop = blockEnd.get(row);
    if (blockStop !== undefined && y > top(row)) {
      const whole = heightOf(row, blockStop);
      // Within the share of the page a block may fill: the spreadsheet's rows, a little taller than ours, must not push the chart's foot overleaf.
      if (y + whole > page * BLOCK_FILL && top(row) + whole <= page) breakBefore(row);
    }
    if (y + heights[row] > page && y > top(row)) y = top(row);
    y += heights[row];
  }
  return { breaks, copies };
}
