/**
 * The role of each column of a table block: numbering (STT), code, unit,
 * label (names), value, or a note column to ignore. Judged from the header
 * text and a sample of the body.
 */
import { wordKey } from "../text/fold";
import { yearOfCell } from "../text/years";
import { isDateCell, isNoteHeader } from "./noteLines";
import { CountCells, isBlank, isCodeLike, isFigureMark, isLabelText, isNilMark, isNumeric, isUnitText } from "./cells";
import { shownText, type Grid } from "./grid";
import { areaLevel } from "./labels";
import type { TableBlock } from "./tableBlock";

export type ColumnRole = "stt" | "code" | "unit" | "label" | "value" | "note";

export interface ColumnInfo {
  readonly col: number;
  readonly role: ColumnRole;
  /** Header texts from top to bottom, merged cells repeated (line breaks as spaces). */
  readonly headerParts: readonly string[];
  /** A note only for holding marks typed for figures (`x`, `X`, `?`) and nothing else: an area's column, when areas run across. */
  readonly figureMarks?: true;
}

/** Body rows sampled to judge a column. */
const SAMPLE_ROWS = 400;

const STT_HEADERS = new Set(["stt", "tt", "so tt", "so thu tu", "no", "thu tu"]);
const CODE_HEADERS = new Set(["ma", "ma so", "code", "ma chi tieu", "ky hieu"]);
/** Administrative codes beside the names (`Mã ĐVHC`, `Mã xã`): codes, never a value line nor names. */
const AREA_CODE_HEADERS = /^ma (dvhc|don vi hanh chinh|hanh chinh|dia ban|xa|huyen|tinh|dv|don vi)$/;
const UNIT_HEADERS = new Set(["dvt", "don vi tinh", "unit", "dv tinh"]);

export function headerParts(grid: Grid, rows: readonly number[], col: number): string[] {
  const parts: string[] = [];
  for (const row of rows) {
    const text = shownText(grid, row, col);
    if (text !== "" && parts[parts.length - 1] !== text) parts.push(text);
  }
  return parts;
}

export function classifyColumns(grid: Grid, block: TableBlock): ColumnInfo[] {
  const last = Math.min(block.bodyEnd, block.bodyStart + SAMPLE_ROWS - 1);
  const infos: ColumnInfo[] = [];
  let labelsEnded = false;
  /** The index in `infos` of a names column headed as a note (`Đơn vị thực hiện`), read as names. */
  let noteNamed: number | null = null;
  for (let col = block.left; col <= block.right; col++) {
    const parts = headerParts(grid, block.headerRows, col);
    const key = wordKey(parts[parts.length - 1] ?? "");
    let numbers = 0;
    let labels = 0;
    let codes = 0;
    let units = 0;
    let districts = 0;
    let filled = 0;
    /** Texts that are no number and no dash (`NSTW`, `x`): a column of them alone holds no figure. */
    let words = 0;
    /** Marks typed for a figure (`x`, `?`): text, yet in an area's column the place of a figure. */
    let marks = 0;
    /** Numbers shown as dates (`30/6/2024`): no figure. */
    let dates = 0;
    let years = 0;
    // Runs of years down the column, each the one above plus one (`2026`, `2027`): a lone year is a figure's evidence.
    let lastYear = -1;
    let run = 0;
    let loneYears = 0;
    const counts = new CountCells();
    for (let row = block.bodyStart; row <= last; row++) {
      // The units row past headings under the header (see `TableBlock.unitsRow`): no body row.
      if (row === block.unitsRow) continue;
      const value = grid.value(row, col);
      const year = yearOfCell(value);
      if (year < 0 || year !== lastYear + 1) {
        if (run === 1) loneYears++;
        run = 0;
      }
      if (year >= 0) run++;
      lastYear = year;
      if (isBlank(value)) continue;
      filled++;
      if (isNumeric(value)) numbers++;
      if (isDateCell(value, grid.numberFormat(row, col))) dates++;
      if (year >= 0) years++;
      if (isLabelText(value)) {
        labels++;
        counts.add(value as string);
      }
      if (isCodeLike(value) || value === "-" || value === "+") codes++;
      if (typeof value === "string" && !isNumeric(value) && !isNilMark(value)) words++;
      if (isFigureMark(value)) marks++;
      if (isUnitText(value)) units++;
      if (typeof value === "string" && areaLevel(value) !== null) districts++;
    }
    if (run === 1) loneYears++;
    if (counts.areCounts()) {
      numbers += counts.cells;
      labels -= counts.cells;
    }
    // A blank column with no header before the names (a spacer between `STT` and `Đơn vị`): no column of the table,
    // neither a value line nor the end of the names.
    if (filled === 0 && parts.length === 0 && !labelsEnded && !infos.some((info) => info.role === "label")) continue;
    // The names merged over two columns on every row (`Đơn vị` merged B:C, each name too): the second column is the
    // first one's cells, no column of its own.
    if (filled === 0 && !labelsEnded && infos.length > 0 && infos[infos.length - 1].role === "label" && bodyMergedFromLeft(grid, block, col, last)) continue;
    let role: ColumnRole;
    // `Đơn vị thực hiện` over the areas' names (before any value, no label column yet) is the label column.
    const namesColumn = !labelsEnded && districts > 0 && labels > numbers && !infos.some((info) => info.role === "label");
    if (isNoteHeader(key) && col > block.left && !namesColumn) role = "note";
    // A numbering column sits before the names: past the first value column `TT` is a line's short name (`Truyền thông`).
    else if (STT_HEADERS.has(key) && !labelsEnded) role = "stt";
    else if (CODE_HEADERS.has(key) || AREA_CODE_HEADERS.test(key)) role = "code";
    else if (UNIT_HEADERS.has(key) || (key === "don vi" && units > filled / 2 && districts === 0)) role = "unit";
    else if (!labelsEnded && filled > 0 && codes === filled && labels === 0 && nextIsLabel(grid, block, col, last)) role = "stt";
    else if (labels > numbers) role = labelsEnded ? "note" : labels > 0 && units > filled / 2 && filled > 1 ? "unit" : "label";
    // Past the names, a column of short texts alone and no figure (`Nguồn vốn`: `NSTW`, `NSĐP` down the rows): a note.
    else if (filled > 0 && numbers === 0 && words === filled && infos.some((info) => info.role === "label")) role = "note";
    // Past the names, a column of dates alone (`Tiến độ`: `30/6/2024` down the rows): when, not how much — a note.
    else if (filled > 0 && dates === filled && infos.some((info) => info.role === "label")) role = "note";
    else if (filled === 0 && !labelsEnded && sameMergeAsPrevious(grid, block, col)) role = "label";
    // Lines down the rows, one split by year beside the names (`Kinh phí` merged down over `Tổng | 2026 | 2027`),
    // the column under the names' header: the years name the line's parts, no figures.
    else if (yearsBesideNames(infos, labelsEnded, years, loneYears, numbers, labels) && (parts.length === 0 || sameMergeAsPrevious(grid, block, col))) role = "label";
    else role = "value";
    if (role === "value") labelsEnded = true;
    // A names column headed `Đơn vị thực hiện` followed by another names column (`Địa bàn`): the latter holds the
    // areas, the former says who carries each out — a note, or every row would be read twice.
    if (role === "label" && noteNamed !== null && !isNoteHeader(key)) {
      infos[noteNamed] = { ...infos[noteNamed], role: "note" };
      noteNamed = null;
    }
    if (role === "label" && namesColumn && isNoteHeader(key) && col > block.left) noteNamed = infos.length;
    const figureMarks = role === "note" && filled > 0 && marks === filled && !isNoteHeader(key);
    infos.push({ col, role, headerParts: parts, ...(figureMarks ? { figureMarks: true as const } : {}) });
  }
  return infos;
}

