/**
 * The progress chart (CONTRACT §7) on the summary sheet, through Office.js:
 * a clustered column of % achieved per line over the progress table's live
 * cells, the pace (elapsed share) as a line series, placed where the
 * `SummaryChart` anchors it (the CLI's DrawingML chart sits there too). A
 * refresh replaces allocheck's previous chart, found by its name; charts of
 * the user's own are never touched.
 *
 * Requirement sets (from @types/office-js): `charts.add`, `Chart.name`,
 * `Chart.setPosition`, `Chart.title`, `Chart.format.font`, `ChartTitle.format.font` ExcelApi 1.1;
 * `Chart.format.border` ExcelApi 1.7; `charts.getItemOrNullObject`
 * ExcelApi 1.4; `series.add`, `ChartSeries.setValues` / `setXAxisValues` /
 * `chartType` / `name` / `markerStyle` / `markerSize` / `markerBackgroundColor` /
 * `markerForegroundColor`, `ChartLineFormat.lineStyle` ExcelApi 1.7 — all within the manifest's minimum,
 * ExcelApi 1.9, so no run-time check is needed.
 */
import { a1 } from "../../core/model/address";
import { CHART_TEXT_SIZE, CHART_TITLE_SIZE, type SummaryChart } from "../../core/model/summary";

/** The name allocheck gives its chart, to find it again on refresh. */
export const PROGRESS_CHART_NAME = "allocheck-progress";

/** Queues the look-up of allocheck's previous chart on a summary sheet (known after the next sync). */
export function lookUpProgressChart(sheet: Excel.Worksheet): Excel.Chart {
  return sheet.charts.getItemOrNullObject(PROGRESS_CHART_NAME);
}

function column(sheet: Excel.Worksheet, chart: SummaryChart, col: number): Excel.Range {
  return sheet.getRange(`${a1(chart.firstRow, col)}:${a1(chart.lastRow, col)}`);
}

/**
 * Queues the chart's writes: the previous one (a synced look-up, or null on a
 * new sheet) deleted, then the new one added when the summary has a chart.
 */
export function queueProgressChart(sheet: Excel.Worksheet, chart: SummaryChart | undefined, previous: Excel.Chart | null): void {
  if (previous !== null && !previous.isNullObject) previous.delete();
  if (chart === undefined || chart.lastRow < chart.firstRow) return;
  const categories = column(sheet, chart, chart.categoryCol);
  const added = sheet.charts.add("ColumnClustered", column(sheet, chart, chart.valueCol), "Columns");
  added.name = PROGRESS_CHART_NAME;
  added.title.text = chart.title;
  // No frame (its top edge printed as a line under the table), labels at the size the layout measured the chart's width at.
  added.format.border.lineStyle = "None";
  added.format.font.size = CHART_TEXT_SIZE;
  added.title.format.font.size = CHART_TITLE_SIZE;
  const achieved = added.series.getItemAt(0);
  achieved.name = chart.valueName;
  achieved.setXAxisValues(categories);
  if (chart.pace !== null && chart.paceCol !== null) {
    const pace = added.series.add(chart.paceName);
    pace.setValues(column(sheet, chart, chart.paceCol));
    pace.setXAxisValues(categories);
    if (chart.paceMarks === true) {
      // A mark on each bar (a percent line's target rate, another's pace), no line between them.
      pace.chartType = "LineMarkers";
      pace.format.line.lineStyle = "None";
      pace.markerStyle = "Dash";
      pace.markerSize = 20;
      pace.markerBackgroundColor = "#C00000";
      pace.markerForegroundColor = "#C00000";
    } else pace.chartType = "Line";
  }
  const { row, col, rows, cols } = chart.anchor;
  added.setPosition(a1(row, col), a1(row + rows - 1, col + cols - 1));
}
