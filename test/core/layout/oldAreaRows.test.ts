/**
 * An old commune row kept after a merger or rename (`Xã Tản Lĩnh (cũ)`),
 * shown or hidden, near the row that replaced it: left out of the reading and
 * said in `reading.ignored` when the typed subtotals leave it out, nothing
 * reported of it; kept as a leaf when the totals count it (typed, or formulas
 * covering it), and a plain repeat without an old mark keeps its `duplicate`.
 */
import { checkWorkbook } from "../../../src/core/check";
import { OLD_ROW, oldMark } from "../../../src/core/layout/oldAreaRows";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, transposeSheet, workbook } from "./sheetBuilder";

const LINES = [
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ" },
  { code: "2", name: "Địa chỉ tin cậy", unit: "địa chỉ" },
  { code: "3", name: "Câu lạc bộ", unit: "CLB" },
];
const OLD: CellValue[] = [2, 1, 1];
const BA_VI: CellValue[][] = [
  ["1", "Xã Khánh Thượng", 3, 2, 2],
  ["2", "Xã Minh Quang", 2, 2, 1],
];
const TAN_LINH: CellValue[] = ["3", "Xã Tản Lĩnh", 3, 2, 2];
const THACH_THAT: CellValue[][] = [
  ["1", "Xã Yên Bình", 4, 3, 2],
  ["2", "Xã Tiến Xuân", 3, 2, 2],
];
const COLS = ["C", "D", "E"];
/** Sheet row (1-based) of the old row: title, blank, header, total, Ba Vì, two communes, then it. */
const OLD_ROW_AT = 8;

interface Case {
  /** The old row's label. */
  readonly label: string;
  /** Its row hidden (its column, across). */
  readonly hidden?: boolean;
  /** The typed subtotals count it. */
  readonly counted?: boolean;
  /** Totals as formulas: `covering` adds up the old row's, `skipping` leaves it out. */
  readonly formulas?: "covering" | "skipping";
  /** Areas across (indicators as rows). */
  readonly across?: boolean;
}

const sum = (rows: readonly CellValue[][], k: number) => rows.reduce((acc, r) => acc + (r[2 + k] as number), 0);

/** The sheet, with the plan's targets the allocation without the old row. */
function build(c: Case): { data: SheetData; targets: number[] } {
  const old: CellValue[] = [null, c.label, ...OLD];
  const baVi = [...BA_VI, old, TAN_LINH];
  const counted = c.counted === true || c.formulas === "covering";
  const group = (rows: CellValue[][]) => [0, 1, 2].map((k) => sum(rows.filter((r) => counted || r !== old), k));
  const ba = group(baVi);
  const tt = group(THACH_THAT);
  const rows: CellValue[][] = [
    ["BIỂU PHÂN BỔ CHỈ TIÊU"],
    [],
    ["STT", "Địa bàn", ...LINES.map((l) => l.name)],
    ["", "Tổng cộng", ...ba.map((v, k) => v + tt[k])],
    ["I", "Huyện Ba Vì", ...ba],
    ...baVi,
    ["II", "Huyện Thạch Thất", ...tt],
    ...THACH_THAT,
  ];
  const formulas: Record<string, string> = {};
  if (c.formulas !== undefined) {
    for (const col of COLS) {
      formulas[`${col}4`] = `${col}5+${col}10`;
      formulas[`${col}5`] = c.formulas === "covering" ? `SUM(${col}6:${col}9)` : `SUM(${col}6:${col}7)+${col}9`;
      formulas[`${col}10`] = `SUM(${col}11:${col}12)`;
    }
  }
  const flat = sheet("Phân bổ", rows, { formulas });
  const data = c.across === true ? transposeSheet(flat) : flat;
  const hidden = c.hidden === true ? { [c.across === true ? "hiddenColumns" : "hiddenRows"]: [OLD_ROW_AT - 1] } : {};
  const targets = [0, 1, 2].map((k) => sum([...BA_VI, TAN_LINH, ...THACH_THAT], k));
  return { data: { ...data, ...hidden }, targets };
}

function run(c: Case) {
  const { data, targets } = build(c);
  const plan = readPlanJson({ title: "Kế hoạch thử", indicators: LINES.map((l, k) => ({ ...l, target: targets[k] })) }, "plan.json");
  return checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" });
}

const told = (result: ReturnType<typeof run>) => result.report.findings.map((f) => `${f.rule} ${f.severity} ${f.cell ?? ""}`);

/** Where the old row's label sits, and the new row's. */
const at = (across: boolean | undefined, row: number) => (across === true ? `${String.fromCharCode(64 + row)}2` : `B${row}`);
const atAxis = (across: boolean | undefined, row: number) => (across === true ? String.fromCharCode(64 + row) : String(row));

