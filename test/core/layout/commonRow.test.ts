import { LEVEL_LOWER, RowFacts } from "../../../src/core/layout/areaTree";
import { mayNameAGroup, readCommonRows } from "../../../src/core/layout/commonRow";
import type { Frame } from "../../../src/core/layout/frame";
import { sheetGrid } from "../../../src/core/layout/grid";
import type { RowLabel } from "../../../src/core/layout/labels";
import { SttMarks } from "../../../src/core/layout/sttMarks";
import type { CellValue } from "../../../src/core/model/workbook";

type Row = readonly [CellValue, CellValue, CellValue];

function frameOf(rows: readonly Row[], merges: { top: number; left: number; bottom: number; right: number }[] = []): Frame {
  const grid = sheetGrid({ name: "S", values: rows.map((r) => [...r]), merges });
  return { grid, orientation: "areas-as-rows", headerRows: [], codeRow: null, unitsRow: null, sttCol: 0, areaCols: [1], areaPositions: rows.map((_r, i) => i), linePositions: [2] };
}

/** The rows read from the first on, and where the reading stopped. */
function read(rows: readonly Row[], upper: string[] = [], lower: string[] = [], merges?: { top: number; left: number; bottom: number; right: number }[]) {
  const frame = frameOf(rows, merges);
  const facts = new RowFacts(rows.length);
  const label: RowLabel = { key: "", folded: null, total: false, level: null, romanPrefix: false };
  const blank = (row: number) => rows[row][2] === null;
  const stop = readCommonRows(frame, 0, 1, new SttMarks(frame, 1), facts, blank, new Set(upper), new Set(lower), label);
  return { stop, keys: facts.key.slice(0, facts.length), levels: [...facts.level.slice(0, facts.length)], how: facts.how.slice(0, facts.length) };
}

const COMMUNES: Row[] = [
  [1, "Xã Tân Lập", 5],
  [2, "Xã Hòa Bình", 0],
];

test("communes named by their prefix, with figures and a whole STT, are read as communes by that prefix", () => {
  expect(read(COMMUNES)).toEqual({ stop: 2, keys: ["tan lap", "hoa binh"], levels: [LEVEL_LOWER, LEVEL_LOWER], how: ["prefix", "prefix"] });
});

test.each<[string, Row]>([
  ["a district's prefix", [3, "Huyện Ba Vì", 4]],
  ["no prefix", [3, "Ba Vì", 4]],
  ["figures blank", [3, "Xã Ba Trại", null]],
  ["a Roman numeral", ["II", "Xã Ba Trại", 4]],
  ["a name to tidy (two spaces)", [3, "Xã  Ba Trại", 4]],
  ["list numbering in the label", [3, "1. Xã Ba Trại", 4]],
  ["a note after the name", [3, "Xã Ba Trại (huyện Ba Vì)", 4]],
  ["a kind of communes", [3, "Xã khu vực III", 4]],
  ["a subtotal word", [3, "Cộng xã", 4]],
  ["a number for a label", [3, 7, 4]],
])("the reading stops at a row with %s, leaving it to the full reading", (_what, row) => {
  expect(read([...COMMUNES, row, [4, "Xã Cẩm Lĩnh", 1]])).toMatchObject({ stop: 2, keys: ["tan lap", "hoa binh"] });
});

test("a row numbered as a group (its next row an item, 1.1) is left to the full reading", () => {
  expect(read([[1, "Xã Tân Lập", 5], [2, "Xã Ba Trại", 3], ["2.1", "Thôn 1", 3]]).stop).toBe(1);
});

test("a commune named in the plan's area lists is left to the full reading", () => {
  expect(read(COMMUNES, [], ["hoa binh"]).stop).toBe(1);
  expect(read(COMMUNES, ["hoa binh"], []).stop).toBe(1);
});

test("a label merged with the cell beside it is left to the full reading", () => {
  expect(read(COMMUNES, [], [], [{ top: 1, left: 1, bottom: 1, right: 2 }]).stop).toBe(1);
});

test("mayNameAGroup tells the openings of kinds of areas by their first two letters", () => {
  expect(mayNameAGroup(null, "khu vuc iii")).toBe(true);
  expect(mayNameAGroup("cac xa", null)).toBe(true);
  expect(mayNameAGroup(null, "tan lap")).toBe(false);
  expect(mayNameAGroup("k", null)).toBe(false);
  expect(mayNameAGroup(null, null)).toBe(false);
});
