/**
 * The plan's period (CONTRACT §7): `--period 2022-2025` wins; else the plan's
 * title block (`giai đoạn 2022 - 2025`, `giai đoạn I: cuối năm 2022 - 2025`,
 * `năm 2024`), a `Giai đoạn` cell and the cell beside it, or the plan's
 * title when it came from a file; failing those, the years the plan splits
 * its targets over (`Năm 2022` … `Năm 2025` columns: 2022–2025). Null when
 * none says it.
 */
import { a1 } from "../model/address";
import { InputError } from "../model/errors";
import type { Plan } from "../model/plan";
import { localized } from "../model/text";
import { cellValue, type SheetData } from "../model/workbook";
import { foldText } from "../text/fold";
import { wordKey } from "../text/fold";
import { yearOfHeader, yearsInTitle } from "../text/years";
import type { PlanPeriod } from "./periods";

export interface FoundPlanPeriod extends PlanPeriod {
  /** Where it was read: `option`, `title`, or a cell of the plan sheet. */
  readonly source: { readonly sheet: string | null; readonly cell: string | null; readonly note: "option" | "title" | "cell" | "year-columns" };
}

/** Rows of the plan sheet searched for the period (the title block and a little more). */
const SEARCHED_ROWS = 40;
const SEARCHED_COLS = 20;

