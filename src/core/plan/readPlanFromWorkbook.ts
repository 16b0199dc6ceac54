/**
 * The plan as a table on the `Kế hoạch` / `Plan` sheet (CONTRACT §1), with its
 * areas in a second table on the same sheet or on a sheet `Địa bàn` / `Areas`.
 */
import { a1, sheetInText } from "../model/address";
import type { Comparison, Plan, PlanArea, PlanLine } from "../model/plan";
import type { WorkbookData } from "../model/workbook";
import { cellText, sheetGrid, shownText, type Grid } from "../layout/grid";
import { isNumberingText } from "../layout/cells";
import { findUnitNote, readNote } from "../layout/unitNote";
import { isRomanNumeral, isTotalLabel } from "../layout/labels";
import { isTrailerText } from "../layout/trailer";
import { findUnitInText, moneyUnitName, parseUnit, type UnitInfo } from "../text/units";
import { isPercentFormat, percentPoints } from "../cells/numberFormat";
import { cellRef, planError } from "./planErrors";
import { findAreas, areaHeaderInRow } from "./planAreas";
import { findParentCode } from "./planCodes";
import { codeAsShown } from "./codeCell";
import { quotaWithoutTarget } from "./lineRefusals";
import { UnitDoubts, type StatedUnit } from "./unitDoubts";
import type { LocalizedText } from "../model/text";
import { adjustedTargetDoubts } from "./adjustedTarget";
import { readPlanIdentity } from "./planIdentity";
import {
  findPlanHeader,
  headerKey,
  headerList,
  matchPlanHeader,
  planHeaderAt,
  PLAN_HEADER_SCAN,
  rolesInRow,
  unclearTargetSplit,
  REQUIRED_ROLES,
  type PlanHeader,
  type PlanRole,
} from "./planHeader";
import { findYearColumns, yearColumnLetters, yearsSumDoubt } from "./yearColumns";
import { besideTableColumn, gridWindow, missingRoles, tableBelow } from "./planTables";
import { moneyHeaderUnit, targetHeaderUnit, splitByArea, unitInParens } from "./headerUnit";
import { yearOfHeader } from "../text/years";
import { wordKey } from "../text/fold";
import { perAreaOf, perAreaUnit, readAmount, readCode, readQuota, readRule, type PerAreaUnit } from "./planValues";
import { perAreaUnitDoubt } from "./perAreaTargets";
import { wholeUnderPerAreaHeader, type HeaderDisagreement } from "./headerPerArea";
import { planAreaCounts, sizeByPlanAreas } from "./perAreaTargets";
import { wholeWhereAreasCount } from "./wholeByAreaCount";
import { standing } from "../rules/compare";
import { findAreaSheet } from "../sheets/sheetNames";
import { findPlanSheet, planLikeSheets, planTableSheets } from "./planSheet";
import { planSheetAdvice, withWrongSheetAdvice } from "./notAPlan";
import { TOTAL_NAME, totalRowDoubts, type TotalRow } from "./totalRows";
import { dashedTargetDoubt, isDash } from "./dashedTargets";

const ROLE_NAMES_EN: Record<PlanRole, string> = {
  code: "code",
  name: "name",
  unit: "unit",
  target: "target",
  rule: "rule",
  quota: "quota",
};

export function defaultRule(kind: PlanLine["kind"]): Comparison {
  return kind === "percent" ? ">=" : "<=";
}

/** Reads the plan from its sheet (`planSheetName`, else `Kế hoạch` / `Plan`). */
export function readPlanFromWorkbook(workbook: WorkbookData, planSheetName?: string): Plan {
  const name = findPlanSheet(workbook, planSheetName);
  if (name === null) {
    const names = workbook.sheets.map((s) => sheetInText(s.name)).join(", ");
    const likely = planLikeSheets(workbook);
    const tables = likely.length > 1 ? likely : planTableSheets(workbook);
    const quoted = tables.map((s) => sheetInText(s)).join(", ");
    throw planError(
      "no-plan",
      `Không tìm thấy trang kế hoạch: cần một trang tên "Kế hoạch" hoặc "Plan" (các trang: ${names}).` +
        (tables.length > 1 ? ` Các trang ${quoted} đều có bảng kế hoạch: hãy chọn một trang làm kế hoạch.` : "") +
        (tables.length === 1 ? ` Trang ${quoted} có bảng kế hoạch: đổi tên trang thành "Kế hoạch" hoặc chọn nó làm kế hoạch.` : "") +
        (tables.length === 0 ? ` Hãy thêm trang "Kế hoạch" với các cột Mã, Chỉ tiêu, Đơn vị tính, Kế hoạch, hoặc lấy kế hoạch từ một tệp khác.` : ""),
      `No plan sheet found: expected a sheet named "Kế hoạch" or "Plan" (sheets: ${names}).` +
        (tables.length > 1 ? ` The sheets ${quoted} all hold a plan table: choose one as the plan.` : "") +
        (tables.length === 1 ? ` The sheet ${quoted} holds a plan table: rename it "Kế hoạch" or choose it as the plan.` : "") +
        (tables.length === 0 ? ` Add a sheet "Kế hoạch" with the columns Mã, Chỉ tiêu, Đơn vị tính, Kế hoạch, or take the plan from another file.` : ""),
      tables.length === 1 ? `--plan-sheet ${quoted}` : tables.length > 1 ? "--plan-sheet" : "--plan",
    );
  }
  const sheet = workbook.sheets.find((s) => s.name === name)!;
  const grid = sheetGrid(sheet);
  const header = findPlanHeader(grid);
  if (header === null) {
    const wanted = REQUIRED_ROLES.map((r) => headerList(r)).join("; ");
    const last = Math.min(grid.rowCount, PLAN_HEADER_SCAN);
    if (isEmptyGrid(grid)) {
      throw planError(
        "no-plan",
        `Trang ${sheetInText(name)} trống: không có bảng kế hoạch (cần các cột: ${wanted}).`,
        `Sheet ${sheetInText(name)} is empty: no plan table (columns looked for: ${wanted}).`,
      );
    }
    const advice = planSheetAdvice(workbook, name, grid, null);
    throw planError(
      "no-plan",
      `Trang ${sheetInText(name)}: không thấy dòng tiêu đề của bảng kế hoạch ở các dòng 1–${last} (cần các cột: ${wanted}).${advice.vi}`,
      `Sheet ${sheetInText(name)}: no plan table header in rows 1–${last} (columns looked for: ${wanted}).${advice.en}`,
      advice.option,
    );
  }
  // No unit column: the unit in the target's header (`Kế hoạch (triệu đồng)`) or a money note over the table (`ĐVT: triệu đồng`) will do, as for any further table.
  // A second table beside the first (the budget right of the indicators): each read in its own columns.
  const besideCol = besideTableColumn(grid, header, -1);
  const firstGrid = besideCol === null ? grid : gridWindow(grid, 0, 0, besideCol - 1);
  // The first table's own columns: a note over the table beside (`ĐVT: triệu đồng` over the budget) is not its unit.
  const missing = missingRoles(firstGrid, header);
  if (missing.length > 0) {
    const wanted = missing.map((r) => `${ROLE_NAMES_EN[r]} (${headerList(r)})`).join("; ");
    const vi = missing.map((r) => headerList(r)).join("; ");
    const advice = planSheetAdvice(workbook, name, grid, header.row);
    const unitNote = missing.includes("unit") ? noUnitInTargetHeader(grid, header) : { vi: "", en: "" };
    throw planError(
      "bad-plan",
      `Trang ${sheetInText(name)}, dòng tiêu đề ${header.row + 1}: thiếu cột ${vi}.${unitNote.vi}${advice.vi}`,
      `Sheet ${sheetInText(name)}, header row ${header.row + 1}: missing column ${wanted}.${unitNote.en}${advice.en}`,
      advice.option,
    );
  }
  const first = readTable(firstGrid, header, null, true);
  let read: TableReading;
  try {
    read = first();
  } catch (error) {
    throw withWrongSheetAdvice(error, workbook, name, grid, header.row);
  }
  const tables: TableReading[] = [read];
  const doubts: LocalizedText[] = [];
  const readChain = (reading: TableReading, fromCol: number, toCol: number): void => {
    let last = reading;
    while (last.stop !== null) {
      // The rows between the tables seen too: a note over the table below (`ĐVT: triệu đồng`) gives its unit.
      const below = tableBelow(grid, last.stop.row, fromCol, toCol, last.lastRow + 1);
      // `STT | Nội dung | Kinh phí (triệu đồng)`: no unit column, the unit in the target's header (as for the first table).
      if (below.missing.length > 0) {
        doubts.push(otherTableDoubt(name, last.stop.row, below.missing.map((role) => headerList(role))));
        return;
      }
      const next = readTable(below.grid, below.header, last.stop.section, false)();
      if (next.unclear) {
        doubts.push(otherTableDoubt(name, last.stop.row, []));
        return;
      }
      tables.push(next);
      last = next;
    }
  };
  readChain(read, 0, besideCol === null ? grid.colCount - 1 : besideCol - 1);
  if (besideCol !== null) {
    const view = gridWindow(grid, 0, besideCol, grid.colCount - 1);
    const beside = readTable(view, planHeaderAt(view, header.row), null, false)();
    if (beside.unclear) doubts.push(otherTableDoubt(name, header.row, []));
    else {
      tables.push(beside);
      readChain(beside, besideCol, grid.colCount - 1);
    }
  }
  // A further table whose codes repeat the ones before it (no section to tell them apart) is not read, and that is said.
  const accepted: TableReading[] = [tables[0]];
  for (const table of tables.slice(1)) {
    const trial = mergeTables([...accepted, table]);
    if (repeatsCodes(trial.lines, trial.sections)) doubts.push(repeatedCodesDoubt(name, table.header.row));
    else accepted.push(table);
  }
  tables.splice(0, tables.length, ...accepted);
  const merged = mergeTables(tables);
  checkHasLines(grid, header, merged.lines);
  const lines = uniqueCodes(name, merged.lines, merged.sections);
  const { bulleted } = merged;
  doubts.unshift(...tables.flatMap((table) => [...adjustedTargetDoubts(table.grid, table.header), ...table.doubts]));
  const codes = new Set(lines.map((l) => l.code));
  const withParents = partialBreakdowns(
    lines.map((line) => {
      const parentCode = planParentCode(line.code, codes);
      return parentCode === undefined ? line : { ...line, parentCode };
    }),
    bulleted,
  );
  const identity = readPlanIdentity(grid, header.row);
  const areas = readPlanAreas(workbook, grid, tables);
  const sized = sizeByPlanAreas(withParents, areas);
  // Total rows the lines do not add up to: said, not refused — each line's own target is checked.
  const sizedCodes = new Set(sized.map((line) => line.code));
  doubts.push(...totalRowDoubts(name, merged.totals, sized, areas, (code) => planParentCode(code, sizedCodes)));
  const years = tables.find((table) => table.years.size > 0 && table.lines.some((line) => line.yearTargets !== undefined))?.years;
  // `tổ/xã` beside as many as the plan's communes: the whole, one each (plan/wholeByAreaCount.ts).
  return wholeWhereAreasCount({
    ...identity,
    lines: sized,
    areas,
    source: `sheet:${name}`,
    sheet: name,
    ...(years !== undefined ? { yearColumns: yearColumnLetters(years) } : {}),
    ...(doubts.length > 0 ? { doubts } : {}),
  }, { ...planAreaCounts(areas), from: "plan" });
}

