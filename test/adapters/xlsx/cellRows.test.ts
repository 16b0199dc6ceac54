import fc from "fast-check";
import { columnLetters } from "../../../src/core/model/address";
import { parseSheetXml } from "../../../src/adapters/xlsx/sheetXml";
import { cellValue, columnCount, rowCells, rowCount, rowValues, type CellValue, type SheetData } from "../../../src/core/model/workbook";

/** A cell as the test writes it: a number, a shared string's index, or a formula with no cached value. */
type TestCell = { readonly col: number } & ({ readonly kind: "number"; readonly value: number } | { readonly kind: "shared"; readonly index: number } | { readonly kind: "formula" });

const SHARED = ["Xã Tân Lập", "Huyện Ba Vì", "Tổng cộng", "ồ ạ ễ"];

function cellXml(row: number, cell: TestCell): string {
  const ref = `${columnLetters(cell.col)}${row + 1}`;
  if (cell.kind === "number") return `<c r="${ref}"><v>${cell.value}</v></c>`;
  if (cell.kind === "shared") return `<c r="${ref}" t="s"><v>${cell.index}</v></c>`;
  return `<c r="${ref}"><f>1+1</f></c>`;
}

function sheetXml(rows: ReadonlyArray<readonly [number, readonly TestCell[]]>): string {
  const body = rows.map(([row, cells]) => `<row r="${row + 1}">${cells.map((cell) => cellXml(row, cell)).join("")}</row>`).join("");
  return `<worksheet xmlns="m"><sheetData>${body}</sheetData></worksheet>`;
}

/** The values a sheet of these rows holds, one array per row, as `SheetData.values` gives them. */
function expectedValues(rows: ReadonlyArray<readonly [number, readonly TestCell[]]>): CellValue[][] {
  const values: CellValue[][] = [];
  for (const [row, cells] of rows) {
    // A row with no cells adds no row.
    if (cells.length > 0) while (values.length <= row) values.push([]);
    const target = values[row];
    for (const cell of cells) {
      while (target.length < cell.col) target.push(null);
      if (cell.kind === "number") target[cell.col] = cell.value;
      else if (cell.kind === "shared") target[cell.col] = SHARED[cell.index];
      else if (target.length === cell.col) target.push(null);
    }
  }
  return values;
}

/** Every cell through the sheet's accessors equals the one of its rows as arrays (a copy of the sheet has no block). */
function expectSameCells(sheet: SheetData, values: CellValue[][]): void {
  const plain: SheetData = { name: sheet.name, values, merges: [] };
  expect(rowCount(sheet)).toBe(rowCount(plain));
  expect(columnCount(sheet)).toBe(columnCount(plain));
  const read = (from: SheetData) => {
    const seen: unknown[] = [];
    for (let row = -1; row <= values.length; row++) {
      const { cells, offset, length } = rowCells(from, row);
      seen.push(rowValues(from, row), cells.slice(offset, offset + length));
      for (let col = -1; col <= columnCount(plain) + 1; col++) seen.push(cellValue(from, row, col));
    }
    return seen;
  };
  expect(read(sheet)).toEqual(read(plain));
}

const cellArbitrary: fc.Arbitrary<TestCell> = fc.oneof(
  fc.record({ col: fc.integer({ min: 0, max: 40 }), kind: fc.constant("number" as const), value: fc.oneof(fc.integer({ min: -1000, max: 100000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => (Object.is(v, -0) ? 0 : v))) }),
  fc.record({ col: fc.integer({ min: 0, max: 40 }), kind: fc.constant("shared" as const), index: fc.integer({ min: 0, max: SHARED.length - 1 }) }),
  fc.record({ col: fc.integer({ min: 0, max: 40 }), kind: fc.constant("formula" as const) }),
);

/** A row's cells in column order, one per column. */
const rowCellsArbitrary = fc.uniqueArray(cellArbitrary, { selector: (cell) => cell.col, maxLength: 12 }).map((cells) => [...cells].sort((a, b) => a.col - b.col));

describe("a sheet's values kept in blocks (CellRows)", () => {
  test("rows in order, with gaps, formulas without a value and blank cells: the block holds what the rows hold", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 25 }), fc.array(rowCellsArbitrary, { minLength: 25, maxLength: 25 }), (rowIndexes, cellLists) => {
        const rows = [...rowIndexes].sort((a, b) => a - b).map((row, k) => [row, cellLists[k]] as const);
        const sheet = parseSheetXml("S", sheetXml(rows), SHARED, false);
        const values = expectedValues(rows);
        expect("cellRows" in sheet).toBe(true);
        expect(sheet.values).toEqual(values);
        expectSameCells(sheet, values);
      }),
      { numRuns: 150 },
    );
  });

  test("rows out of order (a row met again after a later one): read into one array per row, the same values", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { minLength: 2, maxLength: 12 }), fc.array(rowCellsArbitrary, { minLength: 12, maxLength: 12 }), (rowIndexes, cellLists) => {
        const rows = rowIndexes.map((row, k) => [row, cellLists[k]] as const);
        const sheet = parseSheetXml("S", sheetXml(rows), SHARED, false);
        const values = expectedValues(rows);
        expect(sheet.values).toEqual(values);
        expectSameCells(sheet, values);
      }),
      { numRuns: 150 },
    );
  });

  test("a row met again after a later one turns the block into arrays; the rows before stay as they were", () => {
    const rows = [
      [0, [{ col: 1, kind: "number", value: 1 }]],
      [2, [{ col: 0, kind: "shared", index: 0 }]],
      [0, [{ col: 3, kind: "number", value: 4 }]],
    ] as const;
    const sheet = parseSheetXml("S", sheetXml(rows), SHARED, false);
    expect("cellRows" in sheet).toBe(false);
    expect(sheet.values).toEqual([[null, 1, null, 4], [], ["Xã Tân Lập"]]);
  });

  test("a sheet larger than a block: rows cut by a block's end are moved whole to the next block", () => {
    const width = 37;
    const rows = Array.from({ length: 4000 }, (_, row) => [row, Array.from({ length: width }, (_, col): TestCell => ({ col, kind: "number", value: row * width + col }))] as const);
    const sheet = parseSheetXml("S", sheetXml(rows), SHARED, false);
    const block = sheet.cellRows!;
    expect(block.blocks.length).toBeGreaterThan(2);
    expect(block.width).toBe(width);
    for (let row = 0; row < rows.length; row++) {
      expect(block.rowLength[row]).toBe(width);
      expect(block.rowStart[row] + width).toBeLessThanOrEqual(block.blocks[block.rowBlock[row]].length);
    }
    for (const row of [0, 1770, 1771, 1772, 3542, 3543, 3999]) for (const col of [0, 17, width - 1]) expect(cellValue(sheet, row, col)).toBe(row * width + col);
    expect(sheet.values).toEqual(expectedValues(rows));
  });
});
