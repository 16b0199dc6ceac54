/**
 * `workbook.worksheets` and `Worksheet`: sheet names, visibility, activation,
 * deletion, and the ranges a sheet hands out (`getRange`, `getRanges`, used
 * ranges).
 */
import { FakeClientObject, type FakeRequestContext } from "../context";
import { type FakeDocument, type FakeSheet, type Rect, type Visibility, MAX_COLS, MAX_ROWS, parseRect, splitSheetAddress } from "../document";
import { generalException, invalidArgument, invalidOperation, itemNotFound } from "../errors";
import { FakeRangeAreas } from "./areas";
import { FakeCommentCollection, FakeNoteCollection } from "./notes";
import { FakeChartCollection } from "./charts";
import { FakeRange } from "./range";
import { assertStructureWritable, FakeItemCollection, once, quoteJson, recordWrite } from "./shared";
import { FakeFreezePanes, FakePageBreaks, FakePageLayout, FakeWorksheetProtection } from "./sheetParts";

const WHOLE_SHEET: Rect = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };

export class FakeWorksheetCollection extends FakeItemCollection<FakeWorksheet> {
  protected readonly itemProperties: readonly string[] = ["name", "visibility", "position", "id"];

  constructor(context: FakeRequestContext) {
    super(context, "workbook.worksheets");
  }

  /**
   * `WorksheetCollection.onChanged` (ExcelApi 1.9; "onChanged: Occurs when
   * the data of individual cells or comments has changed", supported on
   * WorksheetCollection, https://learn.microsoft.com/en-sg/office/dev/add-ins/excel/excel-add-ins-events), with
   * `WorksheetChangedEventArgs` (worksheetId, address, changeType, source,
   * ExcelApi 1.7, https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetchangedeventargs).
   * The handler is registered when the batch is synced and stays registered
   * after its `Excel.run` (until the add-in reloads: "Event handlers don't
   * persist across sessions", same page). `remove()` must go through the
   * same request context ("Remove event handlers using the remove method
   * with the same RequestContext", same page): it is queued there and takes
   * effect at that context's next sync; once that `Excel.run` is over it
   * fails with InvalidObjectPath (the fake does not model
   * `Excel.run(handler.context, …)`).
   */
  readonly onChanged = {
    add: (handler: (event: unknown) => unknown): { remove(): void } => {
      const doc = this.context.document;
      this.enqueueRegistration(() => doc.changeHandlers.push(handler));
      return {
        remove: () => {
          this.enqueue("call", "_UnregisterEventHandler", ["onChanged"], () => {
            const i = doc.changeHandlers.indexOf(handler);
            if (i >= 0) doc.changeHandlers.splice(i, 1);
          });
        },
      };
    },
  };

  private enqueueRegistration(apply: () => void): void {
    this.enqueue("call", "_RegisterEventHandler", ["onChanged"], apply, "ExcelApi 1.9");
  }

  resolveTarget(): unknown {
    return this.context.document.liveSheets();
  }

  protected makeItems(): FakeWorksheet[] {
    return this.context.document
      .liveSheets()
      .map((sheet) => new FakeWorksheet(this.context, `${this.path}[${quoteJson(sheet.id)}]`, () => sheet));
  }

  /**
   * ItemNotFound at sync for a missing sheet; `getItemOrNullObject` gives a
   * null object instead ("If the worksheet does not exist, then this method
   * returns an object with its isNullObject property set to true",
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetcollection?view=excel-js-1.21).
   * Excel also finds a sheet by its id ("using its name or ID", same page);
   * the fake finds by name only (stricter).
   */
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      `${this.path}.getItem(${quoteJson(name)})`,
      once(() => {
        const sheet = this.context.document.findSheet(name);
        if (!sheet) throw itemNotFound(`Worksheets.getItem(${name})`);
        return sheet;
      }),
    );
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    const proxy = new FakeWorksheet(
      this.context,
      `${this.path}.getItemOrNullObject(${quoteJson(name)})`,
      once(() => this.context.document.findSheet(name) ?? null),
    );
    proxy.queueInstantiate();
    return proxy;
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      `${this.path}.getActiveWorksheet()`,
      once(() => {
        const doc = this.context.document;
        return (doc.activeSheet && doc.findSheet(doc.activeSheet)) || doc.liveSheets()[0];
      }),
    );
  }

  add(name?: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    const proxy = new FakeWorksheet(this.context, `${this.path}.add(${quoteJson(name ?? "")})`, () => {
      if (!created) throw invalidOperation("Worksheets.add", "used before the add ran");
      return created;
    });
    this.enqueue("call", "add", [name ?? null], () => {
      const doc = this.context.document;
      assertStructureWritable(doc, "Worksheets.add");
      const sheetName = name ?? nextDefaultName(doc);
      validateSheetName(doc, sheetName);
      created = doc.addSheet(sheetName);
      recordWrite(doc, created, [], "add-sheet");
    });
    return proxy;
  }
}

function nextDefaultName(doc: FakeDocument): string {
  for (let n = 1; ; n++) if (!doc.findSheet(`Sheet${n}`)) return `Sheet${n}`;
}

