/**
 * Rows inserted or deleted between highlighting and clearing (or the next
 * check, which clears first): the highlighted cells are followed where they
 * moved, through Excel's change events, so that no allocheck colour stays on
 * a user's cell and no wrong cell is painted. Without those events (the pane
 * reopened since) the cells are verified and the moved ones reported.
 */
import { createFakeExcel, type FakeExcel } from "../../fakes/excel";
import { HIGHLIGHT_FILL, type Highlight } from "../../../src/core/model/summary";
import { parseA1 } from "../../../src/core/model/address";
import { hostFor } from "./helpers";
import { shiftOf, shiftedCell } from "../../../src/adapters/office/shifts";

function highlight(cell: string): Highlight {
  const { row, col } = parseA1(cell);
  return { sheet: "Phân bổ", cell, row, col, severity: "error", note: `Sai ở ${cell}` };
}

function workbook(): FakeExcel {
  return createFakeExcel({
    apiVersion: "1.17",
    sheets: [{ name: "Phân bổ", rows: [["Xã", "KH"], ["A", 1], ["B", 2], ["C", 3], ["D", 4]], fills: { B3: "#FFC000", B5: "#00B0F0" } }],
  });
}

const fills = (excel: FakeExcel) => ["B2", "B3", "B4", "B5", "B6", "B7"].map((c) => excel.document.fillAt("Phân bổ", c));

describe("highlights followed across inserted and deleted rows", () => {
  test("a row inserted above: the moved cells get their own fills back, nothing left coloured", async () => {
    const excel = workbook();
    const host = hostFor(excel);
    await host.readWorkbook(["Phân bổ"]);
    await host.applyHighlights([highlight("B3"), highlight("B4")]);
    excel.document.userShiftRows("Phân bổ", 2, 1); // above row 3: B3 → B4, B4 → B5, the user's B5 → B6
    await excel.document.settle();
    const report = await host.clearHighlightsReport();
    expect(report).toEqual({ restored: 2, skipped: [], notesLeft: 0 });
    expect(fills(excel)).toEqual([null, null, "#FFC000", null, "#00B0F0", null]);
  });

  test("a highlighted row deleted: gone with its row; the others restored where they moved", async () => {
    const excel = workbook();
    const host = hostFor(excel);
    await host.readWorkbook(["Phân bổ"]);
    await host.applyHighlights([highlight("B3"), highlight("B4")]);
    excel.document.userShiftRows("Phân bổ", 2, -1); // row 3 deleted: B4 → B3, the user's B5 → B4
    await excel.document.settle();
    const report = await host.clearHighlightsReport();
    expect(report).toEqual({ restored: 1, skipped: [], notesLeft: 0 });
    expect(fills(excel)).toEqual([null, null, "#00B0F0", null, null, null]);
  });

  test("shifted twice with a highlight again in between (the next check): the first originals still come back", async () => {
    const excel = workbook();
    const host = hostFor(excel);
    await host.readWorkbook(["Phân bổ"]);
    await host.applyHighlights([highlight("B3")]);
    excel.document.userShiftRows("Phân bổ", 0, 1); // B3 → B4
    await excel.document.settle();
    await host.applyHighlights([highlight("B5")]); // the user's B5 (moved to B6) is not this one
    excel.document.userShiftRows("Phân bổ", 0, 1); // B4 → B5, B5 → B6
    await excel.document.settle();
    const report = await host.clearHighlightsReport();
    expect(report).toEqual({ restored: 2, skipped: [], notesLeft: 0 });
    expect(excel.document.fillAt("Phân bổ", "B5")).toBe("#FFC000");
    expect(excel.document.fillAt("Phân bổ", "B6")).toBeNull();
    expect(excel.document.fillAt("Phân bổ", "B7")).toBe("#00B0F0");
  });

  test("a pane opened after the rows moved cannot follow them: the moved cell is reported, no wrong cell painted", async () => {
    const excel = workbook();
    await hostFor(excel).applyHighlights([highlight("B3")]);
    excel.document.userShiftRows("Phân bổ", 0, 1);
    await excel.document.settle();
    const report = await hostFor(excel).clearHighlightsReport();
    expect(report.skipped).toEqual(["Phân bổ!B3"]);
    expect(excel.document.fillAt("Phân bổ", "B4")).toBe(HIGHLIGHT_FILL.error);
  });
});

describe("shifts from change events", () => {
  test.each([
    ["RowInserted", "5:6", { axis: "row", at: 4, count: 2 }],
    ["RowDeleted", "A5:XFD5", { axis: "row", at: 4, count: -1 }],
    ["ColumnInserted", "C:D", { axis: "column", at: 2, count: 2 }],
    ["ColumnDeleted", "'O''Brien'!$AA$1:$AA$1048576", { axis: "column", at: 26, count: -1 }],
    ["CellInserted", "B2:C3", null],
    ["RangeEdited", "B2", undefined],
  ] as const)("%s %s", (type, address, shift) => {
    expect(shiftOf(type, address)).toEqual(shift);
  });

  test("a cell moves by the lines inserted or deleted before it, in order; deleted with its line", () => {
    const shifts = [
      { axis: "row", at: 2, count: 1 },
      { axis: "column", at: 0, count: -1 },
    ] as const;
    expect(shiftedCell(4, 3, shifts)).toEqual({ row: 5, col: 2 });
    expect(shiftedCell(1, 3, shifts)).toEqual({ row: 1, col: 2 });
    expect(shiftedCell(4, 0, shifts)).toBeNull();
  });
});
