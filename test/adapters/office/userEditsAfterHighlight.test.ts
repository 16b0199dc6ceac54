/**
 * What the user does between highlighting and clearing stays theirs: values,
 * fonts, fills and patterns they set on a highlighted cell survive the clear;
 * cells they did not touch get their exact original fill back. Sheet names
 * with apostrophes, spaces and Vietnamese letters round-trip.
 */
import { createFakeExcel, type FakeExcel } from "../../fakes/excel";
import { HIGHLIGHT_FILL, type Highlight } from "../../../src/core/model/summary";
import { parseA1 } from "../../../src/core/model/address";
import { hostFor } from "./helpers";

function highlight(sheet: string, cell: string, severity: Highlight["severity"] = "error"): Highlight {
  const { row, col } = parseA1(cell);
  return { sheet, cell, row, col, severity, note: `Sai ở ${cell}` };
}

const NAMES = ["Phân bổ", "Xã 'Tân Lập' mới", "O'Brien", "Bà Rịa – Vũng Tàu 2025"];

function workbook(name: string, apiVersion = "1.17"): FakeExcel {
  return createFakeExcel({
    apiVersion,
    sheets: [{ name, rows: [["Xã", "KH"], ["A", 1], ["B", 2], ["C", 3]], fills: { B2: "#FFC000" } }],
  });
}

describe("user edits between highlight and clear", () => {
  test.each(NAMES)("sheet %p: highlight twice, clear once: the first originals come back", async (name) => {
    const excel = workbook(name);
    const host = hostFor(excel);
    await host.applyHighlights([highlight(name, "B2"), highlight(name, "B3", "warning")]);
    await host.applyHighlights([highlight(name, "B2", "warning"), highlight(name, "B3")]);
    const report = await host.clearHighlightsReport();
    expect(report).toEqual({ restored: 2, skipped: [], notesLeft: 0 });
    expect(excel.document.fillAt(name, "B2")).toBe("#FFC000");
    expect(excel.document.fillAt(name, "B3")).toBeNull();
  });

  test("a value and a font the user changed stay; the fill is restored", async () => {
    const excel = workbook("Phân bổ");
    const host = hostFor(excel);
    await host.applyHighlights([highlight("Phân bổ", "B2")]);
    excel.document.userEdit("Phân bổ", "B2", 42);
    excel.document.requireSheet("Phân bổ").ensureCell(1, 1).font = { bold: true, color: "#FF0000" };
    excel.document.requireSheet("Phân bổ").ensureCell(1, 1).numberFormat = "#,##0.00";
    await host.clearHighlightsReport();
    const cell = excel.document.cellAt("Phân bổ", "B2");
    expect(cell?.value).toBe(42);
    expect(cell?.font).toEqual({ bold: true, color: "#FF0000" });
    expect(cell?.numberFormat).toBe("#,##0.00");
    expect(cell?.fill?.color).toBe("#FFC000");
  });

  test("a fill the user chose instead stays, and the cell is named as left alone", async () => {
    const excel = workbook("Phân bổ");
    const host = hostFor(excel);
    await host.applyHighlights([highlight("Phân bổ", "B3")]);
    excel.document.requireSheet("Phân bổ").ensureCell(2, 1).fill = { color: "#00B050", pattern: "Solid", patternColor: null };
    const report = await host.clearHighlightsReport();
    expect(report.skipped).toEqual(["Phân bổ!B3"]);
    expect(excel.document.fillAt("Phân bổ", "B3")).toBe("#00B050");
  });

  test("a pattern the user laid over allocheck's colour stays (Format Cells → Fill → Pattern Style)", async () => {
    const excel = workbook("Phân bổ");
    const host = hostFor(excel);
    await host.applyHighlights([highlight("Phân bổ", "B3")]);
    const cell = excel.document.requireSheet("Phân bổ").ensureCell(2, 1);
    cell.fill = { ...cell.fill!, pattern: "Gray25", patternColor: "#0000FF" };
    const report = await host.clearHighlightsReport();
    expect(report.skipped).toEqual(["Phân bổ!B3"]);
    expect(excel.document.cellAt("Phân bổ", "B3")?.fill).toEqual({ color: HIGHLIGHT_FILL.error, pattern: "Gray25", patternColor: "#0000FF" });
  });

  test("allocheck's colour darkened by the user (a tint) stays theirs", async () => {
    const excel = workbook("Phân bổ");
    const host = hostFor(excel);
    await host.applyHighlights([highlight("Phân bổ", "B3")]);
    const cell = excel.document.requireSheet("Phân bổ").ensureCell(2, 1);
    cell.fill = { ...cell.fill!, tintAndShade: -0.25 };
    const report = await host.clearHighlightsReport();
    expect(report.skipped).toEqual(["Phân bổ!B3"]);
    expect(excel.document.cellAt("Phân bổ", "B3")?.fill?.tintAndShade).toBe(-0.25);
  });

  test("a patterned original keeps its pattern under the highlight and comes back whole", async () => {
    const excel = workbook("Phân bổ");
    const original = { color: "#FFFF00", pattern: "Gray25", patternColor: "#0000FF" };
    excel.document.requireSheet("Phân bổ").ensureCell(3, 1).fill = { ...original };
    const host = hostFor(excel);
    await host.applyHighlights([highlight("Phân bổ", "B4")]);
    const report = await host.clearHighlightsReport();
    expect(report.skipped).toEqual([]);
    expect(excel.document.cellAt("Phân bổ", "B4")?.fill).toEqual(original);
  });

  test("the top-left cell of a merged area: highlighted and restored, the merge kept", async () => {
    const excel = createFakeExcel({ apiVersion: "1.17", sheets: [{ name: "Phân bổ", rows: [["Xã", "KH", ""], ["A", 1, 2]], merges: ["B1:C1"] }] });
    const host = hostFor(excel);
    await host.applyHighlights([highlight("Phân bổ", "B1")]);
    expect(excel.document.fillAt("Phân bổ", "B1")).toBe(HIGHLIGHT_FILL.error);
    const report = await host.clearHighlightsReport();
    expect(report.restored).toBe(1);
    expect(excel.document.fillAt("Phân bổ", "B1")).toBeNull();
    expect(excel.document.requireSheet("Phân bổ").merges).toHaveLength(1);
  });
});
