/**
 * Reporting periods (CONTRACT §7): labels as Vietnamese reports write them
 * (`Năm 2023`, `6 tháng đầu năm 2024`, `Quý III/2024`, `Quý 3 năm 2024`,
 * `Q3 2024`, `9 tháng 2024`) read into a normalised id (`2023`, `2024-H1`,
 * `2024-Q3`, `2024-9M`) with the months they cover, put in time order, and
 * the elapsed share of a plan's months.
 */
import { wordKey } from "../text/fold";

export type PeriodKind = "year" | "half" | "quarter" | "nine-months" | "years";

export interface Period {
  /** `2023`, `2024-H1`, `2024-Q3`, `2024-9M`; `2023-2024` for a span of whole years. */
  readonly id: string;
  readonly kind: PeriodKind;
  /** The year the period ends in (the last of a span of years). */
  readonly year: number;
  /** The first year of a span of years (`Thực hiện 2023-2024`); absent for a period within one year. */
  readonly startYear?: number;
  /** First and last month covered, 1–12. */
  readonly startMonth: number;
  readonly endMonth: number;
}

/** Years a period label may name: anything else is not a period. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

function year(text: string): number | null {
  const value = Number(text);
  return Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR ? value : null;
}

function quarterNumber(text: string): number | null {
  if (/^[1-4]$/.test(text)) return Number(text);
  return ROMAN[text] ?? null;
}

export function yearPeriod(y: number): Period {
  return { id: String(y), kind: "year", year: y, startMonth: 1, endMonth: 12 };
}

export function halfPeriod(y: number, half: 1 | 2): Period {
  return { id: `${y}-H${half}`, kind: "half", year: y, startMonth: half === 1 ? 1 : 7, endMonth: half === 1 ? 6 : 12 };
}

export function quarterPeriod(y: number, quarter: number): Period {
  return { id: `${y}-Q${quarter}`, kind: "quarter", year: y, startMonth: quarter * 3 - 2, endMonth: quarter * 3 };
}

export function nineMonthsPeriod(y: number): Period {
  return { id: `${y}-9M`, kind: "nine-months", year: y, startMonth: 1, endMonth: 9 };
}

/** Whole years from `first` to `last` (`2023-2024`), reported together on one sheet. */
export function yearsPeriod(first: number, last: number): Period {
  return { id: `${first}-${last}`, kind: "years", year: last, startYear: first, startMonth: 1, endMonth: 12 };
}

/** `2023-2024`, `2023 - 2024`, `năm 2023-2024`, `giai đoạn 2023-2024`, `từ năm 2023 đến năm 2024`, `2023-24`, `2022 và 2023`: whole years, folded. */
const YEAR_SPAN = /^(?:giai doan |tu |cac nam )?(?:nam )?(\d{4}) (?:den |va )?(?:nam )?(\d{4}|\d{2})$/;

/** Years a span of a sheet's name may cover: a longer one is a plan's period, not a report's. */
const MAX_SPAN_YEARS = 5;

/**
 * The period a results sheet's name gives: as `parsePeriod`, and also a span
 * of whole years (`Thực hiện 2023-2024`: both years' results on one sheet).
 * Only a sheet's name says so: a column headed `2022 - 2025` on a line table
 * is the plan's period as often as results.
 */
export function parseSheetPeriod(written: string): Period | null {
  const name = unglued(written);
  const period = parsePeriod(name);
  if (period !== null) return period;
  const match = YEAR_SPAN.exec(wordKey(name).replace(LEADING_WORDS, ""));
  if (match === null) return null;
  const first = year(match[1]);
  const lastText = match[2].length === 2 ? `${match[1].slice(0, 2)}${match[2]}` : match[2];
  const last = year(lastText);
  if (first === null || last === null || last <= first || last - first >= MAX_SPAN_YEARS) return null;
  // `2022, 2023`, `2022 và 2023`: years listed, not a span; they read as one only when they follow on.
  if (YEARS_LISTED.test(name.normalize("NFC")) && last !== first + 1) return null;
  return yearsPeriod(first, last);
}

