export { buildSummary, MAX_AREA_ROWS, MAX_FINDING_ROWS, type SummaryInput } from "./buildSummary";
export { buildHighlights } from "./highlights";
export { isAllocheckSummary, isSummarySheetName, summarySheetName, SUMMARY_SHEET_NAME } from "./naming";
export { allocatedFormula, cellFormula, cellTerm, excelNumberValue, numberValueMarks, scaleSuffix } from "./formulas";