/**
 * With no unit column, where the unit might have been written too: the target
 * header's cell, naming no unit. Empty without a target column, and for a
 * table split by area (no plan table: the advice says so).
 */
function noUnitInTargetHeader(grid: Grid, header: PlanHeader): LocalizedText {
  const col = header.columns.target;
  if (col === undefined || splitByArea(grid, header)) return { vi: "", en: "" };
  const cell = a1(header.row, col);
  const shown = shownText(grid, header.row, col);
  return {
    vi: ` Tiêu đề cột kế hoạch ở ô ${cell} "${shown}" cũng không ghi đơn vị: hãy thêm cột Đơn vị tính, ghi đơn vị trong tiêu đề (ví dụ "Kế hoạch (triệu đồng)"), hoặc ghi "ĐVT: triệu đồng" trên bảng.`,
    en: ` The target header ${cell} "${shown}" gives no unit either: add a unit column, write the unit in the header (e.g. "Kế hoạch (triệu đồng)"), or write "ĐVT: triệu đồng" over the table.`,
  };
}

/** `-KP` ending the code of a line's money given beside its count (`1-KP`). */
const MONEY_SUFFIX = "-KP";

/**
 * The parent of a plan line by its code (see `findParentCode`); the money
 * beside a sub-item's count (`1.1-KP`) is a part of its line's money
 * (`1-KP`), never of that line's count (`1`).
 */
function planParentCode(code: string, codes: ReadonlySet<string>): string | undefined {
  if (!code.endsWith(MONEY_SUFFIX)) return findParentCode(code, codes);
  const owner = findParentCode(code.slice(0, -MONEY_SUFFIX.length), codes);
  return owner !== undefined && codes.has(owner + MONEY_SUFFIX) ? owner + MONEY_SUFFIX : undefined;
}

/**
 * Bulleted sub-items that do not add up to their line (`Kinh phí 1.500 —
 * trong đó: - Ngân sách trung ương 1.000`) only say part of it: they stay
 * plan lines, but not its parts (no `budget-split` against it).
 */
function partialBreakdowns(lines: PlanLine[], bulleted: ReadonlySet<number>): PlanLine[] {
  if (bulleted.size === 0) return lines;
  const byCode = new Map(lines.map((line) => [line.code, line]));
  const sums = new Map<string, number>();
  for (const line of lines) if (line.parentCode !== undefined) sums.set(line.parentCode, (sums.get(line.parentCode) ?? 0) + line.target);
  return lines.map((line, i) => {
    if (!bulleted.has(i) || line.parentCode === undefined) return line;
    const parent = byCode.get(line.parentCode);
    if (parent !== undefined && standing(sums.get(line.parentCode) ?? 0, parent.target) === "equal") return line;
    const { parentCode: _, ...rest } = line;
    return rest;
  });
}

/** Years that follow one another (2026, 2027, 2028), in any order given. */
function isPeriod(years: readonly number[]): boolean {
  const sorted = [...years].sort((a, b) => a - b);
  return sorted.every((year, i) => i === 0 || year === sorted[i - 1] + 1);
}

/** True when a column's header names a target (`Kế hoạch năm 2023`, `KH 2023`), not a bare year (`Năm 2023`, last year's figure beside this year's plan). */
function namesTarget(grid: Grid, header: PlanHeader, col: number): boolean {
  for (let row = header.row; row <= header.bottom; row++) if (matchPlanHeader(shownText(grid, row, col))?.role === "target") return true;
  return false;
}

/** The year the target column's header names (`Kế hoạch năm 2022`), or null. */
function targetColumnYear(grid: Grid, header: PlanHeader): number | null {
  const col = header.columns.target;
  if (col === undefined) return null;
  for (let row = header.row; row <= header.bottom; row++) {
    const year = yearOfHeader(headerKey(shownText(grid, row, col)));
    if (year !== null) return year;
  }
  return null;
}

/** A row's targets over its year columns added up: the whole period's target when the plan gives no column for it. */
function sumOfYears(grid: Grid, row: number, years: ReadonlyMap<number, number>, unit: UnitInfo): ReturnType<typeof readAmount> & { where: string } {
  let value = 0;
  for (const col of years.values()) {
    const cell = grid.value(row, col);
    // A year's dash is none planned that year: 0.
    if (isBlankValue(cell) || isDash(cell)) continue;
    const read = readAmount(cell, unit, grid.numberFormat(row, col));
    if (!read.ok) return { ...read, where: a1(row, col) };
    value += read.value;
  }
  return { ok: true, value: Number(value.toPrecision(15)), where: a1(row, firstYearCell(grid, row, years) ?? 0) };
}

/** The first of the year cells of a row that holds a value, as the row's target cell; null when all are blank. */
function firstYearCell(grid: Grid, row: number, years: ReadonlyMap<number, number>): number | null {
  for (const col of years.values()) if (!isBlankValue(grid.value(row, col))) return col;
  return null;
}

/** `x`, `X`, `×` alone: a cell where no figure applies. */
function isCross(value: ReturnType<Grid["value"]>): boolean {
  return typeof value === "string" && /^[xX×]$/.test(value.trim());
}

function isBlankValue(value: ReturnType<Grid["value"]>): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** One plan table of the sheet, read. */
interface TableReading {
  readonly grid: Grid;
  readonly header: PlanHeader;
  readonly years: ReadonlyMap<number, number>;
  readonly lines: PlanLine[];
  /** Each line's section and code cell. */
  readonly sections: CodeCell[];
  readonly lastRow: number;
  readonly bulleted: ReadonlySet<number>;
  readonly doubts: LocalizedText[];
  readonly totals: readonly TotalRow[];
  /** The row where another table's header starts in other columns, and the section then open; null when none. */
  readonly stop: { readonly row: number; readonly section: string | null } | null;
  /** The target column splits with no total column (not read; the first table's is refused). */
  readonly unclear: boolean;
}