/** A sheet's name with a year typed against the word before it (`Thực hiện2023`) spaced from it, as a sheet name is typed in haste. */
export function unglued(name: string): string {
  return name.replace(/(\p{L})((?:19|20)\d{2})(?!\d)/gu, "$1 $2");
}

/** Two years with a comma, `và`, `+` or `&` between them. */
const YEARS_LISTED = /\d{4}\s*(?:[,;+&]|\bvà\b|\bva\b)\s*(?:năm\s*)?\d{2,4}/iu;

/**
 * Words a period label may carry before its period, one or several: `Thực
 * hiện`, `Kết quả (thực hiện)`, `Kết quả TH`, `Giải ngân`, `Results`, `TH`,
 * `KQ`, `Ước thực hiện`, `Dự kiến cả (năm)`, after `Báo cáo`, `BC`, `Bảng`,
 * `Biểu`, `Số liệu`. Folded word keys.
 */
const LEADING_WORDS = /^(?:(?:bao cao|bc|bang|bieu|so lieu|ket qua|thuc hien|giai ngan|gn|results?|disbursed|achieved|th|kq|uoc|du kien|du bao|ca)\s+)*/;

/** `3T`, `6T`, `9T`, `12T` (the usual short form of `6 tháng` …), `6tháng` typed without its space, and `6T2024` without one before the year. */
const MONTHS_SHORT = /\b0?(3|6|9|12) ?t(?:hang)?(?:\b|(?=\d{4}\b))/;

/** `Sáu tháng`, `Chín tháng`, `Ba tháng`, `Mười hai tháng`: the months written out in words. */
const MONTHS_IN_WORDS = /^(ba|sau|chin|muoi hai) thang\b/;
const MONTH_WORDS: Readonly<Record<string, string>> = { ba: "3", sau: "6", chin: "9", "muoi hai": "12" };

/** Matchers over the folded word key (punctuation as spaces, no diacritics). */
const FORMS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => Period | null]> = [
  [/^(?:nam )?(\d{4})$/, (m) => withYear(m[1], yearPeriod)],
  [/^(\d{4}) h([12])$/, (m) => withYear(m[1], (y) => halfPeriod(y, m[2] === "1" ? 1 : 2))],
  [/^h([12]) (?:nam )?(\d{4})$/, (m) => withYear(m[2], (y) => halfPeriod(y, m[1] === "1" ? 1 : 2))],
  [/^6 thang (?:(dau|cuoi) )?(?:nam )?(\d{4})$/, (m) => withYear(m[2], (y) => halfPeriod(y, m[1] === "cuoi" ? 2 : 1))],
  [/^9 thang (?:dau )?(?:nam )?(\d{4})$/, (m) => withYear(m[1], nineMonthsPeriod)],
  // `3 tháng (đầu năm) 2024`: the first quarter, `3 tháng cuối năm 2024` the last; only with its year (a bare `3 tháng` is any three months).
  [/^3 thang (?:(dau|cuoi) )?(?:nam )?(\d{4})$/, (m) => withYear(m[2], (y) => quarterPeriod(y, m[1] === "cuoi" ? 4 : 1))],
  // `Tháng 1-6/2024`, `Từ tháng 7 đến tháng 12 năm 2024`: the months of a half, a quarter, nine months or the year.
  [/^(?:tu )?thang (\d{1,2}) (?:den )?(?:thang )?(\d{1,2}) (?:nam )?(\d{4})$/, (m) => withYear(m[3], (y) => monthSpan(y, Number(m[1]), Number(m[2])))],
  // `T1-T6.2024`, `T7-12/2024`: the months by their short form.
  [/^t ?(\d{1,2}) (?:den )?t? ?(\d{1,2}) (?:nam )?(\d{4})$/, (m) => withYear(m[3], (y) => monthSpan(y, Number(m[1]), Number(m[2])))],
  // `Từ 01/01/2024 đến 30/6/2024`: from the first day of a month to the last of another, in one year.
  [/^(?:tu )?(?:ngay )?0?1 (\d{1,2}) (\d{4}) den (?:ngay )?(\d{1,2}) (\d{1,2}) (\d{4})$/, (m) => (m[2] === m[5] && Number(m[3]) === lastDay(Number(m[2]), Number(m[4])) ? withYear(m[2], (y) => monthSpan(y, Number(m[1]), Number(m[4]))) : null)],
  [/^(\d{4}) 9m$/, (m) => withYear(m[1], nineMonthsPeriod)],
  [/^9m (?:nam )?(\d{4})$/, (m) => withYear(m[1], nineMonthsPeriod)],
  [/^quy ([1-4]|i{1,3}|iv) (?:nam )?(\d{4})$/, (m) => withQuarter(m[2], m[1])],
  // `Quý I, II/2024`, `Quý I+II năm 2024`, `Quý I-III/2024`, `Quý I và Quý II`: the quarters' months together (the first half, nine months…).
  [/^quy ((?:[1-4]|i{1,3}|iv)(?: (?:va |den )?(?:quy )?(?:[1-4]|i{1,3}|iv))+) (?:nam )?(\d{4})$/, (m) => withYear(m[2], (y) => quarterSpan(y, m[1]))],
  [/^q ?([1-4]|i{1,3}|iv) (?:nam )?(\d{4})$/, (m) => withQuarter(m[2], m[1])],
  [/^12 thang (?:nam )?(\d{4})$/, (m) => withYear(m[1], yearPeriod)],
  [/^(\d{4}) q([1-4])$/, (m) => withQuarter(m[1], m[2])],
];

