export { resolveSheetName, findSheetByKeys, sheetKey, PLAN_SHEET_KEYS, AREA_SHEET_KEYS, isAreaSheetName } from "../sheets/sheetNames";
export { findPlanSheet } from "./planSheet";
export { readPlanFromWorkbook, defaultRule } from "./readPlanFromWorkbook";
export { readPlanJson } from "./readPlanJson";
export { matchPlanHeader, PLAN_HEADERS } from "./planHeader";
export type { PlanRole } from "./planHeader";
export { readAmount, readRule, readCode } from "./planValues";
export { parentOfCode, findParentCode } from "./planCodes";
