/** A WorkbookHost wrapper that records every call, to test what the app services ask of the host. */
import type { SheetInfo, SummaryWritten, WorkbookHost } from "../../src/app/host";
import type { Highlight, SummarySheetModel } from "../../src/core/model/summary";
import type { WorkbookData } from "../../src/core/model/workbook";

export interface HostCall {
  readonly method: string;
  readonly args: readonly unknown[];
}

export class HostSpy implements WorkbookHost {
  readonly calls: HostCall[] = [];
  readonly kind: "excel" | "preview";

  constructor(private readonly inner: WorkbookHost) {
    this.kind = inner.kind;
  }

  count(method: string): number {
    return this.calls.filter((c) => c.method === method).length;
  }

  argsOf(method: string): Array<readonly unknown[]> {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  reset(): void {
    this.calls.length = 0;
  }

  private record(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args });
  }

  async workbookName(): Promise<string> {
    this.record("workbookName");
    return this.inner.workbookName === undefined ? "Workbook" : this.inner.workbookName();
  }
  listSheets(): Promise<SheetInfo[]> {
    this.record("listSheets");
    return this.inner.listSheets();
  }
  readWorkbook(sheetNames?: readonly string[]): Promise<WorkbookData> {
    this.record("readWorkbook", sheetNames === undefined ? undefined : [...sheetNames]);
    return this.inner.readWorkbook(sheetNames);
  }
  sheetFingerprint(sheetName: string): Promise<string> {
    this.record("sheetFingerprint", sheetName);
    return this.inner.sheetFingerprint(sheetName);
  }
  writeSummary(model: SummarySheetModel): Promise<SummaryWritten | void> {
    this.record("writeSummary", model);
    return this.inner.writeSummary(model);
  }
  applyHighlights(highlights: readonly Highlight[]): Promise<void> {
    this.record("applyHighlights", highlights);
    return this.inner.applyHighlights(highlights);
  }
  clearHighlights(): Promise<number> {
    this.record("clearHighlights");
    return this.inner.clearHighlights();
  }
  selectCell(sheet: string, cell: string): Promise<void> {
    this.record("selectCell", sheet, cell);
    return this.inner.selectCell(sheet, cell);
  }
  writeNewSheet(preferredName: string, rows: ReadonlyArray<ReadonlyArray<string | number | null>>): Promise<string> {
    this.record("writeNewSheet", preferredName, rows);
    return this.inner.writeNewSheet(preferredName, rows);
  }
}
