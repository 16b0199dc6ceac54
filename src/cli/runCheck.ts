/** Reads a workbook (and a plan file, if given) and runs the engine: what `check` and `summary` share. */
import { readWorkbookFileWith } from "../adapters/xlsx/readWorkbook";
import { readCorrectionsFromPackage } from "../adapters/xlsx/documentSettings";
import { usesDate1904 } from "../adapters/xlsx/workbookKind";
import { isBlankWorkbook } from "../app/blankWorkbook";
import { inDate1900System } from "../app/dateSystem";
import { checkWorkbook } from "../core/check";
import { sheetInText } from "../core/model/address";
import { InputError } from "../core/model/errors";
import { isResultsSheet } from "../core/progress/resultsSheets";
import { findPlanSheet } from "../core/plan";
import { resolveSheetName } from "../core/sheets/sheetNames";
import type { Plan } from "../core/model/plan";
import type { Lang } from "../core/model/text";
import type { Report } from "../core/model/report";
import type { AllocationTable } from "../core/model/table";
import type { WorkbookData } from "../core/model/workbook";
import type { AreaValues } from "../core/result/areaValues";
import { CliError } from "./errors";
import { absolute, openBy, requireInputFile, WORKBOOK_EXTENSIONS } from "./files";
import { withFileErrors } from "./fileErrors";
import type { CliIo } from "./io";
import { both, MSG } from "./messages";
import { loadPlanFile } from "./planFile";

/** What `--plan` reads: a plan in JSON, a plan document, or a workbook with a plan sheet. */
const PLAN_FILE_EXTENSIONS: readonly string[] = [".json", ".txt", ".md", ".docx", ...WORKBOOK_EXTENSIONS];

export interface CheckInput {
  /** The workbook path as given on the command line. */
  readonly workbook: string;
  readonly sheet?: string;
  readonly plan?: string;
  readonly planSheet?: string;
  /** `--period 2022-2025` (CONTRACT §7). */
  readonly period?: string;
  /** The language of the notes on stderr (both languages when not given). */
  readonly lang?: Lang;
  /** Keep the workbook's bytes as read (`CheckRun.input`), for a copy of it. */
  readonly keepInput?: boolean;
}

export interface CheckRun {
  readonly inputPath: string;
  readonly workbook: WorkbookData;
  readonly report: Report;
  readonly plan: Plan;
  readonly table: AllocationTable;
  readonly areaValues: AreaValues;
  /** The workbook's bytes as read and checked, when asked for (`CheckInput.keepInput`). */
  readonly input?: Buffer;
}

