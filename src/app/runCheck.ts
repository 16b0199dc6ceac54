/**
 * The check as the pane runs it: read the chosen sheets in one round trip,
 * run the engine, and remember the allocation sheet's fingerprint so that a
 * later write can tell whether the sheet changed in between.
 */
import type { WorkbookHost } from "./host";
import type { CheckOutcome, SheetSelection } from "./outcome";
import { isAreaSheetName } from "../core/sheets/sheetNames";
import { isResultsSheet } from "../core/progress/resultsSheets";

export const DEFAULT_WORKBOOK_NAME = "Workbook";

export async function hostWorkbookName(host: WorkbookHost): Promise<string> {
  if (host.workbookName === undefined) return DEFAULT_WORKBOOK_NAME;
  const name = await host.workbookName();
  return name.trim() === "" ? DEFAULT_WORKBOOK_NAME : name;
}

/**
 * The sheets to read: the chosen allocation and plan sheets and an areas
 * sheet (`Địa bàn` / `Areas`) and the results sheets (`Thực hiện 2023`,
 * `Tiến độ`, CONTRACT §7) if there are any; every visible sheet when a
 * choice is left to the engine. Undefined means "all visible".
 */
export async function sheetsToRead(
  host: WorkbookHost,
  selection: SheetSelection,
): Promise<readonly string[] | undefined> {
  if (selection.allocationSheet === null || selection.planSheet === null) return undefined;
  const names = [selection.allocationSheet, selection.planSheet];
  for (const sheet of await host.listSheets()) {
    if (isAreaSheetName(sheet.name) || isResultsSheet(sheet.name)) names.push(sheet.name);
  }
  return names.filter((name, i) => names.indexOf(name) === i);
}

export interface RunCheckOptions {
  /** Read the sheet even when no plan line is found on it (the reading view's column mapping: `readingRescue.ts`). */
  readonly allowNoPlanLine?: boolean;
}

export async function runCheck(host: WorkbookHost, selection: SheetSelection, options: RunCheckOptions = {}): Promise<CheckOutcome> {
  const names = await sheetsToRead(host, selection);
  const workbook = await host.readWorkbook(names);
  // After the read: the Office host hands out the name it loaded with the sheets (no extra round trip).
  const workbookName = await hostWorkbookName(host);
  // The user's corrections saved in the workbook: the add-in and the CLI read the sheet the same way.
  const saved = host.loadCorrections === undefined ? [] : (await host.loadCorrections()).sheets;
  // Loaded on the first check: the rules, progress and report are a chunk of their own, not part of the pane's first load.
  const { checkWorkbook } = await import(/* webpackChunkName: "engine" */ "../core/check");
  const { report, plan, table, areaValues } = checkWorkbook(workbook, {
    workbookName,
    sheet: selection.allocationSheet ?? undefined,
    planSheet: selection.planSheet ?? undefined,
    ...(saved.length > 0 ? { corrections: saved } : {}),
    ...(options.allowNoPlanLine === true ? { allowNoPlanLine: true } : {}),
  });
  const fingerprint = await host.sheetFingerprint(report.allocationSheet);
  return { report, plan, table, areaValues, workbook, workbookName, selection, fingerprint };
}

/**
 * The outcome still describes the workbook if the allocation sheet has not
 * changed since it was read; otherwise the check runs again (same selection).
 */
export async function ensureFresh(
  host: WorkbookHost,
  outcome: CheckOutcome,
): Promise<{ outcome: CheckOutcome; rechecked: boolean }> {
  const now = await host.sheetFingerprint(outcome.report.allocationSheet);
  if (now === outcome.fingerprint) return { outcome, rechecked: false };
  return { outcome: await runCheck(host, outcome.selection), rechecked: true };
}
