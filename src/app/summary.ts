/**
 * `Tạo bảng tổng hợp`: build the summary model from the check (checking again
 * first if the allocation sheet changed) and write or refresh it in place
 * (`keptHidden`: a summary the user hid was refreshed and left hidden).
 */
import type { WorkbookHost } from "./host";
import type { CheckOutcome, Refreshed } from "./outcome";
import type { Lang } from "../core/model/text";
import type { WorkbookData } from "../core/model/workbook";
import { ensureFresh } from "./runCheck";
import { isSummarySheetName } from "../core/summary/naming";
import { sheetNameKey } from "../core/model/sheetName";

/**
 * The check read only the chosen sheets; the summary's name depends on the
 * sheets already called `Tổng hợp…` (ours is refreshed, the user's is left
 * alone), so those are read too.
 */
async function withSummarySheets(host: WorkbookHost, workbook: WorkbookData): Promise<WorkbookData> {
  const have = new Set(workbook.sheets.map((s) => sheetNameKey(s.name)));
  const missing = (await host.listSheets())
    .map((s) => s.name)
    .filter((name) => isSummarySheetName(name) && !have.has(sheetNameKey(name)));
  if (missing.length === 0) return workbook;
  const extra = await host.readWorkbook(missing);
  return { sheets: [...workbook.sheets, ...extra.sheets] };
}

export async function writeSummarySheet(
  host: WorkbookHost,
  outcome: CheckOutcome,
  lang: Lang,
): Promise<Refreshed<string> & { readonly keptHidden: boolean; readonly keptVeryHidden: boolean }> {
  const fresh = await ensureFresh(host, outcome);
  const { report, plan, table, areaValues } = fresh.outcome;
  const workbook = await withSummarySheets(host, fresh.outcome.workbook);
  // Loaded on first use: the summary builder (its tables, formulas and print
  // layout) is a chunk of its own, not part of the pane's first load.
  const { buildSummary } = await import(/* webpackChunkName: "summary" */ "../core/summary/buildSummary");
  const model = buildSummary({ report, plan, table, areaValues, workbook, lang });
  const written = await host.writeSummary(model);
  return { ...fresh, value: model.name, keptHidden: written?.hidden === true, keptVeryHidden: written?.veryHidden === true };
}
