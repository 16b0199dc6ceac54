/**
 * What to tell a user whose plan sheet has no complete plan table: what a plan
 * sheet holds (CONTRACT §1), whether the sheet looks like the allocation
 * table instead (a header naming areas, area names down its rows), and which
 * sheet of the workbook holds the plan table.
 */
import { sheetInText } from "../model/address";
import { InputError } from "../model/errors";
import type { WorkbookData } from "../model/workbook";
import { shownText, type Grid } from "../layout/grid";
import { areaLevel } from "../layout/labels";
import { isResultsSheet } from "../progress/resultsSheets";
import { areaHeaderInRow } from "./planAreas";
import { PLAN_HEADER_SCAN, REQUIRED_ROLES, type PlanRole } from "./planHeader";
import { findPlanSheet, planTableSheets } from "./planSheet";

/** The first accepted header of each required role: `Mã, Chỉ tiêu, Đơn vị tính, Kế hoạch`. */
const REQUIRED_FIRST: Record<PlanRole, string> = {
  code: "Mã",
  name: "Chỉ tiêu",
  unit: "Đơn vị tính",
  target: "Kế hoạch",
  rule: "So sánh",
  quota: "Định mức",
};

/** Rows under the header read for area names. */
const AREA_SCAN_ROWS = 30;
/** Columns read for area names: the STT and label columns of an allocation table. */
const AREA_SCAN_COLS = 4;

/**
 * The table under `headerRow` (or, with no header found, anywhere in the rows
 * a plan header is looked for) names areas: a header row (or the row below
 * it) with an area column, or two rows at least labelled `Huyện …` / `Xã …`.
 */
export function looksLikeAllocation(grid: Grid, headerRow: number | null): boolean {
  const top = headerRow ?? 0;
  const headerLast = Math.min(grid.rowCount - 1, headerRow === null ? PLAN_HEADER_SCAN - 1 : headerRow + 1);
  for (let row = top; row <= headerLast; row++) if (areaHeaderInRow(grid, row) !== null) return true;
  let areas = 0;
  const last = Math.min(grid.rowCount - 1, headerLast + AREA_SCAN_ROWS);
  for (let row = headerRow === null ? 0 : headerRow + 1; row <= last; row++) {
    for (let col = 0; col < Math.min(grid.colCount, AREA_SCAN_COLS); col++) {
      const text = shownText(grid, row, col).trim();
      if (text !== "" && areaLevel(text) !== null) {
        areas++;
        break;
      }
    }
    if (areas >= 2) return true;
  }
  return false;
}

export interface PlanSheetAdvice {
  readonly vi: string;
  readonly en: string;
  /** The command-line option that answers it (`--plan-sheet "Kế hoạch"`). */
  readonly option: string;
}

/** What to do when sheet `name` (its table's header at `headerRow`, when found) is not a plan table. */
export function planSheetAdvice(workbook: WorkbookData, name: string, grid: Grid, headerRow: number | null): PlanSheetAdvice {
  const columns = REQUIRED_ROLES.map((role) => REQUIRED_FIRST[role]).join(", ");
  // With no header found, the message has listed the columns looked for already.
  let vi = headerRow === null ? "" : ` Trang kế hoạch cần một bảng có dòng tiêu đề gồm các cột ${columns}, mỗi dòng một chỉ tiêu hoặc khoản kinh phí.`;
  let en = headerRow === null ? "" : ` A plan sheet holds one table whose header row has the columns ${columns} (code, name, unit, target), one row per indicator or budget line.`;
  const allocation = looksLikeAllocation(grid, headerRow);
  if (allocation && isResultsSheet(name)) {
    vi += ` Trang ${sheetInText(name)} có vẻ là bảng kết quả thực hiện theo địa bàn, không phải trang kế hoạch.`;
    en += ` Sheet ${sheetInText(name)} looks like a table of results by area, not the plan.`;
  } else if (allocation) {
    vi += ` Trang ${sheetInText(name)} có vẻ là biểu phân bổ (bảng chia theo địa bàn), không phải trang kế hoạch.`;
    en += ` Sheet ${sheetInText(name)} looks like the allocation sheet (a table split over areas), not the plan.`;
  }
  const plans = otherPlanSheets(workbook, name);
  if (plans.length === 1) {
    const plan = sheetInText(plans[0]);
    vi += ` Trang ${plan} có bảng kế hoạch: hãy chọn trang đó làm trang kế hoạch.`;
    en += ` Sheet ${plan} holds a plan table: choose it as the plan sheet.`;
    return { vi, en, option: `--plan-sheet ${plan}` };
  }
  if (plans.length > 1) {
    const quoted = plans.map((s) => sheetInText(s)).join(", ");
    vi += ` Các trang ${quoted} có bảng kế hoạch: hãy chọn một trang làm trang kế hoạch.`;
    en += ` The sheets ${quoted} hold a plan table: choose one as the plan sheet.`;
    return { vi, en, option: "--plan-sheet" };
  }
  const add = headerRow === null ? { vi: "Hãy ghi dòng tiêu đề với các cột đó", en: "Write a header row with those columns" } : { vi: "Hãy thêm các cột còn thiếu vào dòng tiêu đề", en: "Add the missing columns to the header row" };
  vi += allocation
    ? " Hãy chọn trang chứa bảng kế hoạch, hoặc lấy kế hoạch từ một tệp khác."
    : ` ${add.vi}, chọn trang khác làm trang kế hoạch, hoặc lấy kế hoạch từ một tệp khác.`;
  en += allocation
    ? " Choose the sheet that holds the plan table, or take the plan from another file."
    : ` ${add.en}, choose another sheet as the plan sheet, or take the plan from another file.`;
  return { vi, en, option: "--plan-sheet" };
}

/** The sheets other than `name` holding a complete plan table: the workbook's own plan sheet first, when it has one. */
function otherPlanSheets(workbook: WorkbookData, name: string): string[] {
  const own = findPlanSheet(workbook);
  if (own !== null && own !== name && planTableSheets(workbook).includes(own)) return [own];
  return planTableSheets(workbook).filter((sheet) => sheet !== name);
}

/**
 * `error`, met reading the lines of sheet `name`'s plan table (a line with
 * no code, a target that is not a number), with the advice added when the
 * table is by area and another sheet holds a plan table: the user named the
 * allocation sheet as the plan. Other errors as they are.
 */
export function withWrongSheetAdvice(error: unknown, workbook: WorkbookData, name: string, grid: Grid, headerRow: number): unknown {
  if (!(error instanceof InputError) || error.option !== undefined) return error;
  if (!looksLikeAllocation(grid, headerRow) || otherPlanSheets(workbook, name).length === 0) return error;
  const advice = planSheetAdvice(workbook, name, grid, headerRow);
  return new InputError(error.code, { vi: error.text.vi + advice.vi, en: error.text.en + advice.en }, advice.option);
}
