/**
 * `Worksheet.charts`, `Chart`, `Chart.title`, `Chart.series` and `ChartSeries`
 * as the add-in uses them. Charts float over the grid: they are kept per
 * sheet beside the cells, so `Range.clear` leaves them where they are
 * (Range.clear "clears all contents and formatting of cells", per "Clear or
 * delete ranges", docs/excel/excel-add-ins-ranges-clear-delete.md as
 * quoted in office-js-docs-pr #2582,
 * https://github.com/OfficeDev/office-js-docs-pr/pull/2582; charts are not
 * cells). Chart writes are refused on a protected sheet (shared.ts).
 */
import { FakeClientObject, type FakeRequestContext } from "../context";
import { type FakeSheet, type Rect, parseRect } from "../document";
import { invalidArgument, itemNotFound } from "../errors";
import type { FakeRange } from "./range";
import { assertWritable, FakeSheetPart, quoteJson, recordWrite } from "./shared";

/** A range a chart reads, by sheet name (a chart's data may sit on another sheet). */
export interface ChartRangeRef {
  readonly sheet: string;
  readonly rect: Rect;
}

export interface FakeChartSeriesData {
  name: string;
  values: ChartRangeRef | null;
  xValues: ChartRangeRef | null;
  /** null: the chart's own type. */
  chartType: string | null;
}

export interface FakeChartData {
  name: string;
  readonly type: string;
  title: string;
  readonly series: FakeChartSeriesData[];
  /** Top-left and bottom-right cells, after `setPosition`. */
  position: { readonly start: string; readonly end: string } | null;
  /** The chart area's border line style (`Chart.format.border.lineStyle`), null while Excel's own (a thin grey frame). */
  border: string | null;
  /** The chart area's font size in points (`Chart.format.font.size`), null while Excel's own. */
  fontSize: number | null;
  /** The title's font size in points (`Chart.title.format.font.size`, ExcelApi 1.1), null while Excel's own. */
  titleSize: number | null;
}

const CHARTS = new WeakMap<FakeSheet, FakeChartData[]>();

/** The charts on a sheet, in the order they were added. */
export function chartsOf(sheet: FakeSheet): FakeChartData[] {
  let list = CHARTS.get(sheet);
  if (list === undefined) {
    list = [];
    CHARTS.set(sheet, list);
  }
  return list;
}

function rangeRef(range: FakeRange): ChartRangeRef {
  const t = range.target();
  return { sheet: t.sheet.name, rect: { ...t.rect } };
}

/**
 * `ChartCollection.add(type, sourceData, seriesBy)` (ExcelApi 1.1,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartcollection?view=excel-js-1.21): one series
 * per column ("Columns"), else per row. How "Auto" picks (per column on a
 * range taller than wide here) and Excel's default names (`Chart 1`,
 * `Chart 2` … here) are not documented on that page; assumed.
 */
function seriesFrom(ref: ChartRangeRef, seriesBy: string): FakeChartSeriesData[] {
  const { top, left, bottom, right } = ref.rect;
  const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && bottom - top >= right - left);
  const out: FakeChartSeriesData[] = [];
  if (byColumns) {
    for (let c = left; c <= right; c++) {
      out.push({ name: `Series${out.length + 1}`, values: { sheet: ref.sheet, rect: { top, bottom, left: c, right: c } }, xValues: null, chartType: null });
    }
  } else {
    for (let r = top; r <= bottom; r++) {
      out.push({ name: `Series${out.length + 1}`, values: { sheet: ref.sheet, rect: { top: r, bottom: r, left, right } }, xValues: null, chartType: null });
    }
  }
  return out;
}

export class FakeChartCollection extends FakeSheetPart {
  protected readonly scalarProperties: readonly string[] = [];

  protected readScalar(): unknown {
    return undefined;
  }

