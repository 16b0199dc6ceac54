/** `Worksheet.freezePanes` and `Worksheet.pageLayout`. */
import { parseRect, type FakeSheet } from "../document";
import { invalidArgument, invalidOperation } from "../errors";
import { FakeClientObject, type FakeRequestContext } from "../context";
import { FakeSheetPart, recordWrite } from "./shared";

/** `Worksheet.protection` (ExcelApi 1.2, https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetprotectionoptions): whether the sheet is protected; what it refuses is in shared.ts (assertWritable). */
export class FakeWorksheetProtection extends FakeSheetPart {
  protected readonly scalarProperties = ["protected"] as const;

  protected readScalar(): unknown {
    return this.sheet().protected;
  }

  get protected(): boolean {
    return this.loaded("protected");
  }
}

/** `Workbook.protection` (ExcelApi 1.7): whether the structure is protected. */
export class FakeWorkbookProtection extends FakeClientObject {
  protected readonly scalarProperties = ["protected"] as const;

  constructor(context: FakeRequestContext) {
    super(context, "workbook.protection");
  }

  protected readScalar(): unknown {
    return this.context.document.structureProtected;
  }

  resolveTarget(): unknown {
    return this.context.document;
  }

  get protected(): boolean {
    return this.loaded("protected");
  }
}


export class FakeFreezePanes extends FakeSheetPart {
  protected readonly scalarProperties: readonly string[] = [];

  protected readScalar(): unknown {
    return undefined;
  }

  freezeRows(count = 1): void {
    this.enqueue("call", "freezeRows", [count], () => {
      const sheet = this.sheet();
      sheet.frozenRows = count;
      recordWrite(this.context.document, sheet, [], "freezeRows");
    });
  }

  unfreeze(): void {
    this.enqueue("call", "unfreeze", [], () => {
      const sheet = this.sheet();
      // Excel threw here for a hidden sheet (office-js #1463,
      // https://github.com/OfficeDev/office-js/issues/1463, since marked
      // fixed); the fake keeps the stricter, older behaviour so that the
      // adapter shows a sheet before unfreezing it.
      if (sheet.visibility !== "Visible") throw invalidOperation("WorksheetFreezePanes.unfreeze", "The sheet is hidden.");
      sheet.frozenRows = 0;
      recordWrite(this.context.document, sheet, [], "unfreeze");
    });
  }
}

const MARGINS = ["leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"] as const;
type Margin = (typeof MARGINS)[number];

/**
 * `Worksheet.pageLayout` (ExcelApi 1.9; the PageLayout reference page was not
 * returned by the search here). Zoom: "Print page scale value can be
 * between 10 and 400. This value can be null if fit to page tall or wide is
 * specified" (https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayoutzoomoptions):
 * a scale outside 10–400, or a scale together with pages to fit, is refused
 * (the latter an assumption on the stricter side). Margins in points, not
 * negative (assumed). Print titles must be whole rows or columns, given as
 * such: Excel's own PrintTitleRows widens a partial row instead ("If you
 * specify only part of a row or rows, Microsoft Excel expands the range to
 * full rows", https://learn.microsoft.com/en-us/office/vba/api/excel.pagesetup.printtitlerows);
 * the fake refuses it, the stricter reading.
 */
export class FakePageLayout extends FakeSheetPart {
  protected readonly scalarProperties = ["orientation", "paperSize", "zoom", "printOrder", ...MARGINS] as const;
  private footers: FakeHeaderFooterGroup | undefined;

  get headersFooters(): FakeHeaderFooterGroup {
    this.footers ??= new FakeHeaderFooterGroup(this.context, `${this.path}.headersFooters`, this.sheet);
    return this.footers;
  }

  protected readScalar(name: string): unknown {
    const layout = this.sheet().pageLayout;
    if (name === "orientation") return layout.orientation;
    if (name === "paperSize") return layout.paperSize;
    if (name === "zoom") return { ...layout.zoom };
    if (name === "printOrder") return layout.printOrder ?? "DownThenOver";
    if ((MARGINS as readonly string[]).includes(name)) return layout[name as Margin] ?? 0;
    return undefined;
  }

  private update(name: "orientation" | "paperSize" | "zoom" | "printOrder" | Margin, value: unknown): void {
    this.queueSet(
      name,
      value,
      (v) => {
        const sheet = this.sheet();
        if (name === "zoom") {
          const zoom = v as PageZoom;
          const fit = zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined;
          if ((zoom.scale !== undefined && fit) || (zoom.scale !== undefined && (zoom.scale < 10 || zoom.scale > 400))) {
            throw invalidArgument("PageLayout.zoom");
          }
          sheet.pageLayout.zoom = { ...zoom };
        } else if ((MARGINS as readonly string[]).includes(name)) {
          if (typeof v !== "number" || v < 0) throw invalidArgument(`PageLayout.${name}`);
          sheet.pageLayout[name as Margin] = v;
        } else sheet.pageLayout[name as "orientation" | "paperSize" | "printOrder"] = v as string;
        recordWrite(this.context.document, sheet, [], `pageLayout.${name}`);
      },
      "ExcelApi 1.9",
    );
  }

