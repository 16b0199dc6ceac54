/**
 * What every rule reads, built once per check: the plan, the detected table,
 * the sheets, and a reading of every value cell (area × line) in base units by
 * the one cell reader (`core/cells`), made in one linear pass so that 100 000
 * rows × 30 columns stay well under a second. Rules never re-read cells for
 * arithmetic; they only go back to the sheet to quote a cell's text in a message.
 */
import type { AllocationTable, AreaEntry, LineEntry } from "../model/table";
import { valuePosition } from "../model/table";
import type { IndicatorKind, Plan, PlanLine } from "../model/plan";
import type { CellValue, SheetData } from "../model/workbook";
import { CELL, readCell, typedNumberBase, type LineMeasure } from "../cells/readCell";
import { DATE_FORMAT, formatDivisor, formatFacts } from "../cells/numberFormat";
import type { QuantityUnit } from "../text/format";
import { withoutNoise } from "./compare";
import { noPlaceLeaves } from "./noPlace";
import { sourceLineIndexes } from "../layout/sourceColumns";

export { CELL, isInvalidState as isInvalid, isNumericState as isNumeric } from "../cells/readCell";
export type { CellState } from "../cells/readCell";

export interface RuleContext {
  readonly plan: Plan;
  readonly table: AllocationTable;
  /** The allocation sheet. */
  readonly sheet: SheetData;
  /** The plan sheet, when the plan was read from the workbook. */
  readonly planSheet: SheetData | null;
  readonly areaCount: number;
  readonly lineCount: number;
  /** Plan lines by code. */
  readonly planByCode: ReadonlyMap<string, PlanLine>;
  /** Direct children of each plan code, in plan order. */
  readonly planChildren: ReadonlyMap<string, readonly PlanLine[]>;
  /** Table line index matched to each plan code (first match). */
  readonly lineByCode: ReadonlyMap<string, number>;
  /**
   * For a plan line the sheet splits by funding source with no total column
   * (`LineEntry.sources`): by the table line in `lineByCode`, every source's
   * table line, whose leaf sums add up to the line's allocation.
   */
  readonly sourceLines?: ReadonlyMap<number, readonly number[]>;
  /** The plan line each table line matches, or null (index = table line). */
  readonly linePlan: readonly (PlanLine | null)[];
  /** The kind of each table line: the plan's, else the sheet's, else null. */
  readonly lineKind: readonly (IndicatorKind | null)[];
  /** How to show each table line's totals: in the plan's unit when matched. */
  readonly lineUnit: readonly QuantityUnit[];
  /** How to show one cell of each table line: in the unit the sheet writes it in (a money column's own unit). */
  readonly cellUnit: readonly QuantityUnit[];
  /** Per table line: base units per unit of its cells (the line's scale, or the plan's for a money line without a unit of its own). */
  readonly scales: Float64Array;
  /** Reading of each value cell, `CELL.*`, at `area * lineCount + line`. */
  readonly state: Uint8Array;
  /** Base value of each value cell (0 unless numeric), same index. */
  readonly base: Float64Array;
  /** Leaf area indexes, in sheet order. */
  readonly leaves: readonly number[];
  /** Per table line: sum of leaf values (blank, invalid = 0). */
  readonly leafSums: Float64Array;
  /** Per table line: lowest leaf value (blank = 0; invalid leaves skipped), NaN without leaves. */
  readonly leafMins: Float64Array;
  /** The grand total area (a root `total`), or null. */
  readonly grandTotal: number | null;
  /**
   * Per area (areas as rows): 1 when each of its value cells is blank or a
   * typed number that is whole and not negative — a row with nothing
   * unusual in it, which rules looking for odd cells may pass over, and
   * `subtotal` adds without reading its cells' states — else 0.
   */
  readonly plainAreas?: Uint8Array;
  /**
   * The one year the allocation sheet is made for, when some of its lines are
   * checked against the targets of the plan's longer period: a year's share
   * falls short of the period's target by design (`ceiling` says so once).
   */
  readonly sheetYear?: YearAgainstPeriod;
}

/** An allocation sheet made for one year, checked (for `lines`) against a plan period's targets. */
export interface YearAgainstPeriod {
  readonly year: number;
  readonly period: { readonly start: number; readonly end: number };
  /** 0-based position of the title cell naming the year, or null when the sheet's name names it. */
  readonly at: { readonly row: number; readonly col: number } | null;
  /** Codes of the plan lines that keep the period's target. */
  readonly lines: ReadonlySet<string>;
}

