/**
 * fast-check arbitraries of allocation tables for the property tests: one to
 * three districts of one to four communes, a count line and a money line
 * (triệu đồng), optional typed district subtotals and grand total (always
 * right), either orientation, and the plan that goes with them (its areas,
 * its targets at or above the allocation). Problems are planted only where
 * a test asks for them. The expected totals are computed here, by a plain
 * sum of the leaves, independently of the engine.
 */
import fc from "fast-check";
import type { CellValue, SheetData, WorkbookData } from "../../src/core/model/workbook";

const DISTRICTS = ["Quốc Oai", "Mỹ Đức", "Ba Vì", "Thạch Thất", "Ứng Hòa"];
const COMMUNES = [
  "Phú Mãn", "Đông Xuân", "An Phú", "Hợp Tiến", "Khánh Thượng", "Tản Lĩnh", "Yên Bình", "Tiến Xuân",
  "Hòa Xá", "Đồng Tân", "Phú Cát", "Hương Sơn", "Lưu Hoàng", "Minh Quang", "Ba Trại", "Cẩm Lĩnh",
];

export interface Commune {
  readonly name: string;
  readonly count: number;
  /** Triệu đồng. */
  readonly money: number;
  /** The count typed as text (`"12"`): counted, with a text-number warning. */
  readonly countAsText: boolean;
}

export interface District {
  readonly name: string;
  readonly communes: readonly Commune[];
}

export interface Table {
  readonly districts: readonly District[];
  readonly rowsAsAreas: boolean;
  /** Typed district subtotals (right ones) on the district rows; otherwise the district rows are headings. */
  readonly subtotals: boolean;
  /** A typed grand total row first (right). */
  readonly grandTotal: boolean;
  /** Plan target minus allocated total, per line (count, money in triệu); negative plants a ceiling error. */
  readonly slack: readonly [number, number];
}

const commune = (name: string) =>
  fc.record({
    name: fc.constant(name),
    count: fc.integer({ min: 0, max: 20 }),
    money: fc.integer({ min: 0, max: 2000 }),
    countAsText: fc.constant(false),
  });

/** A table with nothing planted (no text numbers, targets at or above the allocation). */
export const cleanTable: fc.Arbitrary<Table> = fc
  .record({
    districtCount: fc.integer({ min: 1, max: 3 }),
    sizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 3, maxLength: 3 }),
    rowsAsAreas: fc.boolean(),
    subtotals: fc.boolean(),
    grandTotal: fc.boolean(),
    slack: fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 300 })),
    offset: fc.integer({ min: 0, max: DISTRICTS.length - 1 }),
  })
  .chain(({ districtCount, sizes, rowsAsAreas, subtotals, grandTotal, slack, offset }) => {
    let next = 0;
    const districts = Array.from({ length: districtCount }, (_, d) => {
      const names = COMMUNES.slice(next, next + sizes[d]);
      next += sizes[d];
      return fc.record({ name: fc.constant(DISTRICTS[(offset + d) % DISTRICTS.length]), communes: fc.tuple(...names.map(commune)) });
    });
    return fc.tuple(...districts).map((ds) => ({ districts: ds, rowsAsAreas, subtotals, grandTotal, slack }) as Table);
  });

/** A table with problems planted: some counts typed as text, and the count line possibly over its ceiling. */
export const plantedTable: fc.Arbitrary<Table> = cleanTable.chain((table) =>
  fc
    .record({
      text: fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
      countSlack: fc.integer({ min: -5, max: 5 }),
    })
    .map(({ text, countSlack }) => {
      let i = 0;
      return {
        ...table,
        slack: [countSlack, table.slack[1]] as const,
        districts: table.districts.map((d) => ({ ...d, communes: d.communes.map((c) => ({ ...c, countAsText: text[i++] && c.count > 0 })) })),
      };
    }),
);

export function leaves(table: Table): Commune[] {
  return table.districts.flatMap((d) => d.communes);
}

/** The independent expectation: plain sums of the leaves (text numbers counted, as CONTRACT §2 says). */
export function plainTotals(table: Table): { count: number; money: number } {
  const all = leaves(table);
  return { count: all.reduce((s, c) => s + c.count, 0), money: all.reduce((s, c) => s + c.money, 0) };
}

function transpose(rows: CellValue[][]): CellValue[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return Array.from({ length: width }, (_, c) => rows.map((r) => r[c] ?? null));
}

export interface Rendering {
  /** Reorders the communes within each district and the districts. */
  readonly order?: (table: Table) => Table;
  /** Writes every label in this Unicode form. */
  readonly form?: "NFC" | "NFD";
}

/** The allocation sheet's cells (areas as rows, transposed for the other orientation). */
export function allocationValues(table: Table, form: "NFC" | "NFD" = "NFC"): CellValue[][] {
  const label = (text: string) => text.normalize(form);
  const rows: CellValue[][] = [
    [label("BIỂU PHÂN BỔ CHỈ TIÊU VÀ KINH PHÍ"), null, null, null],
    ["STT", label("Địa bàn"), label("Tổ truyền thông cộng đồng"), label("Kinh phí hỗ trợ (triệu đồng)")],
  ];
  const totals = plainTotals(table);
  if (table.grandTotal) rows.push([null, label("Tổng cộng"), totals.count, totals.money]);
  const roman = ["I", "II", "III", "IV", "V"];
  table.districts.forEach((d, i) => {
    const count = d.communes.reduce((s, c) => s + c.count, 0);
    const money = d.communes.reduce((s, c) => s + c.money, 0);
    rows.push([roman[i], label(`Huyện ${d.name}`), table.subtotals ? count : null, table.subtotals ? money : null]);
    d.communes.forEach((c, j) => rows.push([j + 1, label(`Xã ${c.name}`), c.countAsText ? String(c.count) : c.count, c.money]));
  });
  return table.rowsAsAreas ? rows : transpose(rows);
}

/** The plan sheet: both lines with their targets (allocation + slack), and the areas. */
export function planValues(table: Table): CellValue[][] {
  const totals = plainTotals(table);
  const rows: CellValue[][] = [
    ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"],
    ["1", "Tổ truyền thông cộng đồng", "tổ", Math.max(0, totals.count + table.slack[0])],
    ["2", "Kinh phí hỗ trợ", "triệu đồng", totals.money + table.slack[1]],
    [null, null, null, null],
    ["Huyện", "Xã", null, null],
  ];
  for (const d of table.districts) for (const c of d.communes) rows.push([d.name, c.name, null, null]);
  return rows;
}

export function tableWorkbook(table: Table, form: "NFC" | "NFD" = "NFC"): WorkbookData {
  const sheet = (name: string, values: CellValue[][]): SheetData => ({ name, values, merges: [] });
  return { sheets: [sheet("Phân bổ", allocationValues(table, form)), sheet("Kế hoạch", planValues(table))] };
}

/** Any permutation of the districts and of the communes in each. */
export function shuffled(table: Table): fc.Arbitrary<Table> {
  const perm = <T>(items: readonly T[]) => fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });
  return fc
    .tuple(perm(table.districts.map((_, i) => i)), ...table.districts.map((d) => perm(d.communes)))
    .map(([order, ...communes]) => ({ ...table, districts: order.map((i) => ({ ...table.districts[i], communes: communes[i] })) }));
}
