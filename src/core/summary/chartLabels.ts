/**
 * Where the progress chart's value labels go so that none sits under its
 * mark. A bar's label is drawn just over the bar's top; a mark (a percent
 * line's target rate, the pace) a little above that top — within about ten
 * points of the axis on a chart of the usual size — would be drawn over it.
 * Such a label goes inside the top of its bar where the bar is tall enough
 * to hold it, else it is raised over the mark. Measured on the chart's
 * final size (the print layout may shorten it), by the writers.
 */
import { CHART_TEXT_SIZE, CHART_TITLE_SIZE, type SummaryChart } from "../model/summary";

export type BarLabelMove =
  /** Inside the top of its bar (written in white, on the bar's blue). */
  | { readonly index: number; readonly place: "inside" }
  /** Over the mark: raised by `raise`, a fraction of the chart's height. */
  | { readonly index: number; readonly place: "above"; readonly raise: number };

/** The default row height the chart's rows are counted in (chartSize.ts). */
const ROW_POINTS = 15;
/** A label's height, and its gap over the bar's top, in points. */
const LABEL_POINTS = CHART_TEXT_SIZE * 1.3;
const LABEL_GAP = 3;
/** Half a mark's thickness (a dash, or the dashed pace line), in points. */
const MARK_HALF = 2;

/**
 * The plot area's height: the chart's, less its title (two lines at most),
 * the category labels, the legend under it (two lines) and the margins —
 * about 125 points (a chart of 16 rows, 240 points, plots on 113 in LibreOffice).
 * Taken short rather than tall: a label moved that need not be is still read.
 */
function plotPoints(chart: SummaryChart): number {
  const height = chart.anchor.rows * ROW_POINTS;
  return Math.max(40, height - (2 * CHART_TITLE_SIZE * 1.3 + 4 * LABEL_POINTS + 48));
}

/** The top of the value axis as a spreadsheet scales it: the largest bar or mark, with room over it, rounded up to a step of 0,1. */
function axisTop(values: readonly number[], marks: readonly (number | null)[]): number {
  let top = 0.1;
  for (const value of values) if (Number.isFinite(value)) top = Math.max(top, value);
  for (const mark of marks) if (mark !== null && Number.isFinite(mark)) top = Math.max(top, mark);
  return Math.ceil((top * 1.05) / 0.1 - 1e-9) * 0.1;
}

/** The labels to move, by bar: none where each label stands clear of its mark. */
export function barLabelMoves(chart: SummaryChart): BarLabelMove[] {
  if (chart.pace === null || chart.paceCol === null) return [];
  const marks = chart.paces ?? chart.categories.map(() => chart.pace);
  const plot = plotPoints(chart);
  const pointsPerUnit = plot / axisTop(chart.values, marks);
  const moves: BarLabelMove[] = [];
  chart.values.forEach((value, index) => {
    const mark = marks[index];
    if (mark === null || mark === undefined || !Number.isFinite(value) || value < 0) return;
    // The mark's height over the bar's top, in points; the label spans [gap, gap + its height] there.
    const over = (mark - value) * pointsPerUnit;
    if (over + MARK_HALF < LABEL_GAP || over - MARK_HALF > LABEL_GAP + LABEL_POINTS) return;
    if (value * pointsPerUnit >= LABEL_POINTS + 2 * LABEL_GAP) {
      moves.push({ index, place: "inside" });
      return;
    }
    // Raised so that its foot clears the mark's top.
    const height = chart.anchor.rows * ROW_POINTS;
    moves.push({ index, place: "above", raise: Number(((over + MARK_HALF + LABEL_GAP) / height).toFixed(4)) });
  });
  return moves;
}
