/**
 * How the allocation sheet was read (CONTRACT §5 `reading`): what allocheck
 * took each row and column for, and by which evidence. Shown to the user
 * (`check --explain`, the pane's "Cách đọc biểu" view) so that a misreading
 * can be seen and corrected.
 */

/** `total`: grand total; `group`: a district with children; `subtotal`: a `Cộng …` row/column of its group; `leaf`; `heading`. */
export type ReadingRole = "total" | "group" | "subtotal" | "leaf" | "heading";

export type LineEvidence = "name" | "code" | "corrected";

export type AreaEvidence = "area-list" | "prefix" | "stt" | "arithmetic" | "label" | "position" | "corrected";

export interface ReadingLine {
  /** Plan code of the line. */
  readonly code: string;
  /** Column letter (areas-as-rows) or row number as a string (indicators-as-rows). */
  readonly at: string;
  readonly header: string;
  readonly how: LineEvidence;
  /** Match score in [0, 1] (1 for a code match or a correction). */
  readonly score: number;
  /**
   * Where the sheet splits the plan line by funding source with no total of
   * its own (`Trung ương | Địa phương`): every source's `at`, whose sum is
   * what the plan line is compared with. Absent otherwise.
   */
  readonly sum?: readonly string[];
}

export interface ReadingArea {
  /** Label as written in the sheet. */
  readonly name: string;
  /** Row number as a string (areas-as-rows) or column letter (indicators-as-rows). */
  readonly at: string;
  readonly role: ReadingRole;
  /** Index in `areas` of the group or total it belongs to, or null. */
  readonly parent: number | null;
  /** The plan area it matched (as the plan writes it), or null. */
  readonly planArea: string | null;
  readonly how: AreaEvidence;
  /**
   * The error value its name cell holds (`#REF!`): the name could not be
   * read, `planArea` is then the plan area it probably is (or null). Absent
   * otherwise.
   */
  readonly nameError?: string;
}

export interface ReadingIgnored {
  readonly at: string;
  readonly header: string;
  /** Why it was left out, in words (`text column`, `no plan line`, `corrected`). */
  readonly why: string;
}

/** How sure the reading is; `low` is said before the findings, pointing to the reading view. */
export interface ReadingConfidence {
  readonly level: "high" | "low";
  /** Vietnamese and English reasons, e.g. two readings nearly tie, several lines unmapped. */
  readonly reasons: readonly { readonly vi: string; readonly en: string }[];
}

/**
 * The year an allocation sheet is made for (its title `… NĂM 2024`, or its
 * name), when the plan splits its targets by year: the lines checked against
 * that year's targets (the plan sheet's `column`) instead of the period's.
 */
export interface ReadingPlanYear {
  readonly year: number;
  /** The allocation sheet's title cell naming the year, or null when its name does. */
  readonly cell: string | null;
  /** The plan sheet's column of that year's targets. */
  readonly column: string | null;
  /** Codes of the lines checked against the year's target; the others keep the period's. */
  readonly lines: readonly string[];
}

export interface Reading {
  /** A1 range of the table, e.g. `A4:N29`. */
  readonly table: string;
  /** 1-based sheet rows of the header block. */
  readonly headerRows: readonly number[];
  /** Column letter of the area labels (areas-as-rows) or of the line names (indicators-as-rows). */
  readonly labelColumn: string;
  readonly lines: readonly ReadingLine[];
  readonly areas: readonly ReadingArea[];
  readonly ignored: readonly ReadingIgnored[];
  /** Number of the user's corrections that were applied. */
  readonly corrections: number;
  readonly confidence: ReadingConfidence;
  /** Present (true) only when the sheet read is hidden in the workbook (`hidden` or `veryHidden`). */
  readonly sheetHidden?: true;
  /** Present only when the lines were checked against one year's targets. */
  readonly planYear?: ReadingPlanYear;
}
