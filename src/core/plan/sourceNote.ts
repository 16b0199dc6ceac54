/**
 * Where the plan was read from, said after a check that found none of its
 * lines on the sheet (the plan of another programme is the likely cause): one
 * sentence for the pane and the command line alike.
 */
import { sheetInText } from "../model/address";
import { InputError } from "../model/errors";
import type { LocalizedText } from "../model/text";

/**
 * The sentence for a plan read from `source` (`sheet:NAME` or `file:NAME`, as
 * the report's `planSource`); `ownPlanSheet`: the workbook's own plan sheet,
 * offered when the plan came from a file.
 */
export function planSourceNote(source: string, ownPlanSheet: string | null): LocalizedText {
  if (source.startsWith("file:")) {
    const file = source.slice("file:".length);
    const own = ownPlanSheet === null ? null : sheetInText(ownPlanSheet);
    return {
      vi: `Kế hoạch lấy từ tệp ${file}: hãy kiểm tra đây đúng là kế hoạch của biểu phân bổ này${own !== null ? `, hoặc bỏ --plan để dùng trang kế hoạch ${own} của sổ làm việc` : ""}.`,
      en: `The plan was read from ${file}: check that it is the plan this allocation splits${own !== null ? `, or leave out --plan to use the workbook's plan sheet ${own}` : ""}.`,
    };
  }
  const sheet = sheetInText(source.startsWith("sheet:") ? source.slice("sheet:".length) : source);
  return {
    vi: `Kế hoạch lấy từ trang ${sheet} của sổ làm việc: hãy kiểm tra đây đúng là kế hoạch của biểu phân bổ này.`,
    en: `The plan was read from the workbook's sheet ${sheet}: check that it is the plan this allocation splits.`,
  };
}

/** `run`, its `no-table` failure (a table found, no plan line on it) told with where the plan was read from. */
export function namingPlanSource<T>(source: string, ownPlanSheet: string | null, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof InputError) || error.code !== "no-table" || error.option !== undefined) throw error;
    const note = planSourceNote(source, ownPlanSheet);
    throw new InputError(error.code, { vi: `${error.text.vi} ${note.vi}`, en: `${error.text.en} ${note.en}` }, error.option);
  }
}
