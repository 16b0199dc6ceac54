/**
 * The summary copy's highlight record: sheets recorded by `sheetId` and name,
 * found again by id first; records written before the id was kept (name only)
 * are still read and found by name.
 */
import fc from "fast-check";
import { sameSheetName } from "../../../src/core/model/sheetName";
import { cellKey, decodeHighlightRecord, encodeHighlightRecord, recordedCellsOf, RECORD_NAMESPACE, type HighlightRecord, type RecordedCell } from "../../../src/adapters/xlsx/highlightRecord";

const FILL = '<fill><patternFill patternType="none"/></fill>';

function cell(row: number, col: number): RecordedCell {
  return { row, col, style: 3, fill: FILL, applied: "FFF8B4B4" };
}

function cells(...list: RecordedCell[]): Map<number, RecordedCell> {
  return new Map(list.map((c) => [cellKey(c.row, c.col), c]));
}

describe("encode and decode", () => {
  test("the sheetId is written with the name and read back", () => {
    const record: HighlightRecord = [{ name: "Phân bổ & <1>", sheetId: 7, cells: cells(cell(3, 2), cell(10, 4)) }];
    const xml = encodeHighlightRecord(record);
    expect(xml).toContain('<sheet name="Phân bổ &amp; &lt;1&gt;" sheetId="7">');
    expect(decodeHighlightRecord(xml)).toEqual(record);
  });

  test("a record of the older form (sheets by name only) is read, with no id", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<highlights xmlns="${RECORD_NAMESPACE}"><fill>${FILL.replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")}</fill><sheet name="Phân bổ"><c r="C11" s="3" f="0" a="FFF8B4B4"/></sheet></highlights>`;
    expect(decodeHighlightRecord(xml)).toEqual([{ name: "Phân bổ", sheetId: null, cells: cells(cell(10, 2)) }]);
  });

  test.each([["0"], ["-1"], ["x"], ["1.5"], [""]])("an unusable sheetId (%j) is read as none", (id) => {
    const xml = encodeHighlightRecord([{ name: "A", sheetId: 1, cells: cells(cell(0, 0)) }]).replace('sheetId="1"', `sheetId="${id}"`);
    expect(decodeHighlightRecord(xml)?.[0].sheetId).toBeNull();
  });

  test("any record survives encoding and decoding", () => {
    const sheet = fc.record({
      name: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => [...s].every((ch) => ch.charCodeAt(0) >= 0x20 && ch.length === 1 && !/[\ud800-\udfff\ufffe\uffff]/.test(ch))),
      sheetId: fc.option(fc.integer({ min: 1, max: 65535 }), { nil: null }),
      cells: fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 100 })), { minLength: 1, maxLength: 5, selector: ([r, c]) => cellKey(r, c) }).map((list) => cells(...list.map(([r, c]) => cell(r, c)))),
    });
    fc.assert(fc.property(fc.array(sheet, { maxLength: 4 }), (record) => expect(decodeHighlightRecord(encodeHighlightRecord(record))).toEqual(record)));
  });
});

describe("the recorded cells of a sheet", () => {
  const renamed = cells(cell(1, 1));
  const older = cells(cell(2, 2));
  const deleted = cells(cell(3, 3));
  const record: HighlightRecord = [
    { name: "Phân bổ", sheetId: 4, cells: renamed },
    { name: "Cũ", sheetId: null, cells: older },
    { name: "Đã xoá", sheetId: 9, cells: deleted },
  ];
  test.each([
    ["renamed since: found by its id", { name: "Phân bổ 2026", sheetId: 4 }, renamed],
    ["another sheet now named as the recorded one: not the recorded sheet", { name: "Phân bổ", sheetId: 5 }, undefined],
    ["recorded without id: found by name (any case)", { name: "CŨ", sheetId: 2 }, older],
    ["a sheet without a usable id: found by name among the entries without id", { name: "Cũ", sheetId: null }, older],
    ["a recorded id no sheet has now (deleted), a new sheet of that name: not it", { name: "Đã xoá", sheetId: 12 }, undefined],
  ] as const)("%s", (_, sheet, expected) => {
    expect(recordedCellsOf(record, sheet, sameSheetName)).toBe(expected);
  });
});
