/**
 * A money line matched to a plan parent (`Kinh phí hỗ trợ` as `KP`) whose
 * plan children have lines of their own (`- Ngân sách trung ương` as `KP.1`,
 * `- Ngân sách địa phương` as `KP.2`) adds them up in each area, whatever its
 * header says: one source cell typed wrong puts off its area's line total and
 * its district's subtotal (or, under formulas, the plan comparison), and is
 * told once, at that cell — in either orientation, under typed or formula totals.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";

const PLAN: SheetData = {
  name: "Kế hoạch",
  values: [
    ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"],
    ["KP", "Kinh phí hỗ trợ", "triệu đồng", 500],
    ["KP.1", "Ngân sách trung ương", "triệu đồng", 300],
    ["KP.2", "Ngân sách địa phương", "triệu đồng", 200],
    [],
    ["Huyện", "Xã"],
    ["Ba Vì", "Khánh Thượng"],
    ["Ba Vì", "Minh Quang"],
    ["Mỹ Đức", "An Phú"],
    ["Mỹ Đức", "Hùng Tiến"],
  ],
  merges: [],
};
const LABELS = ["Kinh phí hỗ trợ (triệu đồng)", "- Ngân sách trung ương", "- Ngân sách địa phương"];
/** Per commune: the money, its central and its local part. */
const COMMUNES: [string, number, number, number][] = [
  ["Xã Khánh Thượng", 100, 60, 40],
  ["Xã Minh Quang", 150, 90, 60],
  ["Xã An Phú", 120, 72, 48],
  ["Xã Hùng Tiến", 130, 78, 52],
];

/** Areas: Tổng cộng, Huyện Ba Vì, its two communes, Huyện Mỹ Đức, its two; `typo` the central part of Hùng Tiến. */
function sheet(across: boolean, formulas: boolean, typo: number): SheetData {
  const communes = COMMUNES.map(([name, ...v]) => [name, ...v] as [string, number, number, number]);
  communes[3][2] = typo;
  const sum = (rows: [string, number, number, number][], k: number) => rows.reduce((a, r) => a + Number(r[k]), 0);
  const original = COMMUNES;
  // Typed totals hold what the parts added up to before the typo; formulas what they add up to now.
  const shown = formulas ? communes : original;
  const areas: { label: string; values: number[]; formula?: (k: number, at: (area: number, k: number) => string) => string }[] = [
    { label: "Tổng cộng", values: [1, 2, 3].map((k) => sum(shown, k)), formula: (k, at) => `${at(1, k)}+${at(4, k)}` },
    { label: "Huyện Ba Vì", values: [1, 2, 3].map((k) => sum(shown.slice(0, 2), k)), formula: (k, at) => `SUM(${at(2, k)}:${at(3, k)})` },
    ...communes.slice(0, 2).map((r) => ({ label: r[0], values: [r[1], r[2], r[3]] })),
    { label: "Huyện Mỹ Đức", values: [1, 2, 3].map((k) => sum(shown.slice(2), k)), formula: (k, at) => `SUM(${at(5, k)}:${at(6, k)})` },
    ...communes.slice(2).map((r) => ({ label: r[0], values: [r[1], r[2], r[3]] })),
  ];
  const letter = (col: number) => String.fromCharCode(65 + col);
  // Header on row 1; areas (or lines) from row 2; labels in column B.
  const at = (area: number, k: number) => (across ? `${letter(2 + area)}${2 + k - 1}` : `${letter(2 + k - 1)}${2 + area}`);
  const values: CellValue[][] = [];
  const cells: (string | null)[][] = [];
  if (!across) {
    values.push(["STT", "Địa bàn", ...LABELS]);
    areas.forEach((area) => values.push([null, area.label, ...area.values]));
    areas.forEach((area) => cells.push([null, null, ...[1, 2, 3].map((k) => (formulas && area.formula ? area.formula(k, at) : null))]));
    cells.unshift([]);
  } else {
    values.push(["STT", "Nội dung", ...areas.map((area) => area.label)]);
    LABELS.forEach((label, i) => values.push([i + 1, label, ...areas.map((area) => area.values[i])]));
    cells.push([]);
    LABELS.forEach((_, i) => cells.push([null, null, ...areas.map((area) => (formulas && area.formula ? area.formula(i + 1, at) : null))]));
  }
  return { name: "Phân bổ", values, merges: [], ...(formulas ? { formulas: cells } : {}) };
}

