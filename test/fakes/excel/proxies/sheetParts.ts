/** `Worksheet.freezePanes` and `Worksheet.pageLayout`. */
import { invalidOperation } from "../errors";
import { FakeClientObject, type FakeRequestContext } from "../context";
import { FakeSheetPart, recordWrite } from "./shared";

/** `Worksheet.protection` (ExcelApi 1.2): whether the sheet is protected. */
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
      // Not verified against Excel either way: the audit of issue 9 asks to
      // un-hide before unfreezing; the fake takes the stricter reading.
      if (sheet.visibility !== "Visible") throw invalidOperation("WorksheetFreezePanes.unfreeze", "The sheet is hidden.");
      sheet.frozenRows = 0;
      recordWrite(this.context.document, sheet, [], "unfreeze");
    });
  }
}

export class FakePageLayout extends FakeSheetPart {
  protected readonly scalarProperties = ["orientation", "paperSize", "zoom"] as const;

  protected readScalar(name: string): unknown {
    const layout = this.sheet().pageLayout;
    if (name === "orientation") return layout.orientation;
    if (name === "paperSize") return layout.paperSize;
    if (name === "zoom") return { ...layout.zoom };
    return undefined;
  }

  private update(name: "orientation" | "paperSize" | "zoom", value: unknown): void {
    this.queueSet(
      name,
      value,
      (v) => {
        const sheet = this.sheet();
        if (name === "zoom") sheet.pageLayout.zoom = { ...(v as PageZoom) };
        else sheet.pageLayout[name] = v as string;
        recordWrite(this.context.document, sheet, [], `pageLayout.${name}`);
      },
      "ExcelApi 1.9",
    );
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

interface PageZoom {
  scale?: number;
  horizontalFitToPages?: number;
  verticalFitToPages?: number;
}
