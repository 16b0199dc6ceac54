/**
 * The user's corrections to how a sheet is read (CONTRACT §5): made in the
 * task pane, saved in the workbook's add-in document settings (which Excel
 * stores under `xl/webextensions/`), applied by the add-in and the CLI alike.
 * Each correction remembers the label or header it was made on, so that one
 * that no longer fits the sheet (row deleted, header renamed) is reported as
 * stale instead of being applied blindly.
 */
import type { ReadingRole } from "./reading";

export type Correction =
  /** This row (areas-as-rows) or column is a total / group / subtotal / leaf / heading. */
  | { readonly kind: "role"; readonly at: string; readonly label: string; readonly role: ReadingRole }
  /** This column (areas-as-rows) or row is plan line `code`. */
  | { readonly kind: "line"; readonly at: string; readonly header: string; readonly code: string }
  /** Leave this row or column out of the table. */
  | { readonly kind: "ignore"; readonly at: string; readonly label: string };

export interface SheetCorrections {
  readonly sheet: string;
  readonly corrections: readonly Correction[];
}

/** What is stored, as JSON, under `CORRECTIONS_SETTING_KEY` in the document settings. */
export interface CorrectionSet {
  readonly version: 1;
  readonly sheets: readonly SheetCorrections[];
}

/** The document-settings key the corrections are saved under. */
export const CORRECTIONS_SETTING_KEY = "allocheck.corrections";
