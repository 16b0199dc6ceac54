/**
 * A small allocation workbook (areas as rows, 2 districts, 5 communes) with
 * text numbers in Vietnamese notation, blanks, a `#REF!`, money in triệu đồng
 * and in đồng, and the check result an engine gives for it, written by hand
 * (the expected values are worked out below, not computed by the code under test).
 */
import type { AllocationTable, AreaEntry, LineEntry } from "../../../src/core/model/table";
import type { Plan, PlanLine } from "../../../src/core/model/plan";
import type { Report } from "../../../src/core/model/report";
import { checkWorkbook } from "../../../src/core/check";
import type { Finding } from "../../../src/core/model/finding";
import type { CellValue, SheetData, WorkbookData } from "../../../src/core/model/workbook";
import { parseA1 } from "../../../src/core/model/address";
import { buildRuleContext } from "../../../src/core/rules/context";
import { readingsOf } from "../../../src/core/result/cells";
import type { AreaValues } from "../../../src/core/result/areaValues";

export const ALLOCATION_SHEET = "Phân bổ";
export const NFD_KHANH_THUONG = "Xã Khánh Thượng".normalize("NFD");

/** Rows of the allocation sheet: A STT, B area, C tổ (count), D % , E triệu đồng, F đồng. */
export const ALLOCATION_ROWS: CellValue[][] = [
  ["BIỂU PHÂN BỔ CHỈ TIÊU VÀ KINH PHÍ NĂM 2026"],
  [],
  ["STT", "Địa bàn", "Số tổ truyền thông (tổ)", "Tỷ lệ hộ được tư vấn (%)", "Kinh phí tuyên truyền (triệu đồng)", "Kinh phí tập huấn (đồng)"],
  [null, "Tổng cộng", 11, 15, 370.25, 101250000],
  ["I", "Huyện Ba Vì", 5, 18, 250.5, 31250000],
  [1, "- Xã Ba Trại", 3, "20%", 100, 30000000],
  [2, NFD_KHANH_THUONG, "2", 18, "150,5", "1.250.000"],
  ["II", "Huyện Quốc Oai", 6, 15, 1120.25, 70000000],
  [3, "Xã Đông Yên", null, "16,5", 120.25, 45000000],
  [4, "Xã Phú Mãn", 4, 0.15, null, 20000000],
  [5, "Xã Ngọc Liệp", { error: "#REF!" }, 30, "1\u00a0000", "5.000.000"],
];

/** Number formats (A1 → format): Phú Mãn's 0.15 is shown as 15.0 %. */
export const ALLOCATION_FORMATS: Readonly<Record<string, string>> = { D10: "0.0%" };

/** Engine values, worked out by hand from the rows above. */
export const EXPECTED = {
  // 3 + "2" + blank + 4 + #REF! (0)
  count: 9,
  // lowest of "20%", 18, "16,5", 0.15 shown as 15 %, 30
  percent: 15,
  // 100 + "150,5" + 120.25 + blank + "1 000" = 1370.75 triệu
  moneyMillions: 1370.75,
  // 30 000 000 + "1.250.000" + 45 000 000 + 20 000 000 + "5.000.000" = 101 250 000 đồng = 101.25 triệu
  moneyDongInMillions: 101.25,
};

export const PLAN_ROWS: CellValue[][] = [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["1", "Số tổ truyền thông", "tổ", 10],
  ["2", "Tỷ lệ hộ được tư vấn", "%", 15],
  ["KP.1", "Kinh phí tuyên truyền", "triệu đồng", 500],
  ["KP.2", "Kinh phí tập huấn", "triệu đồng", "120"],
  ["3", "Địa chỉ tin cậy", "địa chỉ", 62],
];

function sheet(name: string, rows: CellValue[][]): SheetData {
  return { name, values: rows, merges: [] };
}

function allocationSheet(): SheetData {
  const numberFormats: (string | null)[][] = ALLOCATION_ROWS.map(() => []);
  for (const [address, format] of Object.entries(ALLOCATION_FORMATS)) {
    const { row, col } = parseA1(address);
    numberFormats[row][col] = format;
  }
  return { name: ALLOCATION_SHEET, values: ALLOCATION_ROWS, numberFormats, merges: [] };
}

export function fixtureWorkbook(extraSheets: SheetData[] = []): WorkbookData {
  return { sheets: [sheet("Kế hoạch", PLAN_ROWS), allocationSheet(), ...extraSheets] };
}

const planLine = (code: string, name: string, unit: string, kind: PlanLine["kind"], target: number, rule: PlanLine["rule"], scale: number): PlanLine => ({
  code,
  name,
  unit,
  kind,
  target,
  rule,
  scale,
  source: { sheet: "Kế hoạch" },
});

export const PLAN: Plan = {
  title: "Kế hoạch thực hiện Đề án 938 năm 2026",
  number: "257/KH-UBND",
  date: "2022-10-03",
  lines: [
    planLine("1", "Số tổ truyền thông", "tổ", "count", 10, "<=", 1),
    planLine("2", "Tỷ lệ hộ được tư vấn", "%", "percent", 15, ">=", 1),
    planLine("KP.1", "Kinh phí tuyên truyền", "triệu đồng", "money", 500_000_000, "<=", 1e6),
    planLine("KP.2", "Kinh phí tập huấn", "triệu đồng", "money", 120_000_000, "<=", 1e6),
    planLine("3", "Địa chỉ tin cậy", "địa chỉ", "count", 62, "<=", 1),
  ],
  areas: [],
  source: "sheet:Kế hoạch",
  sheet: "Kế hoạch",
};

