/**
 * `--plan plan.xlsx`: the plan sheet of another workbook (such as the one
 * `extract-plan -o` writes), read as the allocation workbook's own plan sheet
 * is read. Its cells are in that other file, so the plan keeps no cell
 * references: findings never point at a sheet the allocation workbook lacks.
 */
import { extname } from "path";
import { usesDate1904 } from "../adapters/xlsx/workbookKind";
import { inDate1900System } from "../app/dateSystem";
import { readWorkbookFileWith } from "../adapters/xlsx/readWorkbook";
import { InputError } from "../core/model/errors";
import type { Plan } from "../core/model/plan";
import { readPlanFromWorkbook } from "../core/plan";
import { CliError } from "./errors";

const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xltx", ".xltm"]);

export function isPlanWorkbook(path: string): boolean {
  return WORKBOOK_EXTENSIONS.has(extname(path).toLowerCase());
}

/** The plan on the plan sheet (`Kế hoạch`, `Plan`) of the workbook at `path`, named `shown` in messages. */
export async function loadPlanWorkbook(path: string, shown: string): Promise<Plan> {
  const read = await readWorkbookFileWith(path, usesDate1904, shown);
  const workbook = inDate1900System(read.workbook, read.also);
  let plan: Plan;
  try {
    plan = readPlanFromWorkbook(workbook);
  } catch (error) {
    // The sheet options name sheets of the allocation workbook, not of this one: the message names the file instead.
    if (error instanceof InputError) throw new CliError({ vi: `${shown}: ${error.text.vi}`, en: `${shown}: ${error.text.en}` });
    throw error;
  }
  return {
    ...(plan.title !== undefined ? { title: plan.title } : {}),
    ...(plan.number !== undefined ? { number: plan.number } : {}),
    ...(plan.date !== undefined ? { date: plan.date } : {}),
    ...(plan.yearColumns !== undefined ? { yearColumns: plan.yearColumns } : {}),
    lines: plan.lines.map(({ source: _source, ...line }) => line),
    areas: plan.areas.map(({ source: _source, ...area }) => area),
    source: `file:${shown}`,
  };
}
