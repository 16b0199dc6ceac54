/**
 * The engine's entry point: find the plan and the allocation table in a
 * workbook, run every rule over one shared reading of the table, and build
 * the report. Unusable input throws `InputError` (CLI exit status 2).
 */
import type { Correction, SheetCorrections } from "./model/corrections";
import { InputError } from "./model/errors";
import type { AllocationTable } from "./model/table";
import type { ReadingPlanYear } from "./model/reading";
import { localized } from "./model/text";
import type { Plan } from "./model/plan";
import type { Report } from "./model/report";
import type { SheetData, WorkbookData } from "./model/workbook";
import { chooseAllocationSheet, detectTable, type AllocationSheetChoice } from "./layout";
import { requirePlanLine } from "./layout/requirePlanLine";
import { namingPlanSource } from "./plan/sourceNote";
import { sheetYear, type SheetYear } from "./layout/sheetYear";
import { planForYear } from "./plan/planForYear";
import { sizeByTable } from "./plan/perAreaTargets";
import { wholeWhereSheetAdds } from "./plan/wholeBySheet";
import { findPlanSheet, readPlanFromWorkbook } from "./plan";
import { holdsPlanTable } from "./plan/planSheet";
import { isAreaSheetName, resolveSheetName } from "./sheets/sheetNames";
import { buildReport } from "./report/buildReport";
import { buildRuleContext, type RuleContext, type YearAgainstPeriod } from "./rules/context";
import { numberDoubts } from "./rules/dotDoubt";
import { planCopyGaps } from "./reading/planCopyGaps";
import { evaluateRules } from "./rules";
import { evaluateMissingValues } from "./formula/evaluate";
import { errorNamesOf } from "./reading/errorNames";
import { mistypedNamesOf } from "./reading/mistypedNames";
import { besideDistrictsOf } from "./reading/besideDistricts";
import { buildReading } from "./reading/buildReading";
import { checkProgress, findPlanPeriod, isResultsSheet, withProgress, withUnreadResults, withoutResultsSheets, type PlanPeriod, type ProgressResult } from "./progress";
import { withPeriodTables } from "./progress/periodTables";
import { parseA1, sheetInText } from "./model/address";
import { readingsOf, type CellReadings } from "./result/cells";
import type { AreaValues } from "./result/areaValues";

export interface CheckOptions {
  /** The workbook's name or path as given (the report's `workbook`). */
  readonly workbookName: string;
  /** Allocation sheet name; found by layout detection when absent. */
  readonly sheet?: string;
  /** Plan sheet name; `Kế hoạch` / `Plan` when absent. */
  readonly planSheet?: string;
  /** A plan read elsewhere (`--plan plan.json`); the workbook's plan sheet is then not read. */
  readonly plan?: Plan;
  /**
   * The user's corrections of how sheets are read (saved in the workbook's
   * document settings); those of the allocation sheet are applied, and any
   * that no longer fits the sheet is reported in the reading, not applied.
   */
  readonly corrections?: readonly SheetCorrections[];
  /** The plan's period (`2022-2025`) when the plan does not state it (CONTRACT §7, `--period`). */
  readonly period?: string;
  /**
   * Read on even when no plan line is found on the sheet (the pane's reading
   * view, where the user maps columns to plan lines). The command line never
   * sets it: a check that compares nothing stays an unusable input.
   */
  readonly allowNoPlanLine?: boolean;
}

/**
 * The one result of a check; every view (JSON, text, summary sheet,
 * highlights, the pane) is a projection of it. Per plan line (`report.indicators`):
 * its scale and its cells' scale, status and the sheet's own total; per area
 * per table line its value in base units (`areaValues`); per value cell its
 * state and base value (`cells`); the findings. Not to be mutated.
 */
export interface CheckResult {
  readonly report: Report;
  readonly plan: Plan;
  readonly table: AllocationTable;
  readonly allocationSheet: SheetData;
  /** Progress over the plan's periods; absent when the workbook has no results sheets. */
  readonly progress?: ProgressResult;
  readonly cells: CellReadings;
  readonly areaValues: AreaValues;
}

/**
 * The only sheet that can hold the allocation table (not the plan's, not an
 * areas list), or null when there are several. Detecting a big table is the
 * costly part of a check: with one candidate it is done once, not twice.
 */
function onlyCandidate(workbook: WorkbookData, plan: Plan): SheetData | null {
  const candidates = workbook.sheets.filter((sheet) => sheet.name !== plan.sheet && !isAreaSheetName(sheet.name));
  return candidates.length === 1 ? candidates[0] : null;
}

/**
 * The workbook's own plan sheet when the plan is given from elsewhere
 * (`--plan FILE`): the sheet the engine would read the plan from (its name,
 * CONTRACT §1) holding a plan table. It is the plan, never the allocation
 * sheet — read against another plan it would give a confident wrong reading.
 */