/**
 * A plan table under `header`: its year columns, then its lines (in a thunk,
 * so the caller may add advice to what it refuses). A target column split
 * with no total column is refused for the first table (`refuseUnclear`);
 * any other such table is left unread.
 */
function readTable(grid: Grid, header: PlanHeader, startSection: string | null, refuseUnclear: boolean): () => TableReading {
  const name = grid.name;
  const found = findYearColumns(grid, header);
  // `Kế hoạch năm 2022 | … | Kế hoạch năm 2025` with no column for the whole period: the target is the years' sum.
  const targetYear = targetColumnYear(grid, header);
  // So too `Năm 2026 | … | Năm 2030` with no target header at all: the years are the plan's.
  const bareYears = !namesTarget(grid, header, header.columns.target!) && targetYear !== null && found.size >= 2 && isPeriod([targetYear, ...found.keys()]);
  const wholeFromYears = targetYear !== null && found.size > 0 && !found.has(targetYear) && (bareYears || [...found.values()].every((col) => namesTarget(grid, header, col)));
  const years = wholeFromYears ? new Map([...found, [targetYear, header.columns.target!] as const].sort((a, b) => a[0] - b[0])) : found;
  const unclear = unclearTargetSplit(grid, header, new Set(years.values()));
  if (unclear !== null && !refuseUnclear) {
    return () => ({ grid, header, years, lines: [], sections: [], lastRow: header.bottom, bulleted: new Set(), doubts: [], totals: [], stop: null, unclear: true });
  }
  if (unclear !== null) {
    const cell = a1(header.row, header.columns.target!);
    const subs = unclear.map((sub) => `${a1(sub.row, sub.col)} "${sub.text}"`).join(", ");
    const top = shownText(grid, header.row, header.columns.target!);
    throw planError(
      "bad-plan",
      `${cellRef(name, cell)}: cột "${top}" chia thành các cột ${subs} mà không có cột tổng (Tổng số, Cộng): không rõ cột nào là số kế hoạch. Hãy thêm cột "Tổng số" dưới "${top}", hoặc để một cột kế hoạch.`,
      `${cellRef(name, cell)}: the column "${top}" splits into ${subs} with no total column (Tổng số, Cộng): which one holds the target is unclear. Add a "Tổng số" column under "${top}", or keep one target column.`,
    );
  }
  return () => {
    const read = readLines(grid, header, years, wholeFromYears, startSection);
    // The period's target taken as the years' sum: said, naming the year columns.
    const doubts = wholeFromYears ? [yearsSumDoubt(grid, header, years), ...read.doubts] : read.doubts;
    return { grid, header, years, ...read, doubts, unclear: false };
  };
}

/** The plan's tables as one list of lines: bullets and totals keep pointing at their own table's lines. */
function mergeTables(tables: readonly TableReading[]): { lines: PlanLine[]; sections: CodeCell[]; bulleted: ReadonlySet<number>; totals: TotalRow[] } {
  const lines: PlanLine[] = [];
  const sections: CodeCell[] = [];
  const bulleted = new Set<number>();
  const totals: TotalRow[] = [];
  for (const table of tables) {
    const offset = lines.length;
    for (const i of table.bulleted) bulleted.add(i + offset);
    const own = table.lines.map((_, i) => i + offset);
    // With several tables, a total adds up its own table's lines (or its section's).
    for (const total of table.totals) totals.push(total.lines !== undefined ? { ...total, lines: total.lines.map((i) => i + offset) } : tables.length > 1 ? { ...total, lines: own } : total);
    lines.push(...table.lines);
    sections.push(...table.sections);
  }
  return { lines, sections, bulleted, totals };
}