  add(type: string, sourceData: FakeRange, seriesBy = "Auto"): FakeChart {
    let created: FakeChartData | null = null;
    const chart = new FakeChart(this.context, `${this.path}.add(${quoteJson(type)})`, this.sheet, () => created);
    this.enqueue("call", "add", [type, sourceData.path, seriesBy], () => {
      if (!["Auto", "Columns", "Rows"].includes(seriesBy)) throw invalidArgument("ChartCollection.add", `seriesBy ${seriesBy}`);
      const sheet = this.sheet();
      assertWritable(sheet, "ChartCollection.add");
      const list = chartsOf(sheet);
      created = { name: `Chart ${list.length + 1}`, type, title: "", series: seriesFrom(rangeRef(sourceData), seriesBy), position: null, border: null, fontSize: null, titleSize: null };
      list.push(created);
      recordWrite(this.context.document, sheet, [], "chart.add");
    });
    return chart;
  }

  /** ExcelApi 1.1: ItemNotFound at sync when no chart has the name; the first chart of that name otherwise ("If there are multiple charts with the same name, the first one will be returned", https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartcollection?view=excel-js-1.21). */
  getItem(name: string): FakeChart {
    return new FakeChart(this.context, `${this.path}.getItem(${quoteJson(name)})`, this.sheet, () => {
      const found = chartsOf(this.sheet()).find((c) => c.name === name);
      if (found === undefined) throw itemNotFound(`ChartCollection.getItem(${name})`);
      return found;
    });
  }

  /**
   * ExcelApi 1.4: a null object when no chart has the name ("If the chart
   * doesn't exist, then this method returns an object with its isNullObject
   * property set to true", https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartcollection?view=excel-js-1.21).
   */
  getItemOrNullObject(name: string): FakeChart {
    const chart = new FakeChart(
      this.context,
      `${this.path}.getItemOrNullObject(${quoteJson(name)})`,
      this.sheet,
      () => chartsOf(this.sheet()).find((c) => c.name === name) ?? null,
    );
    chart.queueInstantiate("ExcelApi 1.4");
    return chart;
  }
}

/** `Chart` (ExcelApi 1.1; its reference page was not returned by the search here). */
export class FakeChart extends FakeClientObject {
  protected readonly scalarProperties = ["name"] as const;
  readonly title: FakeChartTitle;
  readonly series: FakeChartSeriesCollection;
  readonly format: FakeChartAreaFormat;
  private bound: FakeChartData | null | undefined;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly sheet: () => FakeSheet,
    private readonly find: () => FakeChartData | null,
  ) {
    super(context, path);
    this.title = new FakeChartTitle(context, `${path}.title`, () => this.chart(), sheet);
    this.series = new FakeChartSeriesCollection(context, `${path}.series`, () => this.chart(), sheet);
    this.format = new FakeChartAreaFormat(context, `${path}.format`, () => this.chart(), sheet);
  }

  resolveTarget(): FakeChartData | null {
    if (this.bound === undefined || this.bound === null) this.bound = this.find();
    return this.bound;
  }

  chart(): FakeChartData {
    const c = this.resolveTarget();
    if (c === null || !chartsOf(this.sheet()).includes(c)) throw itemNotFound(this.path);
    return c;
  }

  queueInstantiate(requires: string): void {
    this.instantiate(requires);
  }

  protected readScalar(name: string): unknown {
    return name === "name" ? this.chart().name : undefined;
  }

  get name(): string {
    return this.loaded("name");
  }

  set name(value: string) {
    this.queueSet("name", value, (v) => {
      assertWritable(this.sheet(), "Chart.name");
      this.chart().name = String(v);
      recordWrite(this.context.document, this.sheet(), [], "chart.name");
    });
  }

  /**
   * ExcelApi 1.1: cells as A1 addresses or ranges on the chart's sheet; the
   * fake takes one-cell A1 addresses only (stricter; Chart page not found).
   */
  setPosition(startCell: string, endCell?: string): void {
    this.enqueue("call", "setPosition", [startCell, endCell ?? null], () => {
      if (typeof startCell !== "string" || (endCell !== undefined && typeof endCell !== "string")) {
        throw invalidArgument("Chart.setPosition", "the fake takes A1 addresses");
      }
      for (const cell of [startCell, endCell ?? startCell]) {
        const r = parseRect(cell);
        if (r.top !== r.bottom || r.left !== r.right) throw invalidArgument("Chart.setPosition", `${cell} is not one cell`);
      }
      assertWritable(this.sheet(), "Chart.setPosition");
      this.chart().position = { start: startCell, end: endCell ?? startCell };
      recordWrite(this.context.document, this.sheet(), [], "chart.setPosition");
    });
  }

  /** `Chart.delete()` (ExcelApi 1.1); refused on a protected sheet (shared.ts). */
  delete(): void {
    this.enqueue("call", "delete", [], () => {
      const c = this.chart();
      assertWritable(this.sheet(), "Chart.delete");
      const list = chartsOf(this.sheet());
      list.splice(list.indexOf(c), 1);
      recordWrite(this.context.document, this.sheet(), [], "chart.delete");
    });
  }
}