function ownPlanSheet(workbook: WorkbookData, options: CheckOptions): string | null {
  if (options.plan === undefined) return null;
  const name = findPlanSheet(workbook);
  return name !== null && holdsPlanTable(workbook, name) ? name : null;
}

/** The allocation sheet: the one named in the options, else the one whose table matches the plan best (never `planSheet`, the workbook's own plan), with the sheets that tie with it. */
function allocationSheetOf(
  workbook: WorkbookData,
  plan: Plan,
  preferred: string | undefined,
  planSheet: string | null,
): { sheet: SheetData; rivals: Pick<AllocationSheetChoice, "rivals" | "siblings" | "elsewhere" | "periodTables"> } {
  const candidates: WorkbookData = planSheet === null || preferred !== undefined ? workbook : { ...workbook, sheets: workbook.sheets.filter((sheet) => sheet.name !== planSheet) };
  if (preferred === undefined) {
    const only = onlyCandidate(candidates, plan);
    if (only !== null) return { sheet: only, rivals: { rivals: [], siblings: [], elsewhere: [] } };
  }
  const choice = chooseAllocationSheet(candidates, plan, preferred);
  const sheet = choice === null ? undefined : workbook.sheets.find((candidate) => candidate.name === choice.name);
  if (choice === null || sheet === undefined) {
    const names = workbook.sheets.map((candidate) => sheetInText(candidate.name)).join(", ");
    if (preferred === undefined && !candidates.sheets.some((candidate) => candidate.name !== plan.sheet && !isAreaSheetName(candidate.name) && !isResultsSheet(candidate.name))) {
      throw new InputError(
        "no-table",
        localized(
          `Sổ làm việc không có trang biểu phân bổ: chỉ có ${names}, là kế hoạch${workbook.sheets.length > 1 ? ", danh sách địa bàn hay kết quả thực hiện" : ""}. Hãy thêm biểu phân bổ vào sổ làm việc này, hoặc kiểm tra sổ làm việc có biểu phân bổ và lấy kế hoạch từ tệp này.`,
          `The workbook has no allocation sheet: only ${names}, the plan${workbook.sheets.length > 1 ? ", an area list or results" : ""}. Add the allocation sheet to this workbook, or check the workbook that holds it and take the plan from this file.`,
        ),
        "--plan",
      );
    }
    throw new InputError(
      "no-table",
      localized(
        `Không tìm thấy bảng phân bổ khớp với kế hoạch trong sổ làm việc (các trang: ${names}). Hãy chọn trang phân bổ.`,
        `No allocation table matching the plan was found in the workbook (sheets: ${names}). Choose the allocation sheet.`,
      ),
      "--sheet",
    );
  }
  return { sheet, rivals: { rivals: choice.rivals, siblings: choice.siblings, elsewhere: choice.elsewhere, ...(choice.periodTables !== undefined ? { periodTables: choice.periodTables } : {}) } };
}

/**
 * A sheet the user names as the allocation sheet must exist in the workbook
 * (the message lists every sheet) and must not be a results sheet (`Thực
 * hiện 2023`, `Tiến độ`): those hold what was achieved, not the allocation.
 */
function refuseResultsSheet(workbook: WorkbookData, preferred: string): void {
  const name = resolveSheetName(workbook, preferred);
  if (!isResultsSheet(name)) return;
  const others = workbook.sheets.filter((sheet) => !isResultsSheet(sheet.name) && sheet.name !== name).map((sheet) => sheetInText(sheet.name)).join(", ");
  throw new InputError(
    "no-table",
    localized(
      `Trang ${sheetInText(name)} là trang kết quả thực hiện / tiến độ, không phải biểu phân bổ. Hãy chọn trang phân bổ (các trang khác: ${others}).`,
      `Sheet ${sheetInText(name)} is a results (progress) sheet, not the allocation sheet. Choose the allocation sheet (other sheets: ${others}).`,
    ),
    "--sheet",
  );
}

/** The corrections saved for a sheet (its name compared as Unicode NFC). */
function correctionsFor(all: readonly SheetCorrections[] | undefined, sheet: string): readonly Correction[] {
  if (all === undefined) return [];
  const name = sheet.normalize("NFC");
  return all.filter((entry) => entry.sheet.normalize("NFC") === name).flatMap((entry) => entry.corrections);
}

/** The plan for the one year the allocation sheet is made for, when the plan (its sheet's year columns, or a JSON plan's `years`) splits its targets by year; else null. */
function yearPlan(plan: Plan, found: SheetYear | null): { plan: Plan; reading: ReadingPlanYear } | null {
  if (found === null) return null;
  const forYear = planForYear(plan, found.year);
  if (forYear === null) return null;
  return { plan: forYear.plan, reading: { year: found.year, cell: found.cell, column: plan.yearColumns?.[String(found.year)] ?? null, lines: forYear.lines } };
}

