/**
 * The summary sheet (`Tổng hợp`) as plain data, a projection of a check
 * result: the plan's identity, a table per plan line with live formulas over
 * the allocation sheet's leaf cells, a table by area, and the findings with a
 * link to each cell. No time stamp: the same check gives the same sheet.
 */
import type { Plan } from "../model/plan";
import type { Report } from "../model/report";
import type { AllocationTable } from "../model/table";
import type { SummarySheetModel } from "../model/summary";
import type { WorkbookData } from "../model/workbook";
import type { Lang } from "../model/text";
import type { AreaValues } from "../result/areaValues";
import { writeAreaTable } from "./areaTable";
import { writeFindingTable } from "./findingTable";
import { findingTableRows } from "./findingSpread";
import { writeIdentity } from "./identityBlock";
import { linkAllocatedCells, writeLineTable } from "./lineTable";
import { summarySheetName } from "./naming";
import { BASE_COLUMNS, SheetBuilder } from "./sheetBuilder";
import { areasOutgrowFindings, findingsRunOver, withPrintLayout } from "./printLayout";
import { numberSubtitles } from "./sectionOrder";
import { PAGE_FOOTER } from "./labels";
import { progressChart, progressTable } from "./progressTable";

export { MAX_AREA_ROWS } from "./areaTable";
export { MAX_FINDING_ROWS } from "./findingTable";

export interface SummaryInput {
  readonly report: Report;
  readonly plan: Plan;
  readonly table: AllocationTable;
  /** Each area's value per table line, from the same check (`CheckResult.areaValues`). */
  readonly areaValues: AreaValues;
  /** The workbook checked, with any sheet already called `Tổng hợp…` (it decides the summary's name). */
  readonly workbook: WorkbookData;
  readonly lang?: Lang;
}

const BASE_WIDTHS = [8, 44, 12, 16, 16, 16, 14, 20];
const EXTRA_WIDTH = 16;

/**
 * The summary sheet. A sheet has one set of print titles, repeated on every
 * printed page from where they stand down, so the table whose header repeats
 * goes last: of the findings and the area table, the one that takes more
 * paper (the other, when it runs over a page, gets a copy of its header at the
 * top of each page it runs onto: the fewer such copies, the fewer header rows
 * in the middle of a table on screen); the area table when the findings print
 * whole on one page.
 */
export function buildSummary(input: SummaryInput): SummarySheetModel {
  const areasLast = buildSummaryInOrder(input, "areas-last");
  const findings = findingTableRows(areasLast.cells);
  if (!findingsRunOver(areasLast, findings) || areasOutgrowFindings(areasLast, findings)) return areasLast;
  return buildSummaryInOrder(input, "findings-last");
}

/** Which table goes last (and has its header repeated on every printed page). */
export type SummaryOrder = "findings-last" | "areas-last";

/** The summary sheet with its tables in the order given (see `buildSummary`). */
export function buildSummaryInOrder(input: SummaryInput, order: SummaryOrder): SummarySheetModel {
  const { report, plan, table, areaValues, workbook } = input;
  const lang: Lang = input.lang ?? "vi";
  const sheet = workbook.sheets.find((s) => s.name === table.sheet);
  if (sheet === undefined) throw new Error(`Allocation sheet not in the workbook: ${table.sheet}`);
  const b = new SheetBuilder();
  const afterIdentity = writeIdentity(b, report, plan, lang);
  const lines = writeLineTable(b, afterIdentity + 1, { report, plan, table, sheet, lang });
  const afterFindings = order === "areas-last" ? writeFindingTable(b, lines.row + 1, report, lang) : lines.row;

  // Progress over the plan's periods (CONTRACT §7), when the workbook has results, and room for its chart.
  const progress = progressTable({ report, workbook, lang }, afterFindings + 1);
  let afterProgress = afterFindings;
  const chart = progress === null ? undefined : progressChart(progress, report, lang);
  if (progress !== null && chart !== undefined) {
    for (const cell of progress.cells) b.put(cell);
    for (const m of progress.merges) b.merge(m.top, m.left, m.bottom, m.right);
    afterProgress = chart.anchor.row + chart.anchor.rows;
  }
  const areas = writeAreaTable(b, afterProgress + 1, { table, sheet, areaValues, mapped: lines.mapped, lang });
  linkAllocatedCells(b, lines.mapped, areas.rows, areas.noPlaceRows);
  if (order === "findings-last") writeFindingTable(b, areas.row + 1, report, lang);

  const columnCount = Math.max(b.maxCol + 1, BASE_COLUMNS);
  const columnWidths = Array.from({ length: columnCount }, (_, i) => BASE_WIDTHS[i] ?? EXTRA_WIDTH);
  return withPrintLayout({
    name: summarySheetName(workbook),
    cells: numberSubtitles(b.cells),
    merges: b.merges,
    columnWidths,
    frozenRows: lines.headerRow + 1,
    print: { paper: "A4", orientation: "landscape", fitToWidth: true, footer: PAGE_FOOTER[lang] },
    rowCount: b.maxRow + 1,
    columnCount,
    ...(chart !== undefined ? { chart } : {}),
  });
}
