/**
 * Structure from evidence (CONTRACT §2): the plan's area list decides levels,
 * `Cộng huyện …` rows are their group's subtotal, and where the evidence
 * conflicts the reading under which the typed subtotals add up wins. Each
 * case is read in both orientations.
 */
import { detectTable } from "../../../src/core/layout";
import type { AllocationTable } from "../../../src/core/model/table";
import type { Plan } from "../../../src/core/model/plan";
import type { CellValue } from "../../../src/core/model/workbook";
import { areaTree as tree, headerRow, planOf } from "../../helpers/allocationFixture";
import { sheet, transposeSheet } from "./sheetBuilder";

const LINES = [
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 40 },
  { code: "2", name: "Địa chỉ tin cậy tại cộng đồng", unit: "địa chỉ", target: 30 },
];

function both(rows: CellValue[][], plan: Plan): AllocationTable[] {
  const data = sheet("Phân bổ", rows);
  return [detectTable(data, plan), detectTable(transposeSheet(data), plan)];
}

describe("the plan's area list decides the level of a district written bare or with its prefix", () => {
  const plan = planOf(LINES, { "Ba Vì": [], "Thạch Thất": [], "Quốc Oai": [], "Chương Mỹ": [], "Mỹ Đức": [] });
  const rows: CellValue[][] = [
    headerRow("Đơn vị", LINES),
    [null, "Tổng số", 40, 30],
    [1, "Huyện Ba Vì", 9, 7],
    [2, "Thạch Thất", 8, 6],
    [3, "Quốc Oai", 7, 5],
    [4, "huyện Chương Mỹ", 10, 8],
    [5, "Mỹ Đức", 6, 4],
  ];
  test.each([0, 1])("all five are leaves of the total (orientation %#)", (k) => {
    const table = both(rows, plan)[k];
    expect(tree(table)).toEqual([
      ["Tổng số", "total", null],
      ["Huyện Ba Vì", "leaf", "Tổng số"],
      ["Thạch Thất", "leaf", "Tổng số"],
      ["Quốc Oai", "leaf", "Tổng số"],
      ["huyện Chương Mỹ", "leaf", "Tổng số"],
      ["Mỹ Đức", "leaf", "Tổng số"],
    ]);
    expect(table.areas[2].evidence).toBe("area-list");
  });

  test("without an area list, the arithmetic decides: the flat reading adds up", () => {
    const bare = planOf(LINES);
    for (const table of both(rows, bare)) {
      expect(tree(table).map(([, kind]) => kind)).toEqual(["total", "leaf", "leaf", "leaf", "leaf", "leaf"]);
      expect(table.areas[2].evidence).toBe("arithmetic");
    }
  });

  test("without an area list, prefixed groups whose bare children add up stay groups", () => {
    const bare = planOf(LINES);
    const grouped: CellValue[][] = [
      headerRow("Đơn vị", LINES),
      [null, "Tổng số", 10, 7],
      [null, "Huyện Ba Vì", 6, 4],
      [null, "Ba Trại", 2, 1],
      [null, "Tản Lĩnh", 4, 3],
      [null, "Huyện Quốc Oai", 4, 3],
      [null, "Phú Mãn", 4, 3],
    ];
    for (const table of both(grouped, bare)) {
      expect(tree(table)).toEqual([
        ["Tổng số", "total", null],
        ["Huyện Ba Vì", "group", "Tổng số"],
        ["Ba Trại", "leaf", "Huyện Ba Vì"],
        ["Tản Lĩnh", "leaf", "Huyện Ba Vì"],
        ["Huyện Quốc Oai", "group", "Tổng số"],
        ["Phú Mãn", "leaf", "Huyện Quốc Oai"],
      ]);
    }
  });
});

