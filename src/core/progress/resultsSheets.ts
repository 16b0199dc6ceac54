/**
 * Results sheets by name (CONTRACT §7): per-period sheets named `Thực hiện`,
 * `Kết quả`, `Kết quả thực hiện`, `Giải ngân` or `Results` followed by the
 * period (`Thực hiện 2023`, `Results Q3 2024`), and the line-level table on a
 * sheet named `Tiến độ`, `Theo dõi` or `Progress`. These sheets are never
 * taken for the allocation sheet.
 */
import { sheetKey } from "../sheets/sheetNames";
import type { SheetData, WorkbookData } from "../model/workbook";
import { cellValue } from "../model/workbook";
import { wordKey } from "../text/fold";
import { narrowedByDate, parsePeriod, parseSheetPeriod, partOfYearInText, unglued, type Period } from "./periods";
import { periodInYear, titleYear } from "./titleYear";

/** `GN`, `KQ`: the usual short forms of Giải ngân, Kết quả (`TH` only before a part of a year: it also abbreviates Tổng hợp). */
/** `Ước thực hiện năm 2024`, `Ước TH 2024`, `Ước giải ngân 2024`: an estimate of a period's results. */
const ESTIMATE_PREFIXES: readonly string[] = ["uoc thuc hien", "uoc th", "uoc giai ngan", "uoc gn"];
const PERIOD_SHEET_PREFIXES: readonly string[] = ["ket qua thuc hien", "ket qua", "thuc hien", "giai ngan", "gn", "kq", "results", "result", ...ESTIMATE_PREFIXES];
const LINE_TABLE_PREFIXES: readonly string[] = ["tien do", "theo doi", "progress"];

function startsWithWords(key: string, prefix: string): boolean {
  return key === prefix || key.startsWith(`${prefix} `);
}

/** Words a results sheet's name may start with before its prefix: `Báo cáo kết quả 2023`, `BC thực hiện 2023`, `Bảng giải ngân 2023`, `Số liệu thực hiện 2023`. */
const RESULTS_LEADING = /^(?:(?:bao cao|bc|bang|bieu|so lieu) )+/;

/** The prefix a per-period results sheet's name starts with (after any leading `Báo cáo` …), or null. */
function periodSheetPrefix(name: string): string | null {
  return periodSheetMatch(name)?.prefix ?? null;
}

/** The prefix, and how many words of the name it takes with the leading ones. */
function periodSheetMatch(name: string): { prefix: string; words: number } | null {
  const key = sheetKey(unglued(name));
  const lead = RESULTS_LEADING.exec(key)?.[0] ?? "";
  const rest = key.slice(lead.length);
  const prefix = PERIOD_SHEET_PREFIXES.find((candidate) => startsWithWords(rest, candidate)) ?? (startsWithWords(rest, "th") && namesPartOfYear(name) ? "th" : undefined);
  return prefix === undefined ? null : { prefix, words: `${lead}${prefix}`.split(" ").length };
}

/**
 * `TH 6T đầu 2024`, `TH Quý III/2024`, `TH 9 tháng 2024`: `TH` before a part of
 * a year is Thực hiện (a half, a quarter or nine months is a reporting period,
 * not a plan's); before a bare year (`TH 2023`) it may as well be Tổng hợp.
 */
function namesPartOfYear(name: string): boolean {
  const period = parsePeriod(name);
  return period !== null && period.kind !== "year" && period.kind !== "years";
}

/** `Ba Vì - Thực hiện 2023`: an area's name, a dash, then a results sheet's name. */
const AREA_DASH = /\s*[-–_]\s*/gu;

/**
 * A results sheet's name with an area's name before or after its period
 * (one sheet per district): `Thực hiện 2023 - Ba Vì`, `Kết quả 6 tháng 2024
 * Quốc Oai`, `Ba Vì - Thực hiện 2023`. The name without the area, and the
 * area as written; null for any other name. Whether it is an area is for the
 * reader to say (`Thực hiện 2023 cũ` is no area).
 */
export function splitAreaFromName(name: string): { name: string; area: string } | null {
  // At each dash: the area before it, a results sheet's name after (`Ba Vì - Thực hiện 2023-2024`: the first dash, not the span's).
  for (const dash of name.matchAll(AREA_DASH)) {
    const [area, rest] = [name.slice(0, dash.index), name.slice(dash.index + dash[0].length)];
    if (/\p{L}/u.test(area) && periodSheetPrefix(area) === null && periodSheetPrefix(rest) !== null && parseSheetPeriod(rest) !== null) return { name: rest, area: area.trim() };
  }
  if (periodSheetPrefix(name) === null || parseSheetPeriod(name) !== null) return null;
  // The period ends with its year: the words after it name the area.
  const year = /(?<!\d)(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2}(?!\d))?(?!\d)/.exec(name);
  if (year === null) return null;
  const head = name.slice(0, year.index + year[0].length);
  const area = name.slice(head.length).replace(/^[\s\-–_,(]+|[\s)]+$/gu, "");
  return /\p{L}/u.test(area) && parseSheetPeriod(head) !== null ? { name: head, area } : null;
}

