/**
 * How large the progress chart prints: wide enough for its bars' labels, and
 * no flatter than 2:1 — flatter, its bars and the pace line lie squat. Its
 * labels are CHART_TEXT_SIZE points (core/model/summary.ts), the size these
 * widths were measured at.
 */
import { CHART_TEXT_SIZE } from "../model/summary";

/** A chart printed no wider than this many times its height. */
export const CHART_MAX_ASPECT = 2;

/** Rows a chart usually spans (default height, 15 pt): twice as wide as high over the first columns of a page. */
export const CHART_ROWS = 16;

/** The default row height the chart's rows are counted in. */
const ROW_POINTS = 15;

/**
 * Points a chart of `categories` bars needs across to print its title on two
 * lines and each bar's label (`KP.1`) and value (`68%`) without wrapping or
 * overlapping: these are 2.2 times the text's size wide (DejaVu Sans, as
 * LibreOffice prints Calibri; Excel's Calibri is narrower), 2.5 times it a
 * bar leaves a gap between them, and the value axis and the margins take 50 pt.
 */
export function chartReadableWidth(categories: number): number {
  return Math.max(360, 2.5 * CHART_TEXT_SIZE * categories + 50);
}

/** Rows a chart of `categories` bars spans: its usual 16, or as many as keep it no flatter than 2:1 at its readable width. */
export function chartRows(categories: number): number {
  return Math.max(CHART_ROWS, Math.ceil(chartReadableWidth(categories) / CHART_MAX_ASPECT / ROW_POINTS));
}

/** The fewest rows a chart is drawn on to stay under its table: no flatter than 2:1 at its readable width. */
export function chartRowsUnderTable(categories: number): number {
  return Math.ceil(chartReadableWidth(categories) / CHART_MAX_ASPECT / ROW_POINTS);
}
