/**
 * Lays the sample (kh257Data.ts) out as a workbook the way a district finance
 * officer would: a `Kế hoạch` sheet with the plan's targets, budget lines and
 * areas, and a `Phân bổ` sheet with the areas as rows under a title block, a
 * two-row merged header, Roman-numeral district rows with subtotals, the
 * communes, a `Tổng cộng` row and a `Tổng kinh phí` column. Every formula's
 * cached result is computed here, the way Excel would compute it.
 *
 * Pure: no file system, no ExcelJS. `buildSampleWorkbookData()` is what the
 * browser preview loads; `buildSampleSpec()` is what `allocheck demo` writes.
 */
import { a1 } from "../core/model/address";
import type { CellRange, CellValue, WorkbookData } from "../core/model/workbook";
import {
  SAMPLE_ALLOCATION,
  SAMPLE_AREAS,
  SAMPLE_COLUMNS,
  SAMPLE_PLAN_DATE,
  SAMPLE_PLAN_LINES,
  SAMPLE_PLAN_NUMBER,
  SAMPLE_PLAN_TITLE,
  type SampleLeafValue,
} from "./kh257Data";
import { evaluateSum } from "./sumFormula";
import { sampleResultsSheets } from "./buildResultsSheets";
import { specToWorkbookData, type CellSpec, type CellStyle, type SheetSpec, type WorkbookSpec } from "../core/model/workbookSpec";

export const SAMPLE_PLAN_SHEET = "Kế hoạch";
export const SAMPLE_ALLOCATION_SHEET = "Phân bổ";

const NUMBER_FORMAT = "#,##0";
const HEADER_FILL = "#DDEBF7";
const TOTAL_FILL = "#FCE4D6";
const GROUP_FILL = "#F2F2F2";

const TITLE: CellStyle = { bold: true, size: 13, align: "center", verticalCenter: true, wrap: true };
const SUBTITLE: CellStyle = { italic: true, align: "center", wrap: true };
const NOTE: CellStyle = { italic: true, align: "right" };
const HEADER: CellStyle = {
  bold: true,
  align: "center",
  verticalCenter: true,
  wrap: true,
  border: true,
  fill: HEADER_FILL,
};
const TOTAL_LABEL: CellStyle = { bold: true, align: "center", border: true, fill: TOTAL_FILL };
const TOTAL_NUMBER: CellStyle = { bold: true, align: "right", border: true, fill: TOTAL_FILL };
const GROUP_LABEL: CellStyle = { bold: true, align: "left", border: true, fill: GROUP_FILL };
const GROUP_STT: CellStyle = { bold: true, align: "center", border: true, fill: GROUP_FILL };
const GROUP_NUMBER: CellStyle = { bold: true, align: "right", border: true, fill: GROUP_FILL };
const LEAF_LABEL: CellStyle = { align: "left", border: true };
const LEAF_STT: CellStyle = { align: "center", border: true };
const LEAF_NUMBER: CellStyle = { align: "right", border: true };
const TABLE_TEXT: CellStyle = { align: "left", border: true, wrap: true, verticalCenter: true };
const TABLE_CENTER: CellStyle = { align: "center", border: true, verticalCenter: true };
const TABLE_NUMBER: CellStyle = { align: "right", border: true, verticalCenter: true };

/** A growing grid of cell specs with merges. */
class Grid {
  readonly rows: (CellSpec | null)[][] = [];
  readonly merges: CellRange[] = [];

  set(row: number, col: number, cell: CellSpec): void {
    const cells = (this.rows[row] ??= []);
    while (cells.length < col) cells.push(null);
    cells[col] = cell;
  }

  value(row: number, col: number): CellValue {
    return this.rows[row]?.[col]?.value ?? null;
  }

  merge(top: number, left: number, bottom: number, right: number, cell: CellSpec, fillStyle?: CellStyle): void {
    this.set(top, left, cell);
    if (fillStyle !== undefined) {
      for (let r = top; r <= bottom; r++) {
        for (let c = left; c <= right; c++) if (r !== top || c !== left) this.set(r, c, { value: null, style: fillStyle });
      }
    }
    this.merges.push({ top, left, bottom, right });
  }

  /** A SUM formula and its cached result, computed from the cells already placed. */
  sum(row: number, col: number, formula: string, style: CellStyle): void {
    const result = evaluateSum(formula, (r, c) => this.value(r, c));
    this.set(row, col, { value: result, formula, numFmt: NUMBER_FORMAT, style });
  }

