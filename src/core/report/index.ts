export { buildReport } from "./buildReport";
export { toJsonReport } from "./json";
export type { JsonReport, JsonIndicator, JsonFinding } from "./json";
export { renderTextReport } from "./text";
export { renderReadingText, confidenceLines } from "./readingText";
export { findingPlace } from "./findingPlace";
export type { FindingPlace } from "./findingPlace";
