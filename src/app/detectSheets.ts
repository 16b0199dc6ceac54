/**
 * The automatic sheet pickers: which sheet holds the plan and which the
 * allocation table, found the way the engine finds them. Opening the pane
 * reads only the first rows of each visible sheet (`readSheetTops`, where the
 * host has it) — headers and the first areas are enough to tell the sheets
 * apart — plus, whole, the plan sheet and an areas sheet if they are longer.
 * A sheet that cannot be found is null; the pane then says what it looked for
 * when the user presses `Kiểm tra`.
 */
import type { SheetInfo, WorkbookHost } from "./host";
import type { SheetChoices } from "./sheetChoices";

import type { Plan } from "../core/model/plan";
import { InputError } from "../core/model/errors";
import { findAllocationSheet } from "../core/layout";
import { findPlanSheet, readPlanFromWorkbook } from "../core/plan";
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
  return { sheets, detected: { planSheet, allocationSheet: findAllocationSheet(workbook, plan) } };
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
