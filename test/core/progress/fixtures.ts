/** Workbooks for the progress tests: a plan over 2022–2025, an allocation sheet, and results in both shapes. */
import type { CellValue, SheetData, WorkbookData } from "../../../src/core/model/workbook";
import type { FixtureSheet } from "../../helpers/xlsxFixture";

export function sheet(name: string, values: CellValue[][], numberFormats?: (string | null)[][]): SheetData {
  return { name, values, merges: [], ...(numberFormats ? { numberFormats } : {}) };
}

export function planSheet(title: CellValue = "KẾ HOẠCH thực hiện Dự án 8 giai đoạn 2022 - 2025"): SheetData {
  return sheet("Kế hoạch", [
    [title],
    [],
    ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
    ["1", "Tổ truyền thông cộng đồng", "tổ", 8],
    ["2", "Tỷ lệ hộ gia đình được tuyên truyền", "%", 80],
    ["KP", "Tổng kinh phí", "triệu đồng", 1000],
    ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600],
    ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400],
  ]);
}

/** Allocation: 4 communes under 2 districts. */
export function allocationSheet(): SheetData {
  return sheet("Phân bổ", [
    ["BIỂU PHÂN BỔ"],
    [],
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Tỷ lệ hộ gia đình được tuyên truyền (%)", "Kinh phí truyền thông (triệu đồng)", "Kinh phí tập huấn (triệu đồng)"],
    [null, "Tổng cộng", 8, null, 600, 400],
    ["I", "Huyện Ba Vì", 4, null, 300, 200],
    [1, "Xã Ba Trại", 2, 80, 150, 100],
    [2, "Xã Tản Lĩnh", 2, 85, 150, 100],
    ["II", "Huyện Quốc Oai", 4, null, 300, 200],
    [3, "Xã Phú Mãn", 2, 80, 150, 100],
    [4, "Xã Sài Sơn", 2, 90, 150, 100],
  ]);
}

/** A per-period results sheet with the allocation's layout; `values` per commune: [teams, rate, KP.1, KP.2]. */
export function periodSheet(name: string, values: readonly (readonly CellValue[])[], title: CellValue = "KẾT QUẢ THỰC HIỆN"): SheetData {
  const labels = ["Xã Ba Trại", "Xã Tản Lĩnh", "Xã Phú Mãn", "Xã Sài Sơn"];
  const sum = (rows: readonly (readonly CellValue[])[], c: number) => rows.reduce<number>((s, r) => s + (typeof r[c] === "number" ? (r[c] as number) : 0), 0);
  const district = (rows: readonly (readonly CellValue[])[]) => [sum(rows, 0), null, sum(rows, 2), sum(rows, 3)];
  return sheet(name, [
    [title],
    [],
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Tỷ lệ hộ gia đình được tuyên truyền (%)", "Kinh phí truyền thông (triệu đồng)", "Kinh phí tập huấn (triệu đồng)"],
    [null, "Tổng cộng", ...district(values)],
    ["I", "Huyện Ba Vì", ...district(values.slice(0, 2))],
    [1, labels[0], ...values[0]],
    [2, labels[1], ...values[1]],
    ["II", "Huyện Quốc Oai", ...district(values.slice(2, 4))],
    [3, labels[2], ...values[2]],
    [4, labels[3], ...values[3]],
  ]);
}

export function workbook(...sheets: SheetData[]): WorkbookData {
  return { sheets };
}

/** A line-level `Tiến độ` table: periods 2022, 2023, 2024-H1, Lũy kế, % so với KH, Kế hoạch, Ghi chú. */
export function lineTable(rows: CellValue[][], header: CellValue[] = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch giai đoạn", "Năm 2022", "2023", "6 tháng đầu năm 2024", "Lũy kế", "% so với KH", "Ghi chú"]): SheetData {
  return sheet("Tiến độ", [["THEO DÕI TIẾN ĐỘ THỰC HIỆN"], [], header, ...rows]);
}

/**
 * The plan sheet of the command-line progress tests (written to .xlsx with
 * `writeFixture`): the 2022 - 2025 title, then `STT | Chỉ tiêu | ĐVT | Kế hoạch`.
 */
export function planFixture(lines: ReadonlyArray<readonly [string, string, string, number]>, title = "KẾ HOẠCH thực hiện Dự án 8 giai đoạn 2022 - 2025"): FixtureSheet {
  return { name: "Kế hoạch", rows: [[title], [], ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch"], ...lines.map((line) => [...line])] };
}

/** A results table on plan: one count, one percent, a money total and its two parts, each on pace. */
export const GOOD_LINES: CellValue[][] = [
  ["1", "Tổ truyền thông cộng đồng", "tổ", 8, 2, 2, 1, 5, "62,5%", null],
  ["2", "Tỷ lệ hộ gia đình được tuyên truyền", "%", 80, 50, 60, 70, 70, 87.5, null],
  ["KP", "Tổng kinh phí", "triệu đồng", 1000, 200, 300, 150, 650, 65, "đúng tiến độ"],
  ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600, 150, 200, 50, 400, 66.7, null],
  ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400, 50, 100, 100, 250, 62.5, null],
];

/** `rows` with one cell replaced. */
export function withCell(rows: CellValue[][], row: number, col: number, value: CellValue): CellValue[][] {
  return rows.map((r, i) => (i === row ? r.map((v, j) => (j === col ? value : v)) : [...r]));
}
