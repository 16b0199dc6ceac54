/** `Range.format` and its `fill` and `font`, over the cells of a range or of range areas. */
import type { FakeClientObject, FakeRequestContext } from "../context";
import { type Rect, normalizeColor } from "../document";
import { invalidArgument } from "../errors";
import { FakeRangeBorderCollection } from "./borders";
import { type AreasTarget, assertWritable, cellsOf, common, existingCells, FakeCellsPart, recordWrite } from "./shared";

export class FakeRangeFormat extends FakeCellsPart {
  protected readonly family = "format";
  protected readonly scalarProperties = ["columnWidth", "rowHeight", "horizontalAlignment", "verticalAlignment", "wrapText"] as const;
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  readonly borders: FakeRangeBorderCollection;

  constructor(context: FakeRequestContext, path: string, find: () => AreasTarget) {
    super(context, path, find);
    this.fill = new FakeRangeFill(context, `${path}.fill`, find);
    this.font = new FakeRangeFont(context, `${path}.font`, find);
    this.borders = new FakeRangeBorderCollection(context, `${path}.borders`, find);
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    if (name === "borders") return this.borders;
    return undefined;
  }

  protected readScalar(name: string): unknown {
    const t = this.find();
    switch (name) {
      case "columnWidth":
        return common(t.rects.flatMap((r) => columnsOf(r).map((c) => t.sheet.columnWidths.get(c) ?? 48)));
      case "rowHeight":
        return common(t.rects.flatMap((r) => rowsOf(r).map((row) => t.sheet.rowHeights.get(row) ?? 15)));
      case "horizontalAlignment":
        return common(cellsOf(t).map((c) => c?.horizontalAlignment ?? "General"));
      case "verticalAlignment":
        return common(cellsOf(t).map((c) => c?.verticalAlignment ?? "Bottom"));
      case "wrapText":
        return common(cellsOf(t).map((c) => c?.wrapText ?? false));
    }
    return undefined;
  }