  private printTitles(name: "printTitleRows" | "printTitleColumns", address: string): void {
    this.enqueue("call", name === "printTitleRows" ? "setPrintTitleRows" : "setPrintTitleColumns", [address], () => {
      const whole = name === "printTitleRows" ? /^\$?\d+:\$?\d+$/ : /^\$?[A-Z]{1,3}:\$?[A-Z]{1,3}$/i;
      if (!whole.test(address.trim())) throw invalidArgument(`PageLayout.${name === "printTitleRows" ? "setPrintTitleRows" : "setPrintTitleColumns"}`);
      const sheet = this.sheet();
      sheet.pageLayout[name] = address;
      recordWrite(this.context.document, sheet, [], `pageLayout.${name}`);
    }, "ExcelApi 1.9");
  }

  setPrintTitleRows(address: string): void {
    this.printTitles("printTitleRows", address);
  }
  setPrintTitleColumns(address: string): void {
    this.printTitles("printTitleColumns", address);
  }
  get printOrder(): string {
    return this.loaded("printOrder");
  }
  set printOrder(v: string) {
    this.update("printOrder", v);
  }
  get leftMargin(): number {
    return this.loaded("leftMargin");
  }
  set leftMargin(v: number) {
    this.update("leftMargin", v);
  }
  get rightMargin(): number {
    return this.loaded("rightMargin");
  }
  set rightMargin(v: number) {
    this.update("rightMargin", v);
  }
  get topMargin(): number {
    return this.loaded("topMargin");
  }
  set topMargin(v: number) {
    this.update("topMargin", v);
  }
  get bottomMargin(): number {
    return this.loaded("bottomMargin");
  }
  set bottomMargin(v: number) {
    this.update("bottomMargin", v);
  }
  get headerMargin(): number {
    return this.loaded("headerMargin");
  }
  set headerMargin(v: number) {
    this.update("headerMargin", v);
  }
  get footerMargin(): number {
    return this.loaded("footerMargin");
  }
  set footerMargin(v: number) {
    this.update("footerMargin", v);
  }

  get orientation(): string {
    return this.loaded("orientation");
  }
  set orientation(v: string) {
    this.update("orientation", v);
  }
  get paperSize(): string {
    return this.loaded("paperSize");
  }
  set paperSize(v: string) {
    this.update("paperSize", v);
  }
  get zoom(): PageZoom {
    return this.loaded("zoom");
  }
  set zoom(v: PageZoom) {
    this.update("zoom", v);
  }
}

/**
 * `PageLayout.headersFooters.defaultForAllPages` (ExcelApi 1.9,
 * HeaderFooter): the centre footer only, the one part the summary writes; a
 * text in Excel's header/footer codes (`&P` the page, `&N` the pages).
 */
export class FakeHeaderFooter extends FakeSheetPart {
  protected readonly scalarProperties = ["centerFooter"] as const;

  protected readScalar(name: string): unknown {
    return name === "centerFooter" ? (this.sheet().pageLayout.centerFooter ?? "") : undefined;
  }

  get centerFooter(): string {
    return this.loaded("centerFooter");
  }
  set centerFooter(v: string) {
    this.queueSet(
      "centerFooter",
      v,
      (value) => {
        if (typeof value !== "string") throw invalidArgument("HeaderFooter.centerFooter");
        const sheet = this.sheet();
        sheet.pageLayout.centerFooter = value;
        recordWrite(this.context.document, sheet, [], "pageLayout.headersFooters.defaultForAllPages.centerFooter");
      },
      "ExcelApi 1.9",
    );
  }
}

/** `PageLayout.headersFooters` (ExcelApi 1.9): its `defaultForAllPages`. */
export class FakeHeaderFooterGroup {
  readonly defaultForAllPages: FakeHeaderFooter;
  constructor(context: FakeRequestContext, path: string, sheet: () => FakeSheet) {
    this.defaultForAllPages = new FakeHeaderFooter(context, `${path}.defaultForAllPages`, sheet);
  }
}

interface PageZoom {
  scale?: number;
  horizontalFitToPages?: number;
  verticalFitToPages?: number;
}

/**
 * `Worksheet.horizontalPageBreaks` (ExcelApi 1.9): `add` puts a manual break
 * before the top-left cell of its range; `removePageBreaks` removes every
 * manual break of the collection (PageBreakCollection; its reference page
 * was not returned by the search here, so this is as the API's names say).
 */
export class FakePageBreaks extends FakeSheetPart {
  protected readonly scalarProperties: readonly string[] = [];

  protected readScalar(): unknown {
    return undefined;
  }

  add(address: string): void {
    this.enqueue("call", "add", [address], () => {
      const sheet = this.sheet();
      const row = parseRect(address).top;
      if (!sheet.rowBreaks.includes(row)) sheet.rowBreaks = [...sheet.rowBreaks, row].sort((a, b) => a - b);
      recordWrite(this.context.document, sheet, [], "horizontalPageBreaks.add");
    }, "ExcelApi 1.9");
  }

  removePageBreaks(): void {
    this.enqueue("call", "removePageBreaks", [], () => {
      const sheet = this.sheet();
      sheet.rowBreaks = [];
      recordWrite(this.context.document, sheet, [], "horizontalPageBreaks.removePageBreaks");
    }, "ExcelApi 1.9");
  }
}
