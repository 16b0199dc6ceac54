/**
 * Table 2 of the summary, by area: a group's leaves added up (the lowest for
 * percent), a leaf's own cell — the check's area values in the plan's unit,
 * each with a live formula that gives the same number. A leaf's cell reads its
 * cell on the allocation sheet; a group whose members are listed takes the
 * SUBTOTAL of their rows; a group whose members are not listed (a large
 * table, see areaListing.ts) reads its leaves' cells. Every leaf is thus read
 * by one row, and a line's total is one SUBTOTAL over the column (lineTable.ts).
 */
import type { AllocationTable, AreaEntry, LineEntry } from "../model/table";
import type { Lang } from "../model/text";
import type { SheetData } from "../model/workbook";
import { areaValue, type AreaValues } from "../result/areaValues";
import { formatNumber, unitLabel } from "../text/format";
import { noPlaceLeaves } from "../rules/noPlace";
import { allocatedFormula, cellFormula, lowestLeafFormula, MAX_FORMULA_LENGTH, PlainRuns, subtotalFormula, type LeafCell } from "./formulas";
import { listAreas, type ListedRow } from "./areaListing";
import { sourceLineIndexes } from "../layout/sourceColumns";
import { AREA_HEADER, AREA_INDEX_HEADER, NO_AREAS, SECTIONS } from "./labels";
import type { MappedLine } from "./lineTable";
import { DECIMAL_FORMAT, INTEGER_FORMAT, numberFormat, roundTo, type SheetBuilder } from "./sheetBuilder";

/** Beyond these, lower levels are folded into their group's row (the sheet stays writable in Excel on the web). */
export const MAX_AREA_ROWS = 2000;

export interface AreaTableInput {
  readonly table: AllocationTable;
  readonly sheet: SheetData;
  readonly areaValues: AreaValues;
  readonly mapped: readonly MappedLine[];
  readonly lang: Lang;
}

/** Where the table's rows are: the first and last data row (0-based), none when it lists no area. */
export interface AreaTableRows {
  readonly row: number;
  readonly rows: { readonly first: number; readonly last: number } | null;
  /** The rows of the leaves that are no place (`Cấp tỉnh`, `Dự phòng`: `noPlaceLeaves`), which a line's lowest value leaves out. */
  readonly noPlaceRows: readonly number[];
}

/** The money lines' unit said once in the table's title, as a sheet's `ĐVT: triệu đồng` says it. */
const MONEY_UNIT_NOTE: Record<Lang, (unit: string) => string> = {
  vi: (unit) => `(kinh phí: ${unit})`,
  en: (unit) => `(money in ${unit})`,
};

/**
 * The unit every money line of the table is written in, when they share one:
 * said once in the title, the headers keep the lines' names (the money
 * columns narrower, the table within the page's width); null when the table
 * has no money line or its money lines differ in unit.
 */
function sharedMoneyUnit(mapped: readonly MappedLine[], lang: Lang): string | null {
  const units = new Set(mapped.filter((m) => m.result.kind === "money").map((m) => unitLabel(m.result, lang)));
  if (units.size !== 1) return null;
  const [unit] = units;
  return unit === "" ? null : unit;
}

function rowValue(areaValues: AreaValues, listed: ListedRow, lineIndex: number, mode: "sum" | "min"): number | null {
  const areas = listed.areas;
  const at = areaValues.valueAt;
  // Read straight from the reader when there is one (a large table's rows hold runs of many areas): `areaValue` less a call per area.
  if (at !== undefined) {
    let value = 0;
    let any = false;
    for (let i = 0; i < areas.length; i++) {
      const v = at(areas[i], lineIndex);
      if (Number.isNaN(v)) continue;
      value = !any ? v : mode === "sum" ? value + v : Math.min(value, v);
      any = true;
    }
    return any ? value : null;
  }
  let value: number | null = null;
  for (const area of areas) {
    const v = areaValue(areaValues, area, lineIndex);
    if (v === null) continue;
    value = value === null ? v : mode === "sum" ? value + v : Math.min(value, v);
  }
  return value;
}

/**
 * The lines of the sheet a plan line is read from: its one line, or for a
 * line split by funding source with no total column (`sources`) each source's
 * line, whose sum the engine compares with the plan.
 */
