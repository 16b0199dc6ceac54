/** Small builders for WorkbookData fixtures written as arrays of rows. */
import { parseA1 } from "../../../src/core/model/address";
import type { CellRange, CellValue, SheetData, WorkbookData } from "../../../src/core/model/workbook";

export interface SheetOptions {
  /** Merged ranges in A1 form: `A1:C1`. */
  readonly merges?: readonly string[];
  /** Number formats by A1 cell: `{ D7: "0%" }`. */
  readonly formats?: Readonly<Record<string, string>>;
  /** Formulas by A1 cell. */
  readonly formulas?: Readonly<Record<string, string>>;
}

/** `range("A1:C2")` → `{ top: 0, left: 0, bottom: 1, right: 2 }`. */
export function range(text: string): CellRange {
  const [from, to = from] = text.split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

export function sheet(name: string, rows: ReadonlyArray<ReadonlyArray<CellValue>>, options: SheetOptions = {}): SheetData {
  const grid = (cells: Readonly<Record<string, string>>) => {
    const out: (string | undefined)[][] = [];
    for (const [address, value] of Object.entries(cells)) {
      const { row, col } = parseA1(address);
      (out[row] ??= [])[col] = value;
    }
    return out;
  };
  return {
    name,
    values: rows.map((r) => [...r]),
    merges: (options.merges ?? []).map(range),
    ...(options.formats ? { numberFormats: grid(options.formats) } : {}),
    ...(options.formulas ? { formulas: grid(options.formulas) } : {}),
  };
}

export function workbook(...sheets: SheetData[]): WorkbookData {
  return { sheets };
}

/** The sheet with every row and column swapped (merges and formats too). */
export function transposeSheet(data: SheetData, name = data.name): SheetData {
  const rows = data.values.length;
  let cols = 0;
  for (const r of data.values) if (r && r.length > cols) cols = r.length;
  const swap = <T>(src: ReadonlyArray<ReadonlyArray<T> | undefined> | undefined, blank: T): T[][] | undefined => {
    if (!src) return undefined;
    const out: T[][] = [];
    for (let c = 0; c < cols; c++) {
      out.push([]);
      for (let r = 0; r < rows; r++) out[c].push(src[r]?.[c] ?? blank);
    }
    return out;
  };
  return {
    name,
    values: swap<CellValue>(data.values, null)!,
    merges: data.merges.map((m) => ({ top: m.left, left: m.top, bottom: m.right, right: m.bottom })),
    ...(data.numberFormats ? { numberFormats: swap(data.numberFormats, undefined) } : {}),
  };
}

/** The sheet with `rows` put on top (a title block); merges and formats move down. */
export function withTitle(data: SheetData, rows: ReadonlyArray<ReadonlyArray<CellValue>>, merges: readonly string[] = []): SheetData {
  const shift = rows.length;
  return {
    ...data,
    values: [...rows.map((r) => [...r]), ...data.values],
    merges: [
      ...merges.map(range),
      ...data.merges.map((m) => ({ top: m.top + shift, left: m.left, bottom: m.bottom + shift, right: m.right })),
    ],
    ...(data.numberFormats ? { numberFormats: [...rows.map(() => undefined), ...data.numberFormats] } : {}),
  };
}

/** A plan sheet with one count line and a budget parent `KP` over its two parts `KP.1`, `KP.2`. */
export const BUDGET_PARENT_PLAN = sheet("Kế hoạch", [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["1", "Thành lập tổ truyền thông cộng đồng", "tổ", 6],
  ["KP", "Kinh phí thực hiện", "triệu đồng", 300],
  ["KP.1", "Kinh phí truyền thông", "triệu đồng", 200],
  ["KP.2", "Kinh phí tập huấn", "triệu đồng", 100],
]);
