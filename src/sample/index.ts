export { buildSampleSpec, buildSampleWorkbookData, SAMPLE_ALLOCATION_SHEET, SAMPLE_PLAN_SHEET } from "./buildSample";
export { PLANTED_FINDINGS, PLANTED_MISTAKES, PLANTED_PROGRESS_MISTAKES } from "./plantedMistakes";
export { samplePlanJson } from "./kh257Data";
export type { PlantedFinding, PlantedMistake } from "./plantedMistakes";
export { specToSheetData, specToWorkbookData } from "../core/model/workbookSpec";
export type { CellSpec, CellStyle, SheetSpec, WorkbookSpec } from "../core/model/workbookSpec";