  fill(): void {
    for (let r = 0; r < this.rows.length; r++) this.rows[r] ??= [];
  }
}

function planSheet(): SheetSpec {
  const grid = new Grid();
  const lastCol = 4;
  grid.merge(0, 0, 0, lastCol, { value: "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", style: { bold: true, align: "left" } });
  grid.merge(1, 0, 1, lastCol, {
    value: `CHỈ TIÊU VÀ KINH PHÍ — KẾ HOẠCH SỐ ${SAMPLE_PLAN_NUMBER} NGÀY ${SAMPLE_PLAN_DATE}`,
    style: TITLE,
  });
  grid.merge(2, 0, 2, lastCol, { value: SAMPLE_PLAN_TITLE, style: SUBTITLE });

  const headerRow = 4;
  ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Định mức"].forEach((text, col) =>
    grid.set(headerRow, col, { value: text, style: HEADER }),
  );
  let row = headerRow + 1;
  for (const line of SAMPLE_PLAN_LINES) {
    const parent = !line.code.includes(".") && SAMPLE_PLAN_LINES.some((l) => l.code.startsWith(`${line.code}.`));
    const bold = parent ? { bold: true } : {};
    grid.set(row, 0, { value: line.code, style: { ...TABLE_CENTER, ...bold } });
    grid.set(row, 1, { value: line.name, style: { ...TABLE_TEXT, ...bold } });
    grid.set(row, 2, { value: line.unit, style: { ...TABLE_CENTER, ...bold } });
    grid.set(row, 3, { value: line.target, numFmt: NUMBER_FORMAT, style: { ...TABLE_NUMBER, ...bold } });
    grid.set(row, 4, { value: line.quota ?? null, numFmt: line.quota === undefined ? undefined : NUMBER_FORMAT, style: TABLE_NUMBER });
    row++;
  }

  row++;
  grid.set(row, 0, { value: "Huyện", style: HEADER });
  grid.set(row, 1, { value: "Xã", style: HEADER });
  row++;
  for (const area of SAMPLE_AREAS) {
    for (const commune of area.communes) {
      grid.set(row, 0, { value: area.district, style: TABLE_TEXT });
      grid.set(row, 1, { value: commune, style: TABLE_TEXT });
      row++;
    }
  }
  grid.fill();
  return {
    name: SAMPLE_PLAN_SHEET,
    rows: grid.rows,
    merges: grid.merges,
    columnWidths: [16, 62, 13, 12, 10],
    rowHeights: { 2: 48 },
    frozen: { rows: headerRow + 1, cols: 0 },
  };
}

/** Column of the first value column (after STT and the area label). */
const FIRST_VALUE_COL = 2;

function leafCell(value: SampleLeafValue): CellSpec {
  if (value === null) return { value: null, numFmt: NUMBER_FORMAT, style: LEAF_NUMBER };
  if (typeof value === "object") {
    // The rows this cell added up were deleted: Excel rewrote `SUM(F30:F32)` as `SUM(#REF!)`.
    return { value: { error: "#REF!" }, formula: "SUM(#REF!)", numFmt: NUMBER_FORMAT, style: LEAF_NUMBER };
  }
  if (typeof value === "string") return { value, style: { ...LEAF_NUMBER, align: "right" } };
  return { value, numFmt: NUMBER_FORMAT, style: LEAF_NUMBER };
}

/** Excel's result of summing the numbers among `values` (text and errors skipped), as pasted values keep it. */
function pastedSum(values: readonly CellValue[]): number {
  return values.reduce<number>((total, v) => total + (typeof v === "number" ? v : 0), 0);
}

