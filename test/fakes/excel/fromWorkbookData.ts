/** A fake Excel host holding a `WorkbookData` (the sample workbook, a fixture), cell for cell. */
import type { WorkbookData } from "../../../src/core/model/workbook";
import { a1 } from "../../../src/core/model/address";
import { rangeAddress } from "../../../src/adapters/office/addresses";
import { createFakeExcel, type FakeExcel, type FakeSheetSpec } from "./index";

export function fakeExcelFromWorkbook(data: WorkbookData, apiVersion?: string): FakeExcel {
  const sheets: FakeSheetSpec[] = data.sheets.map((sheet) => {
    const formulas: Record<string, string> = {};
    sheet.formulas?.forEach((row, r) =>
      row?.forEach((formula, c) => {
        if (formula !== null && formula !== undefined) formulas[a1(r, c)] = formula;
      }),
    );
    const numberFormats: Record<string, string> = {};
    sheet.numberFormats?.forEach((row, r) =>
      row?.forEach((format, c) => {
        if (format !== null && format !== undefined) numberFormats[a1(r, c)] = format;
      }),
    );
    return {
      name: sheet.name,
      rows: sheet.values.map((row) => (row === undefined ? [] : [...row])),
      formulas,
      numberFormats,
      merges: sheet.merges.map(rangeAddress),
      visibility: sheet.hidden ? "Hidden" : "Visible",
      ...(sheet.hiddenRows ? { hiddenRows: sheet.hiddenRows } : {}),
      ...(sheet.hiddenColumns ? { hiddenColumns: sheet.hiddenColumns } : {}),
    };
  });
  return createFakeExcel({ sheets, apiVersion });
}