function readLines(
  grid: Grid,
  header: PlanHeader,
  years: ReadonlyMap<number, number>,
  wholeFromYears = false,
  startSection: string | null = null,
): Omit<TableReading, "grid" | "header" | "years" | "unclear"> {
  const cols = header.columns as Record<PlanRole, number | undefined>;
  const lines: PlanLine[] = [];
  /** The section (`I`, `II`, `A` …) each line sits in, and its code cell. */
  const sections: CodeCell[] = [];
  let section: string | null = startSection;
  let lastRow = header.bottom;
  const note = header.row > 0 ? findUnitNote(grid, header.row - 1) : null;
  const headerTargetUnit = targetHeaderUnit(grid, header, cols.target!);
  const targetUnit = headerTargetUnit ?? (note !== null ? { text: note.text } : null);
  // The unit the table states for its targets, and the lines whose own unit cell says another.
  const stated: StatedUnit | null = headerTargetUnit !== null ? { ...headerTargetUnit, where: "header" } : note !== null ? { text: note.text, cell: a1(note.row, note.col), where: "note" } : null;
  const unitDoubts = new UnitDoubts(grid.name);
  /** Lines whose unit cell (`tổ/xã`) makes the target a figure for each area. */
  const perAreaDoubts: LocalizedText[] = [];
  /** The last row repeating the header, and where a second table in other columns starts. */
  let repeatedHeader = -1;
  let stop: TableReading["stop"] = null;
  const bullets = new BulletCodes(grid, header);
  /** Indexes (in `lines`) of the lines numbered from a bullet. */
  const bulleted = new Set<number>();
  /** Uncoded `Tổng kinh phí` and `Tổng cộng` rows: said, not refused, when the lines do not add up to them. */
  const totals: TotalRow[] = [];
  /** Percent lines whose target is a number in a plain format (`0.85`). */
  const plainPercents: number[] = [];
  /** Lines whose target is a dash, read as 0. */
  const dashDoubts: LocalizedText[] = [];
  /** Figures on rows with no code that are no total: notes, not lines. */
  const noteDoubts: LocalizedText[] = [];
  /** Under a `Trong đó` of the last coded line. */
  let ofWhich = false;
  /** The last line's code that letters (`a`, `b`) number under, or null (none yet, or a section heading since). */
  let lettered: string | null = null;
  for (let row = header.bottom + 1; row < grid.rowCount; row++) {
    const text = (role: PlanRole): string => (cols[role] === undefined ? "" : shownText(grid, row, cols[role]!));
    const rawCode = cols.code === undefined ? null : grid.value(row, cols.code);
    const typed = cols.code === undefined ? readCode(rawCode) : codeAsShown(rawCode, grid.numberFormat(row, cols.code));
    // `a`, `b` under `2. Câu lạc bộ`: lettered sub-items of the numbered line above (`2.a`, `2.b`).
    const written = lettered !== null && LETTER_CODE.test(typed) ? `${lettered}.${typed}` : typed;
    if (typed !== "" && !LETTER_CODE.test(typed)) lettered = NUMBERED_CODE.test(typed) && !isRomanNumeral(typed) ? typed : null;
    const writtenName = text("name");
    // `Trong đó:` alone on its row (name or code cell): the uncoded lines after it are parts of the line above.
    const ofWhichHeading = headerKey(writtenName) === OF_WHICH || headerKey(text("code")) === OF_WHICH;
    // `- Ngân sách trung ương` under `3 | Kinh phí` (the mark in the code cell or before the name): a sub-item of the line above.
    const bullet = BULLETS.has(written) ? written : written === "" ? nameBullet(writtenName) : null;
    const mark = bullet ?? (ofWhich && written === "" && writtenName !== "" && !ofWhichHeading ? "-" : null);
    if (mark === null && written !== "" && !ofWhichHeading) {
      bullets.startAt(written);
      ofWhich = false;
    }
    if (ofWhichHeading || (bullet !== null && NAME_BULLET.exec(writtenName.normalize("NFC"))?.[1] === undefined)) ofWhich = true;
    const code = mark !== null ? mark : written;
    const name = mark !== null ? writtenName.normalize("NFC").replace(NAME_BULLET, "") : writtenName;
    const first = firstText(grid, row);
    if (first !== "" && isTrailerText(first)) {
      // `ĐVT: triệu đồng` on its own row: the note over a table below, not the sheet's end.
      if (readNote(first) !== null) continue;
      break;
    }
    // The areas' table below the lines (`STT | Huyện | Tên xã`), its header blank in the target column or heading it.
    const areaHeader = areaHeaderInRow(grid, row);
    if (areaHeader !== null && (!holdsFigure(grid.value(row, cols.target!)) || [areaHeader.district, areaHeader.commune, areaHeader.single].includes(cols.target))) break;
    // `(1) | (2) | (3) | (4)`, `A | B | C | D` under the header: the columns' numbers, no line.
    if ((row <= header.bottom + 2 || row <= repeatedHeader + 2) && isColumnNumbering(grid, row)) continue;
    // The header written again (a second table, a page's repeated header): read on under it when its columns are the same; else its lines are not read, and that is said.
    const again = repeatedHeaderAt(grid, row, header);
    if (again === "same") {
      repeatedHeader = row;
      continue;
    }
    if (again === "other") {
      stop = { row, section };
      break;
    }
    let targetCol = wholeFromYears ? (firstYearCell(grid, row, years) ?? cols.target!) : cols.target!;
    // `Kế hoạch | Kế hoạch điều chỉnh`: a line the adjustment leaves blank keeps its first target.
    if (!wholeFromYears && header.firstTarget !== undefined && isBlankValue(grid.value(row, targetCol))) targetCol = header.firstTarget;
    // `Số lượng | Kinh phí`: a line with money only (`Kinh phí quản lý | | 50`) gives its money target.
    const moneyCol = wholeFromYears ? undefined : header.moneyTarget;
    const moneyOnly = moneyCol !== undefined && isBlankValue(grid.value(row, targetCol)) && hasAmount(grid.value(row, moneyCol));
    if (moneyOnly) targetCol = moneyCol;
    const targetValue = grid.value(row, targetCol);
    // `I | Chỉ tiêu chung | - `: a dash in a section heading's target cell, no target.
    // `1 | Hoạt động truyền thông | (no unit) | x`: the mark forms put where no figure applies, over a heading's parts.
    // `1 | Hoạt động truyền thông | | -` over `1.1`, `1.2`: a dash over the line's parts, no target of its own (elsewhere a dash is a target of 0).
    const dashedHeading =
      (isDash(targetValue) && ((sectionCode(code, name) ?? sectionCode("", text("code"))) !== null || (cols.code !== undefined && headsParts(grid, row, cols.code, cols.name, code)))) ||
      (isCross(targetValue) && text("unit") === "");
    // `=Nguồn!A1` saved with no value (and none computed): the line's target is unknown, not absent.
    const uncomputed = targetValue === null ? grid.formula?.(row, targetCol) : undefined;
    if (uncomputed !== undefined) throw noFormulaValue(grid.name, a1(row, targetCol), uncomputed);
    // `| tổ | (blank) | 1 tổ/xã |`: a quota with no target is not a heading, and its target is not guessed.
    if (isBlankValue(targetValue) && !dashedHeading && cols.quota !== undefined && hasAmount(grid.value(row, cols.quota)) && (code !== "" || name !== "")) {
      throw quotaWithoutTarget(grid.name, a1(row, cols.quota), shownText(grid, row, cols.quota), a1(row, targetCol));
    }
    if (isBlankValue(targetValue) || dashedHeading) {
      // Blank row or heading (`I. Chỉ tiêu`): not a line, but it may number a section.
      const heading = sectionCode(code, name) ?? sectionCode("", text("code"));
      if (heading !== null) {
        section = heading;
        if (typed === "") lettered = null;
      }
      continue;
    }
    // A figure on a row with neither code nor name (`| | | 7`): a total when the row says so in another cell, else a note, said at its cell.
    if (code === "" && name === "" && !isTotalLabel(first)) {
      if (hasAmount(targetValue)) noteDoubts.push(uncodedFigure(grid.name, a1(row, targetCol), shownText(grid, row, targetCol), null));
      continue;
    }
    // The money column's unit, for a line given beside its count.
    // `Kinh phí (triệu đồng/xã)`: the money for each area.
    const moneyUnit = moneyCol === undefined ? null : (moneyHeaderUnit(grid, header, moneyCol) ?? (note !== null ? { text: note.text } : null));
    // `Định mức` beside `Số lượng | Kinh phí (triệu đồng/xã)` holds the counts' figure for each area, not the money's:
    // the money column's header makes its money for each area unless this row's quota cell gives the money's own (a line with money only).
    const quotaHere = cols.quota !== undefined && hasAmount(grid.value(row, cols.quota));
    const moneyByHeader = cols.quota === undefined || !(moneyOnly && quotaHere);
    // A total row's money is read in a unit for the whole only.
    const moneyTotalUnit = moneyUnit !== null && perAreaUnit(moneyUnit.text) === null ? moneyUnit : null;
    // A total row's unit: its own, else the column's (the money column's for money alone), else one in its name; null when none.
    const writtenTotalUnit = (label: string): { text: string; unit: UnitInfo } | null => {
      // `| | Tổng cộng | 20`: the total's name spilled into the unit cell is no unit.
      const ownUnit = isTotalLabel(text("unit")) ? "" : text("unit");
      const unitText = ownUnit !== "" ? ownUnit : moneyOnly && moneyTotalUnit !== null ? moneyTotalUnit.text : (targetUnit?.text ?? "");
      if (unitText !== "") return { text: unitText, unit: parseUnit(unitText) };
      const named = findUnitInText(label);
      return named === null ? null : { text: named.kind === "money" ? moneyUnitName(named.scale) : "", unit: named };
    };
    // `Tổng cộng | triệu đồng/xã | 30`, no quota column: a total in the unit before the slash, of the lines' figures for each area (or of their wholes).
    const totalUnit = (label: string): { text: string; unit: UnitInfo; perArea?: true } | null => {
      const written = writtenTotalUnit(label);
      const each = written === null ? null : perAreaUnit(written.text);
      if (each === null) return written;
      return { text: each.unit, unit: parseUnit(each.unit), ...(cols.quota === undefined ? { perArea: true as const } : {}) };
    };
    // A `Tổng cộng` row without a code (or with a section's letter, `A | TỔNG CỘNG`) adds up lines, perhaps of several units: it is no plan line.
    // So too a section's `Cộng B`, `Cộng mục II`.
    const label = name !== "" ? name : first;
    const sectionTotal = code === "" ? sectionOfTotal(label) : null;
    if (isTotalLabel(text("code")) || sectionTotal !== null || ((code === "" || (mark === null && sectionCode(code, "") !== null)) && isTotalLabel(label))) {
      // `Tổng cộng | triệu đồng | 750`, `Tổng cộng | CLB | 20`: the total of the lines in its unit, said when they do not add up to it.
      const unit = totalUnit(label);
      const read = readAmount(targetValue, unit?.unit ?? parseUnit(""), grid.numberFormat(row, targetCol));
      const within = sectionTotal ?? section;
      // Under `Số lượng` beside the money, a total with no unit counts.
      const kind = unit?.unit.kind ?? (moneyCol !== undefined && !moneyOnly ? "count" : null);
      if (read.ok) totals.push({ name: label, where: a1(row, targetCol), kind, value: read.value, unit: unit?.text ?? "", section: within, ...(unit?.perArea ? { perArea: true } : {}) });
      // `Tổng cộng | | 20 | 1.000` beside the counts: the total of the lines' money too.
      // Under `Kinh phí (triệu đồng/xã)` with no quota column, of the lines' money for each area (or of its wholes).
      const moneyValue = moneyCol === undefined || moneyOnly ? null : grid.value(row, moneyCol);
      const moneyEach = moneyUnit !== null ? perAreaUnit(moneyUnit.text) : null;
      const moneyTotal = moneyTotalUnit ?? (moneyEach?.kind === "money" ? { text: moneyEach.unit } : null);
      if (moneyValue !== null && hasAmount(moneyValue) && moneyTotal !== null && parseUnit(moneyTotal.text).kind === "money") {
        const money = readAmount(moneyValue, parseUnit(moneyTotal.text), grid.numberFormat(row, moneyCol!));
        if (money.ok) totals.push({ name: label, where: a1(row, moneyCol!), kind: "money", value: money.value, unit: moneyTotal.text, section: within, ...(moneyTotalUnit === null ? { perArea: true } : {}) });
      }
      continue;
    }
    lastRow = row;
    const where = a1(row, targetCol);
    // Numbered under the line above (3.1, 3.2 …) once it is known to be a line.
    // `- NSTW | | 400` under `1 | Thành lập tổ | 14 | 700`: a part of the line's money (`1-KP.1`), not of its count.
    const lineCode = mark !== null ? bullets.codeFor(mark, moneyOnly) : code;
    // `Tổng kinh phí` in the money column beside the counts, coded or not: the total of the lines' money, no line of its own.
    if ((lineCode === "" || moneyOnly) && TOTAL_NAME.test(headerKey(name))) {
      // `Tổng kinh phí` with no code: the total of the plan's lines in its unit, checked once they are all read.
      const unit = totalUnit(name);
      // `Tổng kinh phí | | -`: no total to check.
      if (isDash(targetValue)) continue;
      const read = readAmount(targetValue, unit?.unit ?? parseUnit(""), grid.numberFormat(row, targetCol));
      if (!read.ok) throw notANumber(grid.name, where, read.shown);
      totals.push({ name, where, kind: unit?.unit.kind ?? null, value: read.value, unit: unit?.text ?? "", section, ...(unit?.perArea ? { perArea: true } : {}) });
      continue;
    }
    // `| Dự phòng | | 50`: a figure under the target with no code and no unit of its own is a note to the plan, not a line: said, not refused.
    const unitWritten = cols.unit !== undefined ? text("unit") : (unitInParens(name) ?? "");
    if (lineCode === "" && mark === null && unitWritten === "" && hasAmount(targetValue)) {
      noteDoubts.push(uncodedFigure(grid.name, where, shownText(grid, row, targetCol), name));
      continue;
    }
    if (lineCode === "") {
      throw planError(
        "bad-plan",
        `${cellRef(grid.name, a1(row, cols.code!))}: chỉ tiêu "${name}" không có mã.`,
        `${cellRef(grid.name, a1(row, cols.code!))}: line "${name}" has no code.`,
      );
    }
    const codeCell = a1(row, cols.code!);
    // `II | Kinh phí | 500`: a section heading with its own total starts the section its lines are numbered in.
    const ownSection = sectionCode(lineCode, "");
    if (ownSection !== null) section = ownSection;
    // `1.1` typed as a number: a `1.10` may have lost its zero.
    const asNumber = mark === null && typeof rawCode === "number" && !Number.isInteger(rawCode);
    sections.push({ section: ownSection !== null ? null : section, cell: codeCell, asNumber });
    // No unit column: a unit in parentheses closing the name (`Số người được tập huấn (người)`) is the line's own.
    const ownUnit = cols.unit !== undefined ? text("unit") : (unitInParens(name) ?? "");
    const ownUnitCell = a1(row, cols.unit ?? cols.name!);
    // No unit on the line: one in its name, else the target column's (`Kế hoạch (triệu đồng)`), else a note over the table (`ĐVT: triệu đồng`).
    // `triệu đồng/xã` is money too, for each commune.
    const ownMoney = ownUnit !== "" && (parseUnit(ownUnit).kind === "money" || perAreaUnit(ownUnit)?.kind === "money");
    const writtenUnit =
      moneyOnly && !ownMoney && moneyUnit !== null
        ? moneyUnit.text
        : ownUnit !== "" || findUnitInText(name) !== null
          ? ownUnit
          : (targetUnit?.text ?? "");
    // `tổ/xã` in the unit cell, no quota column: the target is the figure for each commune, the unit `tổ`.
    // With a quota column, years or a target written per area, the target is read as written, in the unit before the slash (`triệu đồng/xã` beside a `Định mức` is money).
    const slashUnit = perAreaUnit(writtenUnit);
    // With no column for the whole period (its target the years' sum), the years are per area as the figure is.
    // Money alone under `Kinh phí (triệu đồng/xã)` is for each area as the money beside the counts is, a quota column or not (unless its quota cell is filled).
    const byMoneyColumn = moneyOnly && writtenUnit === moneyUnit?.text && moneyByHeader;
    const unitPerArea = (cols.quota !== undefined && !byMoneyColumn) || perAreaOf(targetValue) !== null ? null : slashUnit;
    const unitText = slashUnit?.unit ?? writtenUnit;
    // The cell the unit is written in: the line's own, or the money column's header (`Kinh phí (triệu đồng/xã)`) over money alone.
    // Or the target column's header (`Kế hoạch (tổ/xã)`) for a line with no unit of its own.
    const byMoneyHeader = moneyOnly && !ownMoney && moneyUnit !== null;
    const headerCell = !byMoneyHeader && ownUnit === "" && findUnitInText(name) === null ? headerTargetUnit?.cell : undefined;
    const unitCellOf = byMoneyHeader && "cell" in moneyUnit ? moneyUnit.cell : (headerCell ?? a1(row, cols.unit ?? targetCol));
    // `Kế hoạch (tỷ đồng)` or `ĐVT: triệu đồng` over a line in `đồng`: the line's own unit is read, and the disagreement said.
    const statedHere = stated !== null && (stated.where === "note" || targetCol === cols.target) ? stated : null;
    // `đồng/xã` under `Kế hoạch (triệu đồng)`: the unit before the slash is the line's own.
    if (statedHere !== null && ownUnit !== "" && (unitText === ownUnit || (slashUnit !== null && writtenUnit === ownUnit))) unitDoubts.add(statedHere, { text: unitText, cell: ownUnitCell }, lineCode);
    const unit: UnitInfo = unitText !== "" ? parseUnit(unitText) : (findUnitInText(name) ?? parseUnit(""));
    // `01 tổ/xã`: the figure for each area, the whole sized once the areas are known.
    const perArea = unitPerArea?.perArea ?? (wholeFromYears ? null : perAreaOf(targetValue));
    const norm =
      perArea === null
        ? null
        : unitPerArea === null
          ? readQuota(targetValue, unit, unitText, grid.numberFormat(row, targetCol))
          : wholeFromYears
            ? sumOfYears(grid, row, years, unit)
            : readAmount(targetValue, unit, grid.numberFormat(row, targetCol));
    const byUnit = unitPerArea !== null && norm !== null && norm.ok ? perAreaUnitDoubt(grid.name, where, unitCellOf, writtenUnit, unitPerArea) : null;
    if (byUnit !== null) perAreaDoubts.push(byUnit);
    // `2 | Hội thảo | cuộc | -`: none planned, a target of 0 (said below, once the rule is known).
    const dashed = wholeFromYears ? [...years.values()].filter((col) => isDash(grid.value(row, col))) : isDash(targetValue) ? [targetCol] : [];
    const target =
      (norm !== null && norm.ok) || (!wholeFromYears && isDash(targetValue))
        ? { ok: true as const, value: 0, where }
        : wholeFromYears
          ? sumOfYears(grid, row, years, unit)
          : { ...readAmount(targetValue, unit, grid.numberFormat(row, targetCol)), where };
    if (!target.ok) throw notANumber(grid.name, target.where, target.shown);
    if (target.value < 0) {
      throw planError(
        "bad-plan",
        `${cellRef(grid.name, where)}: kế hoạch âm (${cellText(targetValue)}).`,
        `${cellRef(grid.name, where)}: negative target (${cellText(targetValue)}).`,
      );
    }
    // A target written with its comparison (`≥ 85%`) gives the rule; a rule column still wins.
    let rule = (target.ok ? target.rule : undefined) ?? defaultRule(unit.kind);
    if (cols.rule !== undefined) {
      const read = readRule(grid.value(row, cols.rule));
      if (read === null) {
        const cell = a1(row, cols.rule);
        const shown = shownText(grid, row, cols.rule);
        throw planError(
          "bad-plan",
          `${cellRef(grid.name, cell)}: "${shown}" không phải là phép so sánh (<=, =, >=).`,
          `${cellRef(grid.name, cell)}: "${shown}" is not a rule (<=, =, >=).`,
        );
      }
      if (read !== undefined) rule = read;
    }
    let quota: number | undefined;
    // `-` in the quota column: no per-area figure for the line (as a blank), never a quota of 0 at every area.
    if (cols.quota !== undefined && grid.value(row, cols.quota) !== null && text("quota") !== "" && !isDash(grid.value(row, cols.quota))) {
      const read = readQuota(grid.value(row, cols.quota), unit, unitText, grid.numberFormat(row, cols.quota));
      if (!read.ok) throw notANumber(grid.name, a1(row, cols.quota), read.shown);
      quota = read.value;
    }
    if (quota === undefined && norm !== null && norm.ok) quota = norm.value;
    const yearTargets = readYearTargets(grid, row, years, unit);
    if (dashed.length > 0) {
      const cells = dashed.map((col) => a1(row, col));
      dashDoubts.push(dashedTargetDoubt(grid.name, cells, cellText(grid.value(row, dashed[0])).trim(), lineCode, target.value, rule));
    }
    if (mark !== null) bulleted.add(lines.length);
    if (unit.kind === "percent" && typeof targetValue === "number" && !isPercentFormat(grid.numberFormat(row, targetCol)) && !wholeFromYears) plainPercents.push(lines.length);
    // `tổ` in the line's unit cell under `Kế hoạch (tổ/xã)`: the line's own cell read (the whole), the header's per-area reading kept aside for the sheet to decide, and said.
    const headerPerArea = statedHere?.where === "header" && cols.quota === undefined && ownUnit !== "" && perArea === null && perAreaUnit(ownUnit) === null ? perAreaUnit(statedHere.text) : null;
    const disagreement: HeaderDisagreement | null =
      headerPerArea !== null && headerPerArea.kind === unit.kind && target.value > 0 && dashed.length === 0
        ? {
            sheet: grid.name,
            target: where,
            code: lineCode,
            figure: wholeFromYears ? String(Number((target.value / (unit.kind === "money" ? unit.scale : 1)).toPrecision(12))) : shownText(grid, row, targetCol),
            own: { text: ownUnit, cell: ownUnitCell },
            header: { text: statedHere!.text, cell: statedHere!.cell, read: headerPerArea },
          }
        : null;
    const readLine: PlanLine = {
      code: lineCode,
      name: name || lineCode,
      unit: unitText,
      kind: unit.kind,
      target: target.value,
      rule,
      ...(quota !== undefined ? { quota } : {}),
      ...(perArea !== null && norm !== null && norm.ok ? { perArea } : {}),
      ...(byUnit !== null ? { perAreaByUnit: byUnit } : {}),
      scale: unit.kind === "money" ? unit.scale : 1,
      source: { sheet: grid.name, cell: where },
      ...(yearTargets !== null ? { yearTargets } : {}),
    };
    if (disagreement === null) lines.push(readLine);
    else {
      const whole = wholeUnderPerAreaHeader(readLine, target.value, disagreement);
      perAreaDoubts.push(whole.said);
      lines.push(whole.line);
    }
    // `Thành lập tổ truyền thông | tổ | 14 | 700`: the line's money beside its count is a line of its own.
    if (moneyCol !== undefined && !moneyOnly && unit.kind !== "money" && moneyUnit !== null && hasAmount(grid.value(row, moneyCol))) {
      // `Kinh phí (triệu đồng/xã)` with no quota column: the money for each area, said as for a unit cell.
      // With a quota column too: its figure is the count's (`1 tổ/xã`), the money's for each area is the column's own.
      const perAreaMoney = perAreaUnit(moneyUnit.text);
      const money = moneyLine(grid, row, moneyCol, moneyUnit, lineCode, name || lineCode, perAreaMoney);
      if (money?.perAreaByUnit !== undefined) perAreaDoubts.push(money.perAreaByUnit);
      if (money !== null) {
        sections.push(sections[sections.length - 1]);
        if (mark !== null) bulleted.add(lines.length);
        lines.push(money);
        if (mark === null) bullets.moneyAt(money.code);
      }
    }
  }
  // A total within a section may add up that section's lines: their places in `lines`.
  const sectioned = totals.map((total) => (total.section === null ? total : { ...total, lines: sections.flatMap((cell, i) => (cell.section === total.section ? [i] : [])) }));
  return { lines: withPercentFractions(lines, plainPercents), sections, lastRow, bulleted, doubts: [...unitDoubts.list(), ...perAreaDoubts, ...dashDoubts, ...noteDoubts], totals: sectioned, stop };
}

