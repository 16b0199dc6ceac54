/** Finding sheets by their conventional names, case-, spacing- and diacritics-insensitively. */
import { InputError } from "../model/errors";
import { localized } from "../model/text";
import type { WorkbookData } from "../model/workbook";
import { wordKey } from "../text/fold";
import { nearlySameName } from "../text/nearName";
import { sheetInText } from "../model/address";

/** Folded sheet name used for comparisons: `Kế Hoạch ` → `ke hoach`. */
export function sheetKey(name: string): string {
  return wordKey(name);
}

export const PLAN_SHEET_KEYS: readonly string[] = ["ke hoach", "plan"];
export const AREA_SHEET_KEYS: readonly string[] = ["dia ban", "areas", "area"];

/** `Địa bàn`, `Areas`, and the names staff give such a list: `Địa bàn thực hiện`, `Danh sách xã`, `DS địa bàn`, `Danh sách các xã`. */
const AREA_LIST_NAME = /^(?:dia ban(?: thuc hien| du an| trien khai)?|danh sach (?:cac )?(?:xa|dia ban|huyen|don vi)|ds (?:cac )?(?:xa|dia ban|huyen))$/;

/** True when a sheet's name says it lists the plan's areas (CONTRACT §1: `Địa bàn` / `Areas`, and the names staff give it). */
export function isAreaSheetName(name: string): boolean {
  const key = sheetKey(name);
  return AREA_SHEET_KEYS.includes(key) || AREA_LIST_NAME.test(key);
}

/** The sheet listing the plan's areas: one named `Địa bàn` / `Areas` first, else the first named like such a list; null if none. */
export function findAreaSheet(workbook: WorkbookData): string | null {
  return findSheetByKeys(workbook, AREA_SHEET_KEYS) ?? workbook.sheets.find((s) => isAreaSheetName(s.name))?.name ?? null;
}

/**
 * The sheet a user named: the exact name first, then the same name folded.
 * Throws `sheet-not-found` naming it when the workbook has no such sheet.
 */
export function resolveSheetName(workbook: WorkbookData, preferred: string): string {
  const exact = workbook.sheets.find((s) => s.name === preferred);
  if (exact) return exact.name;
  const key = sheetKey(preferred);
  const folded = workbook.sheets.find((s) => sheetKey(s.name) === key);
  if (folded) return folded.name;
  const names = workbook.sheets.map((s) => sheetInText(s.name)).join(", ");
  const near = nearSheetName(workbook, preferred);
  throw new InputError(
    "sheet-not-found",
    localized(
      `Không có trang tính ${sheetInText(preferred)} trong sổ làm việc${near !== undefined ? ` — có phải ý bạn là ${sheetInText(near)}?` : ""} (các trang: ${names}).`,
      `The workbook has no sheet ${sheetInText(preferred)}${near !== undefined ? ` — did you mean ${sheetInText(near)}?` : ""} (sheets: ${names}).`,
    ),
  );
}

/** The one sheet whose name is `typed` with its spaces left out or a letter or two slipped (`PhanBo`, `Phan bo 2O24`), if exactly one is so near. */
function nearSheetName(workbook: WorkbookData, typed: string): string | undefined {
  const compact = (name: string): string => sheetKey(name).replace(/[^a-z0-9]/g, "");
  const key = compact(typed);
  const near = workbook.sheets.filter((sheet) => compact(sheet.name) === key || nearlySameName(compact(sheet.name), key));
  return near.length === 1 ? near[0].name : undefined;
}

/** First sheet whose folded name is one of `keys`, or null. */
export function findSheetByKeys(workbook: WorkbookData, keys: readonly string[]): string | null {
  const found = workbook.sheets.find((s) => keys.includes(sheetKey(s.name)));
  return found ? found.name : null;
}

/**
 * The plan sheet: a user-given name wins (error if missing); otherwise the sheet
 * named `Kế hoạch` or `Plan` (any case, diacritics optional, NFC or NFD); null if none.
 */
export function findPlanSheet(workbook: WorkbookData, preferred?: string): string | null {
  if (preferred !== undefined && preferred.trim() !== "") return resolveSheetName(workbook, preferred);
  return findSheetByKeys(workbook, PLAN_SHEET_KEYS);
}
