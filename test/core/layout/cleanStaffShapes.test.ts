/**
 * Clean allocation sheets in shapes staff make, nothing planted: each must be
 * read right (every area's role and parent), with no finding and a sure
 * reading, in both orientations — a Roman district list with a city, a town
 * and a district written bare over wards, towns and communes; no STT, the
 * levels told by prefixes and sums; a commune named like its district;
 * blank district rows closed by `Cộng huyện` / `Tổng số huyện …` rows, a
 * spacer row between districts; three header rows merged over `Tổng số |
 * Trong đó: NSTW | NSĐP` with wrapped text, a units row and a row of column
 * numbers; and a workbook holding last year's copy beside this year's sheet.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, transposeSheet, workbook } from "./sheetBuilder";

const TWO = [
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ" },
  { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng" },
];
const SPLIT = [
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ" },
  { code: "2", name: "Kinh phí thực hiện", unit: "triệu đồng" },
  { code: "2.1", name: "Ngân sách trung ương", unit: "triệu đồng" },
  { code: "2.2", name: "Ngân sách địa phương", unit: "triệu đồng" },
];

interface Shape {
  readonly name: string;
  /** Title rows above the table (kept above it when transposed). */
  readonly title: CellValue[][];
  readonly table: CellValue[][];
  /** Merged cells, in the table's own rows (the first header row is row 1). */
  readonly merges?: readonly string[];
  readonly lines: ReadonlyArray<{ readonly code: string; readonly name: string; readonly unit: string }>;
  /** Plan targets, by line. */
  readonly targets: readonly number[];
  /** Read in the rows orientation only (a row numbering the columns, `A`, `B`, `1`, `2=3+4`, belongs to it). */
  readonly rowsOnly?: true;
  /** `name` of every group (or heading) with the names of the areas under it, in order. */
  readonly groups: ReadonlyArray<readonly [string, readonly string[]]>;
}

const TITLE: CellValue[][] = [["BIỂU PHÂN BỔ CHỈ TIÊU NĂM 2025"], ["(Kèm theo Kế hoạch số 12/KH-UBND)"]];