/** Index of a value cell in `state` / `base`. */
export function cellIndex(context: RuleContext, area: number, line: number): number {
  return area * context.lineCount + line;
}

/** Sheet position of a value cell. */
export function cellPosition(context: RuleContext, area: number, line: number): { row: number; col: number } {
  return valuePosition(context.table, context.table.areas[area], context.table.lines[line]);
}

/** The scale from a line's cells to base units; a money line without its own unit is read in the plan's unit. */
function effectiveScale(line: LineEntry, planLine: PlanLine | null): number {
  if (planLine?.kind === "money" && line.unit === undefined && line.scale === 1) return planLine.scale;
  return line.scale;
}

export interface ContextInput {
  readonly plan: Plan;
  readonly table: AllocationTable;
  readonly sheet: SheetData;
  readonly planSheet?: SheetData | null;
  readonly sheetYear?: YearAgainstPeriod;
  /** Reading arrays to reuse when they have the right size (zeroed first), else filled with new ones. */
  readonly buffers?: ContextBuffers;
}

/** A results sheet's reading arrays, reused from one sheet to the next (fewer large allocations). */
export interface ContextBuffers {
  state?: Uint8Array;
  base?: Float64Array;
}

function readingArrays(size: number, buffers: ContextBuffers | undefined): { state: Uint8Array; base: Float64Array } {
  if (buffers === undefined) return { state: new Uint8Array(size), base: new Float64Array(size) };
  if (buffers.state?.length === size && buffers.base?.length === size) {
    buffers.state.fill(0);
    buffers.base.fill(0);
  } else {
    buffers.state = new Uint8Array(size);
    buffers.base = new Float64Array(size);
  }
  return { state: buffers.state, base: buffers.base };
}

/** Adds a leaf's cells (at `offset`) to the per-line leaf sums and lowest values; invalid cells are left out. */
function addLeaf(offset: number, lineCount: number, state: Uint8Array, base: Float64Array, leafSums: Float64Array, leafMins: Float64Array): void {
  for (let l = 0; l < lineCount; l++) {
    const s = state[offset + l];
    if (s === CELL.error || s === CELL.text || s === CELL.boolean || s === CELL.date) continue;
    const v = base[offset + l];
    leafSums[l] += v;
    if (v < leafMins[l]) leafMins[l] = v;
  }
}

/** The per-line lowest leaf values again, the leaves in `noPlace` left out (blank = 0, invalid left out, as `addLeaf`). */
function lowestOfPlaces(leaves: readonly number[], noPlace: ReadonlySet<number>, lineCount: number, state: Uint8Array, base: Float64Array, leafMins: Float64Array): void {
  leafMins.fill(Number.POSITIVE_INFINITY);
  for (const leaf of leaves) {
    if (noPlace.has(leaf)) continue;
    const offset = leaf * lineCount;
    for (let l = 0; l < lineCount; l++) {
      const s = state[offset + l];
      if (s === CELL.error || s === CELL.text || s === CELL.boolean || s === CELL.date) continue;
      if (base[offset + l] < leafMins[l]) leafMins[l] = base[offset + l];
    }
  }
}

/** What reading one area's row of value cells takes: the lines' columns and measures, and the arrays it fills. */
interface AreaRowReader {
  readonly lineCount: number;
  /** Sheet column of each table line. */
  readonly lineIndexes: Int32Array;
  /** Per line: 1 when its typed numbers are read as they are (no scale, not percent), else 0. */
  readonly asIs: Uint8Array;
  readonly measures: readonly LineMeasure[];
  readonly state: Uint8Array;
  readonly base: Float64Array;
  readonly leafSums: Float64Array;
  readonly leafMins: Float64Array;
  /** Per line: 1 once a typed number of it showed through a scaling format (`#,##0,,`). */
  readonly scaled: Uint8Array;
}

/**
 * Reads one area's row of value cells (areas as rows) into `state` and `base`
 * at `offset`; a leaf's cells are added to the leaf sums and lowest values as
 * they are read (invalid cells left out, blank as 0): the same additions in
 * the same order as `addLeaf` after the row. A function of its own, called
 * once per area, is made fast early in a check (not only once its loop has run long).
 * True when the row is plain (see `RuleContext.plainAreas`).
 */