/** The period whose months run from `first` to `last` (1–6 the first half …), or null when none does. */
/** The last day of a month (1–12) of a year. */
function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthSpan(y: number, first: number, last: number): Period | null {
  const spans: readonly Period[] = [yearPeriod(y), halfPeriod(y, 1), halfPeriod(y, 2), nineMonthsPeriod(y), ...[1, 2, 3, 4].map((q) => quarterPeriod(y, q))];
  return spans.find((period) => period.startMonth === first && period.endMonth === last) ?? null;
}

/**
 * The period of quarters named together (`i ii`, `1 2 3`, `i iii` for I–III):
 * from the first to the last, when they run in order, one after another
 * (two may name a range); null when they cover no period (II and III).
 */
function quarterSpan(y: number, list: string): Period | null {
  const quarters = list.split(" ").filter((word) => word !== "va" && word !== "den" && word !== "quy").map(quarterNumber);
  if (quarters.some((q) => q === null)) return null;
  const numbers = quarters as number[];
  const inOrder = numbers.every((q, i) => i === 0 || q > numbers[i - 1]);
  const consecutive = numbers.every((q, i) => i === 0 || q === numbers[i - 1] + 1);
  if (!inOrder || (numbers.length > 2 && !consecutive)) return null;
  return monthSpan(y, numbers[0] * 3 - 2, numbers[numbers.length - 1] * 3);
}

function withYear(text: string, make: (y: number) => Period | null): Period | null {
  const y = year(text);
  return y === null ? null : make(y);
}

function withQuarter(yearText: string, quarterText: string): Period | null {
  const q = quarterNumber(quarterText);
  return q === null ? null : withYear(yearText, (y) => quarterPeriod(y, q));
}

/** `tính đến 30/6/2024`, `đến ngày 30/6`, `đến tháng 9/2024`, `đến hết tháng 6`: the month a figure runs to. */
const UNTIL = /\bden (?:het )?(?:ngay \d{1,2} thang (\d{1,2})|ngay (?:\d{1,2}) (\d{1,2})|thang (\d{1,2})|\d{1,2} (\d{1,2}))(?: nam)?(?: (\d{4}))?\b/;