const SHAPES: readonly Shape[] = [
  {
    name: "Roman districts: a city, a district written bare, a town; wards, a town, communes",
    title: TITLE,
    table: [
      ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Kinh phí hỗ trợ (triệu đồng)"],
      [null, "Tổng cộng", 6, 120],
      ["I", "Thành phố Sơn La", 2, 40],
      [1, "Phường Chiềng Lề", 1, 20],
      [2, "Xã Chiềng Ngần", 1, 20],
      ["II", "Mộc Châu", 2, 40],
      [1, "Thị trấn Mộc Châu", 1, 20],
      [2, "Xã Chiềng Sơn", 1, 20],
      ["III", "Thị xã Sơn Tây", 2, 40],
      [1, "Phường Lê Lợi", 1, 20],
      [2, "Xã Kim Sơn", 1, 20],
    ],
    lines: TWO,
    targets: [6, 120],
    groups: [
      ["Thành phố Sơn La", ["Phường Chiềng Lề", "Xã Chiềng Ngần"]],
      ["Mộc Châu", ["Thị trấn Mộc Châu", "Xã Chiềng Sơn"]],
      ["Thị xã Sơn Tây", ["Phường Lê Lợi", "Xã Kim Sơn"]],
    ],
  },
  {
    name: "no STT: prefixes, one district written bare, told by its sums",
    title: TITLE,
    table: [
      ["Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Kinh phí hỗ trợ (triệu đồng)"],
      ["Tổng cộng", 6, 120],
      ["Thành phố Sơn La", 2, 40],
      ["Phường Chiềng Lề", 1, 20],
      ["Xã Chiềng Ngần", 1, 20],
      ["Mộc Châu", 2, 40],
      ["Thị trấn Mộc Châu", 1, 20],
      ["Xã Chiềng Sơn", 1, 20],
      ["Huyện Yên Châu", 2, 40],
      ["Xã Chiềng Đông", 1, 20],
      ["Xã Chiềng Khoi", 1, 20],
    ],
    lines: TWO,
    targets: [6, 120],
    groups: [
      ["Thành phố Sơn La", ["Phường Chiềng Lề", "Xã Chiềng Ngần"]],
      ["Mộc Châu", ["Thị trấn Mộc Châu", "Xã Chiềng Sơn"]],
      ["Huyện Yên Châu", ["Xã Chiềng Đông", "Xã Chiềng Khoi"]],
    ],
  },
  {
    name: "communes named like their district",
    title: TITLE,
    table: [
      ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Kinh phí hỗ trợ (triệu đồng)"],
      [null, "Tổng cộng", 5, 100],
      ["I", "Huyện Ba Vì", 3, 60],
      [1, "Xã Ba Vì", 1, 20],
      [2, "Xã Ba Trại", 1, 20],
      [3, "Xã Tản Lĩnh", 1, 20],
      ["II", "Huyện Mỹ Đức", 2, 40],
      [1, "Xã An Phú", 1, 20],
      [2, "Xã Mỹ Đức", 1, 20],
    ],
    lines: TWO,
    targets: [5, 100],
    groups: [
      ["Huyện Ba Vì", ["Xã Ba Vì", "Xã Ba Trại", "Xã Tản Lĩnh"]],
      ["Huyện Mỹ Đức", ["Xã An Phú", "Xã Mỹ Đức"]],
    ],
  },
  {
    name: "blank district rows closed by Cộng huyện, a spacer row between",
    title: TITLE,
    table: [
      ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Kinh phí hỗ trợ (triệu đồng)"],
      [null, "Tổng cộng", 5, 100],
      ["I", "Huyện Ba Vì", null, null],
      [1, "Xã Ba Trại", 1, 20],
      [2, "Xã Tản Lĩnh", 1, 20],
      [3, "Xã Vân Hòa", 1, 20],
      [null, "Cộng huyện", 3, 60],
      [],
      ["II", "Huyện Mỹ Đức", null, null],
      [1, "Xã An Phú", 1, 20],
      [2, "Xã Hợp Tiến", 1, 20],
      [null, "Cộng huyện", 2, 40],
    ],
    lines: TWO,
    targets: [5, 100],
    groups: [
      ["Huyện Ba Vì", ["Xã Ba Trại", "Xã Tản Lĩnh", "Xã Vân Hòa", "Cộng huyện"]],
      ["Huyện Mỹ Đức", ["Xã An Phú", "Xã Hợp Tiến", "Cộng huyện"]],
    ],
  },
  {
    name: "Tổng số huyện … rows, the grand total last",
    title: TITLE,
    table: [
      ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Kinh phí hỗ trợ (triệu đồng)"],
      ["I", "Huyện Ba Vì", null, null],
      [1, "Xã Ba Trại", 1, 20],
      [2, "Xã Tản Lĩnh", 1, 20],
      [null, "Tổng số huyện Ba Vì", 2, 40],
      ["II", "Huyện Mỹ Đức", null, null],
      [1, "Xã An Phú", 1, 20],
      [2, "Xã Hợp Tiến", 1, 20],
      [null, "Tổng số huyện Mỹ Đức", 2, 40],
      [null, "Tổng cộng", 4, 80],
    ],
    lines: TWO,
    targets: [4, 80],
    groups: [
      ["Huyện Ba Vì", ["Xã Ba Trại", "Xã Tản Lĩnh", "Tổng số huyện Ba Vì"]],
      ["Huyện Mỹ Đức", ["Xã An Phú", "Xã Hợp Tiến", "Tổng số huyện Mỹ Đức"]],
    ],
  },
  {
    name: "three header rows merged, wrapped, Trong đó: NSTW | NSĐP, units row, column numbers",
    title: [["UBND TỈNH X"], ["BIỂU PHÂN BỔ KINH PHÍ NĂM 2025"], ["(Kèm theo Quyết định số 12/QĐ-UBND)"]],
    table: [
      ["STT", "Đơn vị", "Tổ truyền thông\ncộng đồng\n(tổ)", "Kinh phí thực hiện\n(triệu đồng)", null, null],
      [null, null, null, "Tổng số", "Trong đó", null],
      [null, null, null, null, "NSTW", "NSĐP"],
      [null, null, "tổ", "triệu đồng", "triệu đồng", "triệu đồng"],
      ["A", "B", "1", "2=3+4", "3", "4"],
      [null, "Tổng cộng", 4, 100, 60, 40],
      ["I", "Huyện Ba Vì", 2, 50, 30, 20],
      [1, "Xã Ba Trại", 1, 25, 15, 10],
      [2, "Xã Tản Lĩnh", 1, 25, 15, 10],
      ["II", "Huyện Mỹ Đức", 2, 50, 30, 20],
      [1, "Xã An Phú", 1, 25, 15, 10],
      [2, "Xã Hợp Tiến", 1, 25, 15, 10],
    ],
    merges: ["A1:A3", "B1:B3", "C1:C3", "D1:F1", "D2:D3", "E2:F2"],
    rowsOnly: true,
    lines: SPLIT,
    targets: [4, 100, 60, 40],
    groups: [
      ["Huyện Ba Vì", ["Xã Ba Trại", "Xã Tản Lĩnh"]],
      ["Huyện Mỹ Đức", ["Xã An Phú", "Xã Hợp Tiến"]],
    ],
  },
  {
    name: "three header rows merged, wrapped, Trong đó: NSTW | NSĐP, a units row",
    title: [["UBND TỈNH X"], ["BIỂU PHÂN BỔ KINH PHÍ NĂM 2025"]],
    table: [
      ["STT", "Đơn vị", "Tổ truyền thông\ncộng đồng", "Kinh phí thực hiện", null, null],
      [null, null, null, "Tổng số", "Trong đó", null],
      [null, null, null, null, "NSTW", "NSĐP"],
      [null, null, "tổ", "triệu đồng", "triệu đồng", "triệu đồng"],
      [null, "Tổng cộng", 4, 100, 60, 40],
      ["I", "Huyện Ba Vì", 2, 50, 30, 20],
      [1, "Xã Ba Trại", 1, 25, 15, 10],
      [2, "Xã Tản Lĩnh", 1, 25, 15, 10],
      ["II", "Huyện Mỹ Đức", 2, 50, 30, 20],
      [1, "Xã An Phú", 1, 25, 15, 10],
      [2, "Xã Hợp Tiến", 1, 25, 15, 10],
    ],
    merges: ["A1:A3", "B1:B3", "C1:C3", "D1:F1", "D2:D3", "E2:F2"],
    lines: SPLIT,
    targets: [4, 100, 60, 40],
    groups: [
      ["Huyện Ba Vì", ["Xã Ba Trại", "Xã Tản Lĩnh"]],
      ["Huyện Mỹ Đức", ["Xã An Phú", "Xã Hợp Tiến"]],
    ],
  },
];

