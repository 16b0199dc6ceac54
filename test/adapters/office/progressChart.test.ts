/**
 * The progress chart through Office.js (CONTRACT §7): written with the summary
 * of the sample (which has results), over the progress table's live cells,
 * replaced — not duplicated — on refresh, removed when the results are gone,
 * and a chart of the user's own left alone.
 */
import { checkWorkbook } from "../../../src/core/check";
import { CHART_TEXT_SIZE, CHART_TITLE_SIZE, type SummarySheetModel } from "../../../src/core/model/summary";
import { buildSummary } from "../../../src/core/summary";
import { PROGRESS_CHART_NAME } from "../../../src/adapters/office/progressChart";
import { buildSampleWorkbookData } from "../../../src/sample";
import { type FakeExcel } from "../../fakes/excel";
import { chartsOf, type ChartRangeRef } from "../../fakes/excel/proxies/charts";
import { fakeExcelFromWorkbook } from "../../fakes/excel/fromWorkbookData";
import { hostFor, measure } from "./helpers";
import { a1 } from "../../../src/core/model/address";

function sampleSummary(): { excel: FakeExcel; model: SummarySheetModel } {
  const workbook = buildSampleWorkbookData();
  const { report, plan, table, areaValues } = checkWorkbook(workbook, { workbookName: "sample.xlsx" });
  expect(report.progress).toBeDefined();
  const model = buildSummary({ report, plan, table, areaValues, workbook, lang: "vi" });
  return { excel: fakeExcelFromWorkbook(workbook, "1.9"), model };
}

/** The cells a chart range covers, as the summary sheet holds them. */
function cellsOf(excel: FakeExcel, ref: ChartRangeRef | null): unknown[] {
  expect(ref).not.toBeNull();
  const { sheet, rect } = ref!;
  const out: unknown[] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      const cell = excel.document.cellAt(sheet, a1(r, c));
      out.push(cell?.formula ?? cell?.value);
    }
  }
  return out;
}

describe("progress chart on the summary sheet", () => {
  test("exists once after two refreshes, over the progress table's codes, % achieved and pace", async () => {
    const { excel, model } = sampleSummary();
    const chart = model.chart!;
    expect(chart).toBeDefined();
    const host = hostFor(excel);
    await host.writeSummary(model);
    await host.writeSummary(model);
    const { syncs } = await measure(excel, () => host.writeSummary(model));
    expect(syncs).toBeLessThanOrEqual(3);

    const charts = chartsOf(excel.document.requireSheet(model.name));
    expect(charts).toHaveLength(1);
    const [written] = charts;
    expect(written.name).toBe(PROGRESS_CHART_NAME);
    expect(written.type).toBe("ColumnClustered");
    expect(written.title).toBe(chart.title);
    // No frame (its top edge printed as a line right under the table), labels at the size the layout measured.
    expect({ border: written.border, fontSize: written.fontSize, titleSize: written.titleSize }).toEqual({ border: "None", fontSize: CHART_TEXT_SIZE, titleSize: CHART_TITLE_SIZE });
    expect(written.position).toEqual({
      start: a1(chart.anchor.row, chart.anchor.col),
      end: a1(chart.anchor.row + chart.anchor.rows - 1, chart.anchor.col + chart.anchor.cols - 1),
    });

    const [achieved, pace] = written.series;
    expect(written.series).toHaveLength(2);
    expect(achieved).toMatchObject({ name: chart.valueName, chartType: null });
    expect(pace).toMatchObject({ name: chart.paceName, chartType: "Line" });
    // The categories are the lines' codes as the summary sheet shows them.
    expect(cellsOf(excel, achieved.xValues)).toEqual(chart.categories);
    expect(pace.xValues).toEqual(achieved.xValues);
    // The bars are the table's live % cells; the pace its elapsed-share cells.
    const lines = chart.lastRow - chart.firstRow + 1;
    expect(achieved.values).toEqual({ sheet: model.name, rect: { top: chart.firstRow, bottom: chart.lastRow, left: chart.valueCol, right: chart.valueCol } });
    expect(pace.values).toEqual({ sheet: model.name, rect: { top: chart.firstRow, bottom: chart.lastRow, left: chart.paceCol, right: chart.paceCol } });
    const percentCells = cellsOf(excel, achieved.values);
    expect(percentCells).toHaveLength(lines);
    expect(percentCells.every((f) => typeof f === "string" && f.startsWith("="))).toBe(true);
    const modelCell = (row: number, col: number) => model.cells.find((c) => c.row === row && c.col === col);
    for (let i = 0; i < lines; i++) {
      expect(modelCell(chart.firstRow + i, chart.valueCol)?.value).toBeCloseTo(chart.values[i], 9);
      expect(modelCell(chart.firstRow + i, chart.paceCol!)?.value).toBeCloseTo(chart.pace!, 9);
    }
  });

  test("a summary without results removes allocheck's chart and keeps the user's own", async () => {
    const { excel, model } = sampleSummary();
    const host = hostFor(excel);
    await host.writeSummary(model);
    const sheet = excel.document.requireSheet(model.name);
    chartsOf(sheet).push({ name: "Biểu đồ của tôi", type: "Pie", title: "", series: [], position: null, border: null, fontSize: null, titleSize: null });
    const { chart: _dropped, ...withoutChart } = model;
    await host.writeSummary(withoutChart);
    expect(chartsOf(sheet).map((c) => c.name)).toEqual(["Biểu đồ của tôi"]);
  });

  test("a new summary sheet with a chart is still written in two syncs", async () => {
    const { excel, model } = sampleSummary();
    const { syncs } = await measure(excel, () => hostFor(excel).writeSummary(model));
    expect(syncs).toBeLessThanOrEqual(2);
    expect(chartsOf(excel.document.requireSheet(model.name))).toHaveLength(1);
  });

  test("the fake refuses series calls below ExcelApi 1.7, as Excel does", async () => {
    const workbook = buildSampleWorkbookData();
    const excel = fakeExcelFromWorkbook(workbook, "1.6");
    const sheetName = workbook.sheets[0].name;
    await expect(
      excel.run({}, async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:A3"), "Columns");
        chart.series.add("x");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