/**
 * `Chart.format` (`ChartAreaFormat`, ExcelApi 1.1) with its `font` (ExcelApi
 * 1.1) and `border` (ExcelApi 1.7), as @types/office-js marks them
 * (`ChartAreaFormat.border`: "Represents the border format of chart area,
 * which includes color, linestyle, and weight. [Api set: ExcelApi 1.7]");
 * only what the add-in sets: the border's `lineStyle` (one of
 * `Excel.ChartLineStyle`'s names, checked) and the font's `size`.
 */
export class FakeChartAreaFormat extends FakeClientObject {
  protected readonly scalarProperties: readonly string[] = [];
  readonly border: FakeChartPart;
  readonly font: FakeChartPart;

  constructor(context: FakeRequestContext, path: string, chart: () => FakeChartData, sheet: () => FakeSheet) {
    super(context, path);
    this.border = new FakeChartPart(context, `${path}.border`, chart, sheet, "lineStyle", "ExcelApi 1.7", (data, v) => {
      if (!CHART_LINE_STYLES.includes(String(v))) throw invalidArgument("ChartBorder.lineStyle", String(v));
      data.border = String(v);
    });
    this.font = new FakeChartPart(context, `${path}.font`, chart, sheet, "size", "ExcelApi 1.1", (data, v) => {
      if (typeof v !== "number" || !(v > 0)) throw invalidArgument("ChartFont.size", String(v));
      data.fontSize = v;
    });
  }

  resolveTarget(): unknown {
    return undefined;
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return name === "border" ? this.border : name === "font" ? this.font : undefined;
  }

  protected readScalar(): unknown {
    return undefined;
  }
}

/** `Excel.ChartLineStyle` (@types/office-js). */
const CHART_LINE_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Grey25", "Grey50", "Grey75", "Automatic", "RoundDot"];

/** One settable property of a part of the chart area's format (`ChartBorder.lineStyle`, `ChartFont.size`); refused on a protected sheet. */
export class FakeChartPart extends FakeClientObject {
  protected readonly scalarProperties: readonly string[];

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly chart: () => FakeChartData,
    private readonly sheet: () => FakeSheet,
    private readonly property: string,
    private readonly requires: string,
    private readonly apply: (data: FakeChartData, value: unknown) => void,
  ) {
    super(context, path);
    this.scalarProperties = [property];
    Object.defineProperty(this, property, {
      get: () => this.loaded(property),
      set: (value: unknown) =>
        this.queueSet(
          property,
          value,
          (v) => {
            assertWritable(this.sheet(), this.path);
            this.apply(this.chart(), v);
            recordWrite(this.context.document, this.sheet(), [], `chart.format.${this.property}`);
          },
          this.requires,
        ),
    });
  }

  resolveTarget(): unknown {
    return this.chart();
  }

  protected readScalar(): unknown {
    const data = this.chart();
    if (this.property === "lineStyle") return data.border ?? "Continuous";
    return (this.path.includes(".title.") ? data.titleSize : data.fontSize) ?? 10;
  }
}