/**
 * A year's figures said to run only to a month of it (`Năm 2024 (tính đến
 * 30/6/2024)`): the part of the year they cover — the first quarter, half or
 * nine months — or null when the month is none of those (the period cannot
 * then be named, and must not be taken for the whole year). The period as it
 * is when the text names no such month.
 */
export function narrowedByDate(period: Period, text: string): Period | null {
  if (period.kind !== "year") return period;
  const until = UNTIL.exec(wordKey(text));
  if (until === null) return period;
  const month = Number(until[1] ?? until[2] ?? until[3] ?? until[4]);
  const year = until[5] !== undefined ? Number(until[5]) : period.year;
  if (year !== period.year || month === 12) return period;
  if (month === 3) return quarterPeriod(period.year, 1);
  if (month === 6) return halfPeriod(period.year, 1);
  if (month === 9) return nineMonthsPeriod(period.year);
  return null;
}

/**
 * The period a label names, or null: `Năm 2023` → 2023, `6 tháng đầu năm
 * 2024` → 2024-H1, `Quý III/2024` → 2024-Q3, `Thực hiện Q3 2024` → 2024-Q3.
 * A number cell (2023) is a year. `6 tháng 2024` without đầu/cuối is the
 * first half, as Vietnamese half-year reports mean it.
 */
export function parsePeriod(label: string | number): Period | null {
  if (typeof label === "number") return Number.isInteger(label) ? withYear(String(label), yearPeriod) : null;
  // A trailing unit in brackets (`Năm 2023 (tổ)`) is not part of the period.
  const bracket = /\(([^()]*)\)\s*$/.exec(label);
  const key = wordKey(bracket === null ? label : label.slice(0, bracket.index))
    .replace(LEADING_WORDS, "")
    .replace(MONTHS_SHORT, "$1 thang ")
    .replace(MONTHS_IN_WORDS, (_all, words: string) => `${MONTH_WORDS[words]} thang`)
    .replace(/ {2,}/g, " ")
    .trim();
  for (const [pattern, make] of FORMS) {
    const match = pattern.exec(key);
    if (match) {
      const period = make(match);
      if (period === null) return null;
      // `Thực hiện 2024 (Quý I)`, `Năm 2024 (6 tháng đầu năm)`: the part of the year the bracket names.
      const part = period.kind === "year" && bracket !== null && !/\d{4}/.test(bracket[1]) ? parsePeriod(`${bracket[1]} ${period.year}`) : null;
      return part !== null && part.kind !== "year" ? part : narrowedByDate(period, label);
    }
  }
  return null;
}

/** Words a period phrase may take before its year (`6 tháng đầu năm 2024`: five; `Quý I và Quý II năm 2024`: six). */
const PHRASE_WORDS = 7;

/**
 * A period shorter than a year named inside a longer text (a title: `BÁO CÁO
 * KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024`, `… QUÝ III NĂM 2024`), or null: the
 * longest phrase ending at a year that reads as a half, quarter or nine
 * months. A date (`ngày 30 tháng 6 năm 2024`) names none.
 */
export function partOfYearInText(text: string): Period | null {
  const words = wordKey(text).split(" ");
  for (let end = 0; end < words.length; end++) {
    if (!/^(?:19|20)\d{2}$/.test(words[end])) continue;
    for (let take = Math.min(PHRASE_WORDS, end); take >= 1; take--) {
      const period = parsePeriod(words.slice(end - take, end + 1).join(" "));
      if (period !== null && period.kind !== "year") return period;
    }
  }
  return null;
}

/** Months since January of year 0, of a period's last month (for ordering and `asOf`). */
export function endIndex(period: Period): number {
  return period.year * 12 + period.endMonth;
}

export function startIndex(period: Period): number {
  return (period.startYear ?? period.year) * 12 + period.startMonth;
}

