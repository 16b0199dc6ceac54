/**
 * A block repeating the areas read above it under a heading of its own
 * (`B. VỐN ĐẦU TƯ` over the same communes), with no total row of its own and
 * no blank row between, is read on into the table by default: two funds of
 * one plan add up. When the plan's figures say otherwise — on every line the
 * later blocks fill, the blocks added go past the plan's target while the
 * first block alone comes nearer to it, or as near with each block alone
 * within it (a copy, last year's figures) — the
 * later blocks are another table: left out of the reading, and said. A grand
 * total on the sheet that shows the blocks' sum keeps them one table.
 */
import type { Plan } from "../model/plan";
import type { AreaEntry, LineEntry } from "../model/table";
import type { Grid } from "./grid";
import type { TableBlock } from "./tableBlock";
import { numberOf, same } from "./areaScore";
import { isBlank } from "./cells";

/** Where the later blocks start (the first repeated block's heading) and the plan lines the blocks added would go past. */
export interface BlockCut {
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly codes: readonly string[];
}

/** The plan lines of the table, each with the columns whose sum per area is the line (its sources, or its own column), and its target in the cells' unit. */
function summedLines(lines: readonly LineEntry[], plan: Plan): { code: string; cols: readonly number[]; target: number }[] {
  const out = new Map<string, { code: string; cols: readonly number[]; target: number }>();
  for (const line of lines) {
    if (line.planCode === null || line.kind === "percent" || line.scale <= 0 || out.has(line.planCode)) continue;
    const planLine = plan.lines.find((l) => l.code === line.planCode);
    if (planLine === undefined || planLine.kind === "percent" || !(planLine.target > 0)) continue;
    out.set(line.planCode, { code: line.planCode, cols: line.sources ?? [line.index], target: planLine.target / line.scale });
  }
  return [...out.values()];
}

/**
 * Where to cut the table read with its repeated blocks (areas as rows), or
 * null to read them on: see the module's note.
 */
export function repeatedBlockCut(
  grid: Grid,
  blocks: readonly { readonly row: number; readonly col: number; readonly text: string }[],
  areas: readonly AreaEntry[],
  lines: readonly LineEntry[],
  plan: Plan,
): BlockCut | null {
  if (blocks.length === 0) return null;
  const cut = blocks[0];
  const summed = summedLines(lines, plan);
  if (summed.length === 0) return null;
  const value = (row: number, cols: readonly number[]): number => {
    let sum = 0;
    for (const col of cols) {
      const n = numberOf(grid.value(row, col));
      if (Number.isFinite(n)) sum += n;
    }
    return sum;
  };
  const codes: string[] = [];
  for (const { code, cols, target } of summed) {
    let first = 0;
    let later = 0;
    for (const area of areas) {
      if (area.kind !== "leaf") continue;
      if (area.index < cut.row) first += value(area.index, cols);
      else later += value(area.index, cols);
    }
    if (later === 0) continue;
    const whole = first + later;
    // The sheet's own grand total showing the blocks' sum: one table, read whole.
    const total = areas.find((area) => area.kind === "total");
    if (total !== undefined && cols.some((col) => !isBlank(grid.value(total.index, col))) && same(value(total.index, cols), whole)) return null;
    if (!(whole > target && !same(whole, target) && nearerAlone(first, later, whole, target))) return null;
    codes.push(code);
  }
  return codes.length > 0 ? { ...cut, codes } : null;
}

/**
 * The first block alone comes nearer to the target than the blocks added —
 * or as near, each block alone within the target (`8 + 8` against 12): each
 * then reads as a whole allocation of the plan, which the sum breaks; two
 * parts of one allocation would not each stop short by what the sum goes over.
 */
function nearerAlone(first: number, later: number, whole: number, target: number): boolean {
  const alone = Math.abs(first - target);
  const added = Math.abs(whole - target);
  if (alone < added) return true;
  return same(alone, added) && first <= target && later <= target;
}

/** `block` ending before the cut's heading, the rows from it on another table (untitled, not read). */
export function cutBlock(block: TableBlock, grid: Grid, cut: BlockCut): TableBlock {
  let end = cut.row - 1;
  while (end > block.bodyStart && rowBlank(grid, end, block.left, block.right)) end--;
  const { repeatedBlocks: _blocks, ...rest } = block;
  return { ...rest, bodyEnd: end, next: { row: cut.row, col: cut.col, text: cut.text, untitled: true, overPlan: cut.codes } };
}

function rowBlank(grid: Grid, row: number, left: number, right: number): boolean {
  for (let col = left; col <= right; col++) if (!isBlank(grid.value(row, col))) return false;
  return true;
}
