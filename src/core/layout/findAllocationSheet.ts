/**
 * The allocation sheet of a workbook: a user-given name wins; otherwise the
 * sheet (not the plan's, not its areas list) whose table matches the most
 * plan lines. Summary sheets (`Tổng hợp…`) and a sheet named like a plan
 * (`Kế hoạch`, when the plan came from a file) are taken only when nothing
 * else holds a table that matches some plan line (`Tổng hợp phân bổ` holds
 * the allocation beside a sheet of population figures) — except that a summary sheet of the user's own wins
 * over sheets that are each a part of it (one sheet per district, matching
 * the same plan lines over some of its communes). Sheets alike but for
 * different years (`Phân bổ 2023`, `Phân bổ 2024`, or `… NĂM 2024` in their
 * titles): the latest year's, the allocation being made now.
 *
 * Of two that tie, the sheet over its copy (`Phân bổ` over `Phân bổ (2)`),
 * the version in force over one put aside (`Phân bổ` over `PB cũ`, `Phân bổ
 * chính thức` over `Phân bổ (dự thảo)`).
 * Visible sheets holding plan lines the one taken lacks (`Biểu 01` the
 * indicators, `Biểu 02` the budget lines) are named with those lines.
 * Visible sheets matching the same plan lines over other areas only (one
 * sheet per district, with no sheet adding them up) are named as such.
 * Visible sheets that tie with the one taken (as many plan lines and areas
 * matched, other figures: a copy `Phân bổ (2)`, `Sheet1` and `Sheet2`, one
 * sheet per district) are its rivals: the reading says it is not sure.
 *
 * A table whose columns (or rows) across are periods rather than areas
 * (`Năm 2022 | 2023 | 6 tháng đầu năm 2024 | Lũy kế`: a progress table on a
 * sheet not named like one, `Sheet1`, `TĐ`) is taken only when no other sheet
 * holds a table matching some plan line; set aside, it is named in
 * `periodTables` so the report can say so.
 */
import { InputError } from "../model/errors";
import type { Plan } from "../model/plan";
import { cellNumberFormat, type SheetData, type WorkbookData } from "../model/workbook";
import { isDateFormat } from "../cells/numberFormat";
import { isAreaSheetName, PLAN_SHEET_KEYS, resolveSheetName, sheetKey } from "../sheets/sheetNames";
import { isAllocheckSummary } from "../summary/naming";
import { detectTable } from "./detectTable";
import { sheetYear } from "./sheetYear";
import { wordKey } from "../text/fold";
import { parsePeriod } from "../progress/periods";

/** Sheets taken only when nothing else holds a table: allocheck's summaries, a plan sheet of the workbook. */
function isSecondary(name: string): boolean {
  const key = sheetKey(name);
  return /^tong hop\b/.test(key) || PLAN_SHEET_KEYS.includes(key);
}

/** The sheet taken, the visible sheets whose tables tie with it, and those holding plan lines it lacks. */
export interface AllocationSheetChoice {
  readonly name: string;
  readonly rivals: readonly string[];
  /** Visible sheets whose tables match the same plan lines over other areas only (one sheet per district, no sheet adding them up). */
  readonly siblings: readonly string[];
  /** Visible sheets whose tables match plan lines the sheet taken does not (`Biểu 02` with the budget lines): their codes. */
  readonly elsewhere: readonly { readonly sheet: string; readonly codes: readonly string[] }[];
  /** Visible sheets set aside because their table's areas are periods (a progress table): each with those periods' labels. */
  readonly periodTables?: readonly PeriodTable[];
}

/** A sheet whose table runs over periods, not areas: its name and the periods' labels as typed. */
export interface PeriodTable {
  readonly sheet: string;
  readonly periods: readonly string[];
  /** Set where the table reader could not read the sheet's headers at all: the header cells that name periods or dates (0-based). */
  readonly unreadHeaders?: readonly { readonly row: number; readonly col: number }[];
}