function sourceParts(table: AllocationTable, m: MappedLine): { entry: LineEntry; lineIndex: number }[] {
  const lines = sourceLineIndexes(table.lines, m.lineIndex);
  if (lines === null || lines.length < 2) return [{ entry: m.entry, lineIndex: m.lineIndex }];
  return lines.map((lineIndex) => ({ entry: table.lines[lineIndex], lineIndex }));
}

function partsValue(areaValues: AreaValues, listed: ListedRow, parts: readonly { lineIndex: number }[], mode: "sum" | "min"): number | null {
  let value: number | null = null;
  for (const part of parts) {
    const v = rowValue(areaValues, listed, part.lineIndex, mode);
    if (v !== null) value = value === null ? v : value + v;
  }
  return value;
}

function rowLabel(table: AllocationTable, listed: ListedRow, lang: Lang): string {
  const first = table.areas[listed.areas[0]].label;
  if (listed.areas.length === 1) return first;
  return areaRunLabel(first, table.areas[listed.areas[listed.areas.length - 1]].label, listed.areas.length, lang);
}

/** A row standing for a run of areas: its first and last, and how many (`Xã A … Xã B (1.250)`). */
export function areaRunLabel(first: string, last: string, count: number, lang: Lang): string {
  return `${first} … ${last} (${formatNumber(count, lang)})`;
}

function foldedNote(lang: Lang, folded: number, runs: boolean, sheet: string): string {
  if (runs) {
    return lang === "vi"
      ? `Bảng quá dài: mỗi dòng gộp nhiều địa bàn liền nhau (xem trang ${sheet}).`
      : `Table too long: each row takes several areas in a row (see sheet ${sheet}).`;
  }
  return lang === "vi"
    ? `… ${formatNumber(folded, "vi")} địa bàn cấp dưới không liệt kê riêng, đã tính trong dòng của cấp trên (xem trang ${sheet}).`
    : `… ${formatNumber(folded, "en")} areas below these are not listed, counted in their group's row (see sheet ${sheet}).`;
}

/**
 * The leaf cells of a listed row on each line (`moneyScale`: đồng per cell
 * unit, for a money line), line after line: the same objects set again for each line, as a large table has millions of
 * leaf cells. Each line's cells are used before the next line's are asked for.
 */
function leafCellsByLine(table: AllocationTable, leaves: readonly AreaEntry[]): (line: LineEntry, moneyScale?: number) => LeafCell[] {
  const rows = table.orientation === "areas-as-rows";
  const cells = leaves.map((): { row: number; col: number; moneyScale: number | undefined; fractions: boolean } => ({ row: 0, col: 0, moneyScale: undefined, fractions: false }));
  return (line, moneyScale) => {
    for (let i = 0; i < leaves.length; i++) {
      const cell = cells[i];
      cell.row = rows ? leaves[i].index : line.index;
      cell.col = rows ? line.index : leaves[i].index;
      cell.moneyScale = moneyScale;
      cell.fractions = line.fractions === true;
    }
    return cells;
  };
}

