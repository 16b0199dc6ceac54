/**
 * `context.workbook`: its worksheets, settings (ExcelApi 1.4,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.settingcollection)
 * and structure protection. The requirement sets of `name` and `protection`
 * (1.7) are as @types/office-js marks them; their reference pages were not
 * returned by the search here.
 */
import { FakeClientObject, type FakeRequestContext } from "../context";
import { FakeSettingCollection } from "./settings";
import { FakeWorkbookProtection } from "./sheetParts";
import { FakeWorksheet, FakeWorksheetCollection } from "./worksheets";

export class FakeWorkbook extends FakeClientObject {
  protected readonly scalarProperties: readonly string[] = ["name"];
  readonly worksheets: FakeWorksheetCollection;

  constructor(context: FakeRequestContext) {
    super(context, "workbook");
    this.worksheets = new FakeWorksheetCollection(context);
    this.settings = new FakeSettingCollection(context);
    this.protection = new FakeWorkbookProtection(context);
  }

  /** ExcelApi 1.7. */
  readonly protection: FakeWorkbookProtection;

  /** ExcelApi 1.4. */
  readonly settings: FakeSettingCollection;

  resolveTarget(): unknown {
    return this.context.document;
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return name === "protection" ? this.protection : undefined;
  }

  protected readScalar(name: string): unknown {
    return name === "name" ? this.context.document.name : undefined;
  }

  /** ExcelApi 1.7. */
  get name(): string {
    return this.loaded("name");
  }

  getActiveWorksheet(): FakeWorksheet {
    return this.worksheets.getActiveWorksheet();
  }
}
