export { PreviewWorkbook } from "./PreviewWorkbook";
export type { PreviewWorkbookProps } from "./PreviewWorkbook";
export { SheetGrid } from "./SheetGrid";
export { cellText } from "./cellText";
