/**
 * How the reading view's marks look on the preview grid and in the pane's
 * legend: a fill (or a hatch for ignored rows and columns) and a symbol shown
 * in the row or column header, so that the meaning never rests on colour alone.
 */
import type { ReadingMark, ReadingMarkKind } from "../app/host";
import { parseTableRange } from "../app/readingMarks";
import { a1 } from "../core/model/address";

export interface BandLook {
  /** Background of the band's cells (CSS), or null for none. */
  readonly background: string | null;
  /** Shown in the row/column header of the band and in the legend. */
  readonly symbol: string;
}

export const BAND_LOOK: Readonly<Record<ReadingMarkKind, BandLook>> = {
  table: { background: null, symbol: "▭" },
  header: { background: "#D9E1F2", symbol: "≡" },
  line: { background: null, symbol: "#" },
  total: { background: "#F8CBAD", symbol: "Σ" },
  group: { background: "#BDD7EE", symbol: "G" },
  subtotal: { background: "#C6E0B4", symbol: "S" },
  leaf: { background: "#FFF2CC", symbol: "L" },
  heading: { background: "#E7E6E6", symbol: "H" },
  ignored: { background: "repeating-linear-gradient(135deg, #EDEDED 0 4px, #FFFFFF 4px 8px)", symbol: "×" },
};

/** Legend order. */
export const BAND_ORDER: readonly ReadingMarkKind[] = ["total", "group", "subtotal", "leaf", "heading", "line", "header", "ignored", "table"];

/** Which mark wins where two cross (an area row crosses every line column). */
const PRECEDENCE: Readonly<Record<ReadingMarkKind, number>> = {
  ignored: 6,
  total: 5,
  group: 5,
  subtotal: 5,
  leaf: 5,
  heading: 5,
  header: 4,
  line: 3,
  table: 1,
};

export interface GridBands {
  /** The winning mark kind of each cell, by A1 address (only cells in view). */
  readonly cells: ReadonlyMap<string, ReadingMarkKind>;
  /** Symbols in the row headers (0-based row → text) and column headers. */
  readonly rows: ReadonlyMap<number, string>;
  readonly cols: ReadonlyMap<number, string>;
}

function badge(mark: ReadingMark): string {
  const symbol = BAND_LOOK[mark.kind].symbol;
  return mark.label !== undefined ? `${symbol}${mark.label}` : symbol;
}

/** The bands of the marks over the first `rows` × `cols` cells of the grid. */
export function gridBands(marks: readonly ReadingMark[], rows: number, cols: number): GridBands {
  const cells = new Map<string, ReadingMarkKind>();
  const rowBadges = new Map<number, string>();
  const colBadges = new Map<number, string>();
  for (const mark of marks) {
    const rect = parseTableRange(mark.range);
    if (rect === null) continue;
    const top = rect.top - 1;
    const bottom = rect.bottom - 1;
    if (mark.kind !== "table") {
      if (top === bottom && rect.left !== rect.right) rowBadges.set(top, badge(mark));
      else if (rect.left === rect.right && top !== bottom) colBadges.set(rect.left, badge(mark));
    }
    for (let r = Math.max(0, top); r <= Math.min(bottom, rows - 1); r++) {
      for (let c = Math.max(0, rect.left); c <= Math.min(rect.right, cols - 1); c++) {
        const address = a1(r, c);
        const before = cells.get(address);
        if (before === undefined || PRECEDENCE[mark.kind] >= PRECEDENCE[before]) cells.set(address, mark.kind);
      }
    }
  }
  return { cells, rows: rowBadges, cols: colBadges };
}
