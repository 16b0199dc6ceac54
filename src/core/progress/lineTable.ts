/**
 * The line-level progress table (CONTRACT §7) on a `Tiến độ` / `Theo dõi` /
 * `Progress` sheet: one row per plan line (matched like allocation lines),
 * one column per period, optional `Lũy kế`, `Tỷ lệ (%)` / `% so với KH` and
 * `Kế hoạch …` columns; text columns (`Ghi chú`) are ignored. The table is
 * read as an indicators-as-rows table whose "areas" are its value columns,
 * so the rules that concern any sheet (`subtotal` of a parent line over its
 * children per period, `text-number`, `invalid-value`) run on it unchanged.
 */
import type { Finding } from "../model/finding";
import type { Plan } from "../model/plan";
import type { AllocationTable, AreaEntry, LineEntry } from "../model/table";
import { localized, type LocalizedText } from "../model/text";
import { cellNumberFormat, cellValue, columnCount, type SheetData } from "../model/workbook";
import { matchLines, shownText, sheetGrid, type Grid, type LineCandidate } from "../layout";
import { periodHeaderGrid } from "./headerGrid";
import { markPercentFractions } from "../layout/percentFractions";
import { cellText } from "../layout/grid";
import { isInvalidState } from "../cells/readCell";
import { setAsideNegatives } from "./negativeFigures";
import { buildRuleContext, CELL, invalidValueRule, subtotalRule, textNumberRule, type RuleContext } from "../rules";
import { makeFinding } from "../rules/finding";
import { singleCause } from "../rules/singleCause";
import { sameCell } from "../rules/sameCell";
import { overHundredFindings } from "../rules/percent";
import { foldText, wordKey } from "../text/fold";
import { findUnitInText, parseUnit } from "../text/units";
import { normalizeVietnameseNumber } from "../text/vnNumber";
import { endIndex, narrowedByDate, overlaps, parsePeriod, partOfYearInText, type Period, type PlanPeriod } from "./periods";
import type { CellRef, InterimCumulative, RatedValue, TypedValue, YearCopy } from "./types";
import { periodInYear, titleYear } from "./titleYear";
import { cumulativeSkipsText } from "./skippedPeriods";
import { periodUnitSlips } from "./periodSlip";
import { markYearCumulatives } from "./yearCumulatives";
import type { PeriodSource } from "../model/progress";
import { a1, sheetInText } from "../model/address";
import { holdsText, sameFigures, totalRowLine, totalRowOf } from "./totalRow";
import { totalCopyFindings, type TotalCopy } from "./totalCopy";
import { unsummedCopyText } from "./copiedAsText";
import { rateAgrees } from "./rules/rate";
import { isPairWord, pairColumns, takesPairColumn, unreadPairFigures, type ColumnPair } from "./pairedColumns";

/** Rows searched for the header. */
const HEADER_SCAN = 30;

/** `period-plan`: a target for one period (`KH năm 2024`, `Kế hoạch` under `Năm 2023`), not the plan's. */
type ColumnRole = "code" | "name" | "unit" | "cumulative" | "year-cumulative" | "opening" | "interim" | "rate" | "cumulative-rate" | "period-rate" | "plan" | "period-plan" | "period" | "empty-period" | "estimate" | "note" | "unknown";

export interface LineTableColumn {
  readonly col: number;
  readonly role: ColumnRole;
  /** Header text as written (parts joined). */
  readonly header: string;
  /** The most specific header part (`Năm 2023` under `Kết quả thực hiện`). */
  readonly label: string;
  readonly period?: Period;
  /** For an interim `Lũy kế`: the month it runs to (year × 12 + month). */
  readonly end?: number;
  /**
   * One of a period's (or the target's, or `Lũy kế`'s) two columns `Thực hiện` | `Giải ngân`
   * or `Số lượng` | `Kinh phí` (see pairedColumns):
   * the disbursed one gives money lines' figures, the done one the others' (and
   * a money line's where its disbursed cell is blank); `partner` is the other's column.
   */
  readonly pair?: ColumnPair;
  /** A rate under a `Lũy kế` group (`Lũy kế đến hết năm 2023` over `Số lượng` | `Tỷ lệ (%)`): that group's header. */
  readonly under?: string;
}

export interface LineTableRow {
  readonly row: number;
  readonly code: string;
  readonly label: string;
  readonly periods: { readonly period: Period; readonly label: string; readonly value: number; readonly at: CellRef; readonly source: PeriodSource }[];
  readonly cumulative: TypedValue | null;
  /** A cumulative figure up to the first period column (`Lũy kế đến 31/12/2023` before `6 tháng đầu năm 2024`). */
  readonly opening: RatedValue | null;
  readonly interims: readonly InterimCumulative[];
  readonly rate: TypedValue | null;
  readonly planCopy: TypedValue | null;
  readonly yearCopies: readonly YearCopy[];
  /** `Lũy kế năm 2024` cells: the sum of that year's periods (a `Lũy kế` that restarts each year). */
  readonly yearCumulatives?: readonly YearCopy[];
  /** True when a period cell of a count or money line holds no usable figure (an error value, text, a negative set aside): its periods' sum is not what was achieved. */
  readonly unusable?: true;
}

export interface LineTableReading {
  readonly sheet: string;
  readonly headerRow: number;
  readonly columns: readonly LineTableColumn[];
  readonly rows: readonly LineTableRow[];
  readonly findings: readonly Finding[];
}

const CODE_HEADERS = new Set(["ma", "ma so", "stt", "tt", "code", "ma chi tieu"]);
const NAME_HEADERS = new Set(["chi tieu", "noi dung", "ten chi tieu", "indicator", "name", "noi dung chi tieu", "chi tieu nhiem vu", "nhiem vu", "line"]);
const UNIT_HEADERS = new Set(["don vi tinh", "dvt", "don vi", "unit"]);
const NOTE_HEADERS = /^(ghi chu|note|notes|nguon|source)\b/;
const REMAINING_HEADERS = /^(?:so )?(?:con lai|con phai|chua thuc hien|chua giai ngan|chua dat|chenh lech|remaining|balance)\b/;

function periodOfCell(grid: Grid, row: number, col: number): Period | null {
  const value = grid.value(row, col);
  if (typeof value === "number") return parsePeriod(value);
  const text = shownText(grid, row, col);
  return text === "" ? null : parsePeriod(text);
}

/**
 * The header row: the row (of the first ones) with the most period headers;
 * failing any, the row with the most parts of a year written without it
 * (`Quý I`, `6 tháng đầu năm`) on a sheet whose title or name gives the year
 * (`Theo dõi 2024`, `THEO DÕI TIẾN ĐỘ NĂM 2024`).
 */
function findHeaderRow(grid: Grid, yearAbove: (row: number) => number | null): number | null {
  let best: { row: number; count: number } | null = null;
  for (let row = 0; row < Math.min(grid.rowCount, HEADER_SCAN); row++) {
    let count = 0;
    for (let col = 0; col < grid.colCount; col++) if (periodOfCell(grid, row, col) !== null) count++;
    if (count > 0 && (best === null || count > best.count)) best = { row, count };
  }
  if (best !== null) return best.row;
  for (let row = 0; row < Math.min(grid.rowCount, HEADER_SCAN); row++) {
    const year = yearAbove(row);
    if (year === null) continue;
    let count = 0;
    for (let col = 0; col < grid.colCount; col++) if (periodInYear(shownText(grid, row, col), year) !== null) count++;
    if (count > 0 && (best === null || count > best.count)) best = { row, count };
  }
  return best?.row ?? null;
}

