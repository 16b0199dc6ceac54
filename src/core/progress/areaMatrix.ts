/**
 * The area matrix (`AreaMatrix`) built sheet by sheet. Where each entry's
 * latest cell sits — the area and line on the latest period sheet that
 * reports it — is kept per sheet rather than per entry while every sheet maps
 * its leaves one to one onto the allocation's (the usual case: a results sheet
 * laid out like the allocation): the entry's latest sheet and that sheet's
 * map then give the same area and line the per-entry arrays held, without
 * two arrays of 100 000 areas × 30 lines. A sheet mapping two of its leaves
 * to one allocation area makes them per-entry arrays again, from then on.
 */
import { CELL } from "../cells/readCell";
import type { RuleContext } from "../rules/context";
import type { PeriodSheetReading } from "./periodSheets";
import type { AreaMatrix } from "./types";

/** Per period sheet: allocation area → its leaf there, allocation line → its line there (-1 for none). */
interface SheetMap {
  readonly area: Int32Array;
  readonly line: Int32Array;
}

export class AreaMatrixBuilder {
  readonly lineCount: number;
  readonly achieved: Float64Array;
  readonly seen: Uint8Array;
  readonly latestSheet: Int16Array;
  /** Per entry: the first area of a figure merged over several areas' cells on a period sheet (that area itself too), -1 elsewhere; made at the first such merge. */
  joint: Int32Array | null = null;
  /** Per entry: 1 where a period sheet's cell is unusable (text, an error value): its figure is missing there. Made at the first such cell. */
  unusable: Uint8Array | null = null;
  private readonly maps: SheetMap[] = [];
  /** The per-entry arrays, once a sheet does not map one to one (or once asked for). */
  private latestArea: Int32Array | null = null;
  private latestLine: Int32Array | null = null;

  constructor(allocation: RuleContext) {
    this.lineCount = allocation.lineCount;
    const size = allocation.areaCount * this.lineCount;
    this.achieved = new Float64Array(size);
    this.seen = new Uint8Array(size);
    this.latestSheet = new Int16Array(size).fill(-1);
  }

  /** Adds one period sheet's leaves (the `s`-th sheet in time order), while its reading is current; not its lines of the codes `skip` gives. */
  add(reading: PeriodSheetReading, s: number, allocation: RuleContext, skip?: ReadonlySet<string>): void {
    const { lineCount, achieved, seen, latestSheet } = this;
    const context = reading.context;
    const { state, base } = context;
    const blank = CELL.blank;
    const number = CELL.number;
    const textNumber = CELL.textNumber;
    // Results line → allocation line (by plan code), -1 when the allocation has none.
    const toAllocation = context.table.lines.map((line) => (line.planCode === null || skip?.has(line.planCode) === true ? -1 : (allocation.lineByCode.get(line.planCode) ?? -1)));
    const firstOfCode = new Set<number>();
    const lines: number[] = [];
    const targets: number[] = [];
    toAllocation.forEach((target, l) => {
      if (target < 0 || firstOfCode.has(target)) return;
      firstOfCode.add(target);
      // A line split by funding source with no total of its own: every source adds into the line's entry.
      for (const source of context.sourceLines?.get(l) ?? [l]) {
        lines.push(source);
        targets.push(target);
      }
    });
    const from = Int32Array.from(lines);
    const to = Int32Array.from(targets);
    const map = this.sheetMap(reading, from, to, allocation);
    if (map === null) this.perEntry();
    else this.maps[s] = map;
    if (reading.sheetMerges.length > 0) this.addJoint(reading, from, to);
    const latestArea = this.latestArea;
    const latestLine = this.latestLine;
    const { leaves, lineCount: sheetLineCount } = context;
    const areaMatch = reading.areaMatch;
    for (let i = 0; i < leaves.length; i++) {
      const area = leaves[i];
      const match = areaMatch[area];
      if (match < 0) continue;
      const offset = area * sheetLineCount;
      const target = match * lineCount;
      for (let k = 0; k < from.length; k++) {
        const l = from[k];
        const cell = state[offset + l];
        if (cell !== blank && cell !== number && cell !== textNumber) {
          (this.unusable ??= new Uint8Array(achieved.length))[target + to[k]] = 1;
          continue;
        }
        const at = target + to[k];
        achieved[at] += base[offset + l];
        seen[at] = 1;
        latestSheet[at] = s;
      }
      if (latestArea === null || latestLine === null) continue;
      // Per-entry arrays: the same cells again, for their area and line here (a line's first source of several).
      let written = -1;
      for (let k = 0; k < from.length; k++) {
        const l = from[k];
        const cell = state[offset + l];
        if (cell !== blank && cell !== number && cell !== textNumber) continue;
        const at = target + to[k];
        if (at === written) continue;
        written = at;
        latestArea[at] = area;
        latestLine[at] = l;
      }
    }
  }