interface Candidate {
  readonly sheet: SheetData;
  readonly score: number;
  readonly matched: number;
  readonly summary: boolean;
  readonly year: number;
  /** Folded names of the table's leaf areas. */
  readonly leaves: ReadonlySet<string>;
  /** Folded names of the table's groups and headings (its districts). */
  readonly groups: ReadonlySet<string>;
  /** Codes of the plan lines the table matches. */
  readonly codes: ReadonlySet<string>;
  /** The sheet's name and the text above its table, folded, spaced at both ends (` pb ba vi phan bo huyen ba vi `). */
  readonly caption: string;
  /** The periods the table's areas are (`Năm 2022`, `2023`, `6 tháng đầu năm 2024`), when they are most of them; else empty. */
  readonly periods: readonly string[];
}

export function findAllocationSheet(workbook: WorkbookData, plan: Plan, preferred?: string): string | null {
  return chooseAllocationSheet(workbook, plan, preferred)?.name ?? null;
}

export function chooseAllocationSheet(workbook: WorkbookData, plan: Plan, preferred?: string): AllocationSheetChoice | null {
  if (preferred !== undefined && preferred.trim() !== "") return { name: resolveSheetName(workbook, preferred), rivals: [], siblings: [], elsewhere: [] };
  const candidates: Candidate[] = [];
  const unread: PeriodTable[] = [];
  for (const sheet of workbook.sheets) {
    if (sheet.name === plan.sheet || isAreaSheetName(sheet.name)) continue;
    try {
      const table = detectTable(sheet, plan);
      const matched = table.lines.filter((l) => l.planCode !== null).length;
      let score = matched * 1_000_000 + Math.min(table.areas.length, 999) * 1000 + Math.min(table.lines.length, 999);
      if (sheet.hidden) score /= 2;
      const year = sheetYear(sheet, table.headerTop)?.year ?? 0;
      const leaves = new Set(table.areas.filter((area) => area.kind === "leaf").map((area) => area.key));
      const codes = new Set(table.lines.flatMap((l) => (l.planCode !== null ? [l.planCode] : [])));
      const groups = new Set(table.areas.filter((area) => area.kind === "group" || area.kind === "heading").map((area) => area.key));
      candidates.push({ sheet, score, matched, summary: isSecondary(sheet.name), year, leaves, groups, codes, caption: captionOf(sheet, table.headerTop), periods: periodAreas(table.areas) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      // A table over periods whose headers cannot be read (dates, `Năm 2022` over no line the reader sees): named, not dropped in silence.
      const header = sheet.hidden || isSecondary(sheet.name) ? null : periodHeaderRow(sheet);
      if (header !== null) unread.push({ sheet: sheet.name, ...header });
    }
  }
  const parts = partsOfSummaries(candidates);
  // A progress table yields to any sheet whose table matches some plan line over areas.
  const overAreas = candidates.some((candidate) => candidate.periods.length === 0 && candidate.matched > 0);
  const setAside = new Set(overAreas ? candidates.filter((candidate) => candidate.periods.length > 0) : []);
  const eligible = candidates.filter((candidate) => !parts.has(candidate) && !setAside.has(candidate));
  let best: Candidate | null = null;
  for (const candidate of eligible.length > 0 ? eligible : candidates) {
    const better =
      best === null ||
      // A summary sheet yields to a sheet that matches some plan line, not to any table (a sheet of population figures).
      (best.summary && !candidate.summary && (candidate.matched > 0 || best.matched === 0)) ||
      (!best.summary && candidate.summary && best.matched === 0 && candidate.matched > 0) ||
      (best.summary === candidate.summary &&
        (candidate.score > best.score ||
          (candidate.score === best.score &&
            (versionRank(candidate) > versionRank(best) ||
              (versionRank(candidate) === versionRank(best) && ((best.year > 0 && candidate.year > best.year) || isCopyOf(best.sheet.name, candidate.sheet.name)))))));
    if (better) best = candidate;
  }
  if (best === null) return null;
  const chosen = best;
  const siblings = eligible
    // (A table of the chosen one's districts alone, whatever its sheet's name, sums it up: no other areas.)
    .filter((c) => c !== chosen && !c.sheet.hidden && c.summary === chosen.summary && sameCodes(c.codes, chosen.codes) && c.leaves.size > 0 && disjoint(c.leaves, chosen.leaves) && !within(c.leaves, chosen.groups))
    .map((c) => c.sheet.name);
  const rivals = eligible
    .filter((c) => c !== chosen && !c.sheet.hidden && c.summary === chosen.summary && c.score === chosen.score && c.year === chosen.year && sameCodes(c.codes, chosen.codes) && !siblings.includes(c.sheet.name) && !sameValues(c.sheet, chosen.sheet))
    .map((c) => c.sheet.name);
  const elsewhere = candidates.flatMap((c) => {
    if (c === chosen || c.sheet.hidden || isAllocheckSummary(c.sheet) || setAside.has(c)) return [];
    const codes = [...c.codes].filter((code) => !chosen.codes.has(code));
    return codes.length > 0 ? [{ sheet: c.sheet.name, codes }] : [];
  });
  const periodTables = [...[...setAside].filter((c) => !c.sheet.hidden).map((c) => ({ sheet: c.sheet.name, periods: c.periods })), ...unread];
  return { name: chosen.sheet.name, rivals, siblings, elsewhere, ...(periodTables.length > 0 ? { periodTables } : {}) };
}

/** Of a table's areas, the labels that name a period (`Năm 2022`, `2023`, `Quý I/2024`), when at least two do and they are at least half the areas; else none. */
function periodAreas(areas: readonly { readonly label: string }[]): string[] {
  // More areas than any table of periods has (a column per year, half or quarter of a plan): not one, unread.
  if (areas.length > MAX_PERIOD_AREAS) return [];
  const periods: string[] = [];
  let others = 0;
  for (const area of areas) {
    if (parsePeriod(area.label) !== null || PART_OF_YEAR.test(wordKey(area.label))) periods.push(area.label);
    else if (++others * 2 > areas.length) return [];
  }
  return periods.length >= 2 ? periods : [];
}

/** A part of a year named under its year's header (`Năm 2024` over `Quý I | Quý II`, `6 tháng đầu năm | 6 tháng cuối năm`): a period without its year. */
const PART_OF_YEAR = /^(?:quy (?:i{1,3}|iv|[1-4])|(?:6|sau) thang (?:dau|cuoi)(?: nam)?|(?:9|chin) thang(?: dau nam)?)$/;

/** Rows from the top searched for a header of periods. */
const HEADER_ROWS = 15;

/**
 * In a sheet whose table the reader could not read: the first row (of the top
 * ones) with two cells or more naming a period (`Năm 2022`, `6 tháng đầu năm
 * 2024`) or holding a date (`31/12/2022`), a figure under one of them; its
 * period cells as typed, or null.
 */
function periodHeaderRow(sheet: SheetData): { periods: string[]; unreadHeaders: { row: number; col: number }[] } | null {
  const rows = Math.min(HEADER_ROWS, sheet.values.length);
  for (let row = 0; row < rows; row++) {
    const cells: { row: number; col: number }[] = [];
    const periods: string[] = [];
    (sheet.values[row] ?? []).forEach((value, col) => {
      if (typeof value === "string" && (parsePeriod(value) !== null || PART_OF_YEAR.test(wordKey(value)))) periods.push(value.trim());
      else if (typeof value === "number" && isDateFormat(cellNumberFormat(sheet, row, col))) periods.push(dateText(value));
      else return;
      cells.push({ row, col });
    });
    if (cells.length < 2) continue;
    const figures = sheet.values.slice(row + 1).some((values) => cells.some((cell) => typeof values?.[cell.col] === "number"));
    if (figures) return { periods, unreadHeaders: cells };
  }
  return null;
}

/** An Excel date serial as `d/m/yyyy`. */
function dateText(serial: number): string {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000);
  return `${date.getUTCDate()}/${date.getUTCMonth() + 1}/${date.getUTCFullYear()}`;
}

/** Half of these at most can be periods: a plan's months over 40 years. */
const MAX_PERIOD_AREAS = 1000;

/**
 * Candidates that are a part of a summary sheet of the user's (`Tổng hợp`,
 * not allocheck's own): matching the same plan lines over a strict subset of
 * its leaf areas, as a sheet per district beside the sheet that adds them up,
 * or named (in their name or title) for one of its areas alone, as a district's
 * sheet of communes beside a Tổng hợp by district.
 */
function partsOfSummaries(candidates: readonly Candidate[]): ReadonlySet<Candidate> {
  const parts = new Set<Candidate>();
  const summaries = candidates.filter((c) => c.summary && !c.sheet.hidden && c.leaves.size > 0 && !isAllocheckSummary(c.sheet) && !PLAN_SHEET_KEYS.includes(sheetKey(c.sheet.name)));
  for (const summary of summaries) {
    for (const candidate of candidates) {
      if (candidate.summary || candidate.matched !== summary.matched || candidate.leaves.size === 0) continue;
      let inside = candidate.leaves.size < summary.leaves.size;
      for (const key of candidate.leaves) if (!summary.leaves.has(key)) inside = false;
      // A district's own sheet beside a Tổng hợp by district: the sheet (or its title) names one of the summary's areas.
      const named = summary.leaves.size >= 2 && [...summary.leaves].filter((key) => key !== "" && candidate.caption.includes(` ${key} `)).length === 1;
      if (inside || named) parts.add(candidate);
    }
  }
  return parts;
}

/** Every key of `a` is in `b`. */
function within(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const key of a) if (!b.has(key)) return false;
  return true;
}