/** The period part of a results sheet's name as written: `Kết quả 6 tháng đầu năm 2024` → `6 tháng đầu năm 2024`. */
export function periodLabelOfSheet(sheetName: string): string {
  const name = periodNameOf(sheetName);
  const match = periodSheetMatch(name);
  if (match === null) return name;
  const words = unglued(name).trim().split(/\s+/);
  const count = match.words;
  const rest = words.slice(count).join(" ").trim();
  return rest === "" ? name : rest;
}

/** A results sheet's name without the area it names beside its period (`Thực hiện 2023 - Ba Vì` → `Thực hiện 2023`). */
export function periodNameOf(sheetName: string): string {
  return splitAreaFromName(sheetName)?.name ?? sheetName;
}

/** True for a results sheet of estimates (`Ước thực hiện năm 2024`), not figures done. */
export function isEstimateSheet(name: string): boolean {
  const prefix = periodSheetPrefix(periodNameOf(name));
  return prefix !== null && ESTIMATE_PREFIXES.includes(prefix);
}

/** Words a line-level table's name may start with before `Tiến độ` / `Theo dõi`: `Bảng theo dõi`, `Báo cáo tiến độ`, `BC tiến độ`, `Sổ theo dõi`, `Biểu theo dõi`, `Tổng hợp tiến độ`. */
const LINE_TABLE_LEADING = /^(?:bang|bao cao|bc|so|bieu|tong hop) /;

export function isLineTableSheet(name: string): boolean {
  const key = sheetKey(unglued(name)).replace(LINE_TABLE_LEADING, "");
  return LINE_TABLE_PREFIXES.some((prefix) => startsWithWords(key, prefix));
}

export function isPeriodSheet(name: string): boolean {
  return periodSheetPrefix(name) !== null || splitAreaFromName(name) !== null;
}

/** `Lũy kế 2022-2025`, `Cộng dồn đến 30/6/2024`, `Bảng lũy kế`: a sheet of running totals, named for them alone. */
export function isCumulativeSheet(name: string): boolean {
  const key = sheetKey(name).replace(RESULTS_LEADING, "");
  return startsWithWords(key, "luy ke") || startsWithWords(key, "cong don");
}

/** True for any results sheet, of either shape, or of running totals beside them. */
export function isResultsSheet(name: string): boolean {
  return isPeriodSheet(name) || isLineTableSheet(name) || isCumulativeSheet(name);
}

export interface PeriodSheet {
  readonly sheet: SheetData;
  /** The period its name gives, or null when the name holds none that can be read. */
  readonly period: Period | null;
  /** The area its name gives beside the period (`Thực hiện 2023 - Ba Vì`), as written. */
  readonly area?: string;
  /** A year its title names that is not the year of its name's period (a sheet copied and renamed, or the reverse). */
  readonly titleYear?: { readonly year: number; readonly row: number; readonly col: number };
  /** One block of a sheet of period blocks side by side (`yearBlocks.ts`): its area labels moved right by `shift` columns, `count` of them. */
  readonly movedLabels?: { readonly shift: number; readonly count: number };
  /** Such a block's header (`Năm 2023`): the period's label and where it is named. */
  readonly blockHeader?: { readonly text: string; readonly row: number; readonly col: number };
  /** A sheet whose name alone does not make it a results sheet (`TH 2023`, `Năm 2023`): read as one for its title, or for its figures. */
  readonly readAs?: "title" | "content";
}

/** A sheet whose name is a period (`TH 2023`, `Năm 2023`, `Ước TH 2023`) but not a results sheet's name: not read. */
export interface UnreadPeriodSheet {
  readonly sheet: string;
  readonly period: Period;
}

export interface ResultsSheets {
  readonly periodSheets: readonly PeriodSheet[];
  readonly lineTables: readonly SheetData[];
  /** Sheets named for a period without a results sheet's prefix: not read, named when they would fill a gap. */
  readonly unread?: readonly UnreadPeriodSheet[];
}

/** Rows and columns of a results sheet's title block searched for the date its figures run to. */
const TITLE_ROWS = 6;
const TITLE_COLS = 12;

/**
 * The period a results sheet's name gives, narrowed by a date or a part of
 * the year in its title block: `Giải ngân năm 2024` titled `… (tính đến
 * 30/6/2024)` or `… 6 THÁNG ĐẦU NĂM 2024` reports the first half of 2024,
 * not the year.
 */
