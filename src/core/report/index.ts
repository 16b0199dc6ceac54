export { buildReport, indicatorResults, lineStatus, countFindings } from "./buildReport";
export { toJsonReport } from "./json";
export type { JsonReport, JsonIndicator, JsonFinding } from "./json";
export { renderTextReport } from "./text";
export { renderReadingText, confidenceLines } from "./readingText";
export { formatNumber, formatValue, formatQuantity, formatAmount, formatFigure, moneyUnitLabel } from "../text/format";
export type { QuantityUnit } from "../text/format";