  get columnWidth(): number {
    return this.loaded("columnWidth");
  }
  set columnWidth(points: number) {
    this.queueSet("columnWidth", points, (v) => {
      const t = this.find();
      if (typeof v !== "number" || v < 0) throw invalidArgument("RangeFormat.columnWidth");
      assertWritable(t.sheet, "RangeFormat.columnWidth");
      for (const rect of t.rects) for (const c of columnsOf(rect)) t.sheet.columnWidths.set(c, v);
      recordWrite(this.context.document, t.sheet, t.rects, "format.columnWidth");
    });
  }
  get rowHeight(): number {
    return this.loaded("rowHeight");
  }
  /**
   * Points, 0 to 409 (Excel's largest row height, from Excel's
   * specifications and limits; that page and the RangeFormat reference were
   * not found by the search here, so the limit is kept as assumed). A row's
   * height in Excel is stored to the 0.75 pt pixel grid; here it reads back
   * as set (not documented either way). Refused on a protected sheet
   * (see assertWritable).
   */
  set rowHeight(points: number) {
    this.queueSet("rowHeight", points, (v) => {
      const t = this.find();
      if (typeof v !== "number" || v < 0 || v > 409) throw invalidArgument("RangeFormat.rowHeight");
      assertWritable(t.sheet, "RangeFormat.rowHeight");
      for (const rect of t.rects) for (const r of rowsOf(rect)) t.sheet.rowHeights.set(r, v);
      recordWrite(this.context.document, t.sheet, t.rects, "format.rowHeight");
    });
  }
  get horizontalAlignment(): string {
    return this.loaded("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this.setEachCell("horizontalAlignment", value, (cell, v) => (cell.horizontalAlignment = v as string));
  }
  get verticalAlignment(): string {
    return this.loaded("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this.setEachCell("verticalAlignment", value, (cell, v) => (cell.verticalAlignment = v as string));
  }
  get wrapText(): boolean {
    return this.loaded("wrapText");
  }
  set wrapText(value: boolean) {
    this.setEachCell("wrapText", value, (cell, v) => (cell.wrapText = v as boolean));
  }

  /** Does nothing here (no text metrics); the widths after it are not modelled. */
  autofitColumns(): void {
    this.enqueue("call", "autofitColumns", [], () => undefined);
  }
}

function rowsOf(rect: Rect): number[] {
  const bottom = Math.min(rect.bottom, rect.top + 100_000);
  return Array.from({ length: bottom - rect.top + 1 }, (_, i) => rect.top + i);
}

function columnsOf(rect: Rect): number[] {
  const right = Math.min(rect.right, rect.left + 1000);
  return Array.from({ length: right - rect.left + 1 }, (_, i) => rect.left + i);
}

export class FakeRangeFill extends FakeCellsPart {
  protected readonly family = "fill";
  protected readonly scalarProperties = ["color", "pattern", "patternColor", "tintAndShade", "patternTintAndShade"] as const;

  /**
   * What Excel reports, which is less than what it holds: "No fill" and a
   * solid white fill both read as color `#FFFFFF` with `pattern` null
   * (office-js #4900, https://github.com/OfficeDev/office-js/issues/4900;
   * #6218, https://github.com/OfficeDev/office-js/issues/6218) — modelled
   * here for every solid fill, since a solid fill's pattern is not reported
   * either in those reports; only a real pattern (Gray25, …) reads back.
   * `tintAndShade` is null for no fill and a number for any fill
   * (Microsoft's answer in office-js #4900). All fill properties are
   * ExcelApi 1.9 except `color` (1.1) (https://learn.microsoft.com/en-us/javascript/api/excel/excel.interfaces.rangefilldata). A
   * property of several cells that differ reads null ("A null value
   * indicates that the range doesn't have uniform tintAndShade settings",
   * same page).
   */
  protected readScalar(name: string): unknown {
    const cells = cellsOf(this.find());
    switch (name) {
      case "color":
        return common(cells.map((c) => c?.fill?.color ?? "#FFFFFF"));
      case "pattern":
        return common(cells.map((c) => (c?.fill && c.fill.pattern !== "Solid" ? c.fill.pattern : null)));
      case "patternColor":
        return common(cells.map((c) => c?.fill?.patternColor ?? null));
      case "tintAndShade":
        return common(cells.map((c) => (c?.fill ? (c.fill.tintAndShade ?? 0) : null)));
      case "patternTintAndShade":
        return common(cells.map((c) => (c?.fill ? (c.fill.patternTintAndShade ?? 0) : null)));
    }
    return undefined;
  }

  protected override loadPath(path: string): void {
    if (path !== "color" && (this.scalarProperties as readonly string[]).includes(path)) {
      // Queued with its requirement set so that an older host fails the sync.
      this.enqueue(
        "load",
        path,
        [],
        () => {
          const value = this.readPath(path);
          this.context.respond(() => this.acceptValue(path, value), value);
        },
        "ExcelApi 1.9",
      );
      return;
    }
    super.loadPath(path);
  }

  private acceptValue(path: string, value: unknown): void {
    this.accept(path, value);
  }

  get color(): string {
    return this.loaded("color");
  }
  set color(value: string) {
    // Setting a colour makes a solid fill of that exact colour (tint 0) unless a pattern is set.
    this.setEachCell("color", value, (cell, v) => {
      const color = normalizeColor(v as string);
      const pattern = cell.fill && cell.fill.pattern !== "None" ? cell.fill.pattern : "Solid";
      cell.fill = { color, pattern, patternColor: cell.fill?.patternColor ?? null, patternTintAndShade: cell.fill?.patternTintAndShade };
    });
  }
  get pattern(): string {
    return this.loaded("pattern");
  }
  set pattern(value: string) {
    this.setEachCell(
      "pattern",
      value,
      (cell, v) => {
        if (v === "None") delete cell.fill;
        else cell.fill = { ...(cell.fill ?? { color: "#FFFFFF", patternColor: null }), pattern: v as string };
      },
      "ExcelApi 1.9",
    );
  }
  get patternColor(): string | null {
    return this.loaded("patternColor");
  }
  set patternColor(value: string) {
    this.setEachCell(
      "patternColor",
      value,
      (cell, v) => {
        if (!cell.fill) return;
        cell.fill = { ...cell.fill, patternColor: normalizeColor(v as string) };
      },
      "ExcelApi 1.9",
    );
  }
  get tintAndShade(): number | null {
    return this.loaded("tintAndShade");
  }
  set tintAndShade(value: number) {
    this.setTint("tintAndShade", value);
  }
  get patternTintAndShade(): number | null {
    return this.loaded("patternTintAndShade");
  }
  set patternTintAndShade(value: number) {
    this.setTint("patternTintAndShade", value);
  }

  /** "The value is between -1 (darkest) and 1 (brightest)" (https://learn.microsoft.com/en-us/javascript/api/excel/excel.interfaces.rangefilldata): anything else is refused. */
  private setTint(name: "tintAndShade" | "patternTintAndShade", value: number): void {
    this.setEachCell(
      name,
      value,
      (cell, v) => {
        if (typeof v !== "number" || v < -1 || v > 1) throw invalidArgument(`RangeFill.${name}`);
        if (!cell.fill) return;
        cell.fill = { ...cell.fill, [name]: v };
      },
      "ExcelApi 1.9",
    );
  }

  clear(): void {
    this.enqueue("call", "clear", [], () => {
      const t = this.find();
      assertWritable(t.sheet, "RangeFill.clear");
      for (const rect of t.rects) {
        for (const [r, c, cell] of existingCells(t.sheet, rect)) {
          delete cell.fill;
          t.sheet.prune(r, c);
        }
      }
      recordWrite(this.context.document, t.sheet, t.rects, "fill.clear");
    });
  }
}

export class FakeRangeFont extends FakeCellsPart {
  protected readonly family = "font";
  protected readonly scalarProperties = ["bold", "italic", "color", "size", "underline"] as const;

  protected readScalar(name: string): unknown {
    const cells = cellsOf(this.find());
    const defaults: Record<string, unknown> = { bold: false, italic: false, color: "#000000", size: 11, underline: "None" };
    return common(cells.map((c) => (c?.font as Record<string, unknown> | undefined)?.[name] ?? defaults[name]));
  }

  private update(name: "bold" | "italic" | "color" | "size" | "underline", value: unknown): void {
    this.setEachCell(name, value, (cell, v) => {
      cell.font = { ...(cell.font ?? {}), [name]: name === "color" ? normalizeColor(v as string) : v };
    });
  }

  get bold(): boolean {
    return this.loaded("bold");
  }
  set bold(v: boolean) {
    this.update("bold", v);
  }
  get italic(): boolean {
    return this.loaded("italic");
  }
  set italic(v: boolean) {
    this.update("italic", v);
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(v: string) {
    this.update("color", v);
  }
  get size(): number {
    return this.loaded("size");
  }
  set size(v: number) {
    this.update("size", v);
  }
  get underline(): string {
    return this.loaded("underline");
  }
  set underline(v: string) {
    this.update("underline", v);
  }
}