function disjoint(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const key of a) if (b.has(key)) return false;
  return true;
}

function sameCodes(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const code of a) if (!b.has(code)) return false;
  return true;
}

/** Words of a sheet's name (as typed, lower case) marking a version put aside: old, a draft, a copy, a backup. */
const SET_ASIDE = /(?:^|[\s()[\]\-_.,])(?:cũ|nháp|dự thảo|du thao|bản sao|ban sao|sao lưu|old|backup|bak|copy|draft)(?=$|[\s()[\]\-_.,\d])/u;
/** Words of a sheet's name marking the version in force. */
const IN_FORCE = /(?:^|[\s()[\]\-_.,])(?:chính thức|chinh thuc|final)(?=$|[\s()[\]\-_.,\d])/u;

/**
 * Between sheets whose tables tie: 1 for a sheet named as the version in
 * force (`Phân bổ chính thức`), -1 for one named or titled as a version put
 * aside (`PB cũ`, `Phân bổ (dự thảo)`, a `DỰ THẢO` mark over its table), 0 else.
 */
function versionRank(candidate: Candidate): number {
  const name = candidate.sheet.name.normalize("NFC").toLowerCase();
  if (IN_FORCE.test(name)) return 1;
  return SET_ASIDE.test(name) || candidate.caption.includes(" du thao ") ? -1 : 0;
}

