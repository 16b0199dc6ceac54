/**
 * The allocation table as layout detection found it, normalised so that the
 * rules never care about orientation: an *area axis* (the label rows, or the
 * header columns when indicators are rows) and a *line axis* (one value column
 * or row per indicator / budget line).
 */
import type { IndicatorKind } from "./plan";
import type { Correction } from "./corrections";
import type { AreaEvidence, LineEvidence } from "./reading";
import type { LocalizedText } from "./text";

export type Orientation = "areas-as-rows" | "indicators-as-rows";

/**
 * `total`: grand total (Tổng cộng, Toàn thành phố…); `group`: a district or other
 * subtotal with children; `heading`: a group whose value cells are all blank
 * (a title such as `I. Chỉ tiêu`, neither a subtotal nor a line); `leaf`: a
 * commune or other area that carries its own values.
 */
export type AreaKind = "total" | "group" | "heading" | "leaf";

export interface AreaEntry {
  /** Label as written in the sheet (trimmed), e.g. `Huyện Ba Vì`, `xã Ba Trại`. */
  readonly label: string;
  /** Folded matching key (see core/text): `ba vi`. */
  readonly key: string;
  readonly kind: AreaKind;
  /** Sheet row (areas-as-rows) or column (indicators-as-rows) of this area, 0-based. */
  readonly index: number;
  /** Position of the label cell. */
  readonly labelRow: number;
  readonly labelCol: number;
  /** Index into `AllocationTable.areas` of the parent (group or total), or null. */
  readonly parent: number | null;
  /** Indexes into `AllocationTable.areas` of the children. */
  readonly children: readonly number[];
  /**
   * For a leaf: the district it sits under as written, when the sheet names it
   * in a district column (merged or carried down) or in a group row. Two
   * communes with one name in two districts (`Xã Tân Lập`) are different
   * areas even when no district row separates them.
   */
  readonly district?: string;
  /** Which evidence decided this area's kind and parent (the reading's `how`). */
  readonly evidence?: AreaEvidence;
  /**
   * For a group whose values sit on a subtotal row or column of its own
   * (`Cộng huyện`, before or after its members): that row's label. `index`
   * is then that row, and `headIndex` the group's own label row when it has one.
   */
  readonly subtotalLabel?: string;
  readonly headIndex?: number;
  /**
   * A village (`Thôn 1`) under a commune heading whose own figures are blank:
   * a part of the commune, which the per-area rules (`quota`) check as a whole.
   */
  readonly village?: true;
}

export interface LineEntry {
  /** Header text as written (line breaks folded to spaces). */
  readonly header: string;
  /** Code found in a code row/column next to the header, if any. */
  readonly code?: string;
  /** Sheet column (areas-as-rows) or row (indicators-as-rows), 0-based. */
  readonly index: number;
  /** Position of the header cell (the most specific header cell). */
  readonly headerRow: number;
  readonly headerCol: number;
  /** Unit found in the header, a units row/column or an `ĐVT:` note, if any. */
  readonly unit?: string;
  readonly kind?: IndicatorKind;
  /** Multiplier from this line's cells to base units (1e6 for triệu đồng; 1 otherwise). */
  readonly scale: number;
  /**
   * True for a percent line whose cells are typed as fractions in a plain
   * format (`0.85` for 85 %): every such number is at most 1 while the plan's
   * target is above 1. Its typed numbers are read ×100.
   */
  readonly fractions?: boolean;
  /** True for a line that is the sum of other lines (`Tổng kinh phí`, `Tổng số`). */
  readonly isTotal: boolean;
  /**
   * The lines (their `index`) a total adds up when the sheet lists them
   * (bulleted sub-lines under it); without it, the block of lines next to it.
   */
  readonly parts?: readonly number[];
  /**
   * For a plan money line the sheet splits by funding source with no total
   * column of its own (`Kinh phí | Trung ương | Địa phương`): the `index` of
   * every source column (this one included), all matched to that plan line,
   * whose sum per area is what the plan line is compared with.
   */
  readonly sources?: readonly number[];
  /** Plan code this line was matched to, or null when it matches no plan line. */
  readonly planCode: string | null;
  /**
   * How the plan line was found (`name`, `code`, `corrected`) and the match
   * score in [0, 1]; `rival`: another line of the sheet that names the same
   * plan line as well (its index and header), so the choice is uncertain.
   */
  readonly match?: { readonly how: LineEvidence; readonly score: number; readonly rival?: { readonly index: number; readonly header: string } };
}

/** A user's correction that no longer fits the sheet (its row or column gone, its label or header changed): not applied. */
export interface StaleCorrection {
  readonly correction: Correction;
  readonly why: LocalizedText;
}

/**
 * What layout detection saw beyond the table itself, for the reading shown
 * to the user (CONTRACT §5 `reading`). Positions are 0-based sheet rows and
 * columns.
 */