/** The one year a sheet's name gives (`Theo dõi 2024`), or null. */
function nameYear(name: string): number | null {
  const years = name.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g);
  return years !== null && new Set(years).size === 1 ? Number(years[0]) : null;
}

/** Header parts of a column: the row above the header (a group such as `Kết quả thực hiện`) when it is not a title across the table, then the header row. */
function headerParts(grid: Grid, headerRow: number, col: number, groupRow: boolean): string[] {
  const parts: string[] = [];
  if (groupRow) {
    const above = shownText(grid, headerRow - 1, col);
    if (above !== "") parts.push(above);
  }
  const own = shownText(grid, headerRow, col);
  if (own !== "" && own !== parts[parts.length - 1]) parts.push(own);
  return parts;
}

/** The row above the header is a group row when it holds at least two different texts (a title holds one). */
function hasGroupRow(grid: Grid, headerRow: number): boolean {
  if (headerRow === 0) return false;
  const texts = new Set<string>();
  for (let col = 0; col < grid.colCount; col++) {
    const text = shownText(grid, headerRow - 1, col);
    if (text !== "") texts.add(text);
  }
  return texts.size >= 2;
}

/** `Kế hoạch`, `KH`, `Chỉ tiêu kế hoạch`, `Chỉ tiêu giao`, `Chỉ tiêu năm 2024` (the bare `Chỉ tiêu` names the lines), `Mục tiêu`… */
const PLAN_WORDS = /^(ke hoach|kh|chi tieu ke hoach|chi tieu kh|chi tieu giai doan|chi tieu gd|tong muc (?:ke hoach|kh)|du toan|so (?:duoc )?giao|tran|ceiling|chi tieu(?= (?:(?:duoc |da )?giao|nam \d{4}|\d{4})\b)|muc tieu|target|plan)\b/;
/** Words between the plan's words and a period: `KH giao năm 2024`, `Kế hoạch được giao 2024`, `Chỉ tiêu đã giao năm 2024`. */
const ASSIGNED = /^(?:(?:duoc|da)\s+)?giao\b\s*/;
/**
 * `Lũy kế`, `Cộng dồn`, `Cumulative`, `Thực hiện đến nay` (from the plan's start to date; not `từ đầu năm
 * đến nay`, the year's own), in folded text.
 */
const CUMULATIVE_WORDS = /\bluy ke\b|\bcumulative\b|\bcong don\b|^(?!.*\bdau nam\b).*\b(?:den nay|to date)\b/;
/** `Tỷ lệ (%)`, `Tỷ lệ thực hiện`, `% so với KH`: a percent, as a word key. */
const RATE_HEADER = /^ty le\b|^%|\bso voi\b/;
/** A sub-header saying the column holds what was done in the period above it. */
const DONE_WORDS = /^(?:(?:da|so|thuc hien|th|ket qua|kq|uoc|giai ngan|gn|results?|achieved|disbursed)\s*)+$/;

function classify(grid: Grid, headerRow: number, col: number, parts: readonly string[], planPeriod: PlanPeriod | null): LineTableColumn {
  const header = parts.join(" ");
  const specific = parts[parts.length - 1] ?? "";
  const key = wordKey(specific);
  const full = foldText(header);
  const column = (role: ColumnRole, period?: Period): LineTableColumn => ({ col, role, header, label: specific, ...(period ? { period } : {}) });
  // The period of a group above the column (`Năm 2023` over `Kế hoạch` | `Thực hiện`).
  const groupPeriod = () => (parts.length > 1 ? parsePeriod(parts[0]) : null);
  if (key === "") return column("unknown");
  if (CODE_HEADERS.has(key)) return column("code");
  if (NAME_HEADERS.has(key)) return column("name");
  if (UNIT_HEADERS.has(key)) return column("unit");
  // `Số lượng` | `Kinh phí` under `Năm 2023` (or `Kế hoạch giai đoạn`, `Lũy kế`): the group's role and period; the pair is marked later.
  if (parts.length > 1 && isPairWord(key)) {
    const group = classify(grid, headerRow - 1, col, parts.slice(0, -1), planPeriod);
    return { ...group, header };
  }
  // `Tỷ lệ lũy kế (%)`, `% lũy kế so với KH`: a percent of plan, not a cumulative figure; `Tỷ lệ (%)` under
  // `Năm 2023` (beside its `Thực hiện`, or its `Số lượng` | `Kinh phí`) is that period's rate, not the plan's.
  const rate = () => {
    // Under a `Lũy kế` group: that cumulative figure's percent of plan (the plan's rate where it is the closing one, see `rateUnderCumulative`).
    if (parts.length > 1 && CUMULATIVE_WORDS.test(foldText(parts[0]))) return { ...column("cumulative-rate"), under: parts[0] };
    const group = groupPeriod();
    return column((group !== null && !isWholePlan(group, planPeriod)) || isYearRate(full, planPeriod) ? "period-rate" : "rate");
  };
  if (RATE_HEADER.test(key)) return rate();
  if (CUMULATIVE_WORDS.test(full)) return column("cumulative");
  if (key.includes("%") || /\bpercent\b|^rate\b/.test(key)) return rate();
  // `Còn lại`, `Chưa giải ngân`, `Chênh lệch`: what is left of the target, not a period.
  if (REMAINING_HEADERS.test(key)) return column("note");
  // A unit in brackets (`KH năm 2024 (tổ)`) is no part of the header's period.
  const bare = wordKey(specific.replace(/\([^()]*\)\s*$/, ""));
  const plan = PLAN_WORDS.exec(bare);
  if (plan) {
    // `KH năm 2024`, `KH giao năm 2024` beside a plan over several years is that year's target, not a copy of the plan's.
    const period = parsePeriod(bare.slice(plan[0].length).trim().replace(ASSIGNED, "")) ?? groupPeriod();
    return period !== null && !isWholePlan(period, planPeriod) ? column("period-plan", period) : column("plan");
  }
  if (NOTE_HEADERS.test(key)) return column("note");
  const own = periodOfCell(grid, headerRow, col) ?? parsePeriod(specific);
  // `Thực hiện` under `Năm 2023`: the period, and its label, are the group's.
  const underGroup = own === null && DONE_WORDS.test(key) ? groupPeriod() : null;
  if (underGroup !== null) return { ...column("period", underGroup), label: parts[0] };
  const period = own ?? partUnderYear(specific, groupPeriod());
  return period ? column("period", period) : column("unknown");
}

/**
 * A part of a year written without it under a year's group header (`Năm
 * 2024` over `Quý I` | `Quý II` | … | `Cả năm`): that part of that year; null
 * otherwise.
 */
function partUnderYear(text: string, group: Period | null): Period | null {
  if (group === null || group.kind !== "year" || text === "" || /\d{4}/.test(text)) return null;
  return parsePeriod(`${text} ${group.year}`);
}

/**
 * A title above the table saying when the figures run to (`… tính đến
 * 30/6/2024`) — or a `Lũy kế đến 30/6/2024` header — narrows a year column of
 * that year to the part it covers; a month that names no period leaves the
 * column unread (with the usual warning).
 */
function narrowByTitle(sheet: SheetData, headerTop: number, columns: LineTableColumn[]): void {
  for (let row = 0; row < headerTop; row++) {
    for (let col = 0; col < Math.min(columnCount(sheet), 20); col++) {
      const value = cellValue(sheet, row, col);
      if (typeof value !== "string") continue;
      if (narrowColumns(columns, value) || narrowToPart(columns, partOfYearInText(value))) return;
    }
  }
}

/**
 * A year's column (`Năm 2024`) on a sheet titled for a part of that year
 * (`Báo cáo 6 tháng đầu năm 2024`): the part, where no other column reports
 * a part of that year already; true when one changed.
 */