/** `Phân bổ (2)` beside `Phân bổ`: the name Excel gives a copy of a sheet. */
function isCopyOf(copy: string, original: string): boolean {
  const match = /^(.*\S)\s*\(\d+\)$/.exec(copy.trim());
  return match !== null && sheetKey(match[1]) === sheetKey(original);
}

/** The sheet's name and the text of the rows above its table (its title), folded, with a space at both ends. */
function captionOf(sheet: SheetData, headerTop: number): string {
  const texts = [sheet.name];
  for (let row = 0; row < Math.min(headerTop, 6); row++) for (const value of sheet.values[row] ?? []) if (typeof value === "string") texts.push(value);
  return ` ${wordKey(texts.join(" "))} `;
}

/** True when two sheets hold the same values in the same cells (a copy left as it was). */
function sameValues(a: SheetData, b: SheetData): boolean {
  const rows = Math.max(a.values.length, b.values.length);
  for (let r = 0; r < rows; r++) {
    const x = a.values[r] ?? [];
    const y = b.values[r] ?? [];
    const cols = Math.max(x.length, y.length);
    for (let c = 0; c < cols; c++) if (!sameCell(x[c] ?? null, y[c] ?? null)) return false;
  }
  return true;
}

function sameCell(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x === "object" && x !== null && typeof y === "object" && y !== null) return JSON.stringify(x) === JSON.stringify(y);
  return false;
}
