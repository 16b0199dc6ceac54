/**
 * `summary -o FILE` where FILE is already there: it is replaced only when it
 * is a copy allocheck wrote before (a workbook whose `Tổng hợp` sheet carries
 * allocheck's title and marker in A1:A2), so that running the summary again
 * refreshes it; any other file — another workbook of the user's, even one with
 * a `Tổng hợp` sheet of its own, a document — is never written over.
 */
import { promises as fs } from "fs";
import { packageSheetNames } from "../adapters/xlsx/packageSheetNames";
import { isAllocheckSummary, isSummarySheetName } from "../core/summary/naming";
import { CliError } from "./errors";
import { errnoCode, fileError } from "./fileErrors";

/** Whether a sheet named like a summary in the workbook `bytes` is allocheck's own (read only when one is so named). */
async function holdsAllocheckSummary(bytes: Buffer): Promise<boolean> {
  const names = await packageSheetNames(bytes);
  if (names === null || !names.some(isSummarySheetName)) return false;
  const { readWorkbookBuffer } = await import("../adapters/xlsx/readWorkbook");
  try {
    const workbook = await readWorkbookBuffer(bytes);
    return workbook.sheets.some((sheet) => isSummarySheetName(sheet.name) && isAllocheckSummary(sheet));
  } catch {
    return false;
  }
}

export async function requireReplaceableOutput(outputPath: string, shown: string): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(outputPath);
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return;
    throw fileError(error, shown, "read") ?? error;
  }
  if (await holdsAllocheckSummary(bytes)) return;
  throw new CliError({
    vi: `tệp ${shown} đã có và không phải bản sao có trang Tổng hợp mà allocheck đã ghi — không ghi đè; hãy chọn tên khác cho -o`,
    en: `${shown} already exists and is not a copy with a summary sheet that allocheck wrote — not overwritten; choose another name for -o`,
  });
}
