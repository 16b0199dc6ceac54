/**
 * Whether a sheet named `TH 2023` holds results (TH = Thực hiện) rather than
 * a summary (TH = Tổng hợp) when its title says neither: its figures are per
 * area of the plan's lines — laid out like the allocation sheet, or read as a
 * table of the plan's lines over the allocation's areas — and are not the
 * allocation's own figures repeated.
 */
import type { Finding } from "../model/finding";
import type { Plan } from "../model/plan";
import { localized } from "../model/text";
import { makeFinding } from "../rules/finding";
import type { AllocationTable } from "../model/table";
import { cellValue, type SheetData } from "../model/workbook";
import { detectTable } from "../layout";
import type { RuleContext } from "../rules";
import { sameLayoutTable } from "./periodSheets";
import type { ResultsContentJudge, ResultsSheets } from "./resultsSheets";
import { sheetInText } from "../model/address";

export function resultsByContent(plan: Plan, allocation: RuleContext): ResultsContentJudge {
  return (sheet) => {
    const same = sameLayoutTable(sheet, allocation);
    if (same !== null) return !repeatsAllocation(sheet, same, allocation);
    return matchesPlanAndAreas(sheet, plan, allocation);
  };
}

/** True when every value cell of the plan's lines holds the allocation sheet's figure (a copy of it, not results). */
function repeatsAllocation(sheet: SheetData, table: AllocationTable, allocation: RuleContext): boolean {
  const byRows = table.orientation === "areas-as-rows";
  for (const line of table.lines) {
    if (line.planCode === null) continue;
    for (const area of table.areas) {
      const [row, col] = byRows ? [area.labelRow, line.index] : [line.index, area.labelCol];
      const value = cellValue(sheet, row, col);
      if (value !== cellValue(allocation.sheet, row, col)) return false;
    }
  }
  return true;
}

/** A table of at least one plan line whose areas are mostly the allocation's. */
function matchesPlanAndAreas(sheet: SheetData, plan: Plan, allocation: RuleContext): boolean {
  let table: AllocationTable;
  try {
    table = detectTable(sheet, plan, [], { stage: "achieved" });
  } catch {
    return false;
  }
  if (!table.lines.some((line) => line.planCode !== null)) return false;
  const known = new Set(allocation.table.areas.filter((area) => area.children.length === 0).map((area) => area.key));
  const leaves = table.areas.filter((area) => area.children.length === 0);
  const matched = leaves.filter((area) => known.has(area.key)).length;
  return leaves.length > 0 && matched * 2 >= Math.max(leaves.length, known.size);
}

/** One info naming the `TH …` sheets read as results from their figures alone, so a summary (Tổng hợp) taken for results is seen. */
export function readByContentFinding(sheets: ResultsSheets): Finding | null {
  const names = sheets.periodSheets.filter((entry) => entry.readAs === "content").map((entry) => entry.sheet.name);
  if (names.length === 0) return null;
  const list = names.map((name) => sheetInText(name)).join(", ");
  return makeFinding({
    rule: "pace",
    severity: "info",
    sheet: names[0],
    at: null,
    message: localized(
      `Trang ${list} được đọc là kết quả thực hiện (TH = Thực hiện) vì có số liệu theo địa bàn cho các chỉ tiêu của kế hoạch, khác số phân bổ, dù tên và tiêu đề không nói rõ. Nếu đây là trang Tổng hợp, hãy đổi tên trang; nếu là kết quả, nên ghi tiêu đề "Kết quả thực hiện …".`,
      `Sheet${names.length > 1 ? "s" : ""} ${list} ${names.length > 1 ? "are" : "is"} read as results (TH = Thực hiện): ${names.length > 1 ? "they hold" : "it holds"} figures per area for the plan's lines, other than the allocation's, though neither name nor title says so. If ${names.length > 1 ? "they are summaries" : "it is a summary"} (Tổng hợp), rename ${names.length > 1 ? "them" : "it"}; if results, a title "Kết quả thực hiện …" makes it plain.`,
    ),
  });
}
