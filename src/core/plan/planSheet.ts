/**
 * The plan sheet: a user-given name wins; then the sheet named `Kế hoạch` or
 * `Plan` (CONTRACT §1); then, when none is, the one sheet named like a plan
 * — its abbreviation `KH`, `Chỉ tiêu`, or with more words (`Kế hoạch năm
 * 2024`, `KH 2024`, `Kế hoạch 257`, `Plan 2025`, `Chỉ tiêu 2024`) — that
 * holds a plan table (a header naming code, name, unit and target). A sheet
 * named for the allocation (`Kế hoạch phân bổ`, `Chỉ tiêu giao`, `Chỉ tiêu
 * chia`) is never taken for the plan; `KH giao 2025`, the plan handed down,
 * is.
 */
import type { WorkbookData } from "../model/workbook";
import { sheetGrid } from "../layout/grid";
import { findPlanSheet as namedPlanSheet, sheetKey } from "../sheets/sheetNames";
import { findPlanHeader } from "./planHeader";
import { missingRoles } from "./planTables";
import { isResultsSheet } from "../progress/resultsSheets";

/** `kh`, `chi tieu`, and `ke hoach …`, `kh …`, `plan …`, `chi tieu …` with more words, not the allocation's own name. */
const PLAN_LIKE_NAME = /^(?:kh|chi tieu|(?:ke hoach|kh|plan)\s+(?!(?:phan bo|pb|chi tiet phan bo)\b)\S.*|chi tieu\s+(?!(?:phan bo|pb|chi tiet phan bo|giao|chia|theo)\b)\S.*)$/;

/** Whether sheet `name` holds a plan table: a header naming code, name, unit and target (the unit in the target header or a money note over the table will do, as when the plan is read). */
export function holdsPlanTable(workbook: WorkbookData, name: string): boolean {
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (sheet === undefined) return false;
  const grid = sheetGrid(sheet);
  const header = findPlanHeader(grid);
  return header !== null && missingRoles(grid, header).length === 0;
}

/** Sheets named like a plan with more words that hold a plan table, in workbook order. */
export function planLikeSheets(workbook: WorkbookData): string[] {
  return workbook.sheets.filter((s) => PLAN_LIKE_NAME.test(sheetKey(s.name)) && holdsPlanTable(workbook, s.name)).map((s) => s.name);
}

/**
 * Sheets of any name holding a plan table (`Sheet2`): named to the user when
 * no plan sheet is found, never taken by themselves. A results sheet (`Tiến
 * độ`, `Thực hiện 2023`, CONTRACT §7) copies the plan's columns beside what
 * was achieved: it is never named as the plan.
 */
export function planTableSheets(workbook: WorkbookData): string[] {
  return workbook.sheets.filter((s) => !isResultsSheet(s.name) && holdsPlanTable(workbook, s.name)).map((s) => s.name);
}

export function findPlanSheet(workbook: WorkbookData, preferred?: string): string | null {
  const named = namedPlanSheet(workbook, preferred);
  if (named !== null || (preferred !== undefined && preferred.trim() !== "")) return named;
  const likely = planLikeSheets(workbook);
  return likely.length === 1 ? likely[0] : null;
}