function narrowToPart(columns: LineTableColumn[], part: Period | null): boolean {
  if (part === null || part.kind === "year" || part.kind === "years") return false;
  const inYear = (period: Period | undefined) => period !== undefined && period.year === part.year && period.kind !== "years";
  if (columns.some((column) => column.role === "period" && inYear(column.period) && column.period!.kind !== "year")) return false;
  let changed = false;
  columns.forEach((column, i) => {
    if (column.role !== "period" || !inYear(column.period) || column.period!.kind !== "year") return;
    columns[i] = { ...column, period: part };
    changed = true;
  });
  return changed;
}

/**
 * Columns headed by a part of a year without the year (`6 tháng đầu năm`,
 * `Quý IV`) under a title naming one year (`BÁO CÁO KẾT QUẢ THỰC HIỆN NĂM
 * 2024`): that part of that year.
 */
/** The columns read in a plan's one year for want of a year on the sheet (to be said so), else []. */
function inTitleYear(sheet: SheetData, headerTop: number, columns: LineTableColumn[], planYear: number | null): LineTableColumn[] {
  if (!columns.some((column) => column.role === "unknown" && column.label !== "")) return [];
  const own = titleYear(sheet, headerTop) ?? nameYear(sheet.name);
  const year = own ?? planYear;
  if (year === null) return [];
  const read: LineTableColumn[] = [];
  columns.forEach((column, i) => {
    if (column.role !== "unknown") return;
    const period = periodInYear(column.label, year);
    if (period === null) return;
    columns[i] = { ...column, role: "period", period };
    read.push(columns[i]);
  });
  return own === null ? read : [];
}

/** Narrows the year columns by the date a text gives (`tính đến 30/6/2024`, `Lũy kế đến 30/6/2024`); true when one changed. */
function narrowColumns(columns: LineTableColumn[], text: string): boolean {
  let changed = false;
  columns.forEach((column, i) => {
    if (column.role !== "period" || column.period === undefined) return;
    const narrowed = narrowedByDate(column.period, text);
    if (narrowed === column.period) return;
    changed = true;
    const { period: _, ...rest } = column;
    columns[i] = narrowed === null ? { ...rest, role: "unknown" } : { ...rest, period: narrowed };
  });
  return changed;
}

const ESTIMATE = /\b(?:uoc|du kien|du bao)\b/;

/**
 * An estimate (`Ước TH năm 2024`, `Dự kiến cả năm 2024`) over months that
 * another column reports as done (`TH 6 tháng đầu năm 2024`) is not a period
 * of its own — adding it would count those months twice. Such columns get the
 * role `estimate`; returned for their info finding.
 */
function setAsideEstimates(columns: LineTableColumn[]): { aside: LineTableColumn[]; counted: LineTableColumn[] } {
  const done = columns.filter((c) => c.role === "period" && c.period !== undefined && !ESTIMATE.test(wordKey(c.header)));
  const aside: LineTableColumn[] = [];
  const counted: LineTableColumn[] = [];
  columns.forEach((column, i) => {
    if (column.role !== "period" || column.period === undefined || !ESTIMATE.test(wordKey(column.header))) return;
    const period = column.period;
    if (!done.some((other) => other.period !== undefined && overlaps(other.period, period))) {
      counted.push(column);
      return;
    }
    columns[i] = { ...column, role: "estimate" };
    aside.push(column);
  });
  return { aside, counted };
}

/** A `pace` info about one column of the progress table, at its header cell. */
function columnInfo(sheetName: string, headerRow: number, column: LineTableColumn, message: LocalizedText): Finding {
  return makeFinding({ rule: "pace", severity: "info", sheet: sheetName, at: { row: headerRow, col: column.col }, message });
}

/**
 * An estimate for months nothing else reports (`Ước thực hiện năm 2024` after
 * `Năm 2023`) is counted as that period — but it is not what was done, and the
 * reporting date runs to its end: an info finding says both.
 */
function countedEstimateFinding(sheetName: string, headerRow: number, column: LineTableColumn): Finding {
  const period = column.period as Period;
  const until = `${String(period.endMonth).padStart(2, "0")}/${period.year}`;
  return columnInfo(
    sheetName,
    headerRow,
    column,
    localized(
      `Cột "${column.header}" là số ước tính, chưa phải số đã thực hiện; không có cột nào khác báo cáo kỳ này, nên số ước được tính vào lũy kế và tiến độ được tính đến ${until}. Khi có số thực hiện, hãy thay vào.`,
      `The column "${column.header}" is an estimate, not what was done; no other column reports that period, so the estimate counts in the cumulative figures and progress runs to ${until}. Replace it with actual figures when they are known.`,
    ),
  );
}

function estimateFinding(sheetName: string, headerRow: number, column: LineTableColumn, columns: readonly LineTableColumn[]): Finding {
  const other = columns.find((c) => c.role === "period" && c.period !== undefined && column.period !== undefined && overlaps(c.period, column.period));
  return columnInfo(
    sheetName,
    headerRow,
    column,
    localized(
      `Cột "${column.header}" là số ước tính, trùng thời gian với cột "${other?.header ?? ""}" đã thực hiện; số ước tính không được cộng vào lũy kế.`,
      `The column "${column.header}" is an estimate over months the column "${other?.header ?? ""}" reports as done; estimates are not added to the cumulative figures.`,
    ),
  );
}

/**
 * True when a percent column is against one year's target (`% so với KH năm
 * 2024`, `Tỷ lệ TH/KH năm (%)`), not the plan's — unless the plan is that one year.
 */
function isYearRate(full: string, planPeriod: PlanPeriod | null): boolean {
  const key = wordKey(full);
  if (/\b(?:giai doan|gd)\b/.test(key)) return false;
  const year = /\bnam(?: (\d{4}))?\b/.exec(key);
  if (year === null) return false;
  if (planPeriod === null || planPeriod.start !== planPeriod.end) return true;
  return year[1] !== undefined && Number(year[1]) !== planPeriod.start;
}

/** True when a period is the plan's whole time: the year of a one-year plan. */
function isWholePlan(period: Period, planPeriod: PlanPeriod | null): boolean {
  return planPeriod !== null && period.kind === "year" && planPeriod.start === period.year && planPeriod.end === period.year;
}

/**
 * True when the row below the period headers splits them into what was planned
 * and what was done (`Năm 2023` over `Kế hoạch` | `Thực hiện`, or over
 * `Thực hiện` | `Tỷ lệ (%)`), into a
 * quantity and its money (`Số lượng` | `Kinh phí`), or a year into
 * its parts (`Năm 2024` over `Quý I` | … | `Cả năm`): then that row is the
 * header and the periods its group.
 */
function isSubHeaderRow(grid: Grid, periodRow: number): boolean {
  const row = periodRow + 1;
  if (row >= grid.rowCount) return false;
  let done = 0;
  for (let col = 0; col < grid.colCount; col++) {
    if (periodOfCell(grid, periodRow, col) === null) {
      // `Lũy kế` over its figure and its rate (`Số lượng` | `Tỷ lệ (%)`): split as a period over `Thực hiện` | `Tỷ lệ (%)` is.
      const sub = wordKey(shownText(grid, row, col));
      if (CUMULATIVE_WORDS.test(foldText(shownText(grid, periodRow, col))) && (RATE_HEADER.test(sub) || sub.includes("%"))) done++;
      continue;
    }
    const key = wordKey(shownText(grid, row, col));
    if (key === "" || key === wordKey(shownText(grid, periodRow, col))) continue;
    if (DONE_WORDS.test(key) || isPairWord(key)) done++;
    else if (partUnderYear(shownText(grid, row, col), periodOfCell(grid, periodRow, col)) !== null) done++;
    // `Lũy kế từ đầu năm` beside the year's parts (`Năm 2024` over `Quý I` | `Quý II` | `Lũy kế từ đầu năm`): that year's running total.
    else if (CUMULATIVE_WORDS.test(foldText(shownText(grid, row, col))) || /\bluy ke\b/.test(key)) continue;
    // A period's own rate (`Tỷ lệ (%)` beside its `Thực hiện`) splits it as its target (`Kế hoạch`) does: neither is what was done.
    else if (!PLAN_WORDS.test(key) && !RATE_HEADER.test(key) && !key.includes("%")) return false;
  }
  return done > 0;
}