function planOf(shape: Shape) {
  return readPlanJson({ title: "Kế hoạch thử", indicators: shape.lines.map((line, i) => ({ ...line, target: shape.targets[i] })), areas: [] }, "plan.json");
}

/** The table (transposed or not) under its title, its merges moved down with it. */
function sheetOf(shape: Shape, transposed: boolean, name = "Phân bổ"): SheetData {
  const table = sheet(name, shape.table, { merges: [...(shape.merges ?? [])] });
  const laid = transposed ? transposeSheet(table) : table;
  const above = transposed ? [...shape.title, []] : shape.title;
  return {
    ...laid,
    values: [...above, ...laid.values.map((r) => r ?? [])],
    merges: (laid.merges ?? []).map((m) => ({ ...m, top: m.top + above.length, bottom: m.bottom + above.length })),
  };
}

function expectRead(report: ReturnType<typeof checkWorkbook>["report"], shape: Shape): void {
  const areas = report.reading!.areas;
  for (const [group, members] of shape.groups) {
    const at = areas.findIndex((a) => a.name === group);
    expect(["group", "heading"]).toContain(areas[at]?.role);
    expect(areas.filter((a) => a.parent === at).map((a) => a.name)).toEqual(members);
  }
  expect(report.reading!.lines.map((l) => l.code).sort()).toEqual(shape.lines.map((l) => l.code).sort());
  expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  expect(report.reading!.confidence.level).toBe("high");
}

const CASES = SHAPES.flatMap((shape) => (shape.rowsOnly ? [false] : [false, true]).map((transposed) => [shape.name, transposed, shape] as const));

describe.each(CASES)("%s (transposed: %s)", (_name, transposed, shape) => {
  test("read right, no finding, sure", () => {
    const report = checkWorkbook(workbook(sheetOf(shape, transposed)), { workbookName: "t.xlsx", plan: planOf(shape), sheet: "Phân bổ" }).report;
    expectRead(report, shape);
  });
});

test.each([
  ["last year's copy after", ["Năm 2025", "Năm 2024"]],
  ["last year's copy first", ["Năm 2024", "Năm 2025"]],
])("%s: this year's sheet is chosen and read right", (_label, names) => {
  const shape = SHAPES[2];
  const lastYear = (name: string) =>
    sheet(name, [["BIỂU PHÂN BỔ CHỈ TIÊU NĂM 2024"], ...shape.table.map((row) => row.map((v, c) => (c >= 2 && typeof v === "number" ? v * 2 : v)))]);
  const thisYear = (name: string) => sheet(name, [["BIỂU PHÂN BỔ CHỈ TIÊU NĂM 2025"], ...shape.table]);
  const sheets = names.map((name) => (name.endsWith("2025") ? thisYear(name) : lastYear(name)));
  const report = checkWorkbook(workbook(...sheets), { workbookName: "t.xlsx", plan: readPlanJson({ title: "Kế hoạch năm 2025", indicators: shape.lines.map((l, i) => ({ ...l, target: shape.targets[i] })), areas: [] }, "plan.json") }).report;
  expect(report.allocationSheet).toBe("Năm 2025");
  expectRead(report, shape);
});
