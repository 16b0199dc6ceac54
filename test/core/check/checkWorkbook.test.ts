/**
 * The engine end to end on an in-memory workbook (areas as rows) with one
 * planted mistake of each kind: the real plan reader, layout detection, every
 * rule, the report.
 */
import { a1, parseA1 } from "../../../src/core/model/address";
import { checkWorkbook } from "../../../src/core/check";
import { InputError } from "../../../src/core/model/errors";
import type { CellValue, SheetData, WorkbookData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { planLine } from "../rules/fixtures";

function sheet(name: string, values: CellValue[][], numberFormats?: (string | null)[][]): SheetData {
  return { name, values, merges: [], ...(numberFormats ? { numberFormats } : {}) };
}

const PLAN = sheet("Kế hoạch", [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Định mức"],
  ["1", "Tổ truyền thông cộng đồng", "tổ", 5, 1],
  ["2", "Địa chỉ tin cậy tại cộng đồng", "địa chỉ", 10, null],
  ["3", "Tỷ lệ hộ gia đình được tuyên truyền", "%", 80, null],
  ["4", "Câu lạc bộ thủ lĩnh của sự thay đổi", "CLB", 3, null],
  ["KP", "Tổng kinh phí", "triệu đồng", "1.000", null],
  ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600, null],
  ["KP.2", "Kinh phí tập huấn", "triệu đồng", 450, null],
]);

const AREAS = sheet("Địa bàn", [
  ["Huyện", "Xã"],
  ["Ba Vì", "Ba Trại"],
  ["Ba Vì", "Ba Vì"],
  ["Quốc Oai", "Đông Yên"],
  ["Quốc Oai", "Sài Sơn"],
]);

const REF = { error: "#REF!" };
const ALLOCATION_ROWS: CellValue[][] = [
  ["BIỂU PHÂN BỔ CHỈ TIÊU NĂM 2025"],
  [],
  ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Địa chỉ tin cậy tại cộng đồng (địa chỉ)", "Tỷ lệ hộ gia đình được tuyên truyền (%)", "Kinh phí truyền thông (triệu đồng)", "Kinh phí tập huấn (triệu đồng)", "Mô hình sinh kế (mô hình)"],
  [null, "Tổng cộng", 6, 12, null, 550, REF, 40],
  ["I", "Huyện Ba Vì", 3, 6, null, 200, REF, 15],
  [1, "Xã Ba Trại", 2, 3, 85, 100, 100, 7],
  [2, "Xã Ba Vì", 1, 3, 70, "150", REF, 8],
  ["II", "Huyện Quốc Oai", 3, 6, null, 350, 350, 25],
  [3, "Xã Đông Yên", 1, 2, 90, 100, 100, 9],
  [4, "Xã Đông Yên", 1, 2, 90, 100, 100, 8],
  [5, "Xã Phú Cát", 1, 2, 0.95, 150, 150, 8],
];
const FORMATS: (string | null)[][] = ALLOCATION_ROWS.map((row, r) => row.map((_, c) => (r === 10 && c === 4 ? "0%" : null)));

function workbook(extra: SheetData[] = [PLAN, AREAS]): WorkbookData {
  return { sheets: [sheet("Phân bổ", ALLOCATION_ROWS, FORMATS), ...extra] };
}

/** The same table turned on its side under the same title: indicators as rows, areas as columns (no STT). */
function transposedWorkbook(): WorkbookData {
  const body = ALLOCATION_ROWS.slice(2).map((row) => row.slice(1));
  const width = Math.max(...body.map((row) => row.length));
  const values: CellValue[][] = [ALLOCATION_ROWS[0], []];
  const formats: (string | null)[][] = [[], []];
  for (let c = 0; c < width; c++) {
    values.push(body.map((row) => row[c] ?? null));
    formats.push(body.map((_, r) => FORMATS[r + 2][c + 1]));
  }
  return { sheets: [sheet("Phân bổ", values, formats), PLAN, AREAS] };
}

/** Where a cell of the areas-as-rows sheet lands on the transposed one. */
function transposedCell(cell: string): string {
  const { row, col } = parseA1(cell);
  return a1(col + 1, row - 2);
}

const PLANTED: [string, string, string, string | null, string | null, string | null, number | null, number | null][] = [
  ["budget-split", "error", "Kế hoạch", "D6", "KP", null, 1_050_000_000, 1_000_000_000],
  ["unmapped", "warning", "Phân bổ", "H3", null, null, null, null],
  // Ba Trại's second team and the duplicate Đông Yên row put the total over 5, besides their own findings.
  ["ceiling", "error", "Phân bổ", "C4", "1", null, 5, 6],
  ["ceiling", "error", "Phân bổ", "D4", "2", null, 10, 12],
  ["subtotal", "error", "Phân bổ", "F5", "KP.1", "Huyện Ba Vì", 250_000_000, 200_000_000],
  ["quota", "error", "Phân bổ", "C6", "1", "Xã Ba Trại", 1, 2],
  ["percent", "error", "Phân bổ", "E7", "3", "Xã Ba Vì", 80, 70],
  ["text-number", "warning", "Phân bổ", "F7", "KP.1", "Xã Ba Vì", null, 150_000_000],
  ["invalid-value", "error", "Phân bổ", "G7", "KP.2", "Xã Ba Vì", null, null],
  ["duplicate", "error", "Phân bổ", "B10", null, "Xã Đông Yên", null, null],
  ["coverage", "warning", "Phân bổ", "B11", null, "Xã Phú Cát", null, null],
  ["coverage", "warning", "Phân bổ", null, null, "Sài Sơn", null, null],
  ["unmapped", "warning", "Phân bổ", null, "4", null, null, null],
];

