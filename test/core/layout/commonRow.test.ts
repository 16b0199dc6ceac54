import { LEVEL_LOWER, RowFacts } from "../../../src/core/layout/areaTree";
import { isCommonRow, mayNameAGroup, readCommonRows, type CommonRowSheet } from "../../../src/core/layout/commonRow";
import { detectTable } from "../../../src/core/layout";
import type { Frame } from "../../../src/core/layout/frame";
import { sheetGrid } from "../../../src/core/layout/grid";
import type { RowLabel } from "../../../src/core/layout/labels";
import { SttMarks } from "../../../src/core/layout/sttMarks";
import type { Correction } from "../../../src/core/model/corrections";
import type { AllocationTable } from "../../../src/core/model/table";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet } from "./sheetBuilder";

type Row = readonly [CellValue, CellValue, CellValue];

function frameOf(rows: readonly Row[], merges: { top: number; left: number; bottom: number; right: number }[] = []): Frame {
  const grid = sheetGrid({ name: "S", values: rows.map((r) => [...r]), merges });
  return { grid, orientation: "areas-as-rows", headerRows: [], codeRow: null, unitsRow: null, sttCol: 0, areaCols: [1], areaPositions: rows.map((_r, i) => i), linePositions: [2] };
}

function sheetOf(rows: readonly Row[], upper: string[] = [], lower: string[] = [], merges?: { top: number; left: number; bottom: number; right: number }[], corrected: number[] = []): CommonRowSheet {
  const frame = frameOf(rows, merges);
  const label: RowLabel = { key: "", folded: null, total: false, level: null, romanPrefix: false };
  const blank = (row: number) => rows[row][2] === null;
  const corrections = corrected.length === 0 ? null : new Map(corrected.map((row) => [row, "leaf"]));
  return { frame, col: 1, stt: new SttMarks(frame, 1), blank, upper: new Set(upper), lower: new Set(lower), corrected: corrections, label };
}

/** The rows read from the first on, and where the reading stopped. */
function read(rows: readonly Row[], upper: string[] = [], lower: string[] = [], merges?: { top: number; left: number; bottom: number; right: number }[], corrected: number[] = []) {
  const facts = new RowFacts(rows.length);
  const stop = readCommonRows(sheetOf(rows, upper, lower, merges, corrected), 0, facts);
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
  expect(isCommonRow(sheetOf([...COMMUNES, row]), 2)).toBe(false);
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

test("a row the user corrected is left to the full reading, the rows around it still common", () => {
  expect(read(COMMUNES, [], [], undefined, [1]).stop).toBe(1);
  const sheet = sheetOf(COMMUNES, [], [], undefined, [0]);
  expect([isCommonRow(sheet, 0), isCommonRow(sheet, 1)]).toEqual([false, true]);
  expect(sheet.label.key).toBe("hoa binh");
});

test("mayNameAGroup tells the openings of kinds of areas by their first two letters", () => {
  expect(mayNameAGroup(null, "khu vuc iii")).toBe(true);
  expect(mayNameAGroup("cac xa", null)).toBe(true);
  expect(mayNameAGroup(null, "tan lap")).toBe(false);
  expect(mayNameAGroup("k", null)).toBe(false);
  expect(mayNameAGroup(null, null)).toBe(false);
});

/**
 * A common row reached right after a run the full reading weighs first (a
 * total's funding sources, `Trong đó`, bullets) or among corrected rows is read
 * by the same predicate as one in the run of common rows: a commune by its
 * prefix, under the row that opened the run.
 */
describe("the area axis reads a common row alike wherever it stands", () => {
  const PLAN = readPlanJson({ indicators: [{ code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 6 }] }, "plan.json");
  const HEADER: CellValue[] = ["STT", "Địa bàn", "Tổ truyền thông cộng đồng"];

  function shape(rows: CellValue[][], corrections: Correction[] = []): string[] {
    const table: AllocationTable = detectTable(sheet("Phân bổ", rows), PLAN, corrections);
    return table.areas.map((a) => `${a.kind}:${a.label}<${a.parent === null ? "" : table.areas[a.parent].label}:${a.evidence ?? ""}`);
  }

  test.each<[string, CellValue[][], Correction[], string[]]>([
    [
      "right after the total (its sources' run open)",
      [HEADER, [null, "Tổng cộng", 6], [1, "Xã Tân Lập", 1], [2, "Xã Hòa Bình", 2], [3, "Xã Cẩm Lĩnh", 3]],
      [],
      ["total:Tổng cộng<:label", "leaf:Xã Tân Lập<Tổng cộng:prefix", "leaf:Xã Hòa Bình<Tổng cộng:prefix", "leaf:Xã Cẩm Lĩnh<Tổng cộng:prefix"],
    ],
    [
      "right after a `Trong đó` row",
      [HEADER, [null, "Tổng cộng", 6], [null, "Trong đó: xã khu vực III", 2], [1, "Xã Tân Lập", 1], [2, "Xã Hòa Bình", 2], [3, "Xã Cẩm Lĩnh", 3]],
      [],
      ["total:Tổng cộng<:label", "leaf:Xã Tân Lập<Tổng cộng:prefix", "leaf:Xã Hòa Bình<Tổng cộng:prefix", "leaf:Xã Cẩm Lĩnh<Tổng cộng:prefix"],
    ],
    [
      "beside a corrected row",
      [HEADER, [null, "Tổng cộng", 6], [1, "Xã Tân Lập", 1], [2, "Xã Hòa Bình", 2], [3, "Xã Cẩm Lĩnh", 3]],
      [{ kind: "role", at: "4", label: "Xã Hòa Bình", role: "leaf" }],
      ["total:Tổng cộng<:label", "leaf:Xã Tân Lập<Tổng cộng:prefix", "leaf:Xã Hòa Bình<Tổng cộng:corrected", "leaf:Xã Cẩm Lĩnh<Tổng cộng:prefix"],
    ],
  ])("%s", (_what, rows, corrections, expected) => {
    expect(shape(rows, corrections)).toEqual(expected);
  });

  test("a bulleted common row (`+ Xã Minh Quang`) among bulleted names keeps their run open; an unbulleted one closes it", () => {
    const rows = (third: string): CellValue[][] => [
      ["Đơn vị", "Tổ truyền thông cộng đồng"],
      ["Tổng cộng", 6],
      ["Ba Vì", 3],
      ["- Khánh Thượng", 1],
      [third, 1],
      ["- Tản Lĩnh", 1],
      ["Thạch Thất", 3],
      ["- Yên Trung", 1],
      ["- Yên Bình", 2],
    ];
    const read = (third: string) => {
      const table = detectTable(sheet("Phân bổ", rows(third)), PLAN);
      return table.areas.map((a) => `${a.label}<${a.parent === null ? "" : table.areas[a.parent].label}:${a.evidence ?? ""}`);
    };
    expect(read("+ Xã Minh Quang")).toEqual([
      "Tổng cộng<:label",
      "Ba Vì<Tổng cộng:stt",
      "- Khánh Thượng<Ba Vì:stt",
      "+ Xã Minh Quang<Ba Vì:prefix",
      "- Tản Lĩnh<Ba Vì:stt",
      "Thạch Thất<Tổng cộng:stt",
      "- Yên Trung<Thạch Thất:stt",
      "- Yên Bình<Thạch Thất:stt",
    ]);
    // Unbulleted, it closes the run: the bulleted name after it is placed by its position alone.
    expect(read("Xã Minh Quang")[4]).toBe("- Tản Lĩnh<Ba Vì:position");
  });
});