/** Everything is read and checked before anything is written; unusable input throws (exit 2). */
export async function readAndCheck(input: CheckInput, io: CliIo): Promise<CheckRun> {
  if (input.plan !== undefined && input.planSheet !== undefined) throw new CliError(MSG.planBoth);
  const inputPath = await requireInputFile(absolute(io.cwd, input.workbook), input.workbook);
  io.beforeCheck?.();
  let plan: Plan | undefined;
  if (input.plan !== undefined) {
    const planPath = await requireInputFile(absolute(io.cwd, input.plan), input.plan, PLAN_FILE_EXTENSIONS);
    const shownPlan = input.plan;
    plan = await withFileErrors(shownPlan, "read", () => loadPlanFile(planPath, shownPlan));
  }
  // With the corrections the task pane saved in the file's add-in settings: read the sheet as the pane does.
  const read = await withFileErrors(input.workbook, "read", () =>
    readWorkbookFileWith(inputPath, async (zip) => ({ corrections: await readCorrectionsFromPackage(zip), date1904: await usesDate1904(zip) }), input.workbook, input.keepInput === true),
  );
  const { bytes } = read;
  const saved = read.also.corrections;
  // Dates counted from 1904 (Excel for Mac's old default) read as from 1900, as the engine counts them.
  const workbook = inDate1900System(read.workbook, read.also.date1904);
  if (saved.rejected > 0 && saved.part !== null) io.stderr(`${both(MSG.correctionsRejected(saved.rejected, saved.part))}\n`);
  if (isBlankWorkbook(workbook)) throw new CliError(MSG.blankWorkbook(input.workbook, workbook.sheets.map((sheet) => sheetInText(sheet.name)).join(", ")));
  // The plan's own sheet named as the allocation sheet: told before its table is read as one (which fails, or says nothing).
  const result = namingWorkbook(input.workbook, () => {
    if (input.sheet !== undefined && input.plan === undefined) refusePlanSheet(workbook, namedSheet(workbook, input.sheet), namedPlanSheet(workbook, input.planSheet));
    return checkWorkbook(workbook, {
      workbookName: input.workbook,
      ...(input.sheet !== undefined ? { sheet: input.sheet } : {}),
      ...(input.planSheet !== undefined ? { planSheet: input.planSheet } : {}),
      ...(plan !== undefined ? { plan } : {}),
      ...(saved.set.sheets.length > 0 ? { corrections: saved.set.sheets } : {}),
      ...(input.period !== undefined ? { period: input.period } : {}),
    });
  });
  // Open in Excel (or LibreOffice): what was read is the workbook as last saved. Said once the check is done (an unusable input keeps its one line), not refused: reading harms nothing.
  const open = await openBy(inputPath);
  if (open !== undefined) {
    const note = MSG.inputOpen(input.workbook, open.program, open.lock);
    io.stderr(`${input.lang !== undefined ? note[input.lang] : both(note)}\n`);
  }
  return { inputPath, workbook, report: result.report, plan: result.plan, table: result.table, areaValues: result.areaValues, ...(bytes !== undefined ? { input: bytes } : {}) };
}

/**
 * What the workbook's contents make unusable (no plan sheet, no such sheet, no
 * table) is told with the workbook's name first, as given: the engine names
 * sheets and cells, only the command knows which file they are in.
 */
function namingWorkbook<T>(shown: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof InputError) || error.text.vi.includes(shown)) throw error;
    throw new InputError(error.code, { vi: `${shown}: ${error.text.vi}`, en: `${shown}: ${error.text.en}` }, error.option);
  }
}

/** The sheet a name given on the command line names, or undefined when none (the check then says so). */
function namedSheet(workbook: WorkbookData, name: string): string | undefined {
  try {
    return resolveSheetName(workbook, name);
  } catch {
    return undefined;
  }
}

/** The sheet the check will read the plan from, by its name alone (the check reads its table, once), or undefined when none (the check then says so). */
function namedPlanSheet(workbook: WorkbookData, planSheet: string | undefined): string | undefined {
  try {
    return findPlanSheet(workbook, planSheet) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * `--sheet` naming the sheet the plan was read from: its table is the plan
 * itself, read against itself it says nothing (every line "under"), so the
 * run stops as for a results sheet (exit 2), naming the sheets to choose from.
 */
function refusePlanSheet(workbook: WorkbookData, allocationSheet: string | undefined, planSheet: string | undefined): void {
  if (planSheet === undefined || allocationSheet !== planSheet) return;
  const others = workbook.sheets.filter((sheet) => sheet.name !== planSheet && !isResultsSheet(sheet.name)).map((sheet) => sheetInText(sheet.name)).join(", ");
  throw new InputError(
    "no-table",
    {
      vi: `Trang ${sheetInText(planSheet)} là trang kế hoạch (allocheck đọc chỉ tiêu từ trang này), không phải biểu phân bổ. Hãy chọn trang phân bổ (các trang khác: ${others || "không có"}).`,
      en: `Sheet ${sheetInText(planSheet)} is the plan sheet (allocheck reads the targets from it), not the allocation sheet. Choose the allocation sheet (other sheets: ${others || "none"}).`,
    },
    "--sheet",
  );
}

/** CONTRACT §4: 1 when at least one finding has error severity, else 0. */
export function exitStatusOf(report: Report): number {
  return report.counts.error > 0 ? 1 : 0;
}
