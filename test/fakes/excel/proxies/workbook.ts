/**
 * `context.workbook`: its worksheets, settings (ExcelApi 1.4,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.settingcollection)
 * and structure protection. The requirement sets of `name` and `protection`
 * (1.7) are as @types/office-js marks them; their reference pages were not
 * returned by the search here. `use1904DateSystem`: "True if the workbook uses
 * the 1904 date system" (Microsoft's Excel JavaScript API reference,
 * https://learn.microsoft.com/javascript/api/excel/excel.workbook#use1904datesystem,
 * as listed in its API tables); its requirement set, ExcelApi 1.16, is taken
 * from the project's notes — the search here returned only the listing, not the
 * requirement-set page — and an older host fails the sync with ApiNotFound, as
 * with every newer API here. Read-only here (the add-in never sets it).
 */
import { FakeClientObject, type FakeRequestContext } from "../context";
import { FakeSettingCollection } from "./settings";
import { FakeWorkbookProtection } from "./sheetParts";
import { FakeWorksheet, FakeWorksheetCollection } from "./worksheets";

export class FakeWorkbook extends FakeClientObject {
  protected readonly scalarProperties: readonly string[] = ["name", "use1904DateSystem"];
  protected override readonly propertyRequires: Readonly<Record<string, string>> = { use1904DateSystem: "ExcelApi 1.16" };
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
    if (name === "use1904DateSystem") return this.context.document.date1904;
    return name === "name" ? this.context.document.name : undefined;
  }

  /** ExcelApi 1.7. */
  get name(): string {
    return this.loaded("name");
  }

  /** ExcelApi 1.16. */
  get use1904DateSystem(): boolean {
    return this.loaded("use1904DateSystem");
  }

  getActiveWorksheet(): FakeWorksheet {
    return this.worksheets.getActiveWorksheet();
  }
}