function allocationSheet(): SheetSpec {
  const grid = new Grid();
  const columns = SAMPLE_COLUMNS;
  const lastCol = FIRST_VALUE_COL + columns.length - 1;
  const firstBudgetCol = FIRST_VALUE_COL + columns.findIndex((c) => c.group === "budget");
  const lastTargetCol = firstBudgetCol - 1;
  const totalBudgetCol = FIRST_VALUE_COL + columns.findIndex((c) => c.code === null);
  const budgetPartCols = columns
    .map((c, i) => ({ c, col: FIRST_VALUE_COL + i }))
    .filter(({ c }) => c.group === "budget" && c.code !== null)
    .map(({ col }) => col);

  grid.merge(0, 0, 0, lastCol, {
    value: "BIỂU PHÂN BỔ CHỈ TIÊU VÀ KINH PHÍ THỰC HIỆN DỰ ÁN 8 GIAI ĐOẠN I (CUỐI NĂM 2022 - 2025)",
    style: TITLE,
  });
  grid.merge(1, 0, 1, lastCol, {
    value: `(Kèm theo Kế hoạch số ${SAMPLE_PLAN_NUMBER} ngày ${SAMPLE_PLAN_DATE} của UBND thành phố Hà Nội)`,
    style: SUBTITLE,
  });
  grid.merge(2, lastCol - 2, 2, lastCol, { value: "ĐVT: triệu đồng", style: NOTE });

  const head = 3;
  grid.merge(head, 0, head + 1, 0, { value: "STT", style: HEADER }, HEADER);
  grid.merge(head, 1, head + 1, 1, { value: "Địa bàn\n(huyện, xã)", style: HEADER }, HEADER);
  grid.merge(head, FIRST_VALUE_COL, head, lastTargetCol, { value: "Chỉ tiêu đến năm 2025", style: HEADER }, HEADER);
  grid.merge(head, firstBudgetCol, head, lastCol, { value: "Kinh phí (triệu đồng)", style: HEADER }, HEADER);
  columns.forEach((column, i) => grid.set(head + 1, FIRST_VALUE_COL + i, { value: column.header, style: HEADER }));

  const totalRow = head + 2;
  const districtRows: number[] = [];
  let row = totalRow + 1;
  for (const block of SAMPLE_ALLOCATION) {
    const districtRow = row;
    districtRows.push(districtRow);
    const first = districtRow + 1;
    const last = districtRow + block.communes.length;

    block.communes.forEach((commune, i) => {
      const r = first + i;
      grid.set(r, 0, { value: i + 1, style: LEAF_STT });
      grid.set(r, 1, { value: commune.label, style: LEAF_LABEL });
      columns.forEach((column, c) => {
        if (column.code === null) return;
        grid.set(r, FIRST_VALUE_COL + c, leafCell(commune.values[column.code] ?? null));
      });
      const parts = budgetPartCols.map((col) => a1(r, col));
      grid.sum(r, totalBudgetCol, `SUM(${parts[0]}:${parts[parts.length - 1]})`, LEAF_NUMBER);
    });

    grid.set(districtRow, 0, { value: block.stt, style: GROUP_STT });
    grid.set(districtRow, 1, { value: block.label, style: GROUP_LABEL });
    columns.forEach((column, c) => {
      const col = FIRST_VALUE_COL + c;
      if (block.subtotal === "formula") {
        const range = first === last ? a1(first, col) : `${a1(first, col)}:${a1(last, col)}`;
        grid.sum(districtRow, col, `SUM(${range})`, GROUP_NUMBER);
        return;
      }
      const children: CellValue[] = [];
      for (let r = first; r <= last; r++) children.push(grid.value(r, col));
      const override = column.code === null ? undefined : block.typedOverrides?.[column.code];
      grid.set(districtRow, col, { value: override ?? pastedSum(children), numFmt: NUMBER_FORMAT, style: GROUP_NUMBER });
    });
    // A typed district row keeps its budget total consistent with its own (typed) parts.
    if (block.subtotal === "typed") {
      const parts = budgetPartCols.map((col) => grid.value(districtRow, col));
      grid.set(districtRow, totalBudgetCol, { value: pastedSum(parts), numFmt: NUMBER_FORMAT, style: GROUP_NUMBER });
    }
    row = last + 1;
  }

  grid.set(totalRow, 0, { value: null, style: TOTAL_LABEL });
  grid.set(totalRow, 1, { value: "Tổng cộng", style: TOTAL_LABEL });
  columns.forEach((_, c) => {
    const col = FIRST_VALUE_COL + c;
    grid.sum(totalRow, col, `SUM(${districtRows.map((r) => a1(r, col)).join(",")})`, TOTAL_NUMBER);
  });
  grid.fill();

  return {
    name: SAMPLE_ALLOCATION_SHEET,
    rows: grid.rows,
    merges: grid.merges,
    columnWidths: [6, 22, ...columns.map((c) => c.width)],
    rowHeights: { 0: 20, 4: 62 },
    frozen: { rows: head + 2, cols: 2 },
    landscape: true,
  };
}

/** The sample workbook with its layout, styles and formulas, for the .xlsx writer. */
export function buildSampleSpec(): WorkbookSpec {
  return { sheets: [planSheet(), allocationSheet(), ...sampleResultsSheets()], creator: "allocheck" };
}

/** The sample workbook as the engine reads it (cached values, formulas, number formats, merges). */
export function buildSampleWorkbookData(): WorkbookData {
  return specToWorkbookData(buildSampleSpec());
}
