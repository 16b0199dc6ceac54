export { buildReport, indicatorResults, lineStatus, countFindings } from "./buildReport";
export { toJsonReport } from "./json";
export type { JsonReport, JsonIndicator, JsonFinding } from "./json";
export { renderTextReport } from "./text";
export { renderReadingText, confidenceLines } from "./readingText";
export { formatNumber, formatValue, formatQuantity, formatAmount, formatSigned, moneyUnitLabel } from "./format";
export type { QuantityUnit } from "./format";