describe("a source cell typed wrong under a money line the plan splits by source", () => {
  test.each<[string, boolean, boolean, string]>([
    ["areas as rows, typed totals", false, false, "D8"],
    ["areas as rows, formula totals", false, true, "D8"],
    ["lines as rows, typed totals", true, false, "I3"],
    ["lines as rows, formula totals", true, true, "I3"],
  ])("%s: one finding, at the source cell", (_name, across, formulas, cell) => {
    const { report } = checkWorkbook({ sheets: [sheet(across, formulas, 88), PLAN] }, { workbookName: "x.xlsx" });
    expect(report.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([`subtotal ${cell}`]);
  });

  test.each([false, true])("clean sheet (lines as rows: %s): nothing told", (across) => {
    for (const formulas of [false, true]) {
      const { report } = checkWorkbook({ sheets: [sheet(across, formulas, 78), PLAN] }, { workbookName: "x.xlsx" });
      expect(report.findings).toEqual([]);
    }
  });
});

describe("a line split into parts the plan does not list, formulas carrying a part's typo up", () => {
  // `Trong đó: NSTW | NSĐP` beside `Kinh phí`: the plan has the line's total only.
  const plan: SheetData = {
    ...PLAN,
    values: [["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"], ["KP", "Kinh phí hỗ trợ", "triệu đồng", 1000]],
  };
  const labels = ["Kinh phí hỗ trợ (triệu đồng)", "Trong đó: NSTW", "NSĐP"];
  /** Two districts of five communes each, every commune 100 triệu split 60 + 40; the last commune's NSTW typed 70. */
  function split(across: boolean): SheetData {
    const commune = (i: number): number[] => [100, i === 9 ? 70 : 60, 40];
    const letter = (col: number) => String.fromCharCode(65 + col);
    // Areas: 0 total, 1 district, 2–6 communes, 7 district, 8–12 communes.
    const at = (area: number, k: number) => (across ? `${letter(2 + area)}${2 + k}` : `${letter(2 + k)}${2 + area}`);
    const rows: { label: string; values: number[]; formula: ((k: number) => string) | null }[] = [];
    const leaves = (d: number) => [0, 1, 2, 3, 4].map((c) => commune(d * 5 + c));
    const sum = (list: number[][], k: number) => list.reduce((a, v) => a + v[k], 0);
    rows.push({ label: "Tổng cộng", values: [0, 1, 2].map((k) => sum([...leaves(0), ...leaves(1)], k)), formula: (k) => `${at(1, k)}+${at(7, k)}` });
    for (const d of [0, 1]) {
      const first = 2 + d * 6;
      rows.push({ label: d === 0 ? "Huyện Ba Vì" : "Huyện Mỹ Đức", values: [0, 1, 2].map((k) => sum(leaves(d), k)), formula: (k) => `SUM(${at(first, k)}:${at(first + 4, k)})` });
      leaves(d).forEach((values, c) => rows.push({ label: `Xã ${d === 0 ? "Ba Vì" : "Mỹ Đức"} ${c + 1}`, values, formula: null }));
    }
    if (!across) {
      return {
        name: "Phân bổ",
        values: [["STT", "Địa bàn", ...labels], ...rows.map((row) => [null, row.label, ...row.values])],
        formulas: [[], ...rows.map((row) => [null, null, ...[0, 1, 2].map((k) => (row.formula === null ? null : row.formula(k)))])],
        merges: [],
      };
    }
    return {
      name: "Phân bổ",
      values: [["STT", "Nội dung", ...rows.map((row) => row.label)], ...labels.map((label, k) => [k + 1, label, ...rows.map((row) => row.values[k])])],
      formulas: [[], ...labels.map((_, k) => [null, null, ...rows.map((row) => (row.formula === null ? null : row.formula(k)))])],
      merges: [],
    };
  }
  test.each<[string, boolean, string]>([
    ["areas as rows", false, "C14"],
    ["lines as rows", true, "O2"],
  ])("%s: told once, at the area whose parts do not add up, not again at its district and the grand total", (_name, across, cell) => {
    const { report } = checkWorkbook({ sheets: [split(across), plan] }, { workbookName: "x.xlsx" });
    expect(report.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([`subtotal ${cell}`]);
  });
});
