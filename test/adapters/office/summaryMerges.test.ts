/**
 * The findings' messages merged over the columns before the short ones,
 * written through Office.js: a run of rows merged alike is one
 * `Range.merge(true)` call (each row its own merged area, as in Excel), every
 * other merge one `merge(false)`; the sheet ends with exactly the model's
 * merges, and its print titles on the findings' header row.
 */
import { createFakeExcel, writeLog } from "../../fakes/excel";
import { buildSummaryInOrder } from "../../../src/core/summary/buildSummary";
import { findingTableRows, spreadFindingTable } from "../../../src/core/summary/findingSpread";
import { withPrintLayout } from "../../../src/core/summary/printLayout";
import { mergeRuns } from "../../../src/adapters/office/summaryWriter";
import type { CellRange } from "../../../src/core/model/workbook";
import { AREA_VALUES, PLAN, REPORT, TABLE, fixtureWorkbook } from "../../core/summary/fixture";
import { hostFor } from "./helpers";

const m = (top: number, left: number, bottom: number, right: number): CellRange => ({ top, left, bottom, right });

test.each<[string, CellRange[], Array<{ range: CellRange; across: boolean }>]>([
  ["rows merged alike, one after another: one call across", [m(5, 1, 5, 6), m(6, 1, 6, 6), m(7, 1, 7, 6)], [{ range: m(5, 1, 7, 6), across: true }]],
  ["a gap between rows: two calls", [m(5, 1, 5, 6), m(7, 1, 7, 6)], [{ range: m(5, 1, 5, 6), across: false }, { range: m(7, 1, 7, 6), across: false }]],
  ["other columns: not joined", [m(5, 1, 5, 6), m(6, 0, 6, 7)], [{ range: m(6, 0, 6, 7), across: false }, { range: m(5, 1, 5, 6), across: false }]],
  ["a block over several rows stays whole, and is not joined", [m(2, 0, 3, 1), m(4, 0, 4, 1)], [{ range: m(2, 0, 3, 1), across: false }, { range: m(4, 0, 4, 1), across: false }]],
  ["a single cell is no merge", [m(1, 1, 1, 1)], []],
])("mergeRuns: %s", (_, merges, runs) => {
  expect(mergeRuns(merges)).toEqual(runs);
});

test("the spread findings table written through Office.js: the model's merges, one call for the messages, print titles on its header", async () => {
  const built = buildSummaryInOrder({ report: REPORT, plan: PLAN, table: TABLE, areaValues: AREA_VALUES, workbook: fixtureWorkbook() }, "findings-last");
  const rows = findingTableRows(built.cells)!;
  // Wider than the fixture's own sheet: the short columns at L–Q, the messages over B–K.
  const model = withPrintLayout(spreadFindingTable(built, rows, 16));
  const messageMerges = model.merges.filter((x) => x.top >= rows.header && x.left === 1);
  expect(messageMerges.length).toBe(rows.last - rows.header + 1);
  expect(messageMerges.every((x) => x.right > 1)).toBe(true);

  const excel = createFakeExcel({ apiVersion: "1.20", sheets: [{ name: "Phân bổ", rows: [["Xã", "Số tổ"]] }] });
  await hostFor(excel).writeSummary(model);
  const sheet = excel.document.requireSheet(model.name);
  const key = (x: CellRange) => `${x.top}:${x.left}:${x.bottom}:${x.right}`;
  expect(sheet.merges.map(key).sort()).toEqual(model.merges.map(key).sort());
  const mergeCalls = writeLog(excel.document).filter((w) => w.sheet === model.name && w.what === "merge");
  expect(mergeCalls.length).toBe(mergeRuns(model.merges).length);
  expect(mergeCalls.length).toBeLessThan(model.merges.length);
  expect(sheet.pageLayout.printTitleRows).toBe(`$${rows.header + 1}:$${rows.header + 1}`);
  // The messages kept their text in the merged areas' first cells.
  const first = model.cells.find((c) => c.row === rows.header + 1 && c.col === 1)!;
  expect(excel.document.cellAt(model.name, `B${rows.header + 2}`)).toMatchObject({ value: first.value });
});
