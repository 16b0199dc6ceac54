/**
 * The proxy objects of the fake Excel API: Workbook, WorksheetCollection,
 * Worksheet, Range, RangeAreas, RangeCollection, RangeFormat, RangeFill,
 * RangeFont, WorksheetFreezePanes, PageLayout, settings and notes. Each
 * method or property write queues an operation; the operation touches the
 * document only inside `context.sync()`. Objects are resolved at sync time and
 * then stay bound to what they found (as an Office.js object path is).
 *
 * One file per family under `proxies/`; what they share (the write log, cell
 * walks, the sheet-part, cells-part and item-collection shapes) is in
 * `proxies/shared.ts`.
 */
export { cellKey } from "./document";
export { FakeRangeAreas, FakeRangeCollection } from "./proxies/areas";
export { FakeRangeFill, FakeRangeFont, FakeRangeFormat } from "./proxies/format";
export { FakeNote, FakeNoteCollection } from "./proxies/notes";
export { FakeRange } from "./proxies/range";
export { FakeSetting, FakeSettingCollection } from "./proxies/settings";
export { type WriteRecord, writeLog } from "./proxies/shared";
export { FakeFreezePanes, FakePageLayout } from "./proxies/sheetParts";
export { FakeWorkbook } from "./proxies/workbook";
export { FakeWorksheet, FakeWorksheetCollection, validateSheetName } from "./proxies/worksheets";
