/**
 * The user's corrections in the workbook's add-in settings, and showing the
 * reading by selecting ranges, through Office.js.
 *
 * Settings: `Workbook.settings` (ExcelApi 1.4) is "a collection of key-value
 * pair setting objects that are part of the workbook. The scope is limited to
 * per file and add-in"
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.settingcollection);
 * a setting is "persisted to the document (per file, per add-in)"
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.setting), so
 * no `Office.context.document.settings.saveAsync` is needed: the value is in
 * the workbook as soon as the batch syncs, and in the file when the user saves
 * it, where Excel writes it under `xl/webextensions/` (read back by the CLI in
 * `adapters/xlsx/documentSettings.ts`). The Common API's
 * `Office.context.document.settings` would keep an in-memory copy until
 * `saveAsync`, which "persists the in-memory copy of the settings property bag
 * in the document"
 * (https://learn.microsoft.com/en-us/javascript/api/office/office.settings);
 * either way the file on disk changes only when the user saves the workbook.
 * The value is the JSON text of the `CorrectionSet`, as the highlight state
 * is stored (`fillState.ts`).
 */
import { CORRECTIONS_SETTING_KEY, type CorrectionSet } from "../../core/model/corrections";
import { correctionCount, decodeCorrections, encodeCorrections } from "../../core/corrections/settingValue";
import { chunkAddresses, normalCell } from "./addresses";

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>, write?: boolean) => Promise<T>;

/** One sync. A stored value this version cannot read gives the empty set (the pane then starts afresh). */
export async function loadCorrections(run: Run): Promise<CorrectionSet> {
  return run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(CORRECTIONS_SETTING_KEY);
    setting.load("value");
    await context.sync();
    return setting.isNullObject ? decodeCorrections(undefined).set : decodeCorrections(setting.value).set;
  });
}

/** Two syncs (look up, then add or delete); an empty set removes the setting. */
export async function saveCorrections(run: Run, set: CorrectionSet): Promise<void> {
  await run(async (context) => {
    const settings = context.workbook.settings;
    if (correctionCount(set) > 0) {
      settings.add(CORRECTIONS_SETTING_KEY, encodeCorrections(set));
      await context.sync();
      return;
    }
    const setting = settings.getItemOrNullObject(CORRECTIONS_SETTING_KEY);
    await context.sync();
    if (!setting.isNullObject) {
      setting.delete();
      await context.sync();
    }
  }, true);
}

/** `B7:N7` with its letters upper-cased and `$` dropped. */
function normalRange(range: string): string {
  return range
    .split(":")
    .map((part) => normalCell(part))
    .join(":");
}

/**
 * Selects the ranges on the sheet: all of them as one multi-area selection
 * where `RangeAreas.select()` exists (ExcelApi 1.18), else the first range
 * alone (`Range.select()`, ExcelApi 1.1). A hidden sheet is shown first, as
 * `selectCell` does. One sync (two for a hidden sheet).
 */
export async function selectRanges(
  run: Run,
  sheetName: string,
  ranges: readonly string[],
  multiArea: boolean,
): Promise<void> {
  if (ranges.length === 0) return;
  const addresses = ranges.map(normalRange);
  // One `getRanges` list stays under Excel's address-length limit: extra areas are left out.
  const list = multiArea ? chunkAddresses(addresses)[0] : addresses[0];
  const queue = (context: Excel.RequestContext, show: boolean): void => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    if (show) sheet.visibility = "Visible";
    sheet.activate();
    if (multiArea) sheet.getRanges(list).select();
    else sheet.getRange(list).select();
  };
  await run(async (context) => {
    queue(context, false);
    try {
      await context.sync();
    } catch (error) {
      const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
      if (code !== "InvalidOperation") throw error;
      queue(context, true);
      await context.sync();
    }
  });
}