describe("subtotal rows labelled `Cộng huyện …` are their group's subtotal, never an area", () => {
  const plan = planOf(LINES, { "Ba Vì": ["Ba Trại", "Tản Lĩnh"], "Quốc Oai": ["Phú Mãn", "Sài Sơn"] });
  const header = headerRow("Đơn vị", LINES);

  test("after the communes, under a blank district row: the district's values", () => {
    const rows: CellValue[][] = [
      header,
      ["I", "Huyện Ba Vì", null, null],
      [1, "Xã Ba Trại", 2, 1],
      [2, "Xã Tản Lĩnh", 4, 3],
      [null, "Cộng huyện", 6, 4],
      ["II", "Huyện Quốc Oai", null, null],
      [1, "Xã Phú Mãn", 4, 3],
      [2, "Xã Sài Sơn", 1, 1],
      [null, "Cộng huyện", 5, 4],
      [null, "Tổng cộng", 11, 8],
    ];
    for (const table of both(rows, plan)) {
      expect(tree(table)).toEqual([
        ["Huyện Ba Vì", "group", "Tổng cộng"],
        ["Xã Ba Trại", "leaf", "Huyện Ba Vì"],
        ["Xã Tản Lĩnh", "leaf", "Huyện Ba Vì"],
        ["Huyện Quốc Oai", "group", "Tổng cộng"],
        ["Xã Phú Mãn", "leaf", "Huyện Quốc Oai"],
        ["Xã Sài Sơn", "leaf", "Huyện Quốc Oai"],
        ["Tổng cộng", "total", null],
      ]);
      expect(table.areas[0].subtotalLabel).toBe("Cộng huyện");
    }
  });

  test("after the communes, without a district row: the subtotal is the group", () => {
    const rows: CellValue[][] = [
      header,
      [null, "Tổng cộng", 11, 8],
      [1, "Xã Ba Trại", 2, 1],
      [2, "Xã Tản Lĩnh", 4, 3],
      [null, "Cộng huyện Ba Vì", 6, 4],
      [3, "Xã Phú Mãn", 4, 3],
      [4, "Xã Sài Sơn", 1, 1],
      [null, "Tổng huyện Quốc Oai", 5, 4],
    ];
    for (const table of both(rows, plan)) {
      expect(tree(table)).toEqual([
        ["Tổng cộng", "total", null],
        ["Xã Ba Trại", "leaf", "Cộng huyện Ba Vì"],
        ["Xã Tản Lĩnh", "leaf", "Cộng huyện Ba Vì"],
        ["Cộng huyện Ba Vì", "group", "Tổng cộng"],
        ["Xã Phú Mãn", "leaf", "Tổng huyện Quốc Oai"],
        ["Xã Sài Sơn", "leaf", "Tổng huyện Quốc Oai"],
        ["Tổng huyện Quốc Oai", "group", "Tổng cộng"],
      ]);
      expect(table.areas[3].key).toBe("ba vi");
    }
  });

  test("before the communes: `Cộng I`, `Tổng số huyện …` head their group", () => {
    const rows: CellValue[][] = [
      header,
      [null, "Tổng cộng", 11, 8],
      ["I", "Cộng I", 6, 4],
      [1, "Xã Ba Trại", 2, 1],
      [2, "Xã Tản Lĩnh", 4, 3],
      ["II", "Tổng số huyện Quốc Oai", 5, 4],
      [1, "Xã Phú Mãn", 4, 3],
      [2, "Xã Sài Sơn", 1, 1],
    ];
    for (const table of both(rows, plan)) {
      expect(tree(table)).toEqual([
        ["Tổng cộng", "total", null],
        ["Cộng I", "group", "Tổng cộng"],
        ["Xã Ba Trại", "leaf", "Cộng I"],
        ["Xã Tản Lĩnh", "leaf", "Cộng I"],
        ["Tổng số huyện Quốc Oai", "group", "Tổng cộng"],
        ["Xã Phú Mãn", "leaf", "Tổng số huyện Quốc Oai"],
        ["Xã Sài Sơn", "leaf", "Tổng số huyện Quốc Oai"],
      ]);
    }
  });

  test("right under a blank district row, before its communes: the district's values, named or not", () => {
    const noAreas = planOf(LINES);
    const cases: [string, string, string][] = [
      ["Cộng huyện Ba Vì", "Cộng huyện Mỹ Đức", "Tổng cộng"],
      ["Cộng huyện", "Cộng huyện", "Tổng cộng"],
      ["Cộng", "Cộng", "Tổng cộng"],
      ["Cộng", "Cộng", "Cộng"],
    ];
    for (const [label, other, total] of cases) {
      const rows: CellValue[][] = [
        headerRow("Đơn vị", LINES),
        ["I", "Huyện Ba Vì", null, null],
        [null, label, 5, 3],
        ["-", "Xã Ba Trại", 2, 1],
        ["-", "Xã Tản Lĩnh", 3, 2],
        ["II", "huyện Mỹ Đức", null, null],
        [null, other, 4, 4],
        ["-", "Xã An Phú", 4, 4],
        [null, total, 9, 7],
      ];
      for (const table of both(rows, noAreas)) {
        expect(tree(table)).toEqual([
          ["Huyện Ba Vì", "group", total],
          ["Xã Ba Trại", "leaf", "Huyện Ba Vì"],
          ["Xã Tản Lĩnh", "leaf", "Huyện Ba Vì"],
          ["huyện Mỹ Đức", "group", total],
          ["Xã An Phú", "leaf", "huyện Mỹ Đức"],
          [total, "total", null],
        ]);
        // The group's figures are on its subtotal row, its name on the row above.
        expect(table.areas[0].subtotalLabel).toBe(label);
        expect(table.areas[0].headIndex).toBe(1);
        expect(table.areas[0].index).toBe(2);
      }
    }
  });

  /** Ba Vì (two communes) and Mỹ Đức (one) under the grand total, as both two-label-column layouts below read. */
  const BA_VI_MY_DUC = [
    ["Tổng cộng", "total", null],
    ["Huyện Ba Vì", "group", "Tổng cộng"],
    ["Xã Ba Trại", "leaf", "Huyện Ba Vì"],
    ["Tản Lĩnh", "leaf", "Huyện Ba Vì"],
    ["Mỹ Đức", "group", "Tổng cộng"],
    ["Xã An Phú", "leaf", "Mỹ Đức"],
  ];

  test("two label columns: `Cộng xã`, `Cộng huyện` in the commune column close the district merged above them", () => {
    const noAreas = planOf(LINES);
    for (const label of ["Cộng xã", "Cộng huyện", "Cộng"]) {
      const data = sheet(
        "Phân bổ",
        [
          headerRow(["Huyện", "Xã"], LINES),
          [null, "Tổng cộng", null, 9, 7],
          [1, "Huyện Ba Vì", "Xã Ba Trại", 2, 1],
          [2, null, "Tản Lĩnh", 3, 2],
          [null, null, label, 5, 3],
          [3, "Mỹ Đức", "Xã An Phú", 4, 4],
          [null, null, label, 4, 4],
        ],
        { merges: ["B2:C2", "B3:B4"] },
      );
      for (const table of [detectTable(data, noAreas), detectTable(transposeSheet(data), noAreas)]) {
        expect(tree(table)).toEqual(BA_VI_MY_DUC);
        // The districts' figures are on their `Cộng` rows.
        expect(table.areas[1].index).toBe(4);
        expect(table.areas[4].index).toBe(6);
      }
    }
  });

  test("two label columns, each district on a row of its own (values blank): `Cộng` in the commune column right under it or after its communes is its subtotal", () => {
    const noAreas = planOf(LINES);
    const head: CellValue[] = headerRow(["Huyện", "Xã"], LINES);
    for (const label of ["Cộng", "Cộng huyện", "Cộng xã"]) {
      const ba = [[1, null, "Xã Ba Trại", 2, 1], [2, null, "Tản Lĩnh", 3, 2]] as CellValue[][];
      const my = [[3, null, "Xã An Phú", 4, 4]] as CellValue[][];
      // The rows (or, transposed, the columns) of each district's `Cộng`: before its communes, or after them.
      // Each district's label is merged over its rows (transposed: a header merged over its columns).
      const layouts: [CellValue[][], [number, number]][] = [
        [[head, [null, "Tổng cộng", null, 9, 7], ["I", "Huyện Ba Vì", null, null, null], [null, null, label, 5, 3], ...ba, ["II", "Mỹ Đức", null, null, null], [null, null, label, 4, 4], ...my], [3, 7]],
        [[head, [null, "Tổng cộng", null, 9, 7], ["I", "Huyện Ba Vì", null, null, null], ...ba, [null, null, label, 5, 3], ["II", "Mỹ Đức", null, null, null], ...my, [null, null, label, 4, 4]], [5, 8]],
      ];
      for (const [rows, subRows] of layouts) {
        const data = sheet("Phân bổ", rows, { merges: ["B2:C2", "B3:B6", "B7:B9"] });
        for (const table of [detectTable(data, noAreas), detectTable(transposeSheet(data), noAreas)]) {
          expect(tree(table)).toEqual(BA_VI_MY_DUC);
          // Each district's figures are on its `Cộng` row, its name on its own row.
          expect([table.areas[1].headIndex, table.areas[1].index, table.areas[1].subtotalLabel]).toEqual([2, subRows[0], label]);
          expect([table.areas[4].headIndex, table.areas[4].index]).toEqual([6, subRows[1]]);
        }
      }
    }
  });

  test("unnamed `Cộng xã` rows before or after their group: the reading that adds up wins", () => {
    const before: CellValue[][] = [
      header,
      [null, "Cộng xã", 6, 4],
      [null, "Xã Ba Trại", 2, 1],
      [null, "Xã Tản Lĩnh", 4, 3],
      [null, "Cộng xã", 5, 4],
      [null, "Xã Phú Mãn", 4, 3],
      [null, "Xã Sài Sơn", 1, 1],
      [null, "Tổng cộng", 11, 8],
    ];
    for (const table of both(before, plan)) {
      expect(tree(table)).toEqual([
        ["Cộng xã", "group", "Tổng cộng"],
        ["Xã Ba Trại", "leaf", "Cộng xã"],
        ["Xã Tản Lĩnh", "leaf", "Cộng xã"],
        ["Cộng xã", "group", "Tổng cộng"],
        ["Xã Phú Mãn", "leaf", "Cộng xã"],
        ["Xã Sài Sơn", "leaf", "Cộng xã"],
        ["Tổng cộng", "total", null],
      ]);
      expect(table.areas[3].evidence).toBe("arithmetic");
    }
    const after: CellValue[][] = [header, ...before.slice(2, 4), before[1], ...before.slice(5, 7), before[4], before[7]];
    for (const table of both(after, plan)) {
      expect(tree(table).map(([label, kind, parent]) => [label, kind, parent === null ? null : parent.slice(0, 4)])).toEqual([
        ["Xã Ba Trại", "leaf", "Cộng"],
        ["Xã Tản Lĩnh", "leaf", "Cộng"],
        ["Cộng xã", "group", "Tổng"],
        ["Xã Phú Mãn", "leaf", "Cộng"],
        ["Xã Sài Sơn", "leaf", "Cộng"],
        ["Cộng xã", "group", "Tổng"],
        ["Tổng cộng", "total", null],
      ]);
      expect(table.areas[2].children).toEqual([0, 1]);
      expect(table.areas[5].children).toEqual([3, 4]);
    }
  });
});