/**
 * Percent targets typed as numbers in a plain format (`0.85` in a `%` row
 * for 85 %): when none is above 1 and one is below, they are fractions and
 * read as points (×100), their years' targets too. A plan that types one
 * percent target as points (`70`) types them all so: its `0.5` stays half a
 * point. (Text such as `85%` or `0,5` is read as written.)
 */
function withPercentFractions(lines: PlanLine[], plain: readonly number[]): PlanLine[] {
  if (plain.length === 0) return lines;
  if (plain.some((i) => lines[i].target > 1) || !plain.some((i) => lines[i].target < 1)) return lines;
  const out = lines.slice();
  for (const i of plain) {
    const line = lines[i];
    const years = line.yearTargets === undefined ? undefined : Object.fromEntries(Object.entries(line.yearTargets).map(([year, value]) => [year, value <= 1 ? percentPoints(value) : value]));
    out[i] = {
      ...line,
      target: percentPoints(line.target),
      ...(line.quota !== undefined && line.quota <= 1 ? { quota: percentPoints(line.quota) } : {}),
      ...(years !== undefined ? { yearTargets: years } : {}),
    };
  }
  return out;
}

/**
 * True when the coded row `row` heads parts: the next row that numbers
 * anything numbers it under `code` (`1.1` under `1`), or marks a sub-item
 * (`-`, `+`, `a`, or `- Ngân sách …` before the name).
 */
