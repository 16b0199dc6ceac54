import { buildSummary, isAllocheckSummary, summarySheetName } from "../../../src/core/summary";
import type { SummaryCell, SummarySheetModel } from "../../../src/core/model/summary";
import type { SheetData } from "../../../src/core/model/workbook";
import { checkWorkbook } from "../../../src/core/check";
import { ALLOCATION_SHEET, EXPECTED, PLAN, REPORT, TABLE, AREA_VALUES, areaValuesOf, fixtureWorkbook, modelToSheet } from "./fixture";

const build = (lang?: "vi" | "en", extra: SheetData[] = []) =>
  buildSummary({ report: REPORT, plan: PLAN, table: TABLE, areaValues: AREA_VALUES, workbook: fixtureWorkbook(extra), lang });

function rowOf(model: SummarySheetModel, col: number, value: string): SummaryCell[] {
  const anchor = model.cells.find((c) => c.col === col && c.value === value);
  if (!anchor) throw new Error(`no cell ${value}`);
  // The blank cells a table is boxed with (tableBoxes.ts) hold nothing: left out.
  return model.cells.filter((c) => c.row === anchor.row && !isBoxFiller(c)).sort((a, b) => a.col - b.col);
}

/** A blank cell put only to box a table. */
function isBoxFiller(c: SummaryCell): boolean {
  return c.boxed === true && c.value === null && c.formula === undefined;
}

/** The row's cells by column (a missing column is undefined). */
function columns(model: SummarySheetModel, col: number, value: string): Array<SummaryCell | undefined> {
  const out: Array<SummaryCell | undefined> = [];
  for (const c of rowOf(model, col, value)) out[c.col] = c;
  return out;
}

