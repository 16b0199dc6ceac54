/**
 * The leaves of a table that are no place: the province's own share or the
 * reserve (`Cấp tỉnh`, `Văn phòng Hội`, `Dự phòng`), or an adjustment row
 * (`Điều chỉnh giảm`, `Tăng`). Their money counts in the totals, but no
 * per-area quota or rate is theirs, and a percent line's lowest value is its
 * communes'. Decided once per table, here, for the rules, the line's
 * allocation and the summary alike.
 *
 * A bare `Tăng` / `Giảm` is also a commune's name. It is that commune where the
 * plan's list names it, or, without a list, where it holds figures as its
 * sibling communes do — a figure on every line all of them fill, two lines at
 * least (the one line of a table of one, among its own group's communes),
 * none negative — and the total over it does not take it away: an
 * adjustment moves a line or two, a commune is allocated every line. In a
 * table of one line that one figure tells little: a plan whose list names
 * the communes beside it but not it, or a typed group figure that adds up
 * the communes without it, makes it an increase written under them.
 */
import type { AllocationTable, AreaEntry } from "../model/table";
import { cellValue, type CellValue, type SheetData } from "../model/workbook";
import { isBareAdjustmentWord, isOwnShare, mayBeOwnShare } from "../text/ownShare";

const cache = new WeakMap<AllocationTable, ReadonlySet<number>>();
/** Per table: the bare `Tăng` / `Giảm` leaves read as communes by their figures alone (no area list naming them). */
const guessed = new WeakMap<AllocationTable, readonly number[]>();

/**
 * The leaves labelled a bare `Tăng` / `Giảm` that `noPlaceLeaves` took for
 * communes by their figures alone (the plan lists no areas): a guess the
 * reading says out loud. Empty before `noPlaceLeaves` ran on the table.
 */
export function communesNamedLikeAdjustments(table: AllocationTable): readonly number[] {
  return guessed.get(table) ?? [];
}

/** Indexes into `table.areas` of the leaves that are the province's own share, the reserve or an adjustment. */
export function noPlaceLeaves(table: AllocationTable, sheet: SheetData): ReadonlySet<number> {
  let out = cache.get(table);
  if (out === undefined) {
    const found = new Set<number>();
    const communes: number[] = [];
    // An index loop: a callback per area stays slow in a pass made once over 100 000 areas.
    const areas = table.areas;
    for (let a = 0; a < areas.length; a++) {
      const area = areas[a];
      if (area.kind !== "leaf" || !mayBeOwnShare(area.key) || !isOwnShare(area.label)) continue;
      // A bare `Tăng` / `Giảm` the plan's list names (read by it), or allocated as its siblings are, is a commune of that name.
      if (isBareAdjustmentWord(area.label) && area.evidence === "area-list") continue;
      if (isBareAdjustmentWord(area.label) && allocatedLikeSiblings(table, sheet, a)) {
        communes.push(a);
        continue;
      }
      found.add(a);
    }
    out = found;
    if (communes.length > 0) guessed.set(table, communes);
    cache.set(table, out);
  }
  return out;
}

/** A cell holding something (a number, text, an error), not blank. */
function filled(value: CellValue): boolean {
  return value !== null && !(typeof value === "string" && value.trim() === "");
}

function negative(value: CellValue): boolean {
  return typeof value === "number" ? value < 0 : typeof value === "string" && /^\s*[-–−(]/.test(value);
}

function valueOf(table: AllocationTable, sheet: SheetData, area: AreaEntry, line: number): CellValue {
  const at = table.lines[line].index;
  return table.orientation === "areas-as-rows" ? cellValue(sheet, area.index, at) : cellValue(sheet, at, area.index);
}

/** The leaves of a group that are no own share, `a` left out. */
function leafChildren(table: AllocationTable, group: AreaEntry, a: number): number[] {
  const areas = table.areas;
  return group.children.filter((s) => s !== a && areas[s].kind === "leaf" && !isOwnShare(areas[s].label));
}

/**
 * Whether the leaf `a` holds figures as its sibling leaves (the other leaves
 * of its group that are no own share; read under the total right after a
 * district's communes, theirs) do: on every line they all fill, at
 * least two, and none negative; and its group's figure, where it has one,
 * does not take the leaf's figure away from the siblings' sum.
 */
function allocatedLikeSiblings(table: AllocationTable, sheet: SheetData, a: number): boolean {
  const areas = table.areas;
  const area = areas[a];
  if (area.parent === null) return false;
  let parent = areas[area.parent];
  let siblings = leafChildren(table, parent, a);
  // Read beside the districts (no figure of their own told where it belongs), right after a district's communes: theirs.
  const before = a > 0 ? areas[a - 1] : undefined;
  const own = siblings.length > 0;
  if (siblings.length === 0 && before !== undefined && before.kind === "leaf" && before.parent !== null && before.parent !== area.parent) {
    parent = areas[before.parent];
    siblings = leafChildren(table, parent, a);
  }
  if (siblings.length === 0) return false;
  // A table of one line: its one figure, among the communes of its own group (not only read after them), is enough.
  let lines = 0;
  for (const line of table.lines) if (!line.isTotal) lines++;
  if (lines === 1 && !own) return false;
  // One line tells little: a plan that lists its areas (the siblings read by it) and not this one says it is no commune.
  if (lines === 1 && siblings.some((s) => areas[s].evidence === "area-list")) return false;
  let common = 0;
  for (let line = 0; line < table.lines.length; line++) {
    if (table.lines[line].isTotal) continue;
    const own = valueOf(table, sheet, area, line);
    if (negative(own)) return false;
    if (!siblings.every((s) => filled(valueOf(table, sheet, areas[s], line)))) continue;
    if (!filled(own)) return false;
    common++;
    // The group's figure is the siblings' less this one: a decrease typed as a positive figure.
    const total = parent.kind === "heading" ? null : valueOf(table, sheet, parent, line);
    const held = typeof own === "number" ? own : 0;
    if (typeof total !== "number" || held === 0) continue;
    let sum = 0;
    for (const s of siblings) {
      const v = valueOf(table, sheet, areas[s], line);
      sum += typeof v === "number" ? v : 0;
    }
    if (Math.abs(total - (sum - held)) < 1e-9 && Math.abs(total - (sum + held)) > 1e-9) return false;
    // One line: a group's figure that is its other communes' sum leaves it out — an increase written under them.
    if (lines === 1 && Math.abs(total - sum) < 1e-9 && Math.abs(total - (sum + held)) > 1e-9) return false;
  }
  return common >= Math.min(2, lines);
}