export interface LayoutNotes {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** Sheet column of the labels: the area names (areas-as-rows) or the line names (indicators-as-rows). */
  readonly labelCol: number;
  /**
   * The areas' STT as the layout read it, where it read one: a column of
   * numbers beside the area names (areas-as-rows), or a header row numbering
   * the areas across (`I`, `1`, `2` … over their names; indicators-as-rows).
   */
  readonly sttAt?: number;
  /** Columns (areas-as-rows) or rows left out of the line axis, with why. */
  readonly ignoredLines: readonly { readonly index: number; readonly header: string; readonly why: string }[];
  /** Rows (areas-as-rows) or columns left out of the area axis (by a correction, or a text column), with why. */
  readonly ignoredAreas: readonly { readonly index: number; readonly label: string; readonly why: string }[];
  /** `Cộng …` rows repeating a group whose own row holds its values. */
  readonly mirrors: readonly { readonly label: string; readonly index: number; readonly group: number }[];
  /** Distinct readings of the area axis built and scored, and whether the best two nearly tie. */
  readonly candidates: number;
  readonly nearTie: boolean;
  /**
   * Every district holds a single commune with the same figures, names bare:
   * nothing but their order (no prefix, STT, area list or formula) told which
   * row of each pair is the district.
   */
  readonly pairedByPosition?: boolean;
  /**
   * One line with figures, no total row, the rows read as a flat list past the
   * plan's target, where some rows add up the rows after them like districts
   * over their communes (not enough to read them so).
   */
  readonly groupsUnsure?: boolean;
  /**
   * Positions (rows, or columns with the areas across) of communes whose figure is not their villages' sum, read
   * as the villages' subtotal, where the villages hold figures on one line only: the villages may as well be a
   * mistyped breakdown of the commune's figure.
   */
  readonly villagesUnsure?: readonly number[];
  /**
   * With `villagesUnsure`: the villages hold figures on several lines, their sum the commune's figure on one line
   * and not on another — the lines tell the readings apart no better than one line would.
   */
  readonly villageLinesDisagree?: true;
  readonly corrections: { readonly applied: number; readonly stale: readonly StaleCorrection[] };
  /** A second table below the allocation table on the same sheet, not read: its first row and cell, and its title. */
  readonly nextTable?: {
    readonly row: number;
    readonly col: number;
    readonly text: string;
    /** Plan lines that table holds and the allocation table lacks (left unchecked), where it holds any. */
    readonly codes?: readonly string[];
    /** Found by its rows alone (no title, no header): they name again areas the table already read. */
    readonly untitled?: true;
    /** With `untitled`: under a heading and a total row of its own, right after the table's rows (no blank row between). */
    readonly heading?: true;
    /**
     * With `untitled`: a block under a heading and no total of its own, set apart by the plan's figures (added to
     * the table, these plan lines would go past the plan while the table alone comes nearer to it).
     */
    readonly overPlan?: readonly string[];
  };
  /**
   * Heading rows (columns) over rows naming again the areas read before them, with no blank row between and no
   * total of their own (`B. VỐN ĐẦU TƯ` over the same communes): read into the table, their figures added; said.
   */
  /**
   * A reserve row (`Dự phòng`) after the areas that the sheet's grand total leaves out (the total is the areas'
   * sum): counted toward each line's plan, not toward the total's check; said.
   */
  /** Check rows showing what is left of the plan (`Còn lại`, `Chưa phân bổ`): their figures per line position (cells' unit). */
  readonly remainders?: readonly { readonly index: number; readonly label: string; readonly values: readonly { readonly line: number; readonly value: number }[] }[];
  readonly reserveOutsideTotal?: { readonly index: number; readonly label: string };
  readonly repeatedBlocks?: readonly { readonly index: number; readonly text: string }[];
  /** A second table beside the allocation table (past a blank column), not read: its first cell and its header's text. */
  readonly sideTable?: { readonly row: number; readonly col: number; readonly text: string };
  /** A table above the allocation table naming no plan line (the funds by source), not read: its first cell and text. */
  readonly tableAbove?: { readonly row: number; readonly col: number; readonly text: string };
  /**
   * A running total (`Lũy kế`) above the batches beside it in every area
   * (earlier figures in it), read as the figure allocated so far: its
   * position and header, the batches left out.
   */
  readonly runningWithEarlier?: { readonly index: number; readonly header: string };
  /** Periods (`Năm 2024`, `Năm 2025`) the header names over the areas, not read: the areas of every period added up. */
  readonly unreadPeriods?: readonly string[];
}

export interface AllocationTable {
  readonly sheet: string;
  readonly orientation: Orientation;
  /** Areas in sheet order (a tree through `parent`/`children`). */
  readonly areas: readonly AreaEntry[];
  readonly lines: readonly LineEntry[];
  /** First and last sheet rows of the header block, 0-based inclusive. */
  readonly headerTop: number;
  readonly headerBottom: number;
  /** What detection saw beyond the table (for the reading); absent on tables built by hand. */
  readonly notes?: LayoutNotes;
}

/** Sheet position of the value cell of area `area` on line `line`. */
export function valuePosition(
  table: AllocationTable,
  area: AreaEntry,
  line: LineEntry,
): { row: number; col: number } {
  return table.orientation === "areas-as-rows"
    ? { row: area.index, col: line.index }
    : { row: line.index, col: area.index };
}