describe("checkWorkbook", () => {
  test("indicators as rows: the same mistakes at the transposed cells", () => {
    const { report } = checkWorkbook(transposedWorkbook(), { workbookName: "mau.xlsx" });
    expect(report.orientation).toBe("indicators-as-rows");
    const expected = PLANTED.map((f) => (f[2] === "Phân bổ" && f[3] !== null ? ([...f.slice(0, 3), transposedCell(f[3]), ...f.slice(4)] as typeof f) : f));
    const position = (f: (typeof PLANTED)[number]) => (f[3] === null ? [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER] : [parseA1(f[3]).row, parseA1(f[3]).col]);
    expected.sort((a, b) => (a[2] === b[2] ? position(a)[0] - position(b)[0] || position(a)[1] - position(b)[1] : a[2] < b[2] ? -1 : 1));
    const actual = toJsonReport(report, "vi").findings.map((f) => [f.rule, f.severity, f.sheet, f.cell, f.indicator, f.area, f.expected, f.actual]);
    expect(actual).toEqual(expected);
  });

  test("finds the plan, the table and exactly the planted mistakes, sorted", () => {
    const { report, plan, table, allocationSheet } = checkWorkbook(workbook(), { workbookName: "mau.xlsx" });
    expect(plan.source).toBe("sheet:Kế hoạch");
    expect(allocationSheet.name).toBe("Phân bổ");
    expect(table.orientation).toBe("areas-as-rows");
    const json = toJsonReport(report, "vi");
    expect(json.findings.map((f) => [f.rule, f.severity, f.sheet, f.cell, f.indicator, f.area, f.expected, f.actual])).toEqual(PLANTED);
    expect(json.counts).toEqual({ error: 8, warning: 5, info: 0 });
    expect(json.indicators.map((i) => [i.code, i.target, i.allocated, i.difference, i.status])).toEqual([
      ["1", 5, 6, 1, "over"],
      ["2", 10, 12, 2, "over"],
      ["3", 80, 70, -10, "under"],
      ["4", 3, null, null, "unmapped"],
      ["KP", 1_000_000_000, 1_050_000_000, 50_000_000, "over"],
      ["KP.1", 600_000_000, 600_000_000, 0, "ok"],
      ["KP.2", 450_000_000, 450_000_000, 0, "ok"],
    ]);
    expect(report.indicators.map((i) => i.totalCell)).toEqual(["C4", "D4", "E4", null, null, "F4", "G4"]);
  });

  test("saved without values (as a script writes it): `=SUM(#REF!)` is the same invalid value as a saved #REF!, not a formula without a value", () => {
    const formulas: (string | null)[][] = ALLOCATION_ROWS.map((row) => row.map(() => null));
    const values = ALLOCATION_ROWS.map((row) => [...row]);
    // G4 and G5 add up what is under them; G7 lost its reference. None has a saved value.
    for (const [cell, formula] of [["G4", "G5+G8"], ["G5", "SUM(G6:G7)"], ["G7", "SUM(#REF!)"]] as const) {
      const { row, col } = parseA1(cell);
      formulas[row][col] = formula;
      values[row][col] = null;
    }
    const book: WorkbookData = { sheets: [{ ...sheet("Phân bổ", values, FORMATS), formulas }, PLAN, AREAS] };
    const json = toJsonReport(checkWorkbook(book, { workbookName: "mau.xlsx" }).report, "vi");
    expect(json.findings.map((f) => [f.rule, f.severity, f.sheet, f.cell, f.indicator, f.area, f.expected, f.actual])).toEqual(PLANTED);
  });

  test("a plan given in the options replaces the plan sheet; a named sheet is used as named", () => {
    const plan = {
      lines: [planLine("2", "Địa chỉ tin cậy tại cộng đồng", "địa chỉ", 12)],
      areas: [],
      source: "file:plan.json",
    };
    const { report } = checkWorkbook(workbook([]), { workbookName: "mau.xlsx", plan, sheet: "phan bo" });
    expect(report.planSource).toBe("file:plan.json");
    expect(report.allocationSheet).toBe("Phân bổ");
    expect(report.indicators.map((i) => [i.code, i.allocated, i.status])).toEqual([["2", 12, "ok"]]);
    // The sheet's own mistakes are still told; the columns of lines the file's plan lacks are unmatched.
    expect(new Set(report.findings.map((f) => f.rule))).toEqual(new Set(["unmapped", "subtotal", "text-number", "invalid-value", "duplicate"]));
  });

  test("unusable input throws InputError: no plan sheet, no such sheet, no table", () => {
    const noPlan = () => checkWorkbook(workbook([]), { workbookName: "x.xlsx" });
    expect(noPlan).toThrow(InputError);
    expect(noPlan).toThrow(/Plan/);
    try {
      noPlan();
    } catch (error) {
      expect((error as InputError).code).toBe("no-plan");
      expect((error as InputError).text.vi).toMatch(/Kế hoạch/);
    }
    const missing = () => checkWorkbook(workbook(), { workbookName: "x.xlsx", sheet: "Không có" });
    expect(missing).toThrow(expect.objectContaining({ code: "sheet-not-found" }));
    const empty: WorkbookData = { sheets: [PLAN, sheet("Ghi chú", [["Chỉ có ghi chú"]])] };
    expect(() => checkWorkbook(empty, { workbookName: "x.xlsx" })).toThrow(expect.objectContaining({ code: "no-table" }));
  });
});
