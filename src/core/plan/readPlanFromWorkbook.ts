/**
 * The plan as a table on the `Kế hoạch` / `Plan` sheet (CONTRACT §1), with its
 * areas in a second table on the same sheet or on a sheet `Địa bàn` / `Areas`.
 */
import { a1, sheetInText } from "../model/address";
import type { Plan, PlanArea, PlanLine } from "../model/plan";
import type { WorkbookData } from "../model/workbook";
import type { LocalizedText } from "../model/text";
import { sheetGrid, shownText, type Grid } from "../layout/grid";
import { planError } from "./planErrors";
import { findAreas } from "./planAreas";
import { adjustedTargetDoubts } from "./adjustedTarget";
import { readPlanIdentity } from "./planIdentity";
import { findPlanHeader, headerList, planHeaderAt, PLAN_HEADER_SCAN, REQUIRED_ROLES, type PlanHeader, type PlanRole } from "./planHeader";
import { yearColumnLetters } from "./yearColumns";
import { besideTableColumn, gridWindow, missingRoles, tableBelow } from "./planTables";
import { splitByArea } from "./headerUnit";
import { planAreaCounts, sizeByPlanAreas } from "./perAreaTargets";
import { wholeWhereAreasCount } from "./wholeByAreaCount";
import { standing } from "../rules/compare";
import { findAreaSheet } from "../sheets/sheetNames";
import { findPlanSheet, planLikeSheets, planTableSheets } from "./planSheet";
import { planSheetAdvice, withWrongSheetAdvice } from "./notAPlan";
import { totalRowDoubts } from "./totalRows";
import { isEmptyGrid } from "./planCells";
import { mergeTables, readTable, type TableReading } from "./planTable";
import { otherTableDoubt } from "./repeatedHeader";
import { repeatedCodesDoubt, repeatsCodes, uniqueCodes } from "./planSections";
import { planParentCode } from "./moneyLine";

export { defaultRule } from "./defaultRule";

const ROLE_NAMES_EN: Record<PlanRole, string> = {
  code: "code",
  name: "name",
  unit: "unit",
  target: "target",
  rule: "rule",
  quota: "quota",
};

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

function checkHasLines(grid: Grid, header: PlanHeader, lines: readonly PlanLine[]): void {
  if (lines.length === 0) {
    throw planError(
      "no-plan",
      `Trang ${sheetInText(grid.name)}: bảng kế hoạch (tiêu đề ở dòng ${header.row + 1}) không có chỉ tiêu nào có số kế hoạch.`,
      `Sheet ${sheetInText(grid.name)}: the plan table (header in row ${header.row + 1}) has no line with a target.`,
    );
  }
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