function periodOfSheet(sheet: SheetData, name: string): Period | null {
  // `Thực hiện 6 tháng cuối năm` titled `… 6 THÁNG CUỐI NĂM 2024`: the year its title names.
  return periodOfSheetFrom(sheet, parseSheetPeriod(name) ?? periodInYear(name, titleYear(sheet, titleRows(sheet))));
}

function periodOfSheetFrom(sheet: SheetData, period: Period | null): Period | null {
  if (period === null || period.kind !== "year") return period;
  let title = true;
  for (let row = 0; row < Math.min(TITLE_ROWS, sheet.values.length); row++) {
    // The title block ends at the first row of several cells (the table's header).
    if (title && (sheet.values[row] ?? []).filter((value) => value !== null && value !== "").length >= 3) title = false;
    for (let col = 0; col < TITLE_COLS; col++) {
      const value = cellValue(sheet, row, col);
      if (typeof value !== "string") continue;
      const narrowed: Period | null = narrowedByDate(period, value);
      if (narrowed !== period) return narrowed;
      // `Thực hiện 2024` titled `KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024`: the half its title names.
      const part = title ? partOfYearInText(value) : null;
      if (part !== null && part.year === period.year) return part;
    }
  }
  return period;
}

/** The rows of a sheet's title block: those above the first row of three cells or more (the table's header), at most TITLE_ROWS. */
function titleRows(sheet: SheetData): number {
  for (let row = 0; row < Math.min(TITLE_ROWS, sheet.values.length); row++) {
    if ((sheet.values[row] ?? []).filter((value) => value !== null && value !== "").length >= 3) return row;
  }
  return Math.min(TITLE_ROWS, sheet.values.length);
}

/** `năm 2023`, `Quý III/2023`, `6 tháng đầu năm 2024` in a title: the year named; not the `năm` of a date (`ngày 10 tháng 01 năm 2024`). */
const TITLE_YEAR = /(?<!thang \d{1,2} )\bnam (\d{4})\b|\bquy (?:[1-4]|i{1,3}|iv) (\d{4})\b/g;

/** The title block's cell naming one year other than the period's (any of a span's), or null (none, or the period's year among those named). */
function otherTitleYear(sheet: SheetData, period: Period): { year: number; row: number; col: number } | null {
  const first = period.startYear ?? period.year;
  for (let row = 0; row < Math.min(TITLE_ROWS, sheet.values.length); row++) {
    for (let col = 0; col < TITLE_COLS; col++) {
      const value = cellValue(sheet, row, col);
      if (typeof value !== "string") continue;
      const years = new Set([...wordKey(value).matchAll(TITLE_YEAR)].map((m) => Number(m[1] ?? m[2])));
      if (years.size === 0) continue;
      if ([...years].some((year) => year >= first && year <= period.year) || years.size > 1) return null;
      return { year: [...years][0], row, col };
    }
  }
  return null;
}

/** Title words of a report of results: `KẾT QUẢ THỰC HIỆN NĂM 2023`, `TÌNH HÌNH GIẢI NGÂN …`, `BÁO CÁO THỰC HIỆN …`. */
const RESULTS_TITLE = /\b(?:ket qua|tinh hinh thuc hien|tinh hinh giai ngan|da thuc hien|uoc thuc hien|bao cao thuc hien|so lieu thuc hien|da giai ngan)\b/;
/** Title words of an allocation or its summary: `PHÂN BỔ`, `KẾ HOẠCH`, `DỰ TOÁN`, `GIAO CHỈ TIÊU`, `TỔNG HỢP`. */
const ALLOCATION_TITLE = /\b(?:phan bo|ke hoach|du toan|giao|tong hop)\b/;
/** Title words of results without a stronger word either way: `THỰC HIỆN NĂM 2023`, `GIẢI NGÂN NĂM 2023`. */
const DONE_TITLE = /\b(?:thuc hien|giai ngan)\b/;

/**
 * What a sheet's title block says it holds: `results` (`KẾT QUẢ THỰC HIỆN
 * NĂM 2023`, `Tổng hợp kết quả …`), `allocation` (`PHÂN BỔ CHỈ TIÊU NĂM 2023`,
 * `TỔNG HỢP …`, `KẾ HOẠCH THỰC HIỆN …`), or null when it names neither.
 */
export function titleSays(sheet: SheetData): "results" | "allocation" | null {
  const rows = titleRows(sheet);
  let allocation = false;
  let done = false;
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < TITLE_COLS; col++) {
      const value = cellValue(sheet, row, col);
      if (typeof value !== "string") continue;
      const key = wordKey(value);
      if (RESULTS_TITLE.test(key)) return "results";
      if (ALLOCATION_TITLE.test(key)) allocation = true;
      else if (DONE_TITLE.test(key)) done = true;
    }
  }
  return allocation ? "allocation" : done ? "results" : null;
}

