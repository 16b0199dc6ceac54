export { OfficeWorkbookHost, freeSheetName } from "./officeHost";
export { officeRuntime, detectFeatures, type OfficeRuntime, type Features } from "./runtime";
export { OfficeActionError, describeOfficeError, OFFICE_ERROR_TEXT } from "./officeErrors";
export type { ClearOutcome } from "./highlights";