function headsParts(grid: Grid, row: number, codeCol: number, nameCol: number | undefined, code: string): boolean {
  if (code === "" || BULLETS.has(code)) return false;
  for (let next = row + 1; next < grid.rowCount; next++) {
    const below = readCode(grid.value(next, codeCol));
    if (below !== "") return below.startsWith(`${code}.`) || BULLETS.has(below) || (LETTER_CODE.test(below) && NUMBERED_CODE.test(code));
    const name = nameCol === undefined ? "" : shownText(grid, next, nameCol);
    if (name.trim() === "") continue;
    return nameBullet(name) !== null || headerKey(name) === OF_WHICH;
  }
  return false;
}

/**
 * What the reading says of a figure under the target on a row with no code
 * (and `name`, or none), taken as a note, not a plan line.
 */
function uncodedFigure(sheet: string, where: string, shown: string, name: string | null): LocalizedText {
  const at = cellRef(sheet, where);
  return name === null
    ? {
        vi: `${at}: số ${shown} ở dòng không có mã và không có tên: không đọc là chỉ tiêu. Nếu là chỉ tiêu, hãy ghi mã và tên; nếu là dòng tổng, hãy ghi "Tổng cộng".`,
        en: `${at}: the figure ${shown} is on a row with no code and no name: not read as a plan line. If it is a line, give it a code and a name; if it is a total, name it "Tổng cộng".`,
      }
    : {
        vi: `${at}: dòng "${name}" không có mã: số ${shown} được coi là ghi chú, không đọc là chỉ tiêu. Nếu là chỉ tiêu, hãy ghi mã cho dòng này.`,
        en: `${at}: the row "${name}" has no code: its figure ${shown} is taken as a note, not read as a plan line. If it is a line, give it a code.`,
      };
}

/** A value cell holding an amount: neither blank nor a dash. */
function hasAmount(value: ReturnType<Grid["value"]>): boolean {
  return !isBlankValue(value) && !isDash(value);
}

/**
 * The money target of a line given beside its count (`Số lượng | Kinh phí`):
 * a line of its own, coded `<code>-KP` and named `Kinh phí <name>`, so that
 * an allocation's `Kinh phí` column under the line's name matches it. Null
 * when the money column's unit is not money.
 */
function moneyLine(grid: Grid, row: number, col: number, written: { readonly text: string; readonly cell?: string }, code: string, name: string, perArea: PerAreaUnit | null): PlanLine | null {
  const each = perArea?.kind === "money" ? perArea : null;
  const unitText = each?.unit ?? written.text;
  const unit = parseUnit(unitText);
  if (unit.kind !== "money") return null;
  const where = a1(row, col);
  const read = readAmount(grid.value(row, col), unit, grid.numberFormat(row, col));
  if (!read.ok) throw notANumber(grid.name, where, read.shown);
  if (read.value < 0) return null;
  // The money for each area: the quota, the whole sized once the areas are known.
  const byArea =
    each === null ? {} : { target: 0, quota: read.value, perArea: each.perArea, perAreaByUnit: perAreaUnitDoubt(grid.name, where, written.cell ?? where, written.text, each) };
  return {
    code: `${code}${MONEY_SUFFIX}`,
    // `Thành lập …` → `Kinh phí thành lập …`; an abbreviation (`CLB …`) keeps its capitals.
    name: `Kinh phí ${/^.\p{Ll}/u.test(name) ? name.charAt(0).toLocaleLowerCase("vi") + name.slice(1) : name}`,
    unit: unitText,
    kind: "money",
    target: read.value,
    rule: read.rule ?? defaultRule("money"),
    scale: unit.scale,
    source: { sheet: grid.name, cell: where },
    ...byArea,
  };
}

/**
 * A row under the plan's header that writes a header again (code and name
 * headers, and a unit or target one): `same` when its code, name and target
 * sit in the header's columns (a page's repeated header, a second table of
 * the same shape), `other` when not (a second table in other columns), null
 * for any other row.
 */