function readAreaRow(reader: AreaRowReader, offset: number, leaf: boolean, rowValues: ReadonlyArray<CellValue>, rowFormats: ReadonlyArray<string | null | undefined> | undefined): boolean {
  const { lineCount, lineIndexes, asIs, measures, state, base, leafSums, leafMins } = reader;
  const number = CELL.number;
  // The format last looked at and what it does (a date, a scaling): a row's cells mostly share one format.
  let lastFormat: string | null | undefined;
  let lastFacts = 1;
  let plain = true;
  for (let l = 0; l < lineCount; l++) {
    const col = lineIndexes[l];
    const raw = rowValues[col];
    if (typeof raw === "number") {
      // A typed number (the common case): read here, unless its format shows a date.
      const format = rowFormats === undefined ? undefined : rowFormats[col];
      if (format !== undefined && format !== null) {
        if (format !== lastFormat) {
          lastFormat = format;
          lastFacts = formatFacts(format);
        }
        if (lastFacts !== 1) {
          // A date, or a number shown scaled (`#,##0,,`): read as `readCell` reads it.
          if (lastFacts > 1) reader.scaled[l] = 1;
          readOther(reader, offset, l, leaf, raw, format);
          plain = false;
          continue;
        }
      }
      const v = asIs[l] === 1 ? raw : typedNumberBase(raw, format, measures[l], 1);
      state[offset + l] = number;
      base[offset + l] = v;
      if (v < 0 || !Number.isInteger(v)) plain = false;
      if (!leaf) continue;
      leafSums[l] += v;
      if (v < leafMins[l]) leafMins[l] = v;
      continue;
    }
    if (raw !== undefined && raw !== null) {
      readOther(reader, offset, l, leaf, raw, rowFormats?.[col]);
      plain = false;
    } else if (leaf && 0 < leafMins[l]) leafMins[l] = 0; // blank: state 0, base 0, added as 0
  }
  return plain;
}

/**
 * A line whose leaves' typed numbers do not all show through one scaling
 * format (one commune of a triệu đồng column kept in đồng and shown as
 * millions by `#,##0,,`): Excel's own SUM adds the numbers kept, so the
 * line's cells are read as kept and the odd cell is the one told (a figure a
 * thousand or a million times its neighbours'), not the total that adds it.
 * Leaves alike and a total formatted otherwise: the total is the odd one, told
 * by its subtotal finding. `leaves`: the leaves whose sums were taken as the
 * rows were read, to take them again.
 */
function keepMixedScaling(
  sheet: {
    areas: readonly AreaEntry[];
    byRows: boolean;
    values: ReadonlyArray<ReadonlyArray<CellValue> | undefined>;
    formats: ReadonlyArray<ReadonlyArray<string | null | undefined> | undefined> | undefined;
    lineIndexes: readonly number[];
    measures: readonly LineMeasure[];
    reader: AreaRowReader;
  },
  l: number,
  leaves: readonly number[] | null,
): void {
  const { areas, byRows, values, formats, lineIndexes, measures, reader } = sheet;
  const { lineCount, state, base, leafSums, leafMins } = reader;
  let divisor = 0;
  let mixed = false;
  for (let a = 0; a < areas.length && !mixed; a++) {
    if (areas[a].kind !== "leaf" || state[a * lineCount + l] !== CELL.number) continue;
    const row = byRows ? areas[a].index : lineIndexes[l];
    const col = byRows ? lineIndexes[l] : areas[a].index;
    const d = formatDivisor(formats?.[row]?.[col]);
    if (divisor === 0) divisor = d;
    else if (d !== divisor) mixed = true;
  }
  if (!mixed) return;
  for (let a = 0; a < areas.length; a++) {
    const at = a * lineCount + l;
    if (areas[a].kind === "heading" || state[at] !== CELL.number) continue;
    const row = byRows ? areas[a].index : lineIndexes[l];
    const col = byRows ? lineIndexes[l] : areas[a].index;
    const raw = values[row]?.[col];
    if (typeof raw === "number") base[at] = typedNumberBase(raw, formats?.[row]?.[col], measures[l], 1);
  }
  if (leaves === null) return;
  leafSums[l] = 0;
  leafMins[l] = Number.POSITIVE_INFINITY;
  for (const a of leaves) {
    const s = state[a * lineCount + l];
    if (s === CELL.error || s === CELL.text || s === CELL.boolean || s === CELL.date) continue;
    const v = base[a * lineCount + l];
    leafSums[l] += v;
    if (v < leafMins[l]) leafMins[l] = v;
  }
}