describe("an old row the typed subtotals leave out: left out, said, nothing reported", () => {
  test.each<[string, Case]>([
    ["shown", { label: "Xã Tản Lĩnh (cũ)" }],
    ["hidden", { label: "Xã Tản Lĩnh (cũ)", hidden: true }],
    ["bare name, before the merger", { label: "Tản Lĩnh (trước sáp nhập)", hidden: true }],
    ["a trailing cũ beside its new row", { label: "Xã Tản Lĩnh cũ" }],
    ["formula totals skipping it", { label: "Xã Tản Lĩnh (cũ)", hidden: true, formulas: "skipping" }],
    ["areas across, hidden", { label: "Xã Tản Lĩnh (cũ)", hidden: true, across: true }],
  ])("%s", (_name, c) => {
    const result = run(c);
    expect(told(result)).toEqual([]);
    expect(result.report.reading?.ignored).toContainEqual({ at: atAxis(c.across, OLD_ROW_AT), header: c.label, why: OLD_ROW });
    expect(result.table.areas.map((a) => a.label)).not.toContain(c.label);
    expect(result.table.areas.filter((a) => a.label === "Xã Tản Lĩnh").map((a) => a.kind)).toEqual(["leaf"]);
  });
});

describe("an old row the totals count, or no old mark: read as today", () => {
  const ceilings = COLS.map((col) => `ceiling error ${col}4`);
  test.each<[string, Case, (across: boolean | undefined) => string[]]>([
    // The typed subtotals count it: a leaf, over the plan and named twice.
    ["typed subtotals counting it", { label: "Xã Tản Lĩnh (cũ)", counted: true }, (x) => [...ceilings, `duplicate error ${at(x, 9)}`]],
    ["formula totals covering it, hidden", { label: "Xã Tản Lĩnh (cũ)", hidden: true, formulas: "covering" }, (x) => [...ceilings, `hidden info ${at(x, 8)}`, `duplicate error ${at(x, 9)}`]],
    // No old mark: a plain repeat, its district's subtotal off by its figures on every line (one cause, told once).
    ["a plain repeat", { label: "Xã Tản Lĩnh" }, (x) => [...ceilings, "subtotal error C5", `duplicate error ${at(x, 9)}`]],
    // Hidden first: one cause, the repeat told at the hidden row (its figures the subtotals' gap).
    ["a plain repeat, hidden", { label: "Xã Tản Lĩnh", hidden: true }, (x) => [`duplicate error ${at(x, 8)}`]],
  ])("%s", (_name, c, expected) => {
    const result = run(c);
    expect(told(result)).toEqual(expected(c.across));
    expect(result.report.reading?.ignored.some((i) => i.why === OLD_ROW)).toBe(false);
    expect(result.table.areas.filter((a) => a.index === OLD_ROW_AT - 1).map((a) => a.kind)).toEqual(["leaf"]);
  });
});

describe("oldMark", () => {
  test.each<[string, { base: string; bracketed: boolean } | null]>([
    ["Xã Tản Lĩnh (cũ)", { base: "Xã Tản Lĩnh", bracketed: true }],
    ["Xã Tản Lĩnh ( cũ )", { base: "Xã Tản Lĩnh", bracketed: true }],
    ["Tản Lĩnh (trước sáp nhập)", { base: "Tản Lĩnh", bracketed: true }],
    ["Tan Linh (truoc sap nhap)", { base: "Tan Linh", bracketed: true }],
    ["Xã Vân Hòa (tên cũ)", { base: "Xã Vân Hòa", bracketed: true }],
    ["Xã Tản Lĩnh cũ", { base: "Xã Tản Lĩnh", bracketed: false }],
    // Decomposed (NFD) and upper-case marks, and a trailing space: read as the plain ones.
    ["Xã Tản Lĩnh cũ".normalize("NFD"), { base: "Xã Tản Lĩnh", bracketed: false }],
    ["XÃ TẢN LĨNH CŨ ", { base: "XÃ TẢN LĨNH", bracketed: false }],
    ["Xã Tản Lĩnh (CŨ)".normalize("NFD"), { base: "Xã Tản Lĩnh", bracketed: true }],
    ["Tản Lĩnh trước sáp nhập", { base: "Tản Lĩnh", bracketed: false }],
    // A name, no mark: `Chợ Cũ` ends in the word but has no row of its own name beside it (checked by the caller).
    ["Phường Chợ Cũ", { base: "Phường Chợ", bracketed: false }],
    ["Xã Củ Chi", null],
    ["Xã Tản Lĩnh (cu)", null],
    ["Xã Tản Lĩnh", null],
    ["Cũ", null],
  ])("%s", (label, expected) => {
    expect(oldMark(label)).toEqual(expected);
  });
});
