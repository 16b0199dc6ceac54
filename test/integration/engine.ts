/** Runs a fixture file through the real reader and engine, as `allocheck check --json` would. */
import { readWorkbookFile } from "../../src/adapters/exceljs/readWorkbook";
import { checkWorkbook } from "../../src/core/check";
import { toJsonReport } from "../../src/core/report";
import type { JsonReport } from "./support";

export async function checkFile(path: string): Promise<JsonReport> {
  const workbook = await readWorkbookFile(path);
  const result = checkWorkbook(workbook, { workbookName: path });
  const json: unknown = toJsonReport(result.report, "vi");
  return (typeof json === "string" ? JSON.parse(json) : json) as JsonReport;
}