/** `-`, `–`, `—` alone: "nothing here" in a leaf (0, as a blank), "zero" in a total that shows figures. */
function isDash(raw: CellValue | undefined): boolean {
  if (typeof raw !== "string" || raw.length > 8) return false;
  const text = raw.trim();
  return text === "-" || text === "–" || text === "—";
}

/**
 * A total or a group (not a heading) that shows figures on some lines and a
 * dash on others (counts and money; a rate's total is no sum): the dash is its figure, zero, as an accounting format shows
 * 0 — checked against its children like any typed subtotal, not left out as
 * a blank cell is. A row of dashes and blanks only is left as read (no figure).
 */
function dashedTotals(
  sheet: { areas: readonly AreaEntry[]; byRows: boolean; values: ReadonlyArray<ReadonlyArray<CellValue> | undefined>; lineIndexes: readonly number[] },
  measures: readonly LineMeasure[],
  state: Uint8Array,
  base: Float64Array,
): void {
  const { areas, byRows, values, lineIndexes } = sheet;
  const lineCount = measures.length;
  for (let a = 0; a < areas.length; a++) {
    const kind = areas[a].kind;
    if (kind === "leaf" || kind === "heading") continue;
    const offset = a * lineCount;
    let shows = false;
    for (let l = 0; l < lineCount && !shows; l++) shows = state[offset + l] === CELL.number || state[offset + l] === CELL.textNumber;
    if (!shows) continue;
    for (let l = 0; l < lineCount; l++) {
      // A rate's total is no sum: a dash there says nothing of it.
      if (state[offset + l] !== CELL.blank || measures[l].kind === "percent") continue;
      const raw = byRows ? values[areas[a].index]?.[lineIndexes[l]] : values[lineIndexes[l]]?.[areas[a].index];
      if (!isDash(raw)) continue;
      state[offset + l] = CELL.number;
      base[offset + l] = 0;
    }
  }
}

/** Reads a value cell that is not a plain typed number (text, error, boolean, a date) as `readAreaRow` does. */
function readOther(reader: AreaRowReader, offset: number, l: number, leaf: boolean, raw: CellValue, format: string | null | undefined): void {
  const reading = readCell(raw, format, reader.measures[l]);
  const s = reading.state;
  const v = reading.base;
  reader.state[offset + l] = s;
  reader.base[offset + l] = v;
  if (!leaf || s === CELL.error || s === CELL.text || s === CELL.boolean || s === CELL.date) return;
  reader.leafSums[l] += v;
  if (v < reader.leafMins[l]) reader.leafMins[l] = v;
}

/**
 * Reads every area's row of value cells (areas as rows) with `readAreaRow`,
 * marking the rows that are not plain and listing the leaves; returns the
 * grand total area, or null. A small function of its own: its loop is
 * compiled on its own (on-stack), soon, rather than with all of `buildRuleContext`.
 */
function readAreaRows(
  areas: readonly AreaEntry[],
  values: ReadonlyArray<ReadonlyArray<CellValue> | undefined>,
  formats: ReadonlyArray<ReadonlyArray<string | null | undefined> | undefined> | undefined,
  reader: AreaRowReader,
  plainAreas: Uint8Array,
  leaves: number[],
): number | null {
  const { lineCount, state, base, leafSums, leafMins } = reader;
  let grandTotal: number | null = null;
  for (let a = 0; a < areas.length; a++) {
    const area = areas[a];
    if (area.kind === "leaf") leaves.push(a);
    else if (area.kind === "total" && area.parent === null && grandTotal === null) grandTotal = a;
    if (area.kind === "heading") continue;
    const rowValues = values[area.index];
    if (rowValues !== undefined) {
      if (!readAreaRow(reader, a * lineCount, area.kind === "leaf", rowValues, formats?.[area.index])) plainAreas[a] = 0;
    }
    // A leaf without a row of values: its blank cells added to the leaf sums, as below.
    else if (area.kind === "leaf") addLeaf(a * lineCount, lineCount, state, base, leafSums, leafMins);
  }
  return grandTotal;
}

