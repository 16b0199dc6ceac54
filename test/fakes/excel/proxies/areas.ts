/**
 * `RangeAreas` (from `getRanges` and `getMergedAreasOrNullObject`) and its
 * `areas` collection: "A set of (possibly discontiguous) ranges is
 * represented by a RangeAreas object", ExcelApi 1.9 (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-multiple-ranges;
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.interfaces.rangeareasloadoptions).
 */
import { FakeClientObject, type FakeRequestContext } from "../context";
import { fullAddress, rectCellCount } from "../document";
import { invalidObjectPath, invalidOperation } from "../errors";
import { FakeRangeFormat } from "./format";
import { clearCells, FakeRange } from "./range";
import { type AreasTarget, FakeBoundProxy, FakeItemCollection } from "./shared";

export class FakeRangeAreas extends FakeBoundProxy<AreasTarget> {
  protected readonly scalarProperties = ["address", "areaCount", "cellCount"] as const;
  readonly format: FakeRangeFormat;
  readonly areas: FakeRangeCollection;

  constructor(context: FakeRequestContext, path: string, find: () => AreasTarget | null) {
    super(context, path, find);
    this.format = new FakeRangeFormat(context, `${path}.format`, () => this.target());
    this.areas = new FakeRangeCollection(context, `${path}.areas`, () => this.find());
  }

  queueInstantiate(requires: string): void {
    this.instantiate(requires);
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    if (name === "format") return this.format;
    if (name === "areas") return this.areas;
    return undefined;
  }

  protected readScalar(name: string): unknown {
    const t = this.target();
    switch (name) {
      case "address":
        // "Address value will contain the worksheet name for each rectangular
        // block of cells (e.g., \"Sheet1!A1:B4, Sheet1!D1:D4\")"
        // (https://learn.microsoft.com/en-us/javascript/api/excel/excel.interfaces.rangeareasloadoptions):
        // joined with ", " as that example shows, so a reader must accept the space.
        return t.rects.map((r) => fullAddress(t.sheet.name, r)).join(", ");
      case "areaCount":
        return t.rects.length;
      case "cellCount":
        return t.rects.reduce((n, r) => n + rectCellCount(r), 0);
    }
    return undefined;
  }

  get address(): string {
    return this.loaded("address");
  }
  get areaCount(): number {
    return this.loaded("areaCount");
  }
  get cellCount(): number {
    return this.loaded("cellCount");
  }

  clear(applyTo?: string): void {
    this.enqueue("call", "clear", [applyTo ?? "All"], () => clearCells(this.context.document, this.target(), applyTo ?? "All"));
  }

  /**
   * `RangeAreas.select()` exists from ExcelApi 1.18 only (as @types/office-js
   * marks it; the RangeAreas reference page was not found by the search
   * here); an older host fails the sync with ApiNotFound, as with every
   * newer API here. A hidden sheet's cells cannot be selected
   * (InvalidOperation), as with `Range.select` (not documented; assumed).
   */
  select(): void {
    this.enqueue(
      "call",
      "select",
      [],
      () => {
        const t = this.target();
        if (t.sheet.visibility !== "Visible") throw invalidOperation("RangeAreas.select", "The sheet is hidden.");
        this.context.document.activeSheet = t.sheet.name;
        this.context.document.selection = {
          sheet: t.sheet.name,
          address: t.rects.map((r) => fullAddress(t.sheet.name, r)).join(","),
        };
      },
      "ExcelApi 1.18",
    );
  }
}

/**
 * `RangeAreas.areas`: one Range per area; `load()` loads the items' properties.
 * Not documented: whether the areas of a null RangeAreas load as an empty
 * collection or fail the sync; the fake fails it by default (the stricter
 * reading; `strictNullChildren: false` for the other).
 */
export class FakeRangeCollection extends FakeItemCollection<FakeRange> {
  protected readonly itemProperties: readonly string[] = ["address"];

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly find: () => AreasTarget | null,
  ) {
    super(context, path);
  }

  resolveTarget(): unknown {
    return this.find() ?? [];
  }

  protected makeItems(): FakeRange[] {
    const found = this.find();
    if (found === null && this.context.hooks.strictNullChildren) throw invalidObjectPath(this.path);
    if (found === null) return [];
    return found.rects.map((rect, i) => new FakeRange(this.context, `${this.path}[${i}]`, () => ({ sheet: found.sheet, rect })));
  }
}
