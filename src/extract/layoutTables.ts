/**
 * Tables of a PDF converted with its layout kept (`pdftotext -layout`): no bars
 * or tabs, the columns are runs of spaces. A block of two rows or more of three
 * runs each (its first such row the header) is a table; every row of it is cut
 * at the header's column starts, so a row with empty cells (` Tổng cộng   805`)
 * keeps its figures in their columns. A line of one run under a column other
 * than the first, between rows, is the wrapped rest of that cell above.
 */

/** A cell that is a figure: `08`, `1.250`, `≥ 80`, `85%`. */
const FIGURE = /^[≥≤<>]?\s*\d[\d.,]*\s*%?$/u;

interface Segment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Runs of text parted by two spaces or more. */
function segmentsOf(line: string): Segment[] {
  const out: Segment[] = [];
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) {
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, text: m[0] });
  }
  return out;
}

/** The column of a run: the one its span overlaps most (the last column runs to the line's end). */
function columnOf(seg: Segment, starts: readonly number[]): number {
  let best = 0;
  let bestOverlap = -1;
  starts.forEach((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1] : Number.MAX_SAFE_INTEGER;
    const overlap = Math.min(seg.end, end) - Math.max(seg.start, s);
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      best = k;
    }
  });
  return best;
}

/** Cells of the rows of layout tables, by index of the raw line; `null` for a line joined to the row above it. */
export function layoutTableRows(lines: readonly string[]): Map<number, string[] | null> {
  const out = new Map<number, string[] | null>();
  const segs = lines.map((l) => (l.includes("|") || l.includes("\t") ? [] : segmentsOf(l)));
  let i = 0;
  while (i < lines.length) {
    // A header and at least one more row of three runs or more right under it.
    if (segs[i].length < 3 || (segs[i + 1]?.length ?? 0) < 2) {
      i++;
      continue;
    }
    const starts = segs[i].map((s) => s.start);
    const ends = segs[i].map((s) => s.end);
    // A run of a row starts under a header cell's start or ends under its end (figures aligned right); justified
    // prose, whose gaps fall anywhere, is no table.
    const aligned = (row: readonly Segment[]) =>
      row.every((r) => starts.some((s, k) => Math.abs(r.start - s) <= 2 || Math.abs(r.end - ends[k]) <= 2 || (r.start >= s - 2 && r.end <= ends[k] + 2)));
    let end = i + 1;
    let wide = 1;
    while (end < lines.length) {
      const row = segs[end];
      if (row.length >= 2 && aligned(row)) {
        if (row.length >= 3) wide++;
        end++;
        continue;
      }
      // The wrapped rest of a cell: one run under a later column, a row after it.
      if (row.length === 1 && row[0].start >= starts[1] - 1 && aligned(row) && (segs[end + 1]?.length ?? 0) >= 2) {
        end++;
        continue;
      }
      break;
    }
    // Rows of figures under a header of words: a table's, never justified prose's (its runs are words).
    const figures = segs.slice(i + 1, end).filter((row) => row.some((r) => FIGURE.test(r.text))).length;
    // A header's years (`2024`, `2025`) name columns; any other figure makes it a row.
    if (wide < 2 || figures < 2 || segs[i].some((r) => FIGURE.test(r.text) && !/^(?:19|20)\d{2}$/.test(r.text))) {
      i++;
      continue;
    }
    let last: string[] | null = null;
    for (let k = i; k < end; k++) {
      const row = segs[k];
      const cells = starts.map(() => "");
      for (const seg of row) {
        const col = columnOf(seg, starts);
        cells[col] = cells[col] === "" ? seg.text : `${cells[col]} ${seg.text}`;
      }
      if (row.length === 1 && last !== null) {
        const col = columnOf(row[0], starts);
        last[col] = last[col] === "" ? row[0].text : `${last[col]} ${row[0].text}`;
        out.set(k, null);
        continue;
      }
      out.set(k, cells);
      last = cells;
    }
    i = end;
  }
  return out;
}