export function buildRuleContext(input: ContextInput): RuleContext {
  const { plan, table, sheet } = input;
  const areas = table.areas;
  const lines = table.lines;
  const areaCount = areas.length;
  const lineCount = lines.length;

  const planByCode = new Map<string, PlanLine>();
  const planChildren = new Map<string, PlanLine[]>();
  for (const line of plan.lines) if (!planByCode.has(line.code)) planByCode.set(line.code, line);
  for (const line of plan.lines) {
    if (line.parentCode === undefined || !planByCode.has(line.parentCode)) continue;
    const siblings = planChildren.get(line.parentCode) ?? [];
    siblings.push(line);
    planChildren.set(line.parentCode, siblings);
  }

  const lineByCode = new Map<string, number>();
  const sourceLines = new Map<number, number[]>();
  const linePlan: (PlanLine | null)[] = [];
  const lineKind: (IndicatorKind | null)[] = [];
  const lineUnit: QuantityUnit[] = [];
  const cellUnit: QuantityUnit[] = [];
  const scales = new Float64Array(lineCount);
  lines.forEach((line, index) => {
    const planLine = line.planCode !== null ? (planByCode.get(line.planCode) ?? null) : null;
    if (line.planCode !== null && planLine !== null && !lineByCode.has(line.planCode)) lineByCode.set(line.planCode, index);
    const sources = line.planCode !== null && lineByCode.get(line.planCode) === index ? sourceLineIndexes(lines, index) : null;
    if (sources !== null) sourceLines.set(index, sources);
    linePlan.push(planLine);
    const kind = planLine?.kind ?? line.kind ?? null;
    lineKind.push(kind);
    lineUnit.push(
      planLine !== null
        ? { kind: planLine.kind, scale: planLine.scale, unit: planLine.unit }
        : { kind: kind ?? "count", scale: line.scale, unit: line.unit },
    );
    scales[index] = effectiveScale(line, planLine);
    cellUnit.push(
      kind === "money" && line.unit !== undefined && line.kind === "money"
        ? { kind: "money", scale: line.scale, unit: line.unit }
        : lineUnit[lineUnit.length - 1],
    );
  });

  // One linear pass over every value cell.
  const size = areaCount * lineCount;
  const { state, base } = readingArrays(size, input.buffers);
  const byRows = table.orientation === "areas-as-rows";
  const values = sheet.values;
  const formats = sheet.numberFormats;
  const measures: LineMeasure[] = lines.map((line, l) => ({ kind: lineKind[l], scale: scales[l], ...(line.fractions === true ? { fractions: true } : {}) }));
  const lineIndexes = lines.map((line) => line.index);
  const numberState = CELL.number;
  // Per line: its cells are typed numbers read as they are (no scale, not percent), or not.
  const asIs = measures.map((measure) => measure.kind !== "percent" && measure.scale === 1);
  const leafSums = new Float64Array(lineCount);
  const leafMins = new Float64Array(lineCount).fill(Number.POSITIVE_INFINITY);
  // Per area: 1 until a cell of its row is read as other than blank or a whole, not negative typed number.
  const plainAreas = new Uint8Array(byRows ? areaCount : 0).fill(1);
  const rowReader: AreaRowReader = {
    lineCount,
    lineIndexes: Int32Array.from(lineIndexes),
    asIs: Uint8Array.from(asIs, Number),
    measures,
    state,
    base,
    leafSums,
    leafMins,
    scaled: new Uint8Array(lineCount),
  };
  const leaves: number[] = [];
  let grandTotal = byRows ? readAreaRows(areas, values, formats, rowReader, plainAreas, leaves) : null;
  for (let a = 0; !byRows && a < areaCount; a++) {
    // A heading carries no values of its own (it may even share the row of its
    // first child, as a district merged down a label column does): read as blank.
    if (areas[a].kind === "heading") continue;
    const areaIndex = areas[a].index;
    const rowValues = byRows ? values[areaIndex] : undefined;
    for (let l = 0; l < lineCount; l++) {
      const row = byRows ? areaIndex : lineIndexes[l];
      const col = byRows ? lineIndexes[l] : areaIndex;
      const raw = byRows ? rowValues?.[col] : values[row]?.[col];
      const at = a * lineCount + l;
      if (raw === undefined || raw === null) continue; // blank: state 0, base 0
      const format = formats?.[row]?.[col];
      const facts = format === undefined || format === null ? 1 : formatFacts(format);
      if (facts > 1) rowReader.scaled[l] = 1;
      if (typeof raw === "number" && facts !== DATE_FORMAT) {
        state[at] = numberState;
        base[at] = typedNumberBase(raw, format, measures[l], facts);
        continue;
      }
      const reading = readCell(raw, format, measures[l]);
      state[at] = reading.state;
      base[at] = reading.base;
    }
  }

  dashedTotals({ areas, byRows, values, lineIndexes }, measures, state, base);

  for (let l = 0; l < lineCount; l++) {
    if (rowReader.scaled[l] === 1) keepMixedScaling({ areas, byRows, values, formats, lineIndexes, measures, reader: rowReader }, l, byRows ? leaves : null);
  }

  // Leaves and the grand total: listed as the rows were read (areas as rows), else here.
  for (let index = 0; !byRows && index < areaCount; index++) {
    const area: AreaEntry = areas[index];
    if (area.kind === "leaf") leaves.push(index);
    else if (area.kind === "total" && area.parent === null && grandTotal === null) grandTotal = index;
  }

  // Per table line: sum and lowest of the leaves (blank = 0, invalid left out); added above when read by rows.
  for (let i = 0; !byRows && i < leaves.length; i++) addLeaf(leaves[i] * lineCount, lineCount, state, base, leafSums, leafMins);
  // A percent line's lowest value is its communes': the province's own share and the reserve left out, as the per-area rules do.
  const noPlace = noPlaceLeaves(table, sheet);
  if (noPlace.size > 0) lowestOfPlaces(leaves, noPlace, lineCount, state, base, leafMins);
  for (let l = 0; l < lineCount; l++) {
    if (leafMins[l] === Number.POSITIVE_INFINITY) leafMins[l] = Number.NaN;
    // Sums of decimal values (counts, percents, money split by formulas to a fraction of a đồng): drop float noise.
    leafSums[l] = withoutNoise(leafSums[l]);
  }

  return {
    plan,
    table,
    sheet,
    planSheet: input.planSheet ?? null,
    areaCount,
    lineCount,
    planByCode,
    planChildren,
    lineByCode,
    ...(sourceLines.size > 0 ? { sourceLines } : {}),
    linePlan,
    lineKind,
    lineUnit,
    cellUnit,
    scales,
    state,
    base,
    leaves,
    leafSums,
    leafMins,
    grandTotal,
    ...(byRows ? { plainAreas } : {}),
    ...(input.sheetYear !== undefined ? { sheetYear: input.sheetYear } : {}),
  };
}