/**
 * The month a `Lũy kế` header says it runs to, as a month index (see
 * `endIndex`), or null: `Lũy kế đến 30/6/2024` → June 2024, `đến tháng 9/2024`,
 * `đến hết năm 2023` → December 2023, `đến hết Quý II/2024`, `đến hết 6 tháng đầu năm 2024`.
 */
export function cumulativeEnd(header: string): number | null {
  const key = wordKey(header);
  const until = /\bden (?:het )?(?:ngay )?(.*)$/.exec(key);
  if (until === null) return null;
  const rest = until[1];
  const date = /^(?:\d{1,2} )?(?:thang )?(\d{1,2})(?: nam)? (\d{4})\b/.exec(rest);
  if (date !== null) {
    const month = Number(date[1]);
    const year = Number(date[2]);
    return month >= 1 && month <= 12 ? year * 12 + month : null;
  }
  // A sub-header joined after the date (`Lũy kế đến hết năm 2023` over `Thực hiện`) is no part of it.
  const words = rest.split(" ");
  for (let n = words.length; n > 0; n--) {
    const period = parsePeriod(words.slice(0, n).join(" "));
    if (period !== null) return endIndex(period);
  }
  return null;
}

function isNumberLike(value: unknown): boolean {
  if (typeof value === "number") return true;
  return typeof value === "string" && normalizeVietnameseNumber(value.replace(/%\s*$/, "")) !== null;
}

/** A percent cell in percentage points: `62,5%` text, 0.625 with a percent format, or 62.5 typed. */
function percentPoints(sheet: SheetData, row: number, col: number): number | null {
  const value = cellValue(sheet, row, col);
  if (typeof value === "number") {
    const format = cellNumberFormat(sheet, row, col);
    return format !== undefined && format.includes("%") ? Number((value * 100).toPrecision(12)) : value;
  }
  if (typeof value !== "string") return null;
  const canonical = normalizeVietnameseNumber(value.replace(/%\s*$/, "").trim());
  return canonical === null ? null : Number(canonical);
}

