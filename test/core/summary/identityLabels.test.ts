/**
 * The identity block's labels on the printed page: each label's box (its
 * column, or the columns it is merged over) holds it on one line, and so does
 * the short value left of a label (`3 lỗi, 5 cảnh báo`), also when the area
 * table's many columns make the sheet's columns narrow.
 */
import { buildSummaryInOrder } from "../../../src/core/summary/buildSummary";
import { withPrintLayout } from "../../../src/core/summary/printLayout";
import { placeIdentityPairs } from "../../../src/core/summary/identityPlacement";
import { writeIdentity } from "../../../src/core/summary/identityBlock";
import { SheetBuilder } from "../../../src/core/summary/sheetBuilder";
import { AREA_HEADER } from "../../../src/core/summary/labels";
import { wrappedLines } from "../../../src/core/summary/textMeasure";
import type { SummaryCell, SummarySheetModel } from "../../../src/core/model/summary";
import type { Lang } from "../../../src/core/model/text";
import { AREA_VALUES, PLAN, REPORT, TABLE, fixtureWorkbook } from "./fixture";

const built = (lang: Lang) => buildSummaryInOrder({ report: REPORT, plan: PLAN, table: TABLE, areaValues: AREA_VALUES, workbook: fixtureWorkbook(), lang }, "findings-last");

/** The model with `extra` more indicator columns in the area table. */
function widened(model: SummarySheetModel, extra: number): SummarySheetModel {
  const header = model.cells.find((c) => c.style === "header" && c.col === 1 && (c.value === AREA_HEADER.vi || c.value === AREA_HEADER.en))!;
  const rows = [...new Set(model.cells.filter((c) => c.row > header.row && c.col === 1 && c.style !== "header" && c.style !== "subtitle").map((c) => c.row))].slice(0, 8);
  const cells: SummaryCell[] = [...model.cells];
  for (let i = 0; i < extra; i++) {
    cells.push({ row: header.row, col: model.columnCount + i, value: `CT ${i + 10}`, style: "header" });
    for (const row of rows) cells.push({ row, col: model.columnCount + i, value: 1234 + i, numFmt: "#,##0", style: "number" });
  }
  return { ...model, cells, columnCount: model.columnCount + extra, columnWidths: [] };
}

/** Units a label's box is wide (merged columns add their widths and the gaps between them). */
function boxUnits(model: SummarySheetModel, cell: SummaryCell): number {
  const m = model.merges.find((r) => r.top === cell.row && r.left === cell.col);
  if (m === undefined) return model.columnWidths[cell.col];
  let sum = 0;
  for (let c = m.left; c <= m.right; c++) sum += model.columnWidths[c] + (c > m.left ? 0.7 : 0);
  return sum;
}

describe("identity labels", () => {
  it.each([
    ["vi", 0, 1],
    ["vi", 4, 1],
    ["vi", 8, 1],
    ["vi", 9, 1],
    ["vi", 10, 1],
    ["vi", 11, 1],
    ["vi", 12, 1],
    ["vi", 16, 1],
    ["vi", 30, 1],
    ["en", 8, 1],
    ["en", 10, 1],
    ["en", 16, 1],
  ] as Array<[Lang, number, number]>)("hold on few lines (%s, %i more area columns: %i at most)", (lang, extra, most) => {
    const model = withPrintLayout(widened(built(lang), extra));
    const firstTable = Math.min(...model.cells.filter((c) => c.style === "subtitle").map((c) => c.row));
    const labels = model.cells.filter((c) => c.style === "label" && c.row < firstTable);
    expect(labels.length).toBeGreaterThan(4);
    for (const label of labels) {
      const lines = wrappedLines(String(label.value), boxUnits(model, label), { size: 11, bold: true });
      expect({ label: label.value, lines: Math.min(most, lines) }).toEqual({ label: label.value, lines });
    }
    // The value between a row's two labels.
    for (const right of labels.filter((c) => c.col > 1)) {
      const value = model.cells.find((c) => c.row === right.row && c.col > 1 && c.col < right.col)!;
      const lines = wrappedLines(String(value.value), boxUnits(model, value));
      expect({ value: value.value, lines: Math.min(most, lines) }).toEqual({ value: value.value, lines });
    }
  });
});

test("on the first page's columns of a sheet spanning pages across (the name column wide, the others narrow), the right labels hold on one line, no row taller than as written", () => {
  // The block as written for a plan with no number or date, on the widths a 1 000-row table's summary gets: the name
  // column filled to the page, the area table's narrow columns after it.
  const b = new SheetBuilder();
  const next = writeIdentity(b, REPORT, { ...PLAN, number: undefined, date: undefined }, "vi");
  b.subtitle(next + 1, "1. Tổng hợp theo chỉ tiêu");
  const model: SummarySheetModel = {
    name: "Tổng hợp",
    cells: b.cells,
    merges: b.merges,
    columnWidths: [],
    frozenRows: 0,
    print: { paper: "A4", orientation: "landscape", fitToWidth: false },
    rowCount: b.maxRow + 1,
    columnCount: 8,
  };
  const widths = [5.5, 42, 11, 18, 9.5, 9, 10.5, 10];
  const placed = placeIdentityPairs(model, widths);
  const lines = (m: SummarySheetModel, c: SummaryCell) => {
    const merge = m.merges.find((r) => r.top === c.row && r.left === c.col && r.right > r.left);
    return wrappedLines(String(c.value), boxUnits({ ...m, columnWidths: widths }, c) * (merge !== undefined ? 0.9 : 1), { size: 11, bold: c.style === "label" });
  };
  const rowLines = (m: SummarySheetModel, row: number) => Math.max(...m.cells.filter((c) => c.row === row).map((c) => lines(m, c)));
  const rightLabels = placed.cells.filter((c) => c.style === "label" && c.row < next && c.col > 1);
  expect(rightLabels.map((c) => c.value)).toEqual(["Nguồn kế hoạch", "Bố cục bảng"]);
  for (const label of rightLabels) {
    expect({ label: label.value, lines: lines(placed, label) }).toEqual({ label: label.value, lines: 1 });
    expect(rowLines(placed, label.row)).toBeLessThanOrEqual(rowLines(model, label.row));
  }
});