/**
 * What a plan line was allocated, in base units: the leaf sum of its column
 * (the lowest leaf value for percent), or for a parent line without a column
 * of its own whose children are all mapped, the sum of their allocations.
 * Null when nothing in the table answers for the line.
 */
export function allocatedFor(context: RuleContext, code: string, seen: Set<string> = new Set()): number | null {
  const line = context.lineByCode.get(code);
  const planLine = context.planByCode.get(code);
  if (planLine === undefined) return null;
  if (line !== undefined) {
    if (planLine.kind === "percent") {
      const min = context.leafMins[line];
      return Number.isNaN(min) ? null : min;
    }
    const sources = context.sourceLines?.get(line);
    if (sources === undefined) return context.leafSums[line];
    let sum = 0;
    for (const source of sources) sum += context.leafSums[source];
    return sum;
  }
  if (planLine.kind === "percent" || seen.has(code)) return null;
  const children = context.planChildren.get(code);
  if (children === undefined || children.length === 0) return null;
  seen.add(code);
  let sum = 0;
  for (const child of children) {
    const value = allocatedFor(context, child.code, seen);
    if (value === null) return null;
    sum += value;
  }
  return sum;
}

/** True when a plan line has a table line, or is a parent whose children all do (recursively). */
export function isMapped(context: RuleContext, code: string, seen: Set<string> = new Set()): boolean {
  if (context.lineByCode.has(code)) return true;
  if (seen.has(code)) return false;
  seen.add(code);
  const children = context.planChildren.get(code);
  return children !== undefined && children.length > 0 && children.every((child) => isMapped(context, child.code, seen));
}