/** `planPeriod`: the plan's years, when known (a `KH năm 2024` column is then the plan's own target only for a plan of 2024). */
export function readLineTable(sheet: SheetData, plan: Plan, planPeriod: PlanPeriod | null = null): LineTableReading | null {
  // Header cells typed as dates showing a year, or as the plan's ordinal years (`Năm thứ hai`), read as those years.
  const grid = periodHeaderGrid(sheetGrid(sheet), planPeriod, HEADER_SCAN);
  // Parts of a year written without it (`Quý I`): in the year the sheet's title or name gives, else in a plan's one year (`Kế hoạch năm 2024`).
  const planYear = planPeriod !== null && planPeriod.start === planPeriod.end ? planPeriod.start : null;
  const periodRow = findHeaderRow(grid, (row) => titleYear(sheet, row) ?? nameYear(sheet.name) ?? planYear);
  if (periodRow === null) return null;
  const split = isSubHeaderRow(grid, periodRow);
  const headerRow = split ? periodRow + 1 : periodRow;
  const group = split || hasGroupRow(grid, headerRow);
  const columns: LineTableColumn[] = [];
  for (let col = 0; col < grid.colCount; col++) columns.push(classify(grid, headerRow, col, headerParts(grid, headerRow, col, group), planPeriod));
  narrowByTitle(sheet, group ? headerRow - 1 : headerRow, columns);
  const inPlanYear = inTitleYear(sheet, group ? headerRow - 1 : headerRow, columns, planYear);
  const { aside: estimates, counted: countedEstimates } = setAsideEstimates(columns);
  markTotals(columns);
  markOpenings(columns);
  markYearCumulatives(columns);
  pairColumns(columns);
  ratesUnderCumulatives(columns);
  const cumulativeHeader = columns.find((c) => c.role === "cumulative")?.header;
  if (cumulativeHeader !== undefined) narrowColumns(columns, cumulativeHeader);
  const repeated = setAsideRepeatedPeriods(columns);

  const bodyStart = headerRow + 1;
  const nameCol = columns.find((c) => c.role === "name")?.col ?? firstTextColumn(grid, bodyStart, columns);
  const codeCol = columns.find((c) => c.role === "code")?.col ?? null;
  const unitCol = columns.find((c) => c.role === "unit")?.col ?? null;
  const findings: Finding[] = [];
  if (inPlanYear.length > 0) {
    const names = inPlanYear.map((column) => `"${column.label}"`).join(", ");
    const year = inPlanYear[0].period!.year;
    findings.push(
      columnInfo(
        sheet.name,
        headerRow,
        inPlanYear[0],
        localized(
          `Các cột ${names} không ghi năm (tên trang và tiêu đề cũng không); được hiểu là năm ${year}, năm của kế hoạch. Nếu không đúng, hãy ghi năm vào tiêu đề cột (như "Quý I/${year}").`,
          `The columns ${names} name no year (nor do the sheet's name and title); they are read as ${year}, the plan's year. If that is wrong, write the year in the headers (like "Quý I/${year}").`,
        ),
      ),
    );
  }
  // One finding per estimated period: the two columns of a `Số lượng` | `Kinh phí` pair are one estimate.
  const told = new Set<string>();
  const firstTold = (column: LineTableColumn) => {
    const key = `${column.period?.id ?? ""}|${column.label}`;
    if (told.has(key)) return false;
    told.add(key);
    return true;
  };
  for (const column of estimates) if (firstTold(column)) findings.push(estimateFinding(sheet.name, headerRow, column, columns));
  for (const column of countedEstimates) {
    // The column as narrowed by the cumulative header (its period may have changed).
    const now = columns.find((c) => c.col === column.col);
    if (now !== undefined && now.role === "period" && now.period !== undefined && firstTold(now)) findings.push(countedEstimateFinding(sheet.name, headerRow, now));
  }
  if (nameCol === null) {
    findings.push(
      makeFinding({
        rule: "unmapped",
        severity: "warning",
        sheet: sheet.name,
        at: { row: headerRow, col: 0 },
        message: localized(
          `Trang ${sheetInText(sheet.name)}: không thấy cột tên chỉ tiêu (Chỉ tiêu, Nội dung) của bảng tiến độ ở dòng ${headerRow + 1}; bảng không được đọc.`,
          `Sheet ${sheetInText(sheet.name)}: the progress table at row ${headerRow + 1} has no column of line names (Chỉ tiêu, Nội dung); it was not read.`,
        ),
      }),
    );
    return { sheet: sheet.name, headerRow, columns, rows: [], findings };
  }

  // Body rows with a label; which of them carry any figure.
  const bodyRows: number[] = [];
  for (let row = bodyStart; row < grid.rowCount; row++) if (cellText(cellValue(sheet, row, nameCol)) !== "") bodyRows.push(row);
  const valueCols = columns.filter((c) => c.role === "period" || c.role === "cumulative" || c.role === "year-cumulative" || c.role === "opening" || c.role === "interim" || c.role === "plan" || isYearPlan(c));
  const rateCol = columns.find((c) => c.role === "rate")?.col ?? null;
  const cumulativeRates = columns.filter((c) => c.role === "cumulative-rate" && c.end !== undefined);
  const hasFigures = (row: number) =>
    [...valueCols.map((c) => c.col), ...(rateCol === null ? [] : [rateCol])].some((col) => cellValue(sheet, row, col) !== null && cellText(cellValue(sheet, row, col)) !== "");

  // Columns that look like periods but cannot be read as one: a finding, never dropped silently.
  const unreadCols: number[] = [];
  for (const column of columns) {
    if (column.role !== "unknown" || column.col === nameCol || column.col === codeCol || column.col === unitCol) continue;
    if (column.header === "" || !bodyRows.some((row) => isNumberLike(cellValue(sheet, row, column.col)))) continue;
    unreadCols.push(column.col);
    const first = repeated.get(column.col);
    if (first !== undefined) {
      findings.push(repeatedPeriodFinding(sheet.name, headerRow, column, first));
      continue;
    }
    findings.push(
      makeFinding({
        rule: "unmapped",
        severity: "warning",
        sheet: sheet.name,
        at: { row: headerRow, col: column.col },
        message: localized(
          `Không đọc được kỳ báo cáo từ tiêu đề cột "${column.header}" (ghi như Năm 2023, 6 tháng đầu năm 2024, Quý III/2024); số liệu của cột không được tính vào tiến độ.`,
          `The column header "${column.header}" names no period allocheck can read (write it as Năm 2023, 6 tháng đầu năm 2024, Quý III/2024); its figures are not counted.`,
        ),
      }),
    );
  }

  const figureRows = bodyRows.filter(hasFigures);
  const candidates: LineCandidate[] = figureRows.map((row) => {
    const label = cellText(cellValue(sheet, row, nameCol));
    const code = codeCol === null ? "" : cellText(cellValue(sheet, row, codeCol));
    const unitText = unitCol === null ? "" : cellText(cellValue(sheet, row, unitCol));
    const unit = unitText !== "" ? parseUnit(unitText) : findUnitInText(label);
    return { parts: [label], ...(code !== "" ? { code } : {}), ...(unit ? { kind: unit.kind } : {}) };
  });
  const matched = matchLines(candidates, plan.lines);
  const codes = matched.map((code, i) => code ?? totalRowLine(candidates[i].parts[0], candidates[i].code ?? "", plan, matched));
  const byCode = new Map(plan.lines.map((line) => [line.code, line]));
  const hasChildren = new Set(plan.lines.map((line) => line.parentCode).filter((code): code is string => code !== undefined));

  const lines: LineEntry[] = [];
  // `Tổng cộng` rows beside the table's own row for the plan's money total: that row again, checked where they differ.
  const copies: TotalCopy[] = [];
  figureRows.forEach((row, i) => {
    const code = codes[i];
    const label = candidates[i].parts[0];
    if (code === null) {
      const of = totalRowOf(label, candidates[i].code ?? "", plan, matched, figureRows);
      if (of !== null) {
        const figureCols = [...valueCols.map((c) => c.col), ...(rateCol === null ? [] : [rateCol])];
        if (!sameFigures(sheet, row, of, figureCols) || holdsText(sheet, row, valueCols.map((c) => c.col))) copies.push({ row, label, of });
        return;
      }
      findings.push(
        makeFinding({
          rule: "unmapped",
          severity: "warning",
          sheet: sheet.name,
          at: { row, col: nameCol },
          message: localized(
            `Dòng "${label}" của bảng tiến độ không khớp chỉ tiêu nào của kế hoạch; số liệu của dòng không được tính.`,
            `The progress line "${label}" matches no plan line; its figures are not counted.`,
          ),
        }),
      );
      return;
    }
    const planLine = byCode.get(code);
    const unitText = unitCol === null ? "" : cellText(cellValue(sheet, row, unitCol));
    // The unit column, else a unit in the label (`Kinh phí hỗ trợ (triệu đồng)`).
    const unit = unitText !== "" ? parseUnit(unitText) : findUnitInText(label);
    const unitName = unitText !== "" ? unitText : unit !== null ? (/\(([^()]*)\)\s*$/.exec(label)?.[1] ?? label) : "";
    lines.push({
      header: label,
      ...(candidates[i].code !== undefined ? { code: candidates[i].code } : {}),
      index: row,
      headerRow: row,
      headerCol: nameCol,
      ...(unit ? { unit: unitName, kind: unit.kind } : {}),
      scale: unit?.kind === "money" ? unit.scale : 1,
      isTotal: hasChildren.has(code) && planLine?.kind !== "percent",
      planCode: code,
    });
  });

  const areas: AreaEntry[] = valueCols.map((column) => ({
    label: areaLabel(column),
    key: wordKey(column.header),
    kind: "leaf",
    index: column.col,
    labelRow: headerRow,
    labelCol: column.col,
    parent: null,
    children: [],
  }));
  // A percent line whose figures (periods, `Lũy kế`) are typed as fractions (`0,82` against 80 %): read ×100, as on any sheet.
  const figureCols = new Set(valueCols.filter((c) => c.role === "period" || c.role === "cumulative" || c.role === "year-cumulative" || c.role === "opening" || c.role === "interim").map((c) => c.col));
  const marked = markPercentFractions(sheet, "indicators-as-rows", lines, areas.filter((area) => figureCols.has(area.index)), byCode);
  const table: AllocationTable = {
    sheet: sheet.name,
    orientation: "indicators-as-rows",
    areas,
    lines: marked,
    headerTop: group ? headerRow - 1 : headerRow,
    headerBottom: headerRow,
  };
  const context = buildRuleContext({ plan, table, sheet });
  // Not added up over a parent's children: a copied plan target (`plan-copy` compares it with the plan), and
  // `Lũy kế`, which is the sum of the line's own periods (`cumulative` checks each line's, `subtotal` each period's).
  const notSummed = new Set(valueCols.filter((c) => c.role === "plan" || c.role === "cumulative" || c.role === "year-cumulative" || c.role === "interim" || isYearPlan(c)).map((c) => c.col));
  const copyCols = new Set(valueCols.filter((c) => c.role === "plan" || isYearPlan(c)).map((c) => c.col));
  const evaluate = (ruled: RuleContext): Finding[] => {
    const ruleFindings: Finding[] = [];
    // A negative figure is told by `invalid-value` at its cell, then counts no more than an error value does
    // (as on a period sheet): not in a parent's sum, its line's periods, nor its `Lũy kế`.
    const invalid = invalidValueRule.evaluate(ruled);
    setAsideNegatives(ruled);
    for (const found of [subtotalRule.evaluate(ruled), invalid, textNumberRule.evaluate(ruled)]) {
      for (const finding of found) {
        if (finding.rule === "subtotal" && finding.col !== null && notSummed.has(finding.col)) continue;
        ruleFindings.push(finding);
      }
    }
    // A parent line's SUM that skips a child's figure typed as text: told once, at the text cell (as on any sheet).
    // A target copied as text that no sum counts (a percent line's `80%`) is no figure a SUM skips: not told.
    const unsummed = unsummedCopyText(ruled, copyCols);
    return sameCell(singleCause(ruled, ruleFindings)).filter((finding) => !(finding.rule === "subtotal" && finding.col !== null && notSummed.has(finding.col)) && !unsummed(finding));
  };
  findings.push(...evaluate(context));
  // A percent line's period figure over 100 % is no rate reached: told at its cell; the line's `Lũy kế` is then not checked against it (one cause, one finding).
  const periodCols = new Set(valueCols.filter((c) => c.role === "period").map((c) => c.col));
  const overHundred = overHundredFindings(context, false).filter((finding) => finding.col !== null && periodCols.has(finding.col));
  findings.push(...overHundred);
  const overRows = new Set(overHundred.map((finding) => finding.row));

  const empty = emptyPeriods(context, sheet.name, headerRow, valueCols, columns, findings);
  const pastPeriods = cumulativePastPeriods(sheet.name, headerRow, columns, findings);
  const readRows = marked.map((line, l) => {
    const row = readRow(context, sheet, valueCols, rateCol, line, l, pastPeriods, empty, byCode.get(line.planCode ?? "")?.kind === "money", cumulativeRates);
    const percent = byCode.get(line.planCode ?? "")?.kind === "percent";
    return explainedByUnread(sheet, row, line, unreadCols, percent) || overRows.has(line.headerRow) ? { ...row, cumulative: row.cumulative && { ...row.cumulative, unchecked: true as const } } : row;
  });
  findings.push(...unreadPairFigures(sheet, marked, valueCols, (line) => byCode.get(line.planCode ?? "")?.kind === "money"));
  // A `Lũy kế` that shows its periods without those typed as text: the text cell's finding tells it, once.
  const skipped = cumulativeSkipsText(context, sheet, valueCols, marked, readRows, findings);
  // A money line's period figure typed in another unit: told once at its cell, the line read with it brought to scale.
  const read = periodUnitSlips(context, sheet, plan, skipped, findings);
  const fractions = ratesTypedAsFractions(read, plan);
  const asPoints = <R extends { readonly rate: TypedValue | null }>(row: R): R =>
    row.rate === null ? row : { ...row, rate: { ...row.rate, value: Number((row.rate.value * 100).toPrecision(12)), written: row.rate.value } };
  const rows = fractions ? read.map(asPoints) : read;
  const money = (line: LineEntry) => byCode.get(line.planCode ?? "")?.kind === "money";
  const found = [...findings];
  for (const copy of copies) {
    const readCopy = (ruled: RuleContext, l: number) => {
      const row = readRow(ruled, sheet, valueCols, rateCol, ruled.table.lines[l], l, pastPeriods, empty, money(ruled.table.lines[l]), cumulativeRates);
      return fractions ? asPoints(row) : row;
    };
    findings.push(...totalCopyFindings(copy, { sheet, plan, context, columns: valueCols, rateCol, told: found, evaluate, read: readCopy }));
  }
  return { sheet: sheet.name, headerRow, columns, rows, findings };
}

