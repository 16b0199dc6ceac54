/**
 * The preview's workbook: the built-in sample in memory, with the fills its
 * sheets are written with (header, group and total rows), so that clearing
 * highlights visibly restores them.
 */
import { MemoryWorkbookHost } from "../adapters/memory";
import { a1 } from "../core/model/address";
import { buildSampleSpec, buildSampleWorkbookData } from "../sample";

/** The sample's file name in the preview (what the report calls the workbook). */
export const SAMPLE_FILE_NAME = "allocheck-mau.xlsx";

export function createSampleHost(): MemoryWorkbookHost {
  const fills: Record<string, Record<string, string>> = {};
  for (const sheet of buildSampleSpec().sheets) {
    const sheetFills: Record<string, string> = {};
    sheet.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        const fill = cell?.style?.fill;
        if (fill !== undefined) sheetFills[a1(r, c)] = fill;
      }),
    );
    fills[sheet.name] = sheetFills;
  }
  return new MemoryWorkbookHost(buildSampleWorkbookData(), SAMPLE_FILE_NAME, { fills });
}
