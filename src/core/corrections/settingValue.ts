/**
 * The user's corrections as they are stored under `CORRECTIONS_SETTING_KEY`
 * in the workbook's add-in document settings: decoding what a host or a file
 * gives back (a JSON text, or the parsed value), checking every entry, and
 * the edits the pane makes (add, replace, remove). Pure: the Office adapter,
 * the in-memory host and the .xlsx reader all go through these functions.
 */
import type { ReadingRole } from "../model/reading";
import type { Correction, CorrectionSet, SheetCorrections } from "../model/corrections";

export const EMPTY_CORRECTIONS: CorrectionSet = { version: 1, sheets: [] };

const ROLES: readonly ReadingRole[] = ["total", "group", "subtotal", "leaf", "heading"];
/** A column letter or a row number, as `Reading` writes `at`. */
const AT = /^(?:[A-Z]{1,3}|[1-9][0-9]{0,6})$/;

export interface DecodedCorrections {
  readonly set: CorrectionSet;
  /** Entries that were not a correction this version understands (dropped, and said). */
  readonly rejected: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown): value is string {
  return typeof value === "string";
}

/** One stored entry as a `Correction`, or null when it is not one. */
export function correctionOf(value: unknown): Correction | null {
  if (!isRecord(value) || !text(value.at) || !AT.test(value.at)) return null;
  const at = value.at;
  switch (value.kind) {
    case "role":
      if (!text(value.label) || !ROLES.includes(value.role as ReadingRole)) return null;
      return { kind: "role", at, label: value.label, role: value.role as ReadingRole };
    case "line":
      if (!text(value.header) || !text(value.code) || value.code.trim() === "") return null;
      return { kind: "line", at, header: value.header, code: value.code };
    case "ignore":
      if (!text(value.label)) return null;
      return { kind: "ignore", at, label: value.label };
    default:
      return null;
  }
}

/**
 * Decodes a stored value: the JSON text the add-in writes, or an already
 * parsed object (a host that parses settings). Nothing stored (undefined,
 * null, empty text) is the empty set; a value that is not JSON, or not a
 * version-1 set, counts as one rejected entry.
 */
export function decodeCorrections(stored: unknown): DecodedCorrections {
  if (stored === undefined || stored === null || stored === "") return { set: EMPTY_CORRECTIONS, rejected: 0 };
  let value: unknown = stored;
  if (text(value)) {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return { set: EMPTY_CORRECTIONS, rejected: 1 };
    }
  }
  if (!isRecord(value) || value.version !== 1 || !Array.isArray(value.sheets)) return { set: EMPTY_CORRECTIONS, rejected: 1 };
  let rejected = 0;
  const sheets: SheetCorrections[] = [];
  for (const entry of value.sheets as unknown[]) {
    if (!isRecord(entry) || !text(entry.sheet) || !Array.isArray(entry.corrections)) {
      rejected += 1;
      continue;
    }
    const corrections: Correction[] = [];
    for (const item of entry.corrections as unknown[]) {
      const correction = correctionOf(item);
      if (correction === null) rejected += 1;
      else corrections.push(correction);
    }
    if (corrections.length > 0) sheets.push({ sheet: entry.sheet, corrections });
  }
  return { set: { version: 1, sheets }, rejected };
}

/** The JSON text stored in the settings. */
export function encodeCorrections(set: CorrectionSet): string {
  return JSON.stringify(set);
}

export function correctionCount(set: CorrectionSet): number {
  return set.sheets.reduce((sum, sheet) => sum + sheet.corrections.length, 0);
}

/** Sheet names are compared as Excel does: without regard to case. */
function sameSheet(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

export function correctionsForSheet(set: CorrectionSet, sheet: string): readonly Correction[] {
  return set.sheets.find((entry) => sameSheet(entry.sheet, sheet))?.corrections ?? [];
}

function withSheet(set: CorrectionSet, sheet: string, corrections: readonly Correction[]): CorrectionSet {
  const others = set.sheets.filter((entry) => !sameSheet(entry.sheet, sheet));
  const sheets = corrections.length === 0 ? others : [...others, { sheet, corrections }];
  return { version: 1, sheets };
}

/** The label or header a correction was made on. */
function targetOf(correction: Correction): string {
  return correction.kind === "line" ? correction.header : correction.label;
}

/**
 * Adds a correction to a sheet. One row or column has one say: a new
 * correction at the same `at` replaces the one before (a role and a line
 * mapping never sit on the same place: a line is a column in areas-as-rows,
 * an area a row; `ignore` replaces either) — except where a row holds two
 * labels (a district beside its first commune): a correction of one of them
 * keeps the other's, named by `keep` (the labels of the other areas at `at`).
 */
export function addCorrection(set: CorrectionSet, sheet: string, correction: Correction, keep: readonly string[] = []): CorrectionSet {
  const kept = correctionsForSheet(set, sheet).filter(
    (existing) => existing.at !== correction.at || (targetOf(existing) !== targetOf(correction) && keep.includes(targetOf(existing))),
  );
  return withSheet(set, sheet, [...kept, correction]);
}

/** Removes the correction at `at` on a sheet (the user undoes it); with `label`, only the one made on that label. */
export function removeCorrection(set: CorrectionSet, sheet: string, at: string, label?: string): CorrectionSet {
  return withSheet(
    set,
    sheet,
    correctionsForSheet(set, sheet).filter((existing) => existing.at !== at || (label !== undefined && targetOf(existing) !== label)),
  );
}