/**
 * A period given a second column (`Năm 2023` twice — a column copied and its
 * header left as it was): the first is the period's, the second is not read
 * (role `unknown`, like a column whose period cannot be read, so a `Lũy kế`
 * that counts it is not told again). Returns each such column with the first
 * column of its period. The disbursed column of a `Thực hiện` | `Giải ngân`
 * pair is that period's too, not a second one.
 */
function setAsideRepeatedPeriods(columns: LineTableColumn[]): Map<number, LineTableColumn> {
  const seen = new Map<string, LineTableColumn>();
  const repeated = new Map<number, LineTableColumn>();
  columns.forEach((column, i) => {
    if (column.role !== "period" || column.period === undefined || column.pair?.role === "disbursed") return;
    const key = `${column.period.id}|${column.pair?.role ?? ""}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, column);
      return;
    }
    const { period: _, ...rest } = column;
    columns[i] = { ...rest, role: "unknown" };
    repeated.set(column.col, first);
  });
  return repeated;
}

/** The `duplicate` error at a period's second column's header. */
function repeatedPeriodFinding(sheetName: string, headerRow: number, column: LineTableColumn, first: LineTableColumn): Finding {
  const [firstAt, at] = [a1(headerRow, first.col), a1(headerRow, column.col)];
  return makeFinding({
    rule: "duplicate",
    severity: "error",
    sheet: sheetName,
    at: { row: headerRow, col: column.col },
    message: localized(
      `Cột ${at} "${column.header}" ghi cùng kỳ với cột ${firstAt} "${first.header}"; chỉ cột ${firstAt} được tính, số liệu cột ${at} không được tính vào tiến độ. Hãy sửa tiêu đề cột (có thể là kỳ khác) hoặc xóa cột thừa.`,
      `The column ${at} "${column.header}" names the same period as the column ${firstAt} "${first.header}"; only ${firstAt} is counted, ${at}'s figures are not. Correct its header (it may be another period) or delete the extra column.`,
    ),
  });
}

/**
 * Period columns with no figure on any line — blank, or nothing but zeros
 * (`Năm 2025` prepared ahead, to be filled in later) — are not reported
 * periods: they would move `asOf` and the elapsed share to months not yet
 * reported. Each gets an info finding at its header and the role `empty-period`.
 */
function emptyPeriods(context: RuleContext, sheetName: string, headerRow: number, valueCols: readonly LineTableColumn[], columns: LineTableColumn[], findings: Finding[]): Set<number> {
  const empty = new Set<number>();
  if (context.lineCount === 0) return empty;
  const emptied: LineTableColumn[] = [];
  valueCols.forEach((column, a) => {
    if (column.role !== "period") return;
    for (let l = 0; l < context.lineCount; l++) {
      const at = a * context.lineCount + l;
      const state = context.state[at];
      if (state === CELL.blank) continue;
      // Zeros alone make a column empty only over several lines (one line may truly have done nothing).
      if ((state === CELL.number || state === CELL.textNumber) && context.base[at] === 0 && context.lineCount > 1) continue;
      return;
    }
    const i = columns.findIndex((c) => c.col === column.col);
    columns[i] = { ...column, role: "empty-period" };
    empty.add(column.col);
    emptied.push(column);
  });
  // Progress runs to the period before an empty column only where no later period has figures (`Năm 2025` prepared ahead).
  const reported = columns.filter((c) => c.role === "period" && c.period !== undefined).map((c) => endIndex(c.period!));
  const lastReported = reported.length === 0 ? -Infinity : Math.max(...reported);
  for (const column of emptied) {
    const trailing = column.period === undefined || endIndex(column.period) > lastReported;
    findings.push(
      makeFinding({
        rule: "pace",
        severity: "info",
        sheet: sheetName,
        at: { row: headerRow, col: column.col },
        message: trailing
          ? localized(
              `Cột "${column.header}" chưa có số liệu (để trống hoặc toàn số 0), nên không được tính là kỳ đã báo cáo; tiến độ tính đến kỳ trước đó.`,
              `The column "${column.header}" has no figures yet (blank or all zero), so it does not count as a reported period; progress runs to the period before it.`,
            )
          : localized(
              `Cột "${column.header}" không có số liệu (để trống hoặc toàn số 0), nên không được tính là kỳ đã báo cáo.`,
              `The column "${column.header}" has no figures (blank or all zero), so it does not count as a reported period.`,
            ),
      }),
    );
  }
  return empty;
}