function repeatedHeaderAt(grid: Grid, row: number, header: PlanHeader): "same" | "other" | null {
  const { code, name } = header.columns;
  if (code === undefined || name === undefined) return null;
  const codeRole = matchPlanHeader(shownText(grid, row, code))?.role;
  const again = rolesInRow(grid, row);
  // A header in other columns, the plan's code cell blank: a second table shifted over (`| STT | Nội dung | ĐVT | Kế hoạch`, or `| STT | Nguồn vốn | ĐVT | Kinh phí` with no name header).
  const shifted = isBlankValue(grid.value(row, code));
  const nameless = again.columns.name === undefined && shifted && again.columns.unit !== undefined && again.columns.target !== undefined;
  if (again.columns.code === undefined || (again.columns.name === undefined && !nameless) || (again.columns.unit === undefined && again.columns.target === undefined)) return null;
  if (codeRole !== "code" && again.columns.code !== code && !shifted) return null;
  const targets = new Set([header.columns.target, header.firstTarget, header.moneyTarget].filter((col) => col !== undefined));
  const target = again.columns.target;
  const same = again.columns.code === code && again.columns.name === name && (target === undefined || targets.has(target) || (again.firstTarget !== undefined && targets.has(again.firstTarget)));
  // `STT | Nội dung | Kinh phí (triệu đồng)` under `STT | Nội dung | Số lượng (tổ)`: the same columns headed otherwise start a table of their own (its own unit), not a page's repeated header.
  return same && !headedOtherwise(grid, row, header, again) ? "same" : "other";
}

/**
 * True when a header written again in the plan header's columns heads its
 * target column with other words or another unit (`Kinh phí` for `Kế
 * hoạch`, `Kinh phí (triệu đồng)` for `Số lượng (tổ)`), or has a unit column
 * the plan's header has not (or the other way round): a table of its own. A
 * page's repeated header copies the header (case and diacritics aside; `ĐVT`
 * for `Đơn vị tính` is the same column).
 */
function headedOtherwise(grid: Grid, row: number, header: PlanHeader, again: PlanHeader): boolean {
  if ((again.columns.unit === undefined) !== (header.columns.unit === undefined)) return true;
  const differs = (col: number | undefined): boolean => {
    if (col === undefined) return false;
    const first = wordKey(shownText(grid, header.row, col));
    const repeated = wordKey(shownText(grid, row, col));
    return first !== "" && repeated !== "" && first !== repeated;
  };
  return differs(again.columns.target);
}

/** A second table in other columns than the plan's, its lines not read: for want of the columns `missing` (their accepted headers) when it lacks some. */
function otherTableDoubt(sheet: string, row: number, missing: readonly string[]): LocalizedText {
  if (missing.length > 0) {
    const list = missing.join("; ");
    return {
      vi: `Trang ${sheetInText(sheet)}, dòng ${row + 1}: một bảng khác bắt đầu với tiêu đề cột khác bảng kế hoạch và không có cột ${list}; các dòng của nó không được đọc là chỉ tiêu của kế hoạch. Nếu đó là chỉ tiêu, hãy thêm cột đó hoặc đưa vào cùng một bảng (cùng các cột).`,
      en: `Sheet ${sheetInText(sheet)}, row ${row + 1}: another table starts, headed in other columns than the plan's and with no column ${list}; its rows were not read as plan lines. If they are, add that column or put them in the one table (the same columns).`,
    };
  }
  return {
    vi: `Trang ${sheetInText(sheet)}, dòng ${row + 1}: một bảng khác bắt đầu với tiêu đề cột khác bảng kế hoạch; các dòng từ đây trở xuống không được đọc là chỉ tiêu của kế hoạch. Nếu đó là chỉ tiêu, hãy đưa vào cùng một bảng (cùng các cột).`,
    en: `Sheet ${sheetInText(sheet)}, row ${row + 1}: another table starts, headed in other columns than the plan's; the rows from there down were not read as plan lines. If they are, put them in the one table (the same columns).`,
  };
}

/** `Cộng B`, `Cộng mục II`, `Tổng phần I` (folded): the total of a section of the plan. */
const SECTION_TOTAL = /^(?:tong cong|cong|tong)(?: (?:muc|phan|nhom))? ([ivxlc]+|[a-z])$/;

/** The section a `Cộng B` / `Cộng mục II` row adds up (`B`, `II`), or null for any other label. */
function sectionOfTotal(label: string): string | null {
  const match = SECTION_TOTAL.exec(headerKey(label));
  return match === null ? null : match[1].toUpperCase();
}

/** A cell that may hold a target: a number, or text with a digit (`1.250`, `01 tổ/xã`); not a header word (`Ghi chú`). */
function holdsFigure(value: ReturnType<Grid["value"]>): boolean {
  return typeof value === "number" || (typeof value === "string" && /\d/.test(value));
}

/**
 * The row of column numbers under a header (`(1) | (2) | (3) | (4)`, `1 | 2
 * | 3 | 4`, `A | B | C | D`, with `5=3+4` among them): at least three
 * numbers or single letters rising from left to right, and nothing else
 * (a line such as `2 | CLB | CLB | 30` has a word).
 */
function isColumnNumbering(grid: Grid, row: number): boolean {
  let last = 0;
  let count = 0;
  for (let col = 0; col < grid.colCount; col++) {
    const value = grid.value(row, col);
    if (isBlankValue(value)) continue;
    if (isNumberingText(value)) continue;
    const ordinal = columnOrdinal(value);
    if (ordinal === null || ordinal <= last) return false;
    last = ordinal;
    count++;
  }
  return count >= 3;
}

/** `3`, `(3)`, `C` → 3; null for anything else. */
function columnOrdinal(value: ReturnType<Grid["value"]>): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 && value < 100 ? value : null;
  if (typeof value !== "string") return null;
  const text = value.trim();
  const number = /^\(?(\d{1,2})\)?$/.exec(text);
  if (number !== null) return Number(number[1]);
  return /^[A-Z]$/.test(text) ? text.charCodeAt(0) - 64 : null;
}

/** A sub-item's letter code (`a`, `b`, `đ`), as `readCode` leaves it (`a)` → `a`). */
const LETTER_CODE = /^[a-zđ]$/;
/** A code letters may number under: `2`, `1.3`, `KP`, `KP.1`, `II.2` (not a section's `II` or `A`, nor a word). */
const NUMBERED_CODE = /^(?:[A-ZĐ]+\.)?\d+(?:\.\d+)*$|^[A-ZĐ]{2,}(?:\.\d+)*$/;

/** `Trong đó:` folded: the parts of the line above follow. */
const OF_WHICH = "trong do";

/** Marks of a sub-item written without a code: `- Ngân sách trung ương`, `+ Tập huấn`. */
const BULLETS: ReadonlySet<string> = new Set(["-", "+", "*", "•", "–"]);

/** A bullet before the name of a line with no code (`- Ngân sách trung ương`, `+ Tập huấn`), or `Trong đó:` (a `-`). */
const NAME_BULLET = /^\s*(?:([-+*•–])\s+|trong đó\s*[:,]?\s+)/iu;

function nameBullet(name: string): string | null {
  const match = NAME_BULLET.exec(name.normalize("NFC"));
  return match === null ? null : (match[1] ?? "-");
}

/**
 * Codes for bulleted sub-items: each `-` under a coded line is its next child
 * (`3.1`, `3.2` …), a `+` under a `-` the child of that one (`3.1.1`); a code
 * the sheet already uses is skipped. Empty before any coded line. Under a
 * count line whose money is a line of its own (`1` and `1-KP`), a bullet with
 * money only is a part of the money (`1-KP.1`).
 */
class BulletCodes {
  private readonly used = new Set<string>();
  /** The open bullets under the last coded line: their mark and code. */
  private stack: { mark: string; code: string }[] = [];
  private base = "";
  /** The money line (`1-KP`) of the last coded line, given beside its count, or "". */
  private money = "";
  private readonly counts = new Map<string, number>();

  constructor(grid: Grid, header: PlanHeader) {
    const col = header.columns.code;
    if (col === undefined) return;
    for (let row = header.bottom + 1; row < grid.rowCount; row++) this.used.add(readCode(grid.value(row, col)));
  }

  startAt(code: string): void {
    this.base = code;
    this.money = "";
    this.stack = [];
  }

  /** The last coded line's money is the line `code` of its own: bullets with money only number under it. */
  moneyAt(code: string): void {
    this.money = code;
  }

  /** The code of a bullet marked `mark`; `moneyOnly` when it gives money and no count. */
  codeFor(mark: string, moneyOnly = false): string {
    if (this.base === "") return "";
    const level = this.stack.findIndex((open) => open.mark === mark);
    if (level >= 0) this.stack = this.stack.slice(0, level);
    const top = moneyOnly && this.money !== "" ? this.money : this.base;
    const parent = this.stack.length > 0 ? this.stack[this.stack.length - 1].code : top;
    let n = this.counts.get(parent) ?? 0;
    let code: string;
    do code = `${parent}.${++n}`;
    while (this.used.has(code));
    this.counts.set(parent, n);
    this.used.add(code);
    this.stack.push({ mark, code });
    return code;
  }
}

