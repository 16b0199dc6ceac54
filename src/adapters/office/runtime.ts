/**
 * How the adapter reaches Excel: `Excel.run` and the requirement-set check.
 * Inside Excel these are Office.js's own; tests pass the fake Excel host.
 */

export interface OfficeRuntime {
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(set: string, version: string): boolean;
}

/** Office.js as loaded in the page (call after `Office.onReady`). */
export function officeRuntime(): OfficeRuntime {
  return {
    run: (options, batch) => Excel.run(options, batch),
    isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
  };
}

/** APIs newer than the manifest's ExcelApi 1.9, detected at run time. */
export interface Features {
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13). */
  readonly mergedAreas: boolean;
  /** Worksheet.pageLayout (ExcelApi 1.9; checked anyway, some hosts lag). */
  readonly pageLayout: boolean;
  /** Excel.run option mergeUndoGroup: one undo step per action (ExcelApi 1.20). */
  readonly undoGroup: boolean;
  /** Worksheet.notes: the highlight's message as the cell's note (ExcelApi 1.18). */
  readonly notes: boolean;
  /** Worksheet.comments and Comment.getLocation (ExcelApi 1.10): no note on a cell with a threaded comment. */
  readonly comments: boolean;
  /** WorksheetCollection.onChanged (ExcelApi 1.9, event args of 1.7): changes tracked, not re-read. */
  readonly events: boolean;
  /** Range.getSpecialCellsOrNullObject (ExcelApi 1.9): formulas read only where there are formulas. */
  readonly specialCells: boolean;
  /**
   * Workbook.use1904DateSystem (ExcelApi 1.16): a workbook counting its dates from 1904 read as
   * the CLI reads it. Without it the dates of such a workbook are read as Excel gives them
   * (1462 days early): a date header then names a year four years before the one shown.
   */
  readonly date1904: boolean;
}

export function detectFeatures(runtime: OfficeRuntime): Features {
  const has = (version: string) => {
    try {
      return runtime.isSetSupported("ExcelApi", version);
    } catch {
      return false;
    }
  };
  return {
    mergedAreas: has("1.13"),
    pageLayout: has("1.9"),
    undoGroup: has("1.20"),
    notes: has("1.18"),
    comments: has("1.10"),
    events: has("1.9"),
    specialCells: has("1.9"),
    date1904: has("1.16"),
  };
}
