/**
 * The summary's tables boxed in Excel as in the .xlsx the CLI writes: every
 * cell the model marks `boxed` has a thin line on all four sides, set per
 * table box (core/summary/tableBoxes.ts) — a few range calls, never one per
 * cell — and nothing outside the boxes is bordered.
 */
import { createFakeExcel, writeLog } from "../../fakes/excel";
import { buildSummary } from "../../../src/core/summary";
import { a1 } from "../../../src/core/model/address";
import { AREA_VALUES, PLAN, REPORT, TABLE, fixtureWorkbook } from "../../core/summary/fixture";
import { boxSides } from "../../../src/adapters/office/summaryWriter";
import { hostFor } from "./helpers";
import { SUMMARY_BOX_COLOR } from "../../../src/core/model/summary";

const model = buildSummary({ report: REPORT, plan: PLAN, table: TABLE, areaValues: AREA_VALUES, workbook: fixtureWorkbook() });

test("every boxed cell of the summary has a thin line on each side in Excel, set per table box", async () => {
  const boxes = model.boxes ?? [];
  expect(boxes.length).toBeGreaterThan(0);
  const excel = createFakeExcel({ apiVersion: "1.20", sheets: [{ name: "Phân bổ", rows: [["Xã", "Số tổ"]] }] });
  await hostFor(excel).writeSummary(model);

  const boxed = model.cells.filter((c) => c.boxed === true);
  expect(boxed.length).toBeGreaterThan(0);
  for (const c of boxed) {
    const borders = excel.document.cellAt(model.name, a1(c.row, c.col))?.borders;
    for (const side of ["top", "bottom", "left", "right"] as const) {
      expect({ cell: a1(c.row, c.col), side, line: borders?.[side] }).toEqual({ cell: a1(c.row, c.col), side, line: { style: "Continuous", weight: "Thin", color: SUMMARY_BOX_COLOR } });
    }
  }
  const unboxed = model.cells.filter((c) => c.boxed !== true);
  for (const c of unboxed) {
    const borders = excel.document.cellAt(model.name, a1(c.row, c.col))?.borders;
    // A cell just under or beside a box keeps no line of its own (the box's line is the box cell's side).
    expect({ cell: a1(c.row, c.col), borders }).toEqual({ cell: a1(c.row, c.col), borders: undefined });
  }
  // Per box, not per cell: the border writes touch whole boxes only.
  const writes = writeLog(excel.document).filter((w) => w.sheet === model.name && w.what.startsWith("border."));
  expect(writes.length).toBeGreaterThan(0);
  expect(writes.length).toBeLessThanOrEqual(boxes.length * 6 * 3);
});

test("the fake refuses, at sync, a border style or index it cannot vouch Excel accepts", async () => {
  const excel = createFakeExcel({ apiVersion: "1.20", sheets: [{ name: "S", rows: [["a"]] }] });
  await expect(
    excel.run({}, async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:B2").format.borders.getItem("EdgeTop").style = "Thin";
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidArgument" });
  await expect(
    excel.run({}, async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:B2").format.borders.getItem("Top").style = "Continuous";
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidArgument" });
});

test.each([
  ["InsideHorizontal on one row", "A1:C1", ["InsideHorizontal"]],
  ["InsideVertical on one column", "A1:A3", ["InsideVertical"]],
  ["both insides on one cell", "B2", ["InsideHorizontal", "InsideVertical"]],
])("an inside line on a range without one (%s) is what Microsoft's docs make it there: no line at all, and no error", async (_, address, indexes) => {
  // Excel.BorderIndex (https://learn.microsoft.com/en-us/javascript/api/excel/excel.borderindex) offers the insides on any
  // range and names no error; XlBordersIndex defines them as "borders for all cells in the range except borders on the
  // outside of the range" (https://learn.microsoft.com/en-us/previous-versions/office/developer/office-2010/ms281836(v=office.14)).
  const excel = createFakeExcel({ apiVersion: "1.20", sheets: [{ name: "S", rows: [["a", "b", "c"], ["d", "e", "f"], ["g", "h", "i"]] }] });
  await excel.run({}, async (context) => {
    const range = context.workbook.worksheets.getItem("S").getRange(address);
    for (const index of indexes) {
      const line = range.format.borders.getItem(index);
      line.style = "Continuous";
      line.weight = "Thin";
      line.color = "#9CA3AF";
    }
    await context.sync();
  });
  for (const cell of ["A1", "B1", "C1", "A2", "B2", "C2", "A3", "B3", "C3"]) expect({ cell, borders: excel.document.cellAt("S", cell)?.borders }).toEqual({ cell, borders: undefined });
  // The same index on a range that has insides draws them: between A1 and A2 (one column, two rows).
  await excel.run({}, async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A1:A2").format.borders.getItem("InsideHorizontal").style = "Continuous";
    await context.sync();
  });
  expect(excel.document.cellAt("S", "A1")?.borders).toEqual({ bottom: { style: "Continuous" } });
  expect(excel.document.cellAt("S", "A2")?.borders).toEqual({ top: { style: "Continuous" } });
});

test.each([
  ["a table of rows and columns: edges and both insides", { top: 3, left: 0, bottom: 6, right: 4 }, ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"]],
  ["a header alone (one row): no inside horizontal", { top: 3, left: 0, bottom: 3, right: 4 }, ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical"]],
  ["one column: no inside vertical", { top: 3, left: 2, bottom: 6, right: 2 }, ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal"]],
  ["one cell: edges only", { top: 3, left: 2, bottom: 3, right: 2 }, ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"]],
])("boxSides: %s", (_, box, sides) => {
  expect(boxSides(box)).toEqual(sides);
});