describe("table 1: one row per plan line", () => {
  const model = build();

  test("the plan's identity, short items two to a row", () => {
    expect(columns(model, 0, "Kế hoạch")[2]!.value).toBe(PLAN.title);
    // In this order along the row (the print layout places the right pair on the columns, see identityPlacement.ts).
    const values = (label: string) => columns(model, 0, label).flatMap((c) => (c === undefined ? [] : [c.value]));
    expect(values("Số hiệu")).toEqual(["Số hiệu", "257/KH-UBND", "Ngày ban hành", "03/10/2022"]);
    expect(values("Kết quả kiểm tra").slice(0, 3)).toEqual(["Kết quả kiểm tra", "3 lỗi, 5 cảnh báo", "Bố cục bảng"]);
    expect(columns(model, 0, "Kết quả kiểm tra")[2]!.value).toBe("3 lỗi, 5 cảnh báo");
  });

  test.each([
    ["KP.1", "#,##0", "#,##0.###"],
    ["KP.2", "#,##0", "#,##0.###"],
  ])("line %s: a whole target is %s beside fractions in %s (Excel shows #,##0.### on 500 as 500.)", (code, whole, fraction) => {
    const [, , , d, e] = columns(model, 0, code) as SummaryCell[];
    expect(d.numFmt).toBe(whole);
    expect(e.numFmt).toBe(fraction);
  });

  test("header", () => {
    expect(rowOf(model, 0, "Mã").map((c) => c.value)).toEqual(["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Đã phân bổ", "Chênh lệch", "Tỷ lệ phân bổ (%)", "Trạng thái"]);
    expect(model.frozenRows).toBe(rowOf(model, 0, "Mã")[0].row + 1);
  });

  test.each([
    ["1", 10, EXPECTED.count, -1, "Còn thiếu", "#,##0"],
    ["2", 15, EXPECTED.percent, 0, "Đạt", '0.0"%"'],
    ["KP.1", 500, EXPECTED.moneyMillions, 870.75, "Vượt kế hoạch", "#,##0.###"],
    ["KP.2", 120, EXPECTED.moneyDongInMillions, -18.75, "Còn thiếu", "#,##0.###"],
  ])("line %s: plan %d, allocated %d (plan's unit), difference %d, %s", (code, target, allocated, difference, status, fmt) => {
    const [a, , , d, e, f, , h] = columns(model, 0, code) as SummaryCell[];
    expect(a.link).toEqual({ sheet: ALLOCATION_SHEET, cell: expect.stringMatching(/^[C-F]4$/) });
    expect(d.value).toBe(target);
    expect(d.formula).toBeUndefined();
    expect(e.value).toBeCloseTo(allocated, 9);
    expect(e.formula).toBeDefined();
    expect(e.numFmt).toBe(fmt);
    expect(f.value).toBeCloseTo(difference, 9);
    expect(f.formula).toMatch(/^ROUND\(E\d+-D\d+,\d\)$/);
    expect(h.value).toBe(status);
    expect(h.formula).toContain(`"${status}"`);
  });

  /** The rows `first`–`last` (1-based) and column of a `SUBTOTAL(n,C12:C18)` formula. */
  function subtotalRange(formula: string): { fn: number; col: string; first: number; last: number } {
    const m = /^SUBTOTAL\((\d+),([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(formula);
    if (m === null || m[2] !== m[4]) throw new Error(`not a SUBTOTAL over one column: ${formula}`);
    return { fn: Number(m[1]), col: m[2], first: Number(m[3]), last: Number(m[5]) };
  }

  /** The formulas of the table by area in `col` (a letter) from row `first` to `last` (1-based). */
  function columnFormulas(col: string, first: number, last: number): string[] {
    const index = col.charCodeAt(0) - 65;
    return model.cells.filter((c) => c.col === index && c.row + 1 >= first && c.row + 1 <= last && c.formula !== undefined).map((c) => c.formula!);
  }

  test("allocated: one SUBTOTAL over the line's column of the table by area, whose rows read each leaf cell once", () => {
    const formula = rowOf(model, 0, "1")[4].formula!;
    const range = subtotalRange(formula);
    expect(range.fn).toBe(9);
    const formulas = columnFormulas(range.col, range.first, range.last);
    // Group rows take the SUBTOTAL of their members (skipped by the line's SUBTOTAL); the other rows read a leaf each.
    const leafReads = formulas.filter((f) => !f.startsWith("SUBTOTAL("));
    // Each row reads its own cells (a cell typed as text is named several times in its term).
    const refs = leafReads.flatMap((f) => [...new Set([...f.matchAll(/'Phân bổ'!([A-Z]+\d+(?::[A-Z]+\d+)?)/g)].map((m) => m[1]))]);
    expect(new Set(refs)).toEqual(new Set(["C6", "C9", "C10", "C7", "C11"]));
    expect(refs).toHaveLength(new Set(refs).size);
    for (const notLeaf of ["C4", "C5", "C8"]) for (const f of formulas) expect(f).not.toMatch(new RegExp(`!${notLeaf}(?!\\d)`));
    for (const group of formulas.filter((f) => f.startsWith("SUBTOTAL("))) {
      const members = subtotalRange(group);
      expect(members.col).toBe(range.col);
      expect(members.first).toBeGreaterThanOrEqual(range.first);
      expect(members.last).toBeLessThanOrEqual(range.last);
    }
  });

  test("money kept in đồng in the sheet is shown in triệu like the plan", () => {
    const dong = subtotalRange(rowOf(model, 0, "KP.2")[4].formula!);
    for (const f of columnFormulas(dong.col, dong.first, dong.last).filter((x) => !x.startsWith("SUBTOTAL("))) expect(f).toMatch(/\/1000000$/);
    const millions = subtotalRange(rowOf(model, 0, "KP.1")[4].formula!);
    for (const f of columnFormulas(millions.col, millions.first, millions.last)) expect(f).not.toMatch(/[*/]1000/);
  });

  test("percent line: lowest leaf, no ratio, status over >= rule", () => {
    const row = columns(model, 0, "2") as SummaryCell[];
    const range = subtotalRange(row[4].formula!);
    expect(range.fn).toBe(5);
    for (const f of columnFormulas(range.col, range.first, range.last).filter((x) => !x.startsWith("SUBTOTAL("))) {
      expect(f).toMatch(/^IF\(ISNUMBER\(|^IFERROR\(/);
    }
    expect(row[6]).toBeUndefined();
    expect(row[7].formula).toBe(`IF(F${row[0].row + 1}<0,"Không đạt","Đạt")`);
  });

  test("an unmapped line has its plan but no allocation", () => {
    const row = rowOf(model, 0, "3");
    expect(row.map((c) => c.col)).toEqual([0, 1, 2, 3, 7]);
    expect(row[4].value).toBe("Không có cột/dòng");
  });

  test("ratio of allocated to plan", () => {
    const g = rowOf(model, 0, "KP.1")[6];
    expect(g.value).toBeCloseTo(1370.75 / 500, 12);
    expect(g.numFmt).toBe("0.0%");
  });
});

describe("table 2 and 3", () => {
  const model = build();

  test("every area but the grand total, groups summing their leaves", () => {
    const labels = model.cells.filter((c) => c.col === 1 && typeof c.value === "string" && /Huyện|Xã/.test(c.value.normalize("NFC"))).map((c) => c.value);
    expect(labels.map((l) => String(l).normalize("NFC"))).toEqual(["Huyện Ba Vì", "- Xã Ba Trại", "Xã Khánh Thượng", "Huyện Quốc Oai", "Xã Đông Yên", "Xã Phú Mãn", "Xã Ngọc Liệp"]);
    const baVi = rowOf(model, 1, "Huyện Ba Vì");
    expect(baVi.slice(2).map((c) => c.value)).toEqual([5, 18, 250.5, 31.25]);
    const ngocLiep = rowOf(model, 1, "Xã Ngọc Liệp");
    expect(ngocLiep.slice(2).map((c) => c.value)).toEqual([0, 30, 1000, 5]);
    expect(ngocLiep[2].formula).toContain("'Phân bổ'!C11");
  });

  test("findings with a link to each cell, in the report's order", () => {
    const first = rowOf(model, 1, "Còn thiếu 1 tổ so với kế hoạch");
    expect(first.map((c) => c.value)).toEqual([1, "Còn thiếu 1 tổ so với kế hoạch", "Cảnh báo", "Vượt / chưa đạt kế hoạch", ALLOCATION_SHEET, "C4", "1", ""]);
    expect(first[5].link).toEqual({ sheet: ALLOCATION_SHEET, cell: "C4" });
    const noCell = rowOf(model, 1, "Chỉ tiêu 3 không có cột phân bổ");
    expect(noCell[5].link).toBeUndefined();
  });

  test("text from user sheets and messages is never a formula", () => {
    for (const value of ["- Xã Ba Trại", "=Số lưu dạng chữ"]) {
      const cell = model.cells.find((c) => c.value === value);
      expect(cell).toBeDefined();
      expect(cell!.formula).toBeUndefined();
    }
  });

  test("rowCount and columnCount cover every cell and merge; print settings", () => {
    for (const c of model.cells) {
      expect(c.row).toBeLessThan(model.rowCount);
      expect(c.col).toBeLessThan(model.columnCount);
    }
    for (const m of model.merges) expect(m.bottom).toBeLessThan(model.rowCount);
    expect(model.columnWidths).toHaveLength(model.columnCount);
    expect(model.print).toMatchObject({ paper: "A4", orientation: "landscape" });
    expect(model.rowHeights).toHaveLength(model.rowCount);
  });
});

describe("language", () => {
  test("English headers and statuses with lang en", () => {
    const model = build("en");
    expect(rowOf(model, 0, "Code").map((c) => c.value)).toEqual(["Code", "Indicator", "Unit", "Plan", "Allocated", "Difference", "Allocated (%)", "Status"]);
    expect(rowOf(model, 0, "KP.1")[7].value).toBe("Over");
    expect(rowOf(model, 0, "KP.1")[7].formula).toContain('"Over"');
    expect(model.name).toBe("Tổng hợp");
  });
});

describe("the sheet's name and marker", () => {
  const userSheet = (name: string): SheetData => ({ name, values: [["Bảng của tôi"]], merges: [] });

  test("Tổng hợp when free", () => {
    expect(summarySheetName(fixtureWorkbook())).toBe("Tổng hợp");
  });

  test("a user sheet of that name (any case, NFD) is never taken", () => {
    expect(summarySheetName(fixtureWorkbook([userSheet("Tổng hợp")]))).toBe("Tổng hợp (2)");
    expect(summarySheetName(fixtureWorkbook([userSheet("TỔNG HỢP".normalize("NFD"))]))).toBe("Tổng hợp (2)");
    expect(summarySheetName(fixtureWorkbook([userSheet("Tổng hợp"), userSheet("Tổng hợp (2)")]))).toBe("Tổng hợp (3)");
  });

  test("our own sheet is reused, in either language", () => {
    for (const lang of ["vi", "en"] as const) {
      const ours = modelToSheet(build(lang));
      expect(isAllocheckSummary(ours)).toBe(true);
      expect(summarySheetName(fixtureWorkbook([ours]))).toBe("Tổng hợp");
    }
    const oursSecond = modelToSheet({ ...build(), name: "Tổng hợp (2)" });
    expect(summarySheetName(fixtureWorkbook([userSheet("Tổng hợp"), oursSecond]))).toBe("Tổng hợp (2)");
  });

  test("a title alone does not make a sheet ours", () => {
    expect(isAllocheckSummary({ name: "x", values: [["TỔNG HỢP KIỂM TRA PHÂN BỔ"], ["Ghi chú"]], merges: [] })).toBe(false);
    expect(isAllocheckSummary({ name: "x", values: [["Tổng hợp"], ["allocheck · x"]], merges: [] })).toBe(false);
    expect(isAllocheckSummary({ name: "x", values: [], merges: [] })).toBe(false);
  });
});

describe("idempotence", () => {
  test("building twice gives equal models, also once the summary is in the workbook", () => {
    const first = build();
    expect(build()).toEqual(first);
    const again = buildSummary({ report: REPORT, plan: PLAN, table: TABLE, areaValues: AREA_VALUES, workbook: fixtureWorkbook([modelToSheet(first)]) });
    expect(again).toEqual(first);
  });

  test("no time of check in the sheet", () => {
    const texts = build().cells.map((c) => String(c.value ?? ""));
    expect(texts.some((t) => /\d{1,2}:\d{2}/.test(t))).toBe(false);
  });
});

describe("lines the engine totals in other ways", () => {
  test("a money column without a unit of its own is read in the plan's unit (no conversion)", () => {
    const table = { ...TABLE, lines: TABLE.lines.map((l, i) => (i === 3 ? { ...l, unit: undefined, scale: 1 } : l)) };
    const report = {
      ...REPORT,
      indicators: REPORT.indicators.map((r) => (r.code === "KP.2" ? { ...r, cellScale: 1e6, allocated: 101_250_000 * 1e6, difference: 101_250_000 * 1e6 - r.target } : r)),
    };
    const model = buildSummary({ report, plan: PLAN, table, areaValues: areaValuesOf(table), workbook: fixtureWorkbook() });
    const e = columns(model, 0, "KP.2")[4]!;
    expect(e.formula).not.toMatch(/[*/]1000/);
    expect(e.value).toBe(101_250_000);
  });

  test("a plan parent without a column adds up its children's rows, in its own unit", () => {
    const plan = {
      ...PLAN,
      lines: [
        { code: "KP", name: "Tổng kinh phí", unit: "tỷ đồng", kind: "money" as const, target: 1_000_000_000, rule: "<=" as const, scale: 1e9 },
        ...PLAN.lines.map((l) => (l.code.startsWith("KP.") ? { ...l, parentCode: "KP" } : l)),
      ],
    };
    const allocated = 1_370_750_000 + 101_250_000;
    const report = {
      ...REPORT,
      indicators: [
        { code: "KP", name: "Tổng kinh phí", unit: "tỷ đồng", kind: "money" as const, rule: "<=" as const, scale: 1e9, cellScale: null, target: 1_000_000_000, allocated, difference: allocated - 1_000_000_000, status: "over" as const, lineIndex: null, totalCell: null, sheetTotal: null },
        ...REPORT.indicators,
      ],
    };
    const model = buildSummary({ report, plan, table: TABLE, areaValues: AREA_VALUES, workbook: fixtureWorkbook() });
    const row = columns(model, 0, "KP");
    const kp1 = columns(model, 0, "KP.1")[4]!;
    const kp2 = columns(model, 0, "KP.2")[4]!;
    const ref = (c: { row: number }) => `E${c.row + 1}`;
    expect(row[4]!.formula).toBe(`${ref(kp1)}/1000+${ref(kp2)}/1000`);
    expect(row[4]!.value).toBeCloseTo(1.472, 12);
    expect(row[7]!.value).toBe("Vượt kế hoạch");
  });
});

describe("a reading the engine is not sure of is said in the identity block", () => {
  const reading = (level: "high" | "low") => ({
    table: "A4:N29",
    headerRows: [4],
    labelColumn: "B",
    lines: [],
    areas: [],
    ignored: [],
    corrections: 0,
    confidence: {
      level,
      reasons: level === "low" ? [{ vi: '2 chỉ tiêu của kế hoạch không tìm thấy cột/dòng (mã 3, 4).', en: '2 plan lines found no column or row (codes 3, 4).' }, { vi: 'Trang "Phân bổ (2)" cũng có bảng.', en: 'The sheet "Phân bổ (2)" also holds a table.' }] : [],
    },
  });
  const withReading = (level: "high" | "low", lang: "vi" | "en") =>
    buildSummary({ report: { ...REPORT, reading: reading(level) }, plan: PLAN, table: TABLE, areaValues: AREA_VALUES, workbook: fixtureWorkbook(), lang });

  test.each([
    ["vi", "Cách đọc biểu", "CHƯA CHẮC CHẮN — hãy xem lại cách đọc biểu:\n• 2 chỉ tiêu của kế hoạch không tìm thấy cột/dòng (mã 3, 4).\n• Trang “Phân bổ (2)” cũng có bảng."],
    ["en", "Reading", "UNCERTAIN — please review how the sheet was read:\n• 2 plan lines found no column or row (codes 3, 4).\n• The sheet “Phân bổ (2)” also holds a table."],
  ] as const)("%s: low confidence: its warning and each reason, marked as a warning, above the tables", (lang, label, text) => {
    const model = withReading("low", lang);
    const row = columns(model, 0, label);
    expect(row[2]!.value).toBe(text);
    expect(row[2]!.style).toBe("status-warning");
    const firstSubtitle = Math.min(...model.cells.filter((c) => c.style === "subtitle").map((c) => c.row));
    expect(row[0]!.row).toBeLessThan(firstSubtitle);
    // Tall enough for its three lines.
    expect(model.rowHeights![row[0]!.row]).toBeGreaterThanOrEqual(3 * 15);
  });

  test("a sure reading adds no such row", () => {
    const model = withReading("high", "vi");
    expect(model.cells.some((c) => c.col === 0 && c.value === "Cách đọc biểu")).toBe(false);
  });
});

describe("a money line split by funding source with no total column (`Kinh phí | Trung ương | Địa phương`)", () => {
  const plan: SheetData = { name: "Kế hoạch", merges: [], values: [["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"], ["KP", "Kinh phí truyền thông", "triệu đồng", 600]] };
  const allocation: SheetData = {
    name: "Phân bổ",
    merges: [{ top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 1, bottom: 1, right: 1 }, { top: 0, left: 2, bottom: 0, right: 3 }],
    values: [
      ["STT", "Đơn vị", "Kinh phí truyền thông (triệu đồng)", null],
      [null, null, "Trung ương", "Địa phương"],
      [null, "Tổng cộng", 400, 210],
      [1, "Xã A", 100, 50],
      [2, "Xã B", 100, 50],
      [3, "Xã C", 100, 50],
      [4, "Xã D", 100, 60],
    ],
  };
  const run = checkWorkbook({ sheets: [allocation, plan] }, { workbookName: "x.xlsx" });
  const model = buildSummary({ report: run.report, plan: run.plan, table: run.table, areaValues: run.areaValues, workbook: { sheets: [allocation, plan] } });

  test("the table by area adds up the sources in each area, formula and value alike, as the engine compares them", () => {
    expect(run.report.indicators[0].allocated).toBe(610_000_000);
    const xaD = columns(model, 1, "Xã D")[2]!;
    expect(xaD.formula).toBe("N('Phân bổ'!C7)+N('Phân bổ'!D7)");
    expect(xaD.value).toBe(160);
    const line = columns(model, 0, "KP")[4]!;
    expect(line.value).toBe(610);
  });
});

describe("a money target stated to three decimals of its unit (33,333 triệu đồng, a third of 100)", () => {
  const plan: SheetData = { name: "Kế hoạch", merges: [], values: [["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"], ["KP", "Kinh phí truyền thông", "triệu đồng", "33,333"]] };
  const allocation = (leaf: number): SheetData => ({
    name: "Phân bổ",
    merges: [],
    values: [["STT", "Đơn vị", "Kinh phí truyền thông (triệu đồng)"], [null, "Tổng cộng", 2 * 11.111111 + leaf], [1, "Xã A", 11.111111], [2, "Xã B", 11.111111], [3, "Xã C", leaf]],
  });
  test.each<[string, number, string, number]>([
    ["an allocation within half its last digit: met, as the report says, the difference rounded to that digit", 11.111111, "Đạt", 0],
    ["a thousandth over: over", 11.112111, "Vượt kế hoạch", 0.001],
  ])("%s", (_name, leaf, status, difference) => {
    const sheets = [allocation(leaf), plan];
    const run = checkWorkbook({ sheets }, { workbookName: "x.xlsx" });
    const row = columns(buildSummary({ report: run.report, plan: run.plan, table: run.table, areaValues: run.areaValues, workbook: { sheets } }), 0, "KP");
    expect(run.report.indicators[0].status).toBe(status === "Đạt" ? "ok" : "over");
    expect(row[5]!.formula).toBe(`ROUND(${row[4]!.formula === undefined ? "" : `E${row[4]!.row + 1}`}-D${row[3]!.row + 1},3)`);
    expect(row[5]!.value).toBeCloseTo(difference, 9);
    expect(row[7]!.value).toBe(status);
  });
});