function readRow(
  context: RuleContext,
  sheet: SheetData,
  valueCols: readonly LineTableColumn[],
  rateCol: number | null,
  line: LineEntry,
  l: number,
  pastPeriods: boolean,
  emptyCols: ReadonlySet<number>,
  money: boolean,
  cumulativeRates: readonly LineTableColumn[] = [],
): LineTableRow {
  const periods: LineTableRow["periods"][number][] = [];
  let unusable = false;
  let cumulative: TypedValue | null = null;
  let opening: RatedValue | null = null;
  const interims: InterimCumulative[] = [];
  let planCopy: TypedValue | null = null;
  const yearCopies: YearCopy[] = [];
  const yearCumulatives: YearCopy[] = [];
  valueCols.forEach((column, a) => {
    const at = a * context.lineCount + l;
    const state = context.state[at];
    if (isInvalidState(state) && column.role === "period" && column.period !== undefined && !emptyCols.has(column.col) && context.lineKind[l] !== "percent") unusable = true;
    if (state !== CELL.number && state !== CELL.textNumber) return;
    const ref: CellRef = { sheet: sheet.name, row: line.index, col: column.col };
    const value = context.base[at];
    if (column.pair !== undefined && !takesPairColumn(sheet, line, column.pair, money)) return;
    if (column.role === "period" && column.period) {
      if (!emptyCols.has(column.col)) periods.push({ period: column.period, label: column.label, value, at: ref, source: { kind: "cell", ...ref } });
    } else if (column.role === "opening") opening = { value, at: ref };
    else if (column.role === "interim" && column.end !== undefined) interims.push({ value, at: ref, end: column.end });
    else if (column.role === "year-cumulative" && column.period !== undefined) yearCumulatives.push({ year: column.period.year, value, at: ref });
    else if (column.role === "cumulative") cumulative = { value, at: ref, ...(pastPeriods ? { unchecked: true as const } : {}) };
    // The plan's target copied as it is written in the plan (`80`) beside figures typed as fractions: taken as typed.
    else if (column.role === "plan") planCopy = { value: line.fractions === true && value > 100 ? (percentPoints(sheet, line.index, column.col) ?? value) : value, at: ref };
    else if (isYearPlan(column) && column.period !== undefined) yearCopies.push({ year: column.period.year, value, at: ref });
  });
  // A rate under a dated `Lũy kế` (or the opening one): beside that figure.
  for (const column of cumulativeRates) {
    const points = percentPoints(sheet, line.index, column.col);
    if (points === null) continue;
    const rate: TypedValue = { value: points, at: { sheet: sheet.name, row: line.index, col: column.col } };
    const k = interims.findIndex((interim) => interim.end === column.end);
    if (k >= 0) interims[k] = { ...interims[k], rate };
    else if (column.end === -1 && opening !== null) opening = { ...(opening as TypedValue), rate };
  }
  const ratePoints = rateCol === null ? null : percentPoints(sheet, line.index, rateCol);
  return {
    row: line.index,
    code: line.planCode ?? "",
    label: line.header,
    periods,
    cumulative,
    opening,
    interims,
    rate: ratePoints === null || rateCol === null ? null : { value: ratePoints, at: { sheet: sheet.name, row: line.index, col: rateCol } },
    planCopy,
    yearCopies,
    ...(yearCumulatives.length > 0 ? { yearCumulatives } : {}),
    ...(unusable ? { unusable: true as const } : {}),
  };
}

/**
 * The name findings give a value column: its header, but for a column under a
 * period (`Năm 2023` over `Số lượng` | `Kinh phí`, or over `Thực hiện`) the
 * period's — the sub-column's own word is no part of its name.
 */
function areaLabel(column: LineTableColumn): string {
  if (column.pair !== undefined) return column.label;
  return column.role === "period" && column.header !== column.label && column.header.startsWith(column.label) ? column.label : column.header;
}

/** A year's target beside the period's (`KH năm 2024`, `Kế hoạch` under `Năm 2024`): read, to compare with the plan's figure for that year. */
function isYearPlan(column: LineTableColumn): boolean {
  return column.role === "period-plan" && column.period?.kind === "year";
}

/** `Tổng cộng`, `Tổng số`, `Cộng`, `Tổng thực hiện`, `Tổng 2022-2023`: a total of the periods, as a word key. */
const TOTAL_HEADERS = /^(?:tong cong|tong so|tong|cong)(?: (?:da )?(?:thuc hien|giai ngan|ket qua))?(?: \d{4} \d{4})?$/;

/**
 * Without a `Lũy kế` column, a total column to the right of the period
 * columns (`Tổng cộng`, `Tổng số`, `Cộng`) is the line's cumulative figure:
 * checked against its periods like a `Lũy kế`.
 */
function markTotals(columns: LineTableColumn[]): void {
  if (columns.some((c) => c.role === "cumulative")) return;
  const firstPeriod = columns.findIndex((c) => c.role === "period");
  if (firstPeriod < 0) return;
  // `Cộng` under `Năm 2024` (beside `Quý I`, `Quý II`) totals that year, not the periods so far.
  const underPeriod = (c: LineTableColumn) => c.header !== c.label && parsePeriod(c.header.slice(0, c.header.length - c.label.length).trim()) !== null;
  const at = columns.findIndex((c, i) => i > firstPeriod && c.role === "unknown" && TOTAL_HEADERS.test(wordKey(c.label)) && !underPeriod(c));
  if (at >= 0) columns[at] = { ...columns[at], role: "cumulative" };
}

/**
 * A `Lũy kế` column that runs only to before the first period column (`Lũy kế đến 31/12/2023`, `6 tháng đầu năm 2024`, `Lũy kế đến
 * 30/6/2024`) is the figure carried from the earlier periods: it is added to
 * the periods, and the last `Lũy kế` is checked against both.
 */
function markOpenings(columns: LineTableColumn[]): void {
  const periods = columns.filter((c) => c.role === "period" && c.period !== undefined).map((c) => c.period as Period);
  if (periods.length === 0) return;
  const firstStart = Math.min(...periods.map((period) => period.year * 12 + period.startMonth));
  const cumulatives = columns.filter((c) => c.role === "cumulative");
  // A `Lũy kế` dated before the first period, the only one or beside the closing one.
  const candidates = cumulatives.map((column) => ({ column, end: cumulativeEnd(column.header) ?? spanEnd(column.header) }));
  // `Thực hiện giai đoạn 2022-2023`, `TH 2022 - 2023`: the years before the period columns, done as one figure.
  for (const column of columns) if (column.role === "unknown" && DONE_SPAN.test(wordKey(column.header))) candidates.push({ column, end: spanEnd(column.header) });
  let opening: { column: LineTableColumn; end: number } | null = null;
  for (const { column, end } of candidates) if (end !== null && end < firstStart && (opening === null || end > opening.end)) opening = { column, end };
  // Both columns of a `Số lượng` | `Kinh phí` pair under that `Lũy kế` (one label, one end) are the opening.
  const found = opening;
  if (found !== null) for (const { column, end } of candidates) if (column === found.column || (end === found.end && column.label === found.column.label)) columns[columns.indexOf(column)] = { ...column, role: "opening" };
  // Of the other dated `Lũy kế` columns, all but the closing one (undated, else the latest) run to a month between the periods.
  const dated = columns.filter((c) => c.role === "cumulative").map((column) => ({ column, end: cumulativeEnd(column.header) ?? spanEnd(column.header) }));
  // The one `Lũy kế`, dated before the last period ends (`Năm 2023`, `Lũy kế đến hết năm 2023`, `6 tháng đầu năm 2024`): a figure to that date, not the closing one.
  const lastEnd = Math.max(...periods.map(endIndex));
  // Only where a period ends at its date: `Năm 2024` beside `Lũy kế đến 30/6/2024` is that year narrowed to its half (see `narrowColumns`).
  const ends = new Set(periods.map(endIndex));
  if (dated.length > 0 && dated.every((d) => d.end !== null && ends.has(d.end) && d.end < lastEnd && d.end === dated[0].end)) {
    for (const { column, end } of dated) columns[columns.indexOf(column)] = { ...column, role: "interim", end: end as number };
    return;
  }
  if (dated.length < 2) return;
  const last = dated.some((d) => d.end === null) ? null : Math.max(...dated.map((d) => d.end as number));
  let closing: LineTableColumn | null = null;
  for (const { column, end } of dated) {
    // The closing one, and the other column of its `Số lượng` | `Kinh phí` pair (same label).
    if (end === last && (closing === null || column.label === closing.label)) {
      closing = column;
      continue;
    }
    if (end !== null) columns[columns.indexOf(column)] = { ...column, role: "interim", end };
  }
}

