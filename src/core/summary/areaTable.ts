/**
 * Table 2 of the summary, by area: a group's leaves added up (the lowest for
 * percent), a leaf's own cell — the check's area values in the plan's unit,
 * each with a live formula that gives the same number.
 */
import type { AllocationTable, AreaEntry } from "../model/table";
import type { Lang } from "../model/text";
import type { SheetData } from "../model/workbook";
import { areaValue, type AreaValues } from "../result/areaValues";
import { allocatedFormula, cellFormula } from "./formulas";
import { AREA_HEADER, AREA_INDEX_HEADER, NO_AREAS, SECTIONS } from "./labels";
import { leafCells, type MappedLine } from "./lineTable";
import { DECIMAL_FORMAT, INTEGER_FORMAT, numberFormat, roundTo, type SheetBuilder } from "./sheetBuilder";

/** Beyond these, the table says how many rows were left out (the sheet stays writable in Excel on the web). */
export const MAX_AREA_ROWS = 2000;

export interface AreaTableInput {
  readonly table: AllocationTable;
  readonly sheet: SheetData;
  readonly areaValues: AreaValues;
  readonly mapped: readonly MappedLine[];
  readonly lang: Lang;
}

function leafDescendants(table: AllocationTable, index: number, out: AreaEntry[]): AreaEntry[] {
  for (const child of table.areas[index].children) {
    const area = table.areas[child];
    if (area.kind === "leaf") out.push(area);
    else leafDescendants(table, child, out);
  }
  return out;
}

interface AreaRow {
  readonly area: AreaEntry;
  readonly values: ReadonlyArray<number | null>;
  readonly formulas: ReadonlyArray<string | null>;
}

/** Writes table 2 from `start`; returns the row after it. */
export function writeAreaTable(b: SheetBuilder, start: number, input: AreaTableInput): number {
  const { table, sheet, areaValues, mapped, lang } = input;
  let row = start;
  b.subtitle(row, SECTIONS.areas[lang]);
  row++;
  b.put({ row, col: 0, value: AREA_INDEX_HEADER[lang], style: "header" });
  b.put({ row, col: 1, value: AREA_HEADER[lang], style: "header" });
  mapped.forEach((m, j) => {
    const unit = m.result.unit === "" ? "" : ` (${m.result.unit})`;
    b.put({ row, col: 2 + j, value: `${m.result.code}. ${m.result.name}${unit}`, style: "header" });
  });
  row++;
  const listed = table.areas.map((area, index) => ({ area, index })).filter(({ area }) => area.kind !== "total");
  const formats = mapped.map((m) => numberFormat(m.result.kind, [m.result.target / m.result.scale]));
  const rows: AreaRow[] = [];
  for (const { area, index } of listed.slice(0, MAX_AREA_ROWS)) {
    const isLeaf = area.kind === "leaf";
    const under = isLeaf ? [area] : leafDescendants(table, index, []);
    if (!isLeaf && under.length === 0) continue;
    const values: Array<number | null> = [];
    const formulas: Array<string | null> = [];
    mapped.forEach((m, j) => {
      const mode = m.result.kind === "percent" ? "min" : "sum";
      const cells = leafCells(table, under, m.entry, m.cellScale);
      const base = areaValue(areaValues, index, m.lineIndex);
      const value = base === null ? null : roundTo(base / m.result.scale, 9);
      values.push(value);
      formulas.push(isLeaf ? cellFormula(sheet, cells[0], mode, m.factor) : allocatedFormula(sheet, cells, mode, m.factor));
      if (value !== null && !Number.isInteger(value) && formats[j] === INTEGER_FORMAT) formats[j] = DECIMAL_FORMAT;
    });
    rows.push({ area, values, formulas });
  }
  rows.forEach(({ area, values, formulas }, i) => {
    const isLeaf = area.kind === "leaf";
    b.put({ row, col: 0, value: i + 1 });
    b.put({ row, col: 1, value: area.label, style: isLeaf ? undefined : "label" });
    values.forEach((value, j) => {
      const formula = formulas[j];
      b.put({ row, col: 2 + j, value, numFmt: formats[j], style: "number", ...(formula !== null && value !== null ? { formula } : {}) });
    });
    row++;
  });
  if (rows.length === 0) {
    b.put({ row, col: 1, value: NO_AREAS[lang], style: "note" });
    row++;
  }
  if (listed.length > MAX_AREA_ROWS) {
    const more = listed.length - MAX_AREA_ROWS;
    b.put({ row, col: 1, value: lang === "vi" ? `… và ${more} địa bàn khác (xem trang ${table.sheet})` : `… and ${more} more areas (see sheet ${table.sheet})`, style: "note" });
    row++;
  }
  return row;
}
