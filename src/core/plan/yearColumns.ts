/**
 * A plan's targets split over its years: columns headed `Năm 2022`, `Năm
 * 2023` … (often under a merged `Chia ra các năm` or beside `Kế hoạch giai
 * đoạn 2022 - 2025`), in the header rows or the row just under them. An
 * allocation made for one year is checked against that year's column
 * (`planForYear.ts`).
 */
import { columnLetters, sheetInText } from "../model/address";
import type { LocalizedText } from "../model/text";
import { isBlankOnRow, shownText, type Grid } from "../layout/grid";
import { yearOfHeader } from "../text/years";
import { headerKey, targetSplitRow, type PlanHeader } from "./planHeader";
import { namesTarget, targetColumnYear } from "./yearTargets";

/**
 * Year → sheet column of its targets. A year headed twice (under two groups)
 * is left out: which one holds it is unknown. Where the target header splits
 * into years (`Kế hoạch` over `Năm 2026 | Năm 2027`), a title over the split
 * (`Năm 2025` over `Kế hoạch`) is no year column, nor is a year beside the
 * target (`Năm 2025 | Kế hoạch …`: last year's figure), nor a bare year beside
 * a target headed with its own year (`Năm 2025 | Kế hoạch năm 2026`).
 */
export function findYearColumns(grid: Grid, header: PlanHeader): Map<number, number> {
  const split = targetSplitRow(grid, header);
  const inSplit = (col: number): boolean => split !== null && col >= split.left && col <= split.right;
  // The first target kept beside the adjusted one is no year's: a `Năm 2025` over `Ban đầu | Điều chỉnh` titles both.
  const roleCols = new Set([...Object.values(header.columns), ...(header.firstTarget !== undefined ? [header.firstTarget] : [])]);
  const { code, name } = header.columns;
  const blank = (row: number, col: number | undefined): boolean => isBlankOnRow(grid, row, col);
  const last = Math.min(grid.rowCount - 1, blank(header.bottom + 1, code) && blank(header.bottom + 1, name) ? header.bottom + 1 : header.bottom);
  const found = new Map<number, number>();
  const repeated = new Set<number>();
  for (let row = header.row; row <= last; row++) {
    for (let col = 0; col < grid.colCount; col++) {
      if (roleCols.has(col) || (split !== null && row < split.row && inSplit(col))) continue;
      const merge = grid.mergeAt(row, col);
      if (merge && (merge.top !== row || merge.left !== col)) continue;
      const year = yearOfHeader(headerKey(shownText(grid, row, col)));
      if (year === null) continue;
      if (found.has(year) && found.get(year) !== col) repeated.add(year);
      else found.set(year, col);
    }
  }
  for (const year of repeated) found.delete(year);
  // A target headed with its year (`Kế hoạch năm 2026`): a bare year beside it (`Năm 2025`) is last year's figure.
  const target = header.columns.target;
  if (target !== undefined && targetColumnYear(grid, header) !== null && namesTarget(grid, header, target)) {
    for (const [year, col] of found) if (!namesTarget(grid, header, col)) found.delete(year);
  }
  if (split !== null && (targetColumnYear(grid, header) !== null || [...found.values()].some(inSplit))) {
    for (const [year, col] of found) if (!inSplit(col)) found.delete(year);
  }
  return found;
}

/** The column letters of the year columns, for the reading (`{ 2024: "G" }`). */
export function yearColumnLetters(columns: ReadonlyMap<number, number>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [year, col] of columns) out[String(year)] = columnLetters(col);
  return out;
}

/**
 * No column gives the whole period's target (`Năm 2026 | … | Năm 2030`, or
 * `Kế hoạch năm 2022 | … | Kế hoạch năm 2025` alone): each line's target is
 * the sum of its years. Said, naming the year columns, since a plan whose
 * period target is another figure reads otherwise.
 */
export function yearsSumDoubt(grid: Grid, header: PlanHeader, columns: ReadonlyMap<number, number>): LocalizedText {
  const last = Math.min(grid.rowCount - 1, header.bottom + 1);
  const named = [...columns].sort((a, b) => a[0] - b[0]).map(([year, col]) => {
    let text = String(year);
    for (let row = header.row; row <= last; row++) {
      const shown = shownText(grid, row, col);
      if (yearOfHeader(headerKey(shown)) === year) {
        text = shown.trim();
        break;
      }
    }
    return `${columnLetters(col)} "${text}"`;
  });
  const list = named.join(", ");
  const sheet = sheetInText(grid.name);
  return {
    vi: `Trang ${sheet}, dòng tiêu đề ${header.row + 1}: không có cột kế hoạch cả giai đoạn (Tổng số, Kế hoạch giai đoạn); kế hoạch của mỗi chỉ tiêu được lấy bằng tổng các cột năm ${list}. Nếu kế hoạch cả giai đoạn khác tổng đó, hãy thêm cột "Tổng số".`,
    en: `Sheet ${sheet}, header row ${header.row + 1}: no column gives the whole period's target (Tổng số, Kế hoạch giai đoạn); each line's target is taken as the sum of the year columns ${list}. If the period's target is another figure, add a "Tổng số" column.`,
  };
}