  /**
   * A figure merged down (across) the cells of several leaves on a line (`Kinh
   * phí` of two communes done together): Excel keeps it in the first cell, so
   * those leaves are one joint area on that line, judged on their allocations
   * together, not the first on all of it and the others on none.
   */
  private addJoint(reading: PeriodSheetReading, from: Int32Array, to: Int32Array): void {
    const context = reading.context;
    const byRows = context.table.orientation === "areas-as-rows";
    const leafAt = new Map<number, number>();
    for (const leaf of context.leaves) leafAt.set(context.table.areas[leaf].index, leaf);
    for (const merge of reading.sheetMerges) {
      const [first, last] = byRows ? [merge.top, merge.bottom] : [merge.left, merge.right];
      if (first === last) continue;
      const covered: number[] = [];
      for (let i = first; i <= last; i++) {
        const leaf = leafAt.get(i);
        if (leaf !== undefined && reading.areaMatch[leaf] >= 0) covered.push(reading.areaMatch[leaf]);
      }
      if (covered.length < 2) continue;
      for (let k = 0; k < from.length; k++) {
        const index = context.table.lines[from[k]].index;
        if (index < (byRows ? merge.left : merge.top) || index > (byRows ? merge.right : merge.bottom)) continue;
        this.joint ??= new Int32Array(this.achieved.length).fill(-1);
        for (const area of covered) this.joint[area * this.lineCount + to[k]] = covered[0];
      }
    }
  }

  /** The sheet's map when it maps its leaves one to one, else null. */
  private sheetMap(reading: PeriodSheetReading, from: Int32Array, to: Int32Array, allocation: RuleContext): SheetMap | null {
    if (this.latestArea !== null) return null;
    const area = new Int32Array(allocation.areaCount).fill(-1);
    const leaves = reading.context.leaves;
    for (let i = 0; i < leaves.length; i++) {
      const leaf = leaves[i];
      const match = reading.areaMatch[leaf];
      if (match < 0) continue;
      if (area[match] !== -1) return null;
      area[match] = leaf;
    }
    const line = new Int32Array(this.lineCount).fill(-1);
    // A line's first source (of several adding into it) is its cell.
    for (let k = 0; k < from.length; k++) if (line[to[k]] === -1) line[to[k]] = from[k];
    return { area, line };
  }

  /** The per-entry arrays, filled from the sheets' maps so far. */
  private perEntry(): void {
    if (this.latestArea !== null) return;
    const { lineCount, latestSheet } = this;
    const latestArea = new Int32Array(latestSheet.length).fill(-1);
    const latestLine = new Int32Array(latestSheet.length).fill(-1);
    for (let at = 0; at < latestSheet.length; at++) {
      const s = latestSheet[at];
      if (s < 0) continue;
      const map = this.maps[s];
      latestArea[at] = map.area[Math.floor(at / lineCount)];
      latestLine[at] = map.line[at % lineCount];
    }
    this.latestArea = latestArea;
    this.latestLine = latestLine;
    this.maps.length = 0;
  }

  /** The latest sheet's area and line of entry `at`, -1 where no sheet reports it. */
  latestCell(at: number): { readonly area: number; readonly line: number } {
    if (this.latestArea !== null && this.latestLine !== null) return { area: this.latestArea[at], line: this.latestLine[at] };
    const s = this.latestSheet[at];
    if (s < 0) return { area: -1, line: -1 };
    const map = this.maps[s];
    return { area: map.area[Math.floor(at / this.lineCount)], line: map.line[at % this.lineCount] };
  }

  /** The matrix; its per-entry `latestArea` and `latestLine` are made only if asked for. */
  finish(ordered: readonly PeriodSheetReading[]): AreaMatrix {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const builder = this;
    return {
      lineCount: this.lineCount,
      achieved: this.achieved,
      seen: this.seen,
      latestSheet: this.latestSheet,
      get latestArea(): Int32Array {
        builder.perEntry();
        return builder.latestArea!;
      },
      get latestLine(): Int32Array {
        builder.perEntry();
        return builder.latestLine!;
      },
      latestCell: (at) => builder.latestCell(at),
      ...(this.joint !== null ? { joint: this.joint } : {}),
      ...(this.unusable !== null ? { unusable: this.unusable } : {}),
      sheets: ordered.map((r) => ({ sheet: r.sheet, table: r.table })),
    };
  }
}
