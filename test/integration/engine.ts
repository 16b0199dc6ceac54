/** Runs a fixture file through the real reader and engine, as `allocheck check --json` would. */
import { readFile } from "fs/promises";
import { basename } from "path";
import { readWorkbookFile } from "../../src/adapters/xlsx/readWorkbook";
import { checkWorkbook } from "../../src/core/check";
import { readPlanJson } from "../../src/core/plan";
import { toJsonReport } from "../../src/core/report";
import type { JsonReport } from "./support";

/** Checks `path`; with `planPath`, the plan comes from that JSON file (`--plan`). */
export async function checkFile(path: string, planPath?: string): Promise<JsonReport> {
  const workbook = await readWorkbookFile(path);
  const plan = planPath === undefined ? undefined : readPlanJson(JSON.parse(await readFile(planPath, "utf8")), basename(planPath));
  const result = checkWorkbook(workbook, { workbookName: path, ...(plan !== undefined ? { plan } : {}) });
  const json: unknown = toJsonReport(result.report, "vi");
  return (typeof json === "string" ? JSON.parse(json) : json) as JsonReport;
}