/** `giai đoạn 2022 - 2025`, `Giai đoạn thực hiện: 2022 - 2025`, `Thời gian thực hiện: 2022-2025`, `GĐ 2022-2025`, `giai đoạn I: cuối năm 2022 - 2025`, `giai đoạn I: từ năm 2021 đến năm 2025`. */
const RANGE = /(?:giai doan(?:\s+thuc hien)?|\bgd|thoi gian thuc hien)\s*:?\s*(?:[ivx]+\s*[:.-]?\s*)?(?:\(\s*)?(?:tu\s+)?(?:(?:cuoi|dau|giua)\s+)?(?:nam\s+)?(\d{4})\s*(?:-|–|—|den|toi)\s*(?:nam\s+)?(\d{4})/g;
/** `năm 2022 - 2025`, `từ năm 2022 đến năm 2025`: a range of years without `giai đoạn`. */
const YEAR_RANGE = /(?<!thang\s*\d{1,2}\s*)(?<![\d/.-])\bnam\s+(\d{4})\s*(?:-|–|—|den|toi)\s*(?:nam\s+)?(\d{4})\b/;
const BARE_RANGE = /^\s*(?:(?:cuoi|dau|giua)\s+)?(?:nam\s+)?(\d{4})\s*(?:-|–|—|den|toi)\s*(?:nam\s+)?(\d{4})\s*$/;
/** `cuối năm 2022`, `giữa năm 2022` before a range's first year: the plan starts late in that year. */
const LATE_START = /\b(?:cuoi|giua)\s+(?:nam\s+)?\d{4}\s*(?:-|–|—|den|toi)/;
const BARE_YEAR = /^\s*(?:nam\s+)?(\d{4})\s*$/;

function checked(start: number, end: number): PlanPeriod | null {
  if (start < 1990 || end > 2100 || end < start) return null;
  return { start, end };
}

/** Rows below the first `giai đoạn` in which a title block may go on to name the plan's phase. */
const PHASE_ROWS = 2;

/** The `giai đoạn` ranges a folded text states, in order. */
function stagedRanges(folded: string): PlanPeriod[] {
  const ranges: PlanPeriod[] = [];
  for (const match of folded.matchAll(RANGE)) {
    const range = checked(Number(match[1]), Number(match[2]));
    if (range !== null) ranges.push(LATE_START.test(match[0]) ? { ...range, lateStart: true } : range);
  }
  return ranges;
}

/**
 * Of ranges in order, the first one, unless a later one lies within it — the
 * plan's own phase of a longer programme (`Chương trình … giai đoạn 2021 -
 * 2030 … giai đoạn I: cuối năm 2022 - 2025`): then the narrowest such phase.
 */
function planRange<T extends PlanPeriod>(ranges: readonly T[]): T | null {
  if (ranges.length === 0) return null;
  const first = ranges[0];
  let phase: T | null = null;
  for (const range of ranges.slice(1)) {
    const within = range.start >= first.start && range.end <= first.end && (range.start !== first.start || range.end !== first.end);
    if (within && (phase === null || range.end - range.start < phase.end - phase.start)) phase = range;
  }
  return phase ?? first;
}

/** Words before `năm 2022` giving the year the plan was issued or approved in (`(ban hành năm 2022)`, `phê duyệt năm 2022`), not its one year. */
const ISSUED = String.raw`\b(?:ban hanh|phe duyet|duyet|thong qua)\s+(?:(?:vao|trong|tu)\s+)?nam\s+`;

function issuedIn(folded: string, year: number): boolean {
  return new RegExp(`${ISSUED}${year}\\b`).test(folded);
}

/**
 * A plan for one year of a longer period (`Dự án 8 … giai đoạn 2021 - 2030, năm 2024`, `… giai đoạn 2021 - 2025 trên
 * địa bàn huyện năm 2023`, `giai đoạn 2026 - 2030 (năm 2026)`) names that year alone, within the range: its period is
 * that year. Not a range's own ends (`từ năm 2021 đến năm 2025`, `cuối năm 2022 - 2025`), a date's or a decision's
 * year (`yearsInTitle`), nor an end to reach (`đến hết năm 2025`), nor the year it was issued in (`(ban hành năm 2022)`); two such years leave the range as it is.
 */
function yearOfPeriod(folded: string, range: PlanPeriod): PlanPeriod {
  if (range.end <= range.start) return range;
  const years = new Set(yearsInTitle(folded).filter((year) => year >= range.start && year <= range.end && !new RegExp(`\\b(?:het|cuoi|dau|giua)\\s+nam\\s+${year}\\b`).test(folded) && !issuedIn(folded, year)));
  if (years.size !== 1) return range;
  const [year] = years;
  return { start: year, end: year };
}

/** The period a text states with `giai đoạn …` or (unless `rangeOnly`) `năm …`, or null. */
export function periodInText(text: string, rangeOnly = false): PlanPeriod | null {
  const folded = foldText(text);
  const staged = planRange(stagedRanges(folded));
  if (staged) return yearOfPeriod(folded, staged);
  if (rangeOnly) return null;
  const years = YEAR_RANGE.exec(folded);
  if (years) {
    const period = checked(Number(years[1]), Number(years[2]));
    return period !== null && LATE_START.test(folded) ? { ...period, lateStart: true } : period;
  }
  // A range was read above. A single `năm 2024` as a title names it: not the `năm` of a date
  // (`ngày 03 tháng 10 năm 2022`) nor an end without a start (`đến năm 2025`).
  const [one] = yearsInTitle(folded);
  if (one !== undefined) return checked(one, one);
  return null;
}

/** `2022-2025`, `2022 - 2025`, `2024`: the form of `--period` and of a `Giai đoạn` cell's neighbour. */
export function parsePeriodRange(text: string): PlanPeriod | null {
  const folded = foldText(text);
  const range = BARE_RANGE.exec(folded);
  if (range) {
    const period = checked(Number(range[1]), Number(range[2]));
    return period !== null && LATE_START.test(folded) ? { ...period, lateStart: true } : period;
  }
  const one = BARE_YEAR.exec(folded);
  if (one) return checked(Number(one[1]), Number(one[1]));
  // `giai đoạn 2022-2025` written out in full.
  return planRange(stagedRanges(folded));
}

/** A `giai đoạn` anywhere in the searched cells wins over a `năm` in an earlier cell. */
function fromSheet(sheet: SheetData): FoundPlanPeriod | null {
  return scanSheet(sheet, true) ?? scanSheet(sheet, false);
}

function scanSheet(sheet: SheetData, rangeOnly: boolean): FoundPlanPeriod | null {
  const rows = Math.min(sheet.values.length, SEARCHED_ROWS);
  // `giai đoạn` ranges from the first one's row to PHASE_ROWS below it: a title block wrapped over rows.
  const staged: FoundPlanPeriod[] = [];
  let firstRow = -1;
  for (let row = 0; row < rows; row++) {
    if (firstRow >= 0 && row > firstRow + PHASE_ROWS) break;
    for (let col = 0; col < SEARCHED_COLS; col++) {
      const value = cellValue(sheet, row, col);
      if (typeof value !== "string") continue;
      const folded = foldText(value).replace(/[:.]\s*$/, "");
      if (folded === "giai doan" || folded === "thoi gian thuc hien") {
        if (firstRow >= 0) continue;
        for (let next = col + 1; next < col + 4; next++) {
          const beside = cellValue(sheet, row, next);
          const period = beside === null ? null : parsePeriodRange(String(beside));
          if (period) return { ...period, source: { sheet: sheet.name, cell: a1(row, next), note: "cell" } };
        }
        continue;
      }
      const source = { sheet: sheet.name, cell: a1(row, col), note: "cell" } as const;
      if (rangeOnly) {
        const ranges = stagedRanges(folded);
        if (ranges.length > 0 && firstRow < 0) firstRow = row;
        for (const range of ranges) staged.push({ ...yearOfPeriod(folded, range), source });
        continue;
      }
      // `Năm 2022` beside `Năm 2023` in the plan table's header: a column of one year's targets, not the plan's period.
      if (yearHeaderRow(sheet, row, col)) continue;
      const period = periodInText(value);
      if (period) return { ...period, source };
    }
  }
  return planRange(staged);
}

/** True when the cell is a year column's header (`Năm 2022`, `KH 2023`) with another such header in its row. */
function yearHeaderRow(sheet: SheetData, row: number, col: number): boolean {
  const isYearHeader = (c: number) => {
    const value = cellValue(sheet, row, c);
    return (typeof value === "string" || typeof value === "number") && yearOfHeader(wordKey(String(value))) !== null;
  };
  if (!isYearHeader(col)) return false;
  for (let other = 0; other < SEARCHED_COLS; other++) if (other !== col && isYearHeader(other)) return true;
  return false;
}

/** The first to the last year the plan splits its targets over, or null when it splits none. */
function yearsOfTargets(plan: Plan): PlanPeriod | null {
  let start = Infinity;
  let end = -Infinity;
  for (const line of plan.lines) {
    for (const key of Object.keys(line.yearTargets ?? {})) {
      const year = Number(key);
      if (!Number.isInteger(year)) continue;
      start = Math.min(start, year);
      end = Math.max(end, year);
    }
  }
  return start === Infinity ? null : checked(start, end);
}

export function findPlanPeriod(plan: Plan, planSheet: SheetData | null, option?: string): FoundPlanPeriod | null {
  if (option !== undefined && option.trim() !== "") {
    const period = parsePeriodRange(option);
    if (period === null) {
      throw new InputError(
        "bad-plan",
        localized(
          `--period "${option}": hãy ghi giai đoạn của kế hoạch dạng 2022-2025 (hoặc một năm, như 2024).`,
          `--period "${option}": give the plan's period as 2022-2025 (or one year, such as 2024).`,
        ),
      );
    }
    return { ...period, source: { sheet: null, cell: null, note: "option" } };
  }
  const found = planSheet !== null ? fromSheet(planSheet) : null;
  if (found) return found;
  const title = plan.title === undefined ? null : periodInText(plan.title);
  if (title) return { ...title, source: { sheet: null, cell: null, note: "title" } };
  const years = yearsOfTargets(plan);
  return years ? { ...years, source: { sheet: plan.sheet ?? null, cell: null, note: "year-columns" } } : null;
}