/**
 * A rate under a `Lũy kế` group (`Lũy kế` over `Số lượng` | `Tỷ lệ (%)`) is
 * that figure's percent of plan: the plan's rate (`rate`) under the closing
 * `Lũy kế`; under one dated between the periods or before them (`Lũy kế đến
 * hết năm 2023`), that figure's own (`cumulative-rate`, with the figure's end
 * — checked against it, never taken for a year's rate nor for the plan's).
 */
function ratesUnderCumulatives(columns: LineTableColumn[]): void {
  columns.forEach((column, i) => {
    if (column.role !== "cumulative-rate" || column.under === undefined) return;
    const under = column.under;
    const figure = columns.find((c) => c !== column && (c.role === "cumulative" || c.role === "interim" || c.role === "opening") && c.header.startsWith(under));
    if (figure?.role === "interim" && figure.end !== undefined) columns[i] = { ...column, end: figure.end };
    else if (figure?.role === "opening") columns[i] = { ...column, end: -1 };
    else if (!columns.some((c) => c.role === "rate")) columns[i] = { ...column, role: "rate" };
  });
}

/** A header naming results over a span of years (`Thực hiện giai đoạn 2022-2023`, `TH 2022 - 2023`), as a word key. */
const DONE_SPAN = /^(?:(?:thuc hien|th|ket qua|kq|giai ngan|luy ke|giai doan|gd|nam)\s+)+\d{4} \d{4}$/;

/** The month index a span of years ends at (`2022 - 2023`: December 2023), or null. */
function spanEnd(header: string): number | null {
  const span = /\b(\d{4}) (\d{4})$/.exec(wordKey(header));
  if (span === null) return null;
  const [from, to] = [Number(span[1]), Number(span[2])];
  return from < to && from >= 1990 && to <= 2100 ? to * 12 + 12 : null;
}

/**
 * True when the `Lũy kế` column runs past the last period column (`Năm 2022`,
 * `Năm 2023`, `Lũy kế đến 30/6/2024`): it then counts months no column
 * reports, and one warning at its header says its figures cannot be checked
 * against the periods (rather than an error on every line).
 */
function cumulativePastPeriods(sheetName: string, headerRow: number, columns: readonly LineTableColumn[], findings: Finding[]): boolean {
  const column = columns.find((c) => c.role === "cumulative");
  const periods = columns.filter((c) => c.role === "period" && c.period !== undefined).map((c) => c.period as Period);
  if (column === undefined || periods.length === 0) return false;
  const end = cumulativeEnd(column.header);
  const last = periods.reduce((latest, period) => (endIndex(period) > endIndex(latest) ? period : latest));
  if (end === null || end <= endIndex(last)) return false;
  const month = (index: number) => `${String(index - Math.floor((index - 1) / 12) * 12).padStart(2, "0")}/${Math.floor((index - 1) / 12)}`;
  findings.push(
    makeFinding({
      rule: "cumulative",
      severity: "warning",
      sheet: sheetName,
      at: { row: headerRow, col: column.col },
      message: localized(
        `Cột "${column.header}" tính đến ${month(end)}, sau kỳ cuối cùng có cột riêng ("${columns.find((c) => c.period === last)?.label ?? last.id}", hết ${month(endIndex(last))}): lũy kế không kiểm được với các kỳ, và tiến độ chỉ tính đến ${month(endIndex(last))}. Hãy thêm cột cho kỳ còn thiếu.`,
        `The column "${column.header}" runs to ${month(end)}, past the last period with a column of its own (${last.id}, to ${month(endIndex(last))}): the cumulative figures cannot be checked against the periods, and progress counts only to ${month(endIndex(last))}. Add a column for the missing period.`,
      ),
    }),
  );
  return true;
}

/**
 * True when a line's typed `Lũy kế` is its periods plus the figures of the
 * columns whose period could not be read (a percent line's: one such column's
 * rate, the latest it may be): the warning on those columns (`unmapped`, or
 * `duplicate` for a period's second column) is then the one finding, not a
 * `cumulative` error too.
 */
function explainedByUnread(sheet: SheetData, row: LineTableRow, line: LineEntry, unreadCols: readonly number[], percent: boolean): boolean {
  if (row.cumulative === null || unreadCols.length === 0) return false;
  if (percent) {
    const typed = row.cumulative.value;
    return unreadCols.some((col) => {
      const points = percentPoints(sheet, row.row, col);
      return points !== null && [points, points * 100].some((value) => Math.abs(value - typed) <= 1e-6 * Math.max(1, Math.abs(typed)));
    });
  }
  if (line.kind === "percent") return false;
  let extra = 0;
  for (const col of unreadCols) {
    const value = cellValue(sheet, row.row, col);
    const number = typeof value === "number" ? value : typeof value === "string" ? Number(normalizeVietnameseNumber(value) ?? NaN) : NaN;
    if (Number.isFinite(number)) extra += number * line.scale;
  }
  if (extra === 0) return false;
  const periods = row.periods.reduce((total, period) => total + period.value, row.opening?.value ?? 0);
  return Math.abs(periods + extra - row.cumulative.value) <= 1e-6 * Math.max(1, Math.abs(row.cumulative.value));
}

/**
 * True when the percent-of-plan column holds fractions typed without a
 * percent format (`0,667` for 66,7 %): more of its rows agree with the
 * computed percent once read as fractions than as typed (two at least). Read
 * as points, each line would give its own `rate` error for one formatting
 * cause; a row typed in points among them (`65`) is the one to tell.
 */
function ratesTypedAsFractions(rows: readonly LineTableRow[], plan: Plan): boolean {
  const targets = new Map(plan.lines.map((line) => [line.code, line]));
  let asTyped = 0;
  let asFraction = 0;
  for (const row of rows) {
    const line = targets.get(row.code);
    if (row.rate === null || line === undefined || line.target === 0) continue;
    const latest = row.periods.reduce<LineTableRow["periods"][number] | null>((last, period) => (last === null || endIndex(period.period) > endIndex(last.period) ? period : last), null);
    const achieved = line.kind === "percent" ? (latest?.value ?? 0) : row.periods.reduce((total, period) => total + period.value, row.opening?.value ?? 0);
    const base = row.cumulative?.value ?? achieved;
    if (rateAgrees(row.rate.value, line.target, base)) asTyped++;
    else if (rateAgrees(row.rate.value * 100, line.target, base)) asFraction++;
  }
  return asFraction > asTyped && asFraction >= 2;
}

function firstTextColumn(grid: Grid, bodyStart: number, columns: readonly LineTableColumn[]): number | null {
  for (const column of columns) {
    if (column.role !== "unknown") continue;
    let texts = 0;
    let rows = 0;
    for (let row = bodyStart; row < Math.min(grid.rowCount, bodyStart + 50); row++) {
      const value = grid.value(row, column.col);
      if (value === null) continue;
      rows++;
      if (typeof value === "string" && !isNumberLike(value)) texts++;
    }
    if (rows > 0 && texts * 2 >= rows) return column.col;
  }
  return null;
}