/**
 * Right after the names column, before any figure: two whole years or more
 * (`2026`, `2027`) and nothing else but a word or two (`Tổng`), the years
 * in runs, each the one above plus one (no lone year): money in triệu
 * (`2000`, `2050`, `1995`) is no list of years.
 */
function yearsBesideNames(infos: readonly ColumnInfo[], labelsEnded: boolean, years: number, loneYears: number, numbers: number, labels: number): boolean {
  return !labelsEnded && loneYears === 0 && infos.length > 0 && infos[infos.length - 1].role === "label" && years >= 2 && years === numbers && labels <= years;
}

/** A numbering column sits right before a column of names — never before the notes (`Ghi chú`: `Xã ATK` down the rows). */
function nextIsLabel(grid: Grid, block: TableBlock, col: number, last: number): boolean {
  if (col + 1 > block.right) return false;
  const next = headerParts(grid, block.headerRows, col + 1);
  if (isNoteHeader(wordKey(next[next.length - 1] ?? ""))) return false;
  let labels = 0;
  let numbers = 0;
  for (let row = block.bodyStart; row <= last; row++) {
    const value = grid.value(row, col + 1);
    if (isLabelText(value)) labels++;
    else if (isNumeric(value)) numbers++;
  }
  return labels > numbers;
}

/** Every body row (sampled) whose cell left of `col` is shown is merged across into `col`: one column of cells over two. */
function bodyMergedFromLeft(grid: Grid, block: TableBlock, col: number, last: number): boolean {
  let merged = 0;
  for (let row = block.bodyStart; row <= last; row++) {
    const merge = grid.mergeAt(row, col);
    if (merge !== undefined && merge.left < col) merged++;
    else if (!isBlank(grid.value(row, col - 1))) return false;
  }
  return merged > 0;
}

function sameMergeAsPrevious(grid: Grid, block: TableBlock, col: number): boolean {
  if (col === block.left) return false;
  return block.headerRows.some((row) => {
    const merge = grid.mergeAt(row, col);
    return merge !== undefined && merge.left < col;
  });
}