/** Time order: by the month a period ends, then the longer (earlier-starting) one first. */
export function comparePeriods(a: Period, b: Period): number {
  return endIndex(a) - endIndex(b) || startIndex(a) - startIndex(b);
}

/** True when two periods share a month. */
export function overlaps(a: Period, b: Period): boolean {
  return startIndex(a) <= endIndex(b) && startIndex(b) <= endIndex(a);
}

/** True when `outer` covers every month of `inner` and more (`Năm 2024` contains `6 tháng đầu năm 2024`). */
export function contains(outer: Period, inner: Period): boolean {
  return outer.id !== inner.id && startIndex(outer) <= startIndex(inner) && endIndex(inner) <= endIndex(outer);
}

/**
 * Periods reported beside a longer period that covers all their months
 * (`6 tháng đầu năm 2024` beside `Năm 2024`): each mapped to the longest such
 * period, whose figures stand for those months. Partial overlaps are not here.
 */
export function supersededPeriods(periods: readonly Period[]): Map<string, Period> {
  const superseded = new Map<string, Period>();
  for (const inner of periods) {
    let outer: Period | null = null;
    for (const other of periods) {
      if (!contains(other, inner)) continue;
      if (outer === null || endIndex(other) - startIndex(other) > endIndex(outer) - startIndex(outer)) outer = other;
    }
    if (outer !== null) superseded.set(inner.id, outer);
  }
  return superseded;
}

/** A stretch of months no period reports, between two periods in time order. */
export interface ReportingGap {
  readonly before: Period;
  readonly after: Period;
  /** First and last month missing, as `2023-01`. */
  readonly from: string;
  readonly to: string;
}

/** Months since January of year 0 → `2023-01`. */
export function monthText(index: number): string {
  const year = Math.floor((index - 1) / 12);
  return `${year}-${String(index - year * 12).padStart(2, "0")}`;
}

/** The months left out between periods in time order: `Năm 2022`, `6 tháng đầu năm 2024` leave out 2023. */
export function reportingGaps(ordered: readonly Period[]): ReportingGap[] {
  const gaps: ReportingGap[] = [];
  let reached = ordered.length > 0 ? endIndex(ordered[0]) : 0;
  for (let i = 1; i < ordered.length; i++) {
    const period = ordered[i];
    if (startIndex(period) > reached + 1) gaps.push({ before: ordered[i - 1], after: period, from: monthText(reached + 1), to: monthText(startIndex(period) - 1) });
    reached = Math.max(reached, endIndex(period));
  }
  return gaps;
}

/** `2024-06`: the month the latest period ends. */
export function asOfMonth(periods: readonly Period[]): string | null {
  if (periods.length === 0) return null;
  const last = periods.reduce((latest, period) => (endIndex(period) > endIndex(latest) ? period : latest));
  return `${last.year}-${String(last.endMonth).padStart(2, "0")}`;
}

/** The plan's years, inclusive. */
export interface PlanPeriod {
  readonly start: number;
  readonly end: number;
  /** The plan says it starts late in its first year (`giai đoạn I: cuối năm 2022 - 2025`): that year may well have no results. */
  readonly lateStart?: true;
}

/**
 * Months from January of the plan's first year to the end of the latest
 * period, over the plan's months: 2022–2025 with results to 2024-H1 gives
 * 30 / 48 = 0.625. Kept within 0…1 (a period past the plan's end is a finding
 * of its own).
 */
export function elapsedShare(plan: PlanPeriod, periods: readonly Period[]): number {
  if (periods.length === 0) return 0;
  const latest = Math.max(...periods.map(endIndex));
  const months = (plan.end - plan.start + 1) * 12;
  const elapsed = latest - plan.start * 12;
  return Math.min(1, Math.max(0, elapsed / months));
}

/** True when a period lies wholly within the plan's years. */
export function withinPlan(plan: PlanPeriod, period: Period): boolean {
  return (period.startYear ?? period.year) >= plan.start && period.year <= plan.end;
}
