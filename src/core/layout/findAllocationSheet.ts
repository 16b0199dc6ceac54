/**
 * The allocation sheet of a workbook: a user-given name wins; otherwise the
 * sheet (not the plan's, not its areas list) whose table matches the most
 * plan lines. Summary sheets (`Tổng hợp…`) and a sheet named like a plan
 * (`Kế hoạch`, when the plan came from a file) are taken only when nothing
 * else holds a table. Sheets alike but for different years (`Phân bổ 2023`,
 * `Phân bổ 2024`, or `… NĂM 2024` in their titles): the latest year's, the
 * allocation being made now. A summary sheet yields only to a sheet that
 * matches some plan line (`Tổng hợp phân bổ` holds the allocation beside a
 * sheet of population figures). Two sheets that match alike (`Phân bổ (lần 1)`,
 * `Phân bổ (lần 2)`, nothing telling them apart) are a guess: the other one is
 * named as the rival, for the reading to say so.
 */
import { InputError } from "../model/errors";
import type { Plan } from "../model/plan";
import type { WorkbookData } from "../model/workbook";
import { isAreaSheetName, PLAN_SHEET_KEYS, resolveSheetName, sheetKey } from "../sheets/sheetNames";
import { detectTable } from "./detectTable";
import { sheetYear } from "./sheetYear";

/** Sheets taken only when nothing else holds a table: allocheck's summaries, a plan sheet of the workbook. */
function isSecondary(name: string): boolean {
  const key = sheetKey(name);
  return /^tong hop\b/.test(key) || PLAN_SHEET_KEYS.includes(key);
}

export function findAllocationSheet(workbook: WorkbookData, plan: Plan, preferred?: string): string | null {
  return findAllocationSheetAndRival(workbook, plan, preferred).name;
}

/** The allocation sheet, and another sheet that matches the plan just as well (nothing to choose between them), or null. */
export function findAllocationSheetAndRival(workbook: WorkbookData, plan: Plan, preferred?: string): { name: string | null; rival: string | null } {
  if (preferred !== undefined && preferred.trim() !== "") return { name: resolveSheetName(workbook, preferred), rival: null };
  let best: { name: string; score: number; summary: boolean; year: number; matched: number } | null = null;
  let rival: { name: string; score: number; year: number } | null = null;
  for (const sheet of workbook.sheets) {
    if (sheet.name === plan.sheet || isAreaSheetName(sheet.name)) continue;
    let score: number;
    let year: number;
    let matched: number;
    try {
      const table = detectTable(sheet, plan);
      matched = table.lines.filter((l) => l.planCode !== null).length;
      score = matched * 1_000_000 + Math.min(table.areas.length, 999) * 1000 + Math.min(table.lines.length, 999);
      if (sheet.hidden) score /= 2;
      year = sheetYear(sheet, table.headerTop)?.year ?? 0;
    } catch (error) {
      if (error instanceof InputError) continue;
      throw error;
    }
    const summary = isSecondary(sheet.name);
    // A summary sheet yields to a sheet that matches some plan line, not to any table (a sheet of population figures).
    const better =
      best === null ||
      (best.summary && !summary && (matched > 0 || best.matched === 0)) ||
      (!best.summary && summary && best.matched === 0 && matched > 0) ||
      (best.summary === summary && (score > best.score || (score === best.score && best.year > 0 && year > best.year)));
    if (better) {
      if (best !== null && !best.summary && !summary) rival = best;
      best = { name: sheet.name, score, summary, year, matched };
    } else if (!summary && best !== null && !best.summary && score === best.score && year === best.year) rival = { name: sheet.name, score, year };
  }
  const tie = best !== null && rival !== null && rival.score === best.score && rival.year === best.year;
  return { name: best?.name ?? null, rival: tie ? rival!.name : null };
}