/** `Chart.title` (ExcelApi 1.1). */
export class FakeChartTitle extends FakeClientObject {
  protected readonly scalarProperties = ["text"] as const;
  /** `ChartTitle.format` (ExcelApi 1.1) and its `font` (ExcelApi 1.1): only the font's `size`. */
  readonly format: { readonly font: FakeClientObject & { size?: number } };

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly chart: () => FakeChartData,
    sheet: () => FakeSheet,
  ) {
    super(context, path);
    this.format = {
      font: new FakeChartPart(context, `${path}.format.font`, chart, sheet, "size", "ExcelApi 1.1", (data, v) => {
        if (typeof v !== "number" || !(v > 0)) throw invalidArgument("ChartFont.size", String(v));
        data.titleSize = v;
      }),
    };
  }

  resolveTarget(): unknown {
    return this.chart();
  }

  protected readScalar(): unknown {
    return this.chart().title;
  }

  get text(): string {
    return this.loaded("text");
  }

  set text(value: string) {
    this.queueSet("text", value, (v) => {
      this.chart().title = String(v);
    });
  }
}

/**
 * `Chart.series`: `getItemAt` (ExcelApi 1.1), `add` (ExcelApi 1.7; "The new
 * added series is not visible until values, x-axis values, or bubble sizes
 * for it are set",
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartseriescollection).
 */
export class FakeChartSeriesCollection extends FakeClientObject {
  protected readonly scalarProperties: readonly string[] = [];

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly chart: () => FakeChartData,
    private readonly sheet: () => FakeSheet,
  ) {
    super(context, path);
  }

  resolveTarget(): unknown {
    return this.chart();
  }

  protected readScalar(): unknown {
    return undefined;
  }

  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.context, `${this.path}.getItemAt(${index})`, this.sheet, () => {
      const s = this.chart().series[index];
      if (s === undefined) throw itemNotFound(`ChartSeriesCollection.getItemAt(${index})`);
      return s;
    });
  }

  add(name?: string, index?: number): FakeChartSeries {
    let created: FakeChartSeriesData | null = null;
    const series = new FakeChartSeries(this.context, `${this.path}.add(${quoteJson(name ?? "")})`, this.sheet, () => {
      if (created === null) throw itemNotFound(`${this.path}.add`);
      return created;
    });
    this.enqueue(
      "call",
      "add",
      [name ?? null, index ?? null],
      () => {
        const list = this.chart().series;
        created = { name: name ?? `Series${list.length + 1}`, values: null, xValues: null, chartType: null };
        if (index === undefined) list.push(created);
        else list.splice(index, 0, created);
        recordWrite(this.context.document, this.sheet(), [], "chart.series.add");
      },
      "ExcelApi 1.7",
    );
    return series;
  }
}

/** `ChartSeries` (name ExcelApi 1.1; chartType, setValues, setXAxisValues ExcelApi 1.7 as @types/office-js marks them; its reference page was not returned by the search here). */
export class FakeChartSeries extends FakeClientObject {
  protected readonly scalarProperties = ["name", "chartType"] as const;
  private bound: FakeChartSeriesData | undefined;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly sheet: () => FakeSheet,
    private readonly find: () => FakeChartSeriesData,
  ) {
    super(context, path);
  }

  resolveTarget(): FakeChartSeriesData {
    if (this.bound === undefined) this.bound = this.find();
    return this.bound;
  }

  protected readScalar(name: string): unknown {
    const s = this.resolveTarget();
    return name === "name" ? s.name : s.chartType;
  }

  get name(): string {
    return this.loaded("name");
  }

  /** ExcelApi 1.1. */
  set name(value: string) {
    this.queueSet("name", value, (v) => {
      this.resolveTarget().name = String(v);
    });
  }

  get chartType(): string {
    return this.loaded("chartType");
  }

  /** ExcelApi 1.7. */
  set chartType(value: string) {
    this.queueSet(
      "chartType",
      value,
      (v) => {
        this.resolveTarget().chartType = String(v);
      },
      "ExcelApi 1.7",
    );
  }

  /** ExcelApi 1.7. */
  setValues(sourceData: FakeRange): void {
    this.enqueue("call", "setValues", [sourceData.path], () => {
      this.resolveTarget().values = rangeRef(sourceData);
    }, "ExcelApi 1.7");
  }

  /** ExcelApi 1.7. */
  setXAxisValues(sourceData: FakeRange): void {
    this.enqueue("call", "setXAxisValues", [sourceData.path], () => {
      this.resolveTarget().xValues = rangeRef(sourceData);
    }, "ExcelApi 1.7");
  }
}