/**
 * A line's targets in the plan's year columns, in base units; a blank or
 * unreadable year cell gives no figure for that year (the line keeps its
 * period target then). Null when no year has one.
 */
function readYearTargets(grid: Grid, row: number, years: ReadonlyMap<number, number>, unit: UnitInfo): Record<string, number> | null {
  let out: Record<string, number> | null = null;
  for (const [year, col] of years) {
    const value = grid.value(row, col);
    if (value === null || (typeof value === "string" && value.trim() === "")) continue;
    // `-`: none planned that year.
    const read = isDash(value) ? { ok: true as const, value: 0 } : readAmount(value, unit, grid.numberFormat(row, col));
    if (!read.ok || read.value < 0) continue;
    out ??= {};
    out[String(year)] = read.value;
  }
  return out;
}

/** `I`, `II`, `A`, `B` heading a section of the plan (in the code cell or before the name), or null. */
function sectionCode(code: string, name: string): string | null {
  if (isRomanNumeral(code) || /^[A-Z]$/.test(code)) return code;
  const match = /^\s*([IVXLC]+|[A-Z])\s*[.)/-]\s+\S/.exec(name);
  return match && (isRomanNumeral(match[1]) || /^[A-Z]$/.test(match[1])) ? match[1] : null;
}

/** A line's section (`I`, `II` …), its code cell, and whether the code there is a fractional number. */
interface CodeCell {
  readonly section: string | null;
  readonly cell: string;
  readonly asNumber?: boolean;
}

/** True when codes repeat even once qualified by their sections (`uniqueCodes` would refuse them). */
function repeatsCodes(lines: readonly PlanLine[], sections: readonly CodeCell[]): boolean {
  const plain = new Set(lines.map((line) => line.code));
  if (plain.size === lines.length) return false;
  return new Set(lines.map((line, i) => (sections[i].section !== null ? `${sections[i].section}.${line.code}` : line.code))).size !== lines.length;
}

/** A further plan table at `row` numbered like the one before it, with no section to tell them apart: not read. */
function repeatedCodesDoubt(sheet: string, row: number): LocalizedText {
  return {
    vi: `Trang ${sheetInText(sheet)}, dòng ${row + 1}: một bảng kế hoạch khác bắt đầu nhưng mã của nó trùng mã bảng trên (không có mục I, II để phân biệt); các dòng của nó không được đọc là chỉ tiêu của kế hoạch. Nếu đó là chỉ tiêu, hãy thêm dòng mục (ví dụ "II. Kinh phí") trên bảng hoặc đánh mã khác.`,
    en: `Sheet ${sheetInText(sheet)}, row ${row + 1}: another plan table starts, but its codes repeat the table's above (no section I, II tells them apart); its rows were not read as plan lines. If they are, add a section row (e.g. "II. Kinh phí") over it or give other codes.`,
  };
}

/**
 * Codes must be unique. Plans that number lines again in each section
 * (`I. Chỉ tiêu`: 1, 2 …; `II. Kinh phí`: 1, 2 …) get section-qualified codes
 * (`II.1`); any other repeat is an error naming both cells.
 */
function uniqueCodes(sheet: string, lines: PlanLine[], sections: readonly CodeCell[]): PlanLine[] {
  const firstDuplicate = (codes: readonly string[]): [number, number] | null => {
    const seen = new Map<string, number>();
    for (let i = 0; i < codes.length; i++) {
      const before = seen.get(codes[i]);
      if (before !== undefined) return [before, i];
      seen.set(codes[i], i);
    }
    return null;
  };
  const plain = lines.map((l) => l.code);
  const repeat = firstDuplicate(plain);
  if (repeat === null) return lines;
  const qualified = lines.map((l, i) => (sections[i].section !== null ? `${sections[i].section}.${l.code}` : l.code));
  if (firstDuplicate(qualified) === null) return lines.map((l, i) => ({ ...l, code: qualified[i] }));
  const [first, second] = repeat;
  const code = plain[second];
  const numbers = [first, second].filter((i) => sections[i].asNumber).map((i) => sections[i].cell);
  const advice =
    numbers.length === 0
      ? { vi: "", en: "" }
      : {
          vi: ` Mã ở ${numbers.join(", ")} được gõ dưới dạng số (số 0 cuối, như 1.10, bị mất); hãy gõ mã dưới dạng chữ (ví dụ '1.10).`,
          en: ` The code in ${numbers.join(", ")} is typed as a number (a trailing 0, as in 1.10, is lost); type the code as text (e.g. '1.10).`,
        };
  throw planError(
    "bad-plan",
    `${cellRef(sheet, sections[second].cell)}: mã "${code}" trùng với ô ${sections[first].cell}.${advice.vi}`,
    `${cellRef(sheet, sections[second].cell)}: code "${code}" repeats cell ${sections[first].cell}.${advice.en}`,
  );
}

function checkHasLines(grid: Grid, header: PlanHeader, lines: readonly PlanLine[]): void {
  if (lines.length === 0) {
    throw planError(
      "no-plan",
      `Trang ${sheetInText(grid.name)}: bảng kế hoạch (tiêu đề ở dòng ${header.row + 1}) không có chỉ tiêu nào có số kế hoạch.`,
      `Sheet ${sheetInText(grid.name)}: the plan table (header in row ${header.row + 1}) has no line with a target.`,
    );
  }
}

function noFormulaValue(sheet: string, cell: string, formula: string) {
  return planError(
    "bad-plan",
    `${cellRef(sheet, cell)}: số kế hoạch là công thức =${formula} chưa có giá trị đã tính, allocheck không tự tính được. Hãy mở tệp bằng Excel, lưu lại (để có giá trị), hoặc gõ số.`,
    `${cellRef(sheet, cell)}: the target is the formula =${formula} with no computed value, which allocheck cannot compute. Open the file in Excel and save it (so it keeps the value), or type the figure.`,
  );
}

function notANumber(sheet: string, cell: string, shown: string) {
  // An error value (`#N/A` of a lookup, `#REF!` of a deleted sheet) or a date (`dd/mm/yyyy` a date-formatted cell shows): said as such, with what to do.
  if (/^#[A-Z_/0]+[!?A-Z]$/i.test(shown)) {
    return planError(
      "bad-plan",
      `${cellRef(sheet, cell)}: ô có giá trị lỗi ${shown}, không phải số kế hoạch — hãy sửa công thức của ô hoặc gõ số.`,
      `${cellRef(sheet, cell)}: the cell holds the error ${shown}, not a target — fix the cell's formula or type the figure.`,
    );
  }
  if (/^\d{2}\/\d{2}\/\d{4}$|^\d{2}:\d{2}$/.test(shown)) {
    return planError(
      "bad-plan",
      `${cellRef(sheet, cell)}: ô hiện ngày giờ ${shown}, không phải số kế hoạch — hãy định dạng ô là Số (Number) rồi gõ lại số.`,
      `${cellRef(sheet, cell)}: the cell shows the date or time ${shown}, not a target — format the cell as Number and type the figure again.`,
    );
  }
  return planError(
    "bad-plan",
    `${cellRef(sheet, cell)}: "${shown}" không phải là số.`,
    `${cellRef(sheet, cell)}: "${shown}" is not a number.`,
  );
}

/** True when no cell of the sheet holds anything. */
function isEmptyGrid(grid: Grid): boolean {
  for (let row = 0; row < grid.rowCount; row++) for (let col = 0; col < grid.colCount; col++) if (!isBlankValue(grid.value(row, col))) return false;
  return true;
}

function firstText(grid: Grid, row: number): string {
  for (let col = 0; col < grid.colCount; col++) {
    const value = grid.value(row, col);
    if (typeof value === "string" && value.trim() !== "") return value;
    if (value !== null) return "";
  }
  return "";
}

function readPlanAreas(workbook: WorkbookData, grid: Grid, tables: readonly TableReading[]): PlanArea[] {
  const planCols = new Set(tables.flatMap((table) => Object.values(table.header.columns)));
  const planRows = new Set<number>();
  for (const { header, lastRow } of tables) for (let row = header.row; row <= lastRow; row++) planRows.add(row);
  const onSheet = findAreas(grid, tables[0].header.row, grid.rowCount - 1, { rows: planRows, cols: planCols });
  if (onSheet.length > 0) return onSheet;
  const areaSheetName = findAreaSheet(workbook);
  if (areaSheetName === null) return [];
  const areaSheet = workbook.sheets.find((s) => s.name === areaSheetName)!;
  const areaGrid = sheetGrid(areaSheet);
  return findAreas(areaGrid, 0, Math.min(areaGrid.rowCount, PLAN_HEADER_SCAN) - 1);
}