function area(label: string, kind: AreaEntry["kind"], index: number, parent: number | null, children: number[]): AreaEntry {
  return { label, key: label.toLowerCase(), kind, index, labelRow: index, labelCol: 1, parent, children };
}

function line(header: string, index: number, planCode: string, kind: LineEntry["kind"], scale: number, unit: string): LineEntry {
  return { header, index, headerRow: 2, headerCol: index, unit, kind, scale, isTotal: false, planCode };
}

export const TABLE: AllocationTable = {
  sheet: ALLOCATION_SHEET,
  orientation: "areas-as-rows",
  areas: [
    area("Tổng cộng", "total", 3, null, [1, 4]),
    area("Huyện Ba Vì", "group", 4, 0, [2, 3]),
    area("- Xã Ba Trại", "leaf", 5, 1, []),
    area(NFD_KHANH_THUONG, "leaf", 6, 1, []),
    area("Huyện Quốc Oai", "group", 7, 0, [5, 6, 7]),
    area("Xã Đông Yên", "leaf", 8, 4, []),
    area("Xã Phú Mãn", "leaf", 9, 4, []),
    area("Xã Ngọc Liệp", "leaf", 10, 4, []),
  ],
  lines: [
    line("Số tổ truyền thông (tổ)", 2, "1", "count", 1, "tổ"),
    line("Tỷ lệ hộ được tư vấn (%)", 3, "2", "percent", 1, "%"),
    line("Kinh phí tuyên truyền (triệu đồng)", 4, "KP.1", "money", 1e6, "triệu đồng"),
    line("Kinh phí tập huấn (đồng)", 5, "KP.2", "money", 1, "đồng"),
  ],
  headerTop: 2,
  headerBottom: 2,
};

function finding(rule: Finding["rule"], severity: Finding["severity"], cell: string | null, vi: string, en: string, indicator: string | null = null): Finding {
  const pos = cell === null ? null : parseA1(cell);
  return {
    rule,
    severity,
    sheet: cell === null ? null : ALLOCATION_SHEET,
    cell,
    row: pos?.row ?? null,
    col: pos?.col ?? null,
    indicator,
    area: null,
    expected: null,
    actual: null,
    message: { vi, en },
  };
}

/** The engine's check of the fixture workbook. */
const CHECKED = checkWorkbook(fixtureWorkbook(), { workbookName: "fixture.xlsx" });

export const REPORT: Report = {
  version: 1,
  workbook: "fixture.xlsx",
  allocationSheet: ALLOCATION_SHEET,
  orientation: "areas-as-rows",
  planSource: "sheet:Kế hoạch",
  // The line results are the engine's own for the fixture workbook (the tests compare them with EXPECTED, worked out by hand).
  indicators: CHECKED.report.indicators,
  // Findings written by hand: edge cases for the writers (a message that starts with `=`, two at one cell).
  findings: [
    finding("ceiling", "warning", "C4", "Còn thiếu 1 tổ so với kế hoạch", "1 team short of the plan", "1"),
    finding("subtotal", "error", "C4", "Tổng cộng 11 khác tổng các dòng con 9", "Total 11 differs from the sum of its children 9", "1"),
    finding("ceiling", "error", "E4", "Vượt kế hoạch 870,75 triệu đồng", "Over the plan by 870.75 million đồng", "KP.1"),
    finding("text-number", "warning", "C7", "Số lưu dạng chữ", "Number stored as text", "1"),
    finding("text-number", "warning", "E7", "Số lưu dạng chữ", "Number stored as text", "KP.1"),
    finding("invalid-value", "error", "C11", "Ô có giá trị lỗi #REF!", "The cell holds the error #REF!", "1"),
    finding("text-number", "warning", "E11", "=Số lưu dạng chữ", "=Number stored as text", "KP.1"),
    finding("unmapped", "warning", null, "Chỉ tiêu 3 không có cột phân bổ", "Indicator 3 has no allocation column", "3"),
  ],
  counts: { error: 3, warning: 5, info: 0 },
};

/** The values a reader would see on a written summary sheet. */
export function modelToSheet(model: { name: string; cells: ReadonlyArray<{ row: number; col: number; value?: string | number | null }> }): SheetData {
  const values: CellValue[][] = [];
  for (const cell of model.cells) {
    while (values.length <= cell.row) values.push([]);
    const row = values[cell.row];
    while (row.length < cell.col) row.push(null);
    row[cell.col] = cell.value ?? null;
  }
  return { name: model.name, values, merges: [] };
}

/** Each area's value per table line as the engine reads `table` over the fixture's allocation sheet (the check's own reading). */
export function areaValuesOf(table: AllocationTable = TABLE, plan: Plan = PLAN): AreaValues {
  return readingsOf(buildRuleContext({ plan, table, sheet: allocationSheet() })).areaValues;
}

export const AREA_VALUES: AreaValues = CHECKED.areaValues;
