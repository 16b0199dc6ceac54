export { OfficeWorkbookHost, freeSheetName } from "./officeHost";
export { officeRuntime, detectFeatures, type OfficeRuntime, type Features } from "./runtime";
