/**
 * The automatic sheet pickers: which sheet holds the plan and which the
 * allocation table, found the way the engine finds them. Opening the pane
 * reads only the first rows of each visible sheet (`readSheetTops`, where the
 * host has it) — headers and the first areas are enough to tell the sheets
 * apart — plus, whole, the plan sheet and an areas sheet if they are longer.
 * A sheet that cannot be found is null. When the plan is found but no
 * allocation table among the sheets' first rows, the whole workbook is read
 * as the check reads it: the table may start lower down; else the check's own
 * message says what it looked for, before the user presses `Kiểm tra`.
 */
import type { SheetInfo, WorkbookHost } from "./host";
import type { SheetChoices } from "./sheetChoices";

import type { Plan } from "../core/model/plan";
import { InputError } from "../core/model/errors";
import { findAllocationSheet } from "../core/layout";
import { findPlanSheet, readPlanFromWorkbook } from "../core/plan";
import { runCheck } from "./runCheck";
import { readingWithoutPlanLine } from "./readingRescue";
import { isAreaSheetName } from "../core/sheets/sheetNames";
import type { WorkbookData } from "../core/model/workbook";

export type { SheetChoices } from "./sheetChoices";

export async function detectSheets(host: WorkbookHost): Promise<SheetChoices> {
  const sheets = await host.listSheets();
  const workbook = await readForDetection(host, sheets);
  const planSheet = findPlanSheet(workbook);
  if (planSheet === null) return { sheets, detected: { planSheet: null, allocationSheet: null } };
  let plan: Plan;
  try {
    plan = readPlanFromWorkbook(workbook, planSheet);
  } catch (error) {
    // A plan sheet the engine cannot read: keep it picked, the check will say why.
    if (error instanceof InputError) return { sheets, detected: { planSheet, allocationSheet: null } };
    throw error;
  }
  const allocationSheet = findAllocationSheet(workbook, plan);
  if (allocationSheet !== null) return { sheets, detected: { planSheet, allocationSheet } };
  return wholeWorkbookAnswer(host, sheets, planSheet);
}

/**
 * No allocation table in the sheets' first rows: the check on the whole
 * workbook finds one, or a table on which no plan line is found (picked: the
 * check then offers to map its columns), or says why there is none.
 */
async function wholeWorkbookAnswer(host: WorkbookHost, sheets: readonly SheetInfo[], planSheet: string): Promise<SheetChoices> {
  const selection = { allocationSheet: null, planSheet };
  try {
    const { report } = await runCheck(host, selection);
    return { sheets, detected: { planSheet, allocationSheet: report.allocationSheet } };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const unmatched = await readingWithoutPlanLine(host, selection, error);
    if (unmatched !== null) return { sheets, detected: { planSheet, allocationSheet: unmatched.outcome.report.allocationSheet } };
    return { sheets, detected: { planSheet, allocationSheet: null }, allocationProblem: error.text };
  }
}

/** The visible sheets' first rows, with the plan and areas sheets whole. */
async function readForDetection(host: WorkbookHost, sheets: readonly SheetInfo[]): Promise<WorkbookData> {
  if (host.readSheetTops === undefined) return host.readWorkbook();
  const { workbook: tops, complete } = await host.readSheetTops(sheets.filter((s) => s.visible).map((s) => s.name));
  const planSheet = findPlanSheet(tops);
  const wanted = tops.sheets
    .map((s) => s.name)
    .filter((name) => !complete.includes(name) && (name === planSheet || isAreaSheetName(name)));
  if (wanted.length === 0) return tops;
  const whole = await host.readWorkbook(wanted);
  return { sheets: tops.sheets.map((s) => whole.sheets.find((w) => w.name === s.name) ?? s) };
}
