/**
 * The Excel API requirement set the add-in needs (manifest.xml `<Set
 * Name="ExcelApi" MinVersion>`; a test keeps the two equal). ExcelApi 1.9 is
 * in Excel on the web, Microsoft 365 (Windows, Mac) and Office 2021 or
 * later; Office 2019 stops at 1.8 and Office 2016 at 1.1
 * (https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets).
 */
export const EXCEL_API_SET = "ExcelApi";
export const MIN_EXCEL_API = "1.9";