/**
 * Sheet names: unique regardless of case, 1–31 characters, none of
 * `: \ / ? * [ ]`, not starting or ending with `'`. Not stated on an Office.js
 * page found here; Excel's rules as restated by DevExpress
 * (https://docs.devexpress.com/OfficeFileAPI/114076/excel-export-library/worksheets/how-to-set-a-worksheet-name).
 * Excel also reserves the name "History"; not modelled (no source found).
 */
export function validateSheetName(doc: FakeDocument, name: string, except?: FakeSheet): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw invalidArgument("Worksheet.name", `The sheet name '${name}' is not valid.`);
  }
  const existing = doc.findSheet(name);
  if (existing && existing !== except) {
    throw invalidArgument("Worksheet.name", `A sheet named '${name}' already exists.`);
  }
}

export class FakeWorksheet extends FakeClientObject {
  protected readonly scalarProperties = ["name", "visibility", "position", "id"] as const;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;
  readonly horizontalPageBreaks: FakePageBreaks;
  /** ExcelApi 1.18. */
  readonly notes: FakeNoteCollection;
  /** ExcelApi 1.2. */
  readonly protection: FakeWorksheetProtection;
  /** ExcelApi 1.10. */
  readonly comments: FakeCommentCollection;
  /** ExcelApi 1.1. */
  readonly charts: FakeChartCollection;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly find: () => FakeSheet | null,
  ) {
    super(context, path);
    this.freezePanes = new FakeFreezePanes(context, `${path}.freezePanes`, () => this.sheet());
    this.pageLayout = new FakePageLayout(context, `${path}.pageLayout`, () => this.sheet());
    this.horizontalPageBreaks = new FakePageBreaks(context, `${path}.horizontalPageBreaks`, () => this.sheet());
    this.notes = new FakeNoteCollection(context, `${path}.notes`, () => this.sheet());
    this.protection = new FakeWorksheetProtection(context, `${path}.protection`, () => this.sheet());
    this.comments = new FakeCommentCollection(context, `${path}.comments`, () => this.sheet());
    this.charts = new FakeChartCollection(context, `${path}.charts`, () => this.sheet());
  }

  resolveTarget(): FakeSheet | null {
    return this.find();
  }

  /** The sheet, for an operation that cannot run on a null object. */
  sheet(): FakeSheet {
    const sheet = this.find();
    if (!sheet) throw itemNotFound(this.path);
    if (sheet.deleted) throw itemNotFound(this.path);
    return sheet;
  }

  queueInstantiate(): void {
    this.instantiate();
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    if (name === "freezePanes") return this.freezePanes;
    if (name === "pageLayout") return this.pageLayout;
    if (name === "horizontalPageBreaks") return this.horizontalPageBreaks;
    if (name === "protection") return this.protection;
    return undefined;
  }

  protected readScalar(name: string): unknown {
    const sheet = this.sheet();
    switch (name) {
      case "name":
        return sheet.name;
      case "visibility":
        return sheet.visibility;
      case "position":
        return this.context.document.liveSheets().indexOf(sheet);
      case "id":
        return sheet.id;
    }
    return undefined;
  }

  /** For collection loads: the values of `paths`, read now (inside sync). */
  snapshot(paths: readonly string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const path of paths) {
      if (path.includes("/")) {
        out[path] = this.readPath(path);
        continue;
      }
      if (!(this.scalarProperties as readonly string[]).includes(path)) {
        throw new TypeError(`fake Excel: cannot load '${path}' on worksheets`);
      }
      out[path] = this.readScalar(path);
    }
    return out;
  }

  get name(): string {
    return this.loaded("name");
  }

  set name(value: string) {
    this.queueSet("name", value, (v) => {
      const sheet = this.sheet();
      assertStructureWritable(this.context.document, "Worksheet.name");
      validateSheetName(this.context.document, v as string, sheet);
      recordWrite(this.context.document, sheet, [], "rename");
      if (this.context.document.activeSheet === sheet.name) this.context.document.activeSheet = v as string;
      sheet.name = v as string;
    });
  }

  get visibility(): Visibility {
    return this.loaded("visibility");
  }

  /**
   * A workbook keeps at least one visible sheet: hiding the last one fails
   * (InvalidOperation; not documented for the API on a page found here — the
   * rule is Excel's, e.g. "A workbook must always contain at least one
   * visible worksheet" in DevExpress's restatement,
   * https://docs.devexpress.com/OfficeFileAPI/DevExpress.Spreadsheet.Worksheet.Visible).
   * Showing or hiding needs an unprotected workbook structure.
   */
  set visibility(value: Visibility) {
    this.queueSet("visibility", value, (v) => {
      const sheet = this.sheet();
      if (!["Visible", "Hidden", "VeryHidden"].includes(v as string)) throw invalidArgument("Worksheet.visibility");
      const doc = this.context.document;
      if (v !== sheet.visibility) assertStructureWritable(doc, "Worksheet.visibility");
      if (v !== "Visible" && doc.liveSheets().filter((s) => s !== sheet && s.visibility === "Visible").length === 0) {
        throw invalidOperation("Worksheet.visibility", "A workbook must contain at least one visible worksheet.");
      }
      recordWrite(doc, sheet, [], "visibility");
      sheet.visibility = v as Visibility;
      if (v !== "Visible" && doc.activeSheet === sheet.name) {
        doc.activeSheet = doc.liveSheets().find((s) => s.visibility === "Visible")?.name ?? null;
      }
    });
  }

  get position(): number {
    return this.loaded("position");
  }

  get id(): string {
    return this.loaded("id");
  }

  /**
   * A hidden sheet cannot be activated (InvalidOperation). Not documented
   * for the API on a page found here; the stricter reading assumed.
   */
  activate(): void {
    this.enqueue("call", "activate", [], () => {
      const sheet = this.sheet();
      if (sheet.visibility !== "Visible") throw invalidOperation("Worksheet.activate", "The sheet is hidden.");
      this.context.document.activeSheet = sheet.name;
    });
  }

  /**
   * A VeryHidden sheet cannot be deleted: Excel fails with GeneralException,
   * "by design" (office-js #365, https://github.com/OfficeDev/office-js/issues/365;
   * documented since office-js-docs-pr #754,
   * https://github.com/OfficeDev/office-js-docs-pr/pull/754). Deleting the
   * last visible sheet is refused too, as hiding it is (not documented for
   * the API; the stricter reading assumed, InvalidOperation).
   */
  delete(): void {
    this.enqueue("call", "delete", [], () => {
      const sheet = this.sheet();
      const doc = this.context.document;
      assertStructureWritable(doc, "Worksheet.delete");
      if (sheet.visibility === "VeryHidden") throw generalException("Worksheet.delete");
      if (sheet.visibility === "Visible" && doc.liveSheets().every((s) => s === sheet || s.visibility !== "Visible")) {
        throw invalidOperation("Worksheet.delete", "A workbook must contain at least one visible worksheet.");
      }
      sheet.deleted = true;
      doc.deletedSheets.push(sheet.name);
      recordWrite(doc, sheet, [], "delete-sheet");
      if (doc.activeSheet === sheet.name) doc.activeSheet = doc.liveSheets().find((s) => s.visibility === "Visible")?.name ?? null;
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}.getRange(${quoteJson(address ?? "")})`,
      once(() => {
        const sheet = this.sheet();
        if (address === undefined || address === "") return { sheet, rect: WHOLE_SHEET };
        const { sheet: named, local } = splitSheetAddress(address);
        if (named !== null && this.context.document.findSheet(named) !== sheet) {
          throw invalidArgument(`Worksheet.getRange(${address})`);
        }
        return { sheet, rect: parseRect(local) };
      }),
    );
  }

  getRanges(address: string): FakeRangeAreas {
    const proxy = new FakeRangeAreas(
      this.context,
      `${this.path}.getRanges(${quoteJson(address)})`,
      once(() => {
        const sheet = this.sheet();
        // A long address list fails the sync with InvalidArgument ("The
        // argument is invalid or missing or has an incorrect format."):
        // office-js #5198 (https://github.com/OfficeDev/office-js/issues/5198)
        // reports a list of 8 207 characters failing on desktop and on the
        // web, and #4263 (https://github.com/OfficeDev/office-js/issues/4263)
        // the same error for long visible-cell lists. The exact limit is not
        // documented ("the limit of getRanges is unclear", #5198; docs request
        // office-js-docs-pr #2255, https://github.com/OfficeDev/office-js-docs-pr/issues/2255);
        // the fake refuses any list over 8 192 characters.
        if (address.length > 8192) {
          throw invalidArgument(`Worksheet.getRanges(${address.length} characters)`);
        }
        const parts = address.split(",");
        const rects = parts.map((part) => {
          const { sheet: named, local } = splitSheetAddress(part);
          if (named !== null && this.context.document.findSheet(named) !== sheet) {
            throw invalidArgument(`Worksheet.getRanges(${part})`);
          }
          return parseRect(local);
        });
        return { sheet, rects };
      }),
    );
    proxy.queueInstantiate("ExcelApi 1.9");
    return proxy;
  }

  /**
   * The used range: cells with a value or formatting, or with values only
   * when `valuesOnly` ("Considers only cells with values as used cells
   * (ignores formatting)", the same parameter in Microsoft Graph's workbook
   * API, https://learn.microsoft.com/en-us/graph/api/worksheet-usedrange).
   * On an empty sheet the fake answers A1, as that page does ("If the
   * worksheet is blank, this function returns the top left cell").
   */
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}.getUsedRange(${valuesOnly})`,
      once(() => {
        const sheet = this.sheet();
        return { sheet, rect: sheet.usedRect(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
      }),
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const proxy = new FakeRange(
      this.context,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`,
      once(() => {
        const sheet = this.sheet();
        const rect = sheet.usedRect(valuesOnly);
        return rect ? { sheet, rect } : null;
      }),
    );
    proxy.queueInstantiate();
    return proxy;
  }
}