/** `LŨY KẾ ĐẾN HẾT NĂM 2023`, `… CỘNG DỒN …` in a title; not `lũy kế từ đầu năm` (the year's own months so far: the period's figures). */
const CUMULATIVE_TITLE = /\b(?:luy ke|cong don)\b(?! (?:(?:tu|ke tu) )?dau nam\b| trong nam\b| nam\b)/;

/** True when a sheet's title block says its figures are running totals (`KẾT QUẢ THỰC HIỆN LŨY KẾ ĐẾN HẾT NĂM 2023`). */
export function titleSaysCumulative(sheet: SheetData): boolean {
  const rows = titleRows(sheet);
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < TITLE_COLS; col++) {
      const value = cellValue(sheet, row, col);
      if (typeof value === "string" && CUMULATIVE_TITLE.test(wordKey(value))) return true;
    }
  }
  return false;
}

/**
 * Judges a sheet named `TH 2023` whose title says nothing: true when its
 * figures are per area of the plan's lines (laid out like the allocation
 * sheet, which is elsewhere) and are not the allocation's own.
 */
export type ResultsContentJudge = (sheet: SheetData) => boolean;

/** A sheet named for a period alone or after `TH` / `Năm` (`TH 2023`, `Năm 2023`): the words before the period. */
function periodNameLead(name: string): string {
  return sheetKey(name).split(" ")[0] ?? "";
}

/** The results sheets of a workbook, in workbook order; `exclude` names sheets already taken (plan, allocation). */
export function findResultsSheets(workbook: WorkbookData, exclude: ReadonlySet<string>, judge?: ResultsContentJudge): ResultsSheets {
  const periodSheets: PeriodSheet[] = [];
  const lineTables: SheetData[] = [];
  const unread: UnreadPeriodSheet[] = [];
  const running: PeriodSheet[] = [];
  for (const sheet of workbook.sheets) {
    if (exclude.has(sheet.name)) continue;
    if (isLineTableSheet(sheet.name)) lineTables.push(sheet);
    else if (isCumulativeSheet(sheet.name)) running.push({ sheet, period: null });
    else if (isPeriodSheet(sheet.name)) {
      const split = splitAreaFromName(sheet.name);
      const period = periodOfSheet(sheet, split?.name ?? sheet.name);
      const titleYear = period === null ? null : otherTitleYear(sheet, period);
      periodSheets.push({ sheet, period, ...(split !== null ? { area: split.area } : {}), ...(titleYear !== null ? { titleYear } : {}) });
    } else {
      // `TH 2023` (TH also abbreviates Tổng hợp), `Năm 2023` (a year's allocation as often as its results).
      const period = parsePeriod(sheet.name);
      if (period === null) continue;
      // Its content decides: a title of results, or (`TH` alone) figures per area of the plan's lines that are not the allocation's.
      const says = titleSays(sheet);
      const byContent = says === null && periodNameLead(sheet.name) === "th" && judge !== undefined && judge(sheet);
      if (says === "results" || byContent) {
        const read = periodOfSheetFrom(sheet, period);
        const titleYear = read === null ? null : otherTitleYear(sheet, read);
        periodSheets.push({ sheet, period: read, readAs: byContent ? "content" : "title", ...(titleYear !== null ? { titleYear } : {}) });
      } else unread.push({ sheet: sheet.name, period });
    }
  }
  // Running totals are read beside the periods' own sheets only (checked against them).
  if (periodSheets.some((entry) => entry.period !== null)) periodSheets.push(...running);
  return { periodSheets: keepNamedWhereTitleRepeats(periodSheets), lineTables, unread };
}

/**
 * A sheet whose title narrows its name's year to a part another sheet's name
 * already reports (`Thực hiện năm 2024` copied from `Thực hiện 6 tháng 2024`
 * with its title left as it was): read for the year its name gives, not as a
 * second sheet of that part.
 */
function keepNamedWhereTitleRepeats(sheets: PeriodSheet[]): PeriodSheet[] {
  const named = sheets.map((entry) => parseSheetPeriod(periodNameOf(entry.sheet.name)));
  return sheets.map((entry, i) => {
    const own = named[i];
    if (entry.period === null || own === null || own.id === entry.period.id) return entry;
    const repeated = named.some((other, j) => j !== i && other !== null && other.id === entry.period!.id);
    return repeated ? { ...entry, period: own } : entry;
  });
}

/** The workbook without its results sheets: what allocation-sheet detection may look at. */
export function withoutResultsSheets(workbook: WorkbookData): WorkbookData {
  const sheets = workbook.sheets.filter((sheet) => !isResultsSheet(sheet.name));
  return sheets.length === workbook.sheets.length ? workbook : { ...workbook, sheets };
}
