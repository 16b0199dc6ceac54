export { MemoryWorkbookHost } from "./memoryHost";
export type {
  MemoryChange,
  MemoryChangeKind,
  MemoryHostOptions,
  MemoryListener,
  MemoryReadingView,
  MemorySelection,
} from "./memoryHost";
export type { MemorySheet, MemoryCellLink } from "./memoryWorkbook";
export { usedSize, getCell, getFormula } from "./memoryWorkbook";