/**
 * A sheet made for one year of a plan that runs over several: the lines still
 * checked against the period's target (the plan gives no figure for the year),
 * whose shortfall is then by design. Undefined when the plan's period is not
 * known, is that one year, or does not hold it.
 */
function yearAgainstPeriod(found: SheetYear | null, checked: Plan, yearly: ReadingPlanYear | null, period: PlanPeriod | null): YearAgainstPeriod | undefined {
  if (found === null || period === null || period.start === period.end) return undefined;
  if (found.year < period.start || found.year > period.end) return undefined;
  const byYear = new Set(yearly?.lines ?? []);
  const lines = new Set(checked.lines.filter((line) => !byYear.has(line.code)).map((line) => line.code));
  if (lines.size === 0) return undefined;
  return { year: found.year, period: { start: period.start, end: period.end }, at: found.cell === null ? null : parseA1(found.cell), lines };
}

export function checkWorkbook(input: WorkbookData, options: CheckOptions): CheckResult {
  // Formulas without a saved value: plain arithmetic evaluated, the rest left blank for `no-value`.
  const workbook: WorkbookData = { ...input, sheets: input.sheets.map((sheet) => evaluateMissingValues(sheet).sheet) };
  const read = options.plan ?? readPlanFromWorkbook(workbook, options.planSheet);
  const planSheetName = options.plan === undefined ? (read.sheet ?? findPlanSheet(workbook, options.planSheet)) : null;
  const planSheet = planSheetName !== null ? (workbook.sheets.find((sheet) => sheet.name === planSheetName) ?? null) : null;
  // Results sheets (CONTRACT §7) are never taken for the allocation sheet; one named by the user is said to be one.
  if (options.sheet !== undefined && options.sheet.trim() !== "") refuseResultsSheet(workbook, options.sheet);
  const workbookPlanSheet = ownPlanSheet(workbook, options);
  const { sheet: allocationSheet, rivals: otherSheets } = allocationSheetOf(withoutResultsSheets(workbook), read, options.sheet, workbookPlanSheet);
  const table = detectTable(allocationSheet, read, correctionsFor(options.corrections, allocationSheet.name));
  // Targets given per area (`01 tổ/xã`) with no list of areas in the plan: sized by the table's areas.
  const plan = sizeByTable(read, table);
  // A table that matches no plan line compares nothing: never a pass. Said with where the plan was read from (plan/sourceNote.ts).
  if (options.allowNoPlanLine !== true) namingPlanSource(plan.source, workbookPlanSheet, () => requirePlanLine(table, plan, allocationSheet));
  // A sheet made for one year (`… NĂM 2024`) is checked against that year's targets where the plan splits them by year.
  const found = sheetYear(allocationSheet, Math.min(table.headerTop, table.notes?.top ?? table.headerTop));
  const yearly = yearPlan(plan, found);
  const asRead = yearly?.plan ?? plan;
  const shortByDesign = yearAgainstPeriod(found, asRead, yearly?.reading ?? null, found === null ? null : findPlanPeriod(plan, planSheet, options.period));
  const contextFor = (lines: Plan): RuleContext => buildRuleContext({ plan: lines, table, sheet: allocationSheet, planSheet, ...(shortByDesign !== undefined ? { sheetYear: shortByDesign } : {}) });
  const firstContext = contextFor(asRead);
  // A figure under a per-area unit (`tổ/xã`) that the sheet's areas add up to was the line's whole (plan/wholeBySheet.ts).
  const whole = wholeWhereSheetAdds(asRead, (code) => {
    const l = firstContext.lineByCode.get(code);
    return l === undefined ? null : firstContext.leafSums[l];
  });
  const checked = whole ?? asRead;
  const context = whole === null ? firstContext : contextFor(whole);
  const built = buildReport(context, evaluateRules(context), options.workbookName);
  const reading = buildReading(table, checked, built.indicators, numberDoubts(context), allocationSheet.hidden === true ? { ...otherSheets, hidden: true } : otherSheets, planCopyGaps(context), errorNamesOf(context), mistypedNamesOf(context), besideDistrictsOf(context));
  const allocationReport = { ...built, reading: yearly === null ? reading : { ...reading, planYear: yearly.reading } };
  // Progress runs over the plan's whole period: against the period's targets.
  const progress = checkProgress(workbook, yearly === null ? checked : plan, planSheet, context, { period: options.period });
  // Without results read, sheets named like results but not read (`TH 2023`) are named, not passed over in silence.
  const withResults = progress !== null ? withProgress(allocationReport, progress) : withUnreadResults(allocationReport, workbook, new Set([allocationSheet.name, ...(plan.sheet !== undefined ? [plan.sheet] : [])]));
  // A progress table on a sheet not named like one, set aside as the allocation sheet, is said to be set aside.
  const report = withPeriodTables(withResults, otherSheets.periodTables ?? []);
  return { report, plan: checked, table, allocationSheet, ...readingsOf(context), ...(progress !== null ? { progress } : {}) };
}