/** Writes table 2 from `start`; returns the row after it and where its data rows are. */
export function writeAreaTable(b: SheetBuilder, start: number, input: AreaTableInput): AreaTableRows {
  const { table, sheet, areaValues, mapped, lang } = input;
  let row = start;
  const moneyUnit = sharedMoneyUnit(mapped, lang);
  b.subtitle(row, moneyUnit === null ? SECTIONS.areas[lang] : `${SECTIONS.areas[lang]} ${MONEY_UNIT_NOTE[lang](moneyUnit)}`);
  row++;
  b.put({ row, col: 0, value: AREA_INDEX_HEADER[lang], style: "header" });
  b.put({ row, col: 1, value: AREA_HEADER[lang], style: "header" });
  // Each header names its line by code and whole name, read whole: the print layout shares the columns' widths out so the
  // headers wrap on as few lines as the page allows (headerBalance.ts).
  mapped.forEach((m, j) => {
    const shown = moneyUnit !== null && m.result.kind === "money" ? "" : unitLabel(m.result, lang);
    const unit = shown === "" ? "" : ` (${shown})`;
    b.put({ row, col: 2 + j, value: `${m.result.code}. ${m.result.name}${unit}`, style: "header" });
  });
  row++;
  const listing = listAreas(table, MAX_AREA_ROWS);
  const first = row;
  const modes = mapped.map((m) => (m.result.kind === "percent" ? ("min" as const) : ("sum" as const)));
  const parts = mapped.map((m) => sourceParts(table, m));
  const values = listing.rows.map((listed) => mapped.map((m, j) => {
    const base = partsValue(areaValues, listed, parts[j], modes[j]);
    return base === null ? null : roundTo(base / m.result.scale, 9);
  }));
  const formats = mapped.map((m, j) => {
    const format = numberFormat(m.result.kind, [m.result.target / m.result.scale]);
    return format === INTEGER_FORMAT && values.some((v) => v[j] !== null && !Number.isInteger(v[j])) ? DECIMAL_FORMAT : format;
  });
  const byRows = table.orientation === "areas-as-rows";
  const noPlace = noPlaceLeaves(table, sheet);
  const noPlaceRows: number[] = [];
  // The summed lines' leaves read row by row, once per listed area for all of them (not once per line).
  const sumLines = [...new Set(mapped.flatMap((m, j) => (modes[j] === "sum" ? parts[j].map((p) => p.entry.index) : [])))];
  const runs = new PlainRuns(sheet, byRows, sumLines);
  listing.rows.forEach((listed, i) => {
    const isLeaf = listed.areas.length === 1 && table.areas[listed.areas[0]].kind === "leaf";
    if (isLeaf && noPlace.has(listed.areas[0])) noPlaceRows.push(row);
    // The leaves' rows (columns), and their cells made only for a line whose leaves are not one run of plain numbers.
    const leafIndexes = listed.leaves.map((leaf) => leaf.index);
    if (!isLeaf && listed.members === undefined) runs.read(leafIndexes);
    let leavesOfLine: ((line: LineEntry, moneyScale?: number) => LeafCell[]) | undefined;
    b.put({ row, col: 0, value: i + 1 });
    b.put({ row, col: 1, value: rowLabel(table, listed, lang), style: isLeaf ? undefined : "label" });
    mapped.forEach((m, j) => {
      const value = values[i][j];
      const mode = modes[j];
      let formula: string | null;
      if (listed.members !== undefined) {
        formula = subtotalFormula(mode, 2 + j, first + listed.members.first, first + listed.members.last);
      } else {
        // A line split by funding source with no total column: the sum of its sources' formulas, as the engine adds them
        // (nearly always one term: no array of them made).
        const lineParts = parts[j];
        let joined: string | null = lineParts.length === 0 ? null : "";
        for (let p = 0; p < lineParts.length && joined !== null; p++) {
          const entry = lineParts[p].entry;
          let term: string | null;
          const run = !isLeaf && mode === "sum" ? runs.formula(entry.index, m.factor) : undefined;
          if (run !== undefined) term = run;
          else {
            leavesOfLine ??= leafCellsByLine(table, listed.leaves);
            const cells = leavesOfLine(entry, m.cellScale);
            if (isLeaf) term = mode === "min" ? lowestLeafFormula(sheet, cells[0]) : cellFormula(sheet, cells[0], mode, m.factor);
            else term = allocatedFormula(sheet, cells, mode, m.factor);
          }
          joined = term === null ? null : p === 0 ? term : `${joined}+${term}`;
        }
        formula = joined === null || joined.length > MAX_FORMULA_LENGTH ? null : joined;
      }
      // A whole number in a column of fractions still without a trailing decimal mark (Excel shows `#,##0.###` on 500 as `500.`).
      const numFmt = value !== null && formats[j] === DECIMAL_FORMAT ? numberFormat(m.result.kind, [value]) : formats[j];
      b.put(formula !== null && value !== null ? { row, col: 2 + j, value, numFmt, style: "number", formula } : { row, col: 2 + j, value, numFmt, style: "number" });
    });
    row++;
  });
  const rows = listing.rows.length > 0 ? { first, last: row - 1 } : null;
  if (listing.rows.length === 0) {
    b.put({ row, col: 1, value: NO_AREAS[lang], style: "note" });
    row++;
  }
  if (listing.folded > 0 && listing.rows.length > 0) {
    b.put({ row, col: 1, value: foldedNote(lang, listing.folded, listing.runs, table.sheet), style: "note" });
    row++;
  }
  return { row, rows, noPlaceRows };
}
