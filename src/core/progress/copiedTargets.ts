/**
 * `plan-copy` on a period sheet that splits each line into the target copied
 * and what was done (`Tổ truyền thông` over `Kế hoạch` | `Thực hiện`): the
 * copied column's grand total is the plan's target. It is told where that
 * cell differs from the plan while the areas' copied figures add up to the
 * plan's target — the total alone copied wrong, one finding at its cell. A
 * column whose areas add up to another figure (one year's plan, a copy of
 * another split) is left alone.
 *
 * Each area's figure in that column is its share of the plan: its allocation
 * (CONTRACT §7 is silent on the areas; a finance officer reads a copied
 * area's target against the allocation sheet). With the column's total on
 * the plan's target, the allocation's areas adding up to it, and the
 * column's areas not (a subtotal over them off), the one or two areas whose
 * copy differs from their allocation are the copies typed wrong: one
 * `plan-copy` warning at each such cell, its allocation expected. Where more
 * differ, or an area matches no allocation row, nothing is told.
 *
 * The total may follow such a copy (a `SUM`, or typed as the areas add up):
 * the column's total is then off the plan's target and equal to its areas.
 * A typed total is a copy of the target that differs from it (CONTRACT §7),
 * so it is told at its cell, the plan's target expected, naming the areas it
 * follows; and the one or two areas whose copy differs from their
 * allocation are told as above, as the cells to fix. A total that is a
 * formula over the areas is no typed cell and no cause (CONTRACT §3, one
 * cause one finding; §7, the finding at the typed cell): only the areas'
 * copies are told, their message saying the total follows them. A column
 * whose areas differ from the allocation in more places (one year's plan)
 * is left alone.
 *
 * The total may be off by more than those copies explain (the areas add up
 * to neither it nor the plan's target): typed wrong on its own as well. Two
 * causes, each told once at its cell: the typed total against the plan's
 * target, and the wrong copies against their allocations.
 */
import type { Finding } from "../model/finding";
import type { Plan, PlanLine } from "../model/plan";
import { a1, cellPlace } from "../model/address";
import { localized } from "../model/text";
import { cellFormula, cellValue } from "../model/workbook";
import { isNumericState, readCell, CELL } from "../cells/readCell";
import { cellPosition, type RuleContext } from "../rules/context";
import { standing } from "../rules/compare";
import { makeFinding } from "../rules/finding";
import { formatAmount } from "../text/format";
import type { CopiedTargetColumn } from "./subColumns";

/** How many areas' copies may differ from their allocations for each to be told as a copy typed wrong. */
const FEW_AREAS = 2;

export function copiedTargetFindings(context: RuleContext, plan: Plan, columns: readonly CopiedTargetColumn[], areas?: AreaCopies): Finding[] {
  const grand = context.grandTotal;
  if (columns.length === 0 || grand === null) return [];
  const byRows = context.table.orientation === "areas-as-rows";
  const out: Finding[] = [];
  for (const { code, index } of columns) {
    const planLine = plan.lines.find((entry) => entry.code === code);
    const l = context.table.lines.findIndex((entry) => entry.planCode === code);
    if (planLine === undefined || l < 0 || planLine.kind === "percent") continue;
    const measure = { kind: context.lineKind[l], scale: context.scales[l] };
    const read = (area: number) => {
      const row = byRows ? context.table.areas[area].index : index;
      const col = byRows ? index : context.table.areas[area].index;
      return { reading: readCell(cellValue(context.sheet, row, col), context.sheet.numberFormats?.[row]?.[col], measure), row, col };
    };
    const total = read(grand);
    if (!isNumericState(total.reading.state)) continue;
    const slips = areas === undefined ? null : areaSlips(context, areas, planLine, read);
    if (standing(total.reading.base, planLine.target) === "equal") {
      // The column's areas off the total (a subtotal over them off), by a few areas' copies alone.
      if (slips !== null && standing(slips.sum, planLine.target) !== "equal") out.push(...slipFindings(context, areas!, planLine, slips.differ, null));
      continue;
    }
    // The total following the areas' copies, a few of them off their allocations: the copies it follows, and the total
    // when it was typed (a formula over the areas is no cell to fix: its copies' findings say it follows them).
    // Or off by more than those copies explain (typed off on its own as well): two causes, each told at its own cell —
    // the total against the plan when typed, the copies against their allocations.
    if (slips !== null && (standing(slips.sum, total.reading.base) === "equal" || standing(slips.sum, planLine.target) !== "equal")) {
      const typed = cellFormula(context.sheet, total.row, total.col) === undefined;
      const follows = standing(slips.sum, total.reading.base) === "equal";
      const shown = { value: total.reading.base, cell: a1(total.row, total.col), typed, follows, sum: slips.sum };
      if (typed) out.push(offTotalFinding(context, planLine, total, slips.differ, shown));
      out.push(...slipFindings(context, areas!, planLine, slips.differ, shown));
      continue;
    }
    let sum = 0;
    let usable = true;
    for (const leaf of context.leaves) {
      const { reading } = read(leaf);
      if (isNumericState(reading.state)) sum += reading.base;
      else if (reading.state !== CELL.blank) usable = false;
    }
    if (!usable || standing(sum, planLine.target) !== "equal") continue;
    const f = (value: number, lang: "vi" | "en") => formatAmount(value, planLine, lang);
    out.push(
      makeFinding({
        rule: "plan-copy",
        severity: "warning",
        sheet: context.sheet.name,
        at: { row: total.row, col: total.col },
        indicator: code,
        expected: planLine.target,
        actual: total.reading.base,
        message: localized(
          `Kế hoạch của "${planLine.name}" chép ở dòng tổng là ${f(total.reading.base, "vi")}, nhưng kế hoạch giao ${f(planLine.target, "vi")} (các địa bàn bên dưới cộng lại đúng ${f(sum, "vi")}).`,
          `The plan target of "${planLine.name}" copied on the total row is ${f(total.reading.base, "en")}, but the plan sets ${f(planLine.target, "en")} (the areas under it add up to ${f(sum, "en")}).`,
        ),
      }),
    );
  }
  return out;
}

/** The allocation sheet's context, and per area of the results sheet the allocation's area it is (-1 for none). */
export interface AreaCopies {
  readonly allocation: RuleContext;
  readonly areaMatch: Int32Array;
}

type CopyRead = (area: number) => { reading: ReturnType<typeof readCell>; row: number; col: number };

/** An area's copy that differs from its allocation: the area, its allocation row, both figures and the copy's cell. */
interface Slip {
  readonly leaf: number;
  readonly match: number;
  readonly copy: number;
  readonly allocated: number;
  readonly row: number;
  readonly col: number;
}

/**
 * The areas' copies in the column that differ from their allocations, with
 * the column's areas' sum; null when the allocation's areas do not add up to
 * the plan's target, a cell is unusable, an area with a figure matches no
 * allocation row, or none, or more than a few, differ.
 */
function areaSlips(context: RuleContext, { allocation, areaMatch }: AreaCopies, planLine: PlanLine, read: CopyRead): { differ: Slip[]; sum: number } | null {
  const line = allocation.lineByCode.get(planLine.code);
  if (line === undefined || allocation.sourceLines?.has(line) === true) return null;
  // The allocation's areas add up to the plan's target: each area's share of it is its allocation.
  if (standing(allocation.leafSums[line], planLine.target) !== "equal") return null;
  let sum = 0;
  const differ: Slip[] = [];
  for (const leaf of context.leaves) {
    const copy = read(leaf);
    const match = areaMatch[leaf];
    const state = copy.reading.state;
    if (state !== CELL.blank && !isNumericState(state)) return null;
    const value = state === CELL.blank ? 0 : copy.reading.base;
    if (match < 0) {
      if (value !== 0) return null;
      continue;
    }
    const at = match * allocation.lineCount + line;
    if (allocation.state[at] !== CELL.blank && !isNumericState(allocation.state[at])) return null;
    sum += value;
    const allocated = allocation.base[at];
    if (standing(value, allocated) !== "equal") differ.push({ leaf, match, copy: value, allocated, row: copy.row, col: copy.col });
  }
  if (differ.length === 0 || differ.length > FEW_AREAS || differ.length * 2 >= context.leaves.length) return null;
  return { differ, sum };
}

/**
 * The column's total off the plan's target beside a few areas' wrong copies:
 * the plan's target expected at its cell. It either adds up the areas
 * (`follows`), or is off by more than they explain, typed wrong as well.
 */
function offTotalFinding(context: RuleContext, planLine: PlanLine, total: ReturnType<CopyRead>, differ: readonly Slip[], shown: ShownTotal): Finding {
  const f = (value: number, lang: "vi" | "en") => formatAmount(value, planLine, lang);
  const labels = differ.map(({ leaf }) => context.table.areas[leaf].label).join(", ");
  const vi = shown.follows
    ? `dòng tổng cộng theo các địa bàn, mà kế hoạch chép cho ${labels} khác biểu phân bổ.`
    : `các địa bàn bên dưới cộng lại ${f(shown.sum, "vi")} (kế hoạch chép cho ${labels} khác biểu phân bổ), nên dòng tổng lệch cả với các địa bàn của nó.`;
  const en = shown.follows
    ? `the total adds up the areas, and the copy for ${labels} differs from the allocation sheet.`
    : `the areas under it add up to ${f(shown.sum, "en")} (the copy for ${labels} differs from the allocation sheet), so the total is off its own areas as well.`;
  return makeFinding({
    rule: "plan-copy",
    severity: "warning",
    sheet: context.sheet.name,
    at: { row: total.row, col: total.col },
    indicator: planLine.code,
    expected: planLine.target,
    actual: total.reading.base,
    message: localized(
      `Kế hoạch của "${planLine.name}" chép ở dòng tổng là ${f(total.reading.base, "vi")}, nhưng kế hoạch giao ${f(planLine.target, "vi")}: ${vi}`,
      `The plan target of "${planLine.name}" copied on the total row is ${f(total.reading.base, "en")}, but the plan sets ${f(planLine.target, "en")}: ${en}`,
    ),
  });
}

/** The column's total off the plan's target: its figure, its cell, whether it was typed (else a formula), whether it adds up the areas, and their sum. */
interface ShownTotal {
  readonly value: number;
  readonly cell: string;
  readonly typed: boolean;
  readonly follows: boolean;
  readonly sum: number;
}

/** One `plan-copy` warning per area copy that differs from its allocation; `followed` is the column's total when off the plan's target, null when it keeps it. */
function slipFindings(context: RuleContext, { allocation }: AreaCopies, planLine: PlanLine, differ: readonly Slip[], followed: ShownTotal | null): Finding[] {
  const line = allocation.lineByCode.get(planLine.code)!;
  const f = (value: number, lang: "vi" | "en") => formatAmount(value, planLine, lang);
  const allocationSheet = allocation.table.sheet;
  const totalVi = followed === null
    ? `dòng tổng của cột vẫn đúng kế hoạch ${f(planLine.target, "vi")}, nên các địa bàn cộng lại không khớp với dòng tổng.`
    : !followed.follows
      ? `dòng tổng của cột (${followed.cell}) là ${f(followed.value, "vi")}, khác cả kế hoạch ${f(planLine.target, "vi")} lẫn tổng các địa bàn ${f(followed.sum, "vi")}.`
      : followed.typed
      ? `dòng tổng của cột cộng theo nên cũng lệch: ${f(followed.value, "vi")} thay vì kế hoạch ${f(planLine.target, "vi")}.`
      : `dòng tổng của cột (${followed.cell}, công thức) cộng theo nên cũng lệch: ${f(followed.value, "vi")} thay vì kế hoạch ${f(planLine.target, "vi")}; sửa ô này thì dòng tổng tự đúng.`;
  const totalEn = followed === null
    ? `the column's total still shows the plan's ${f(planLine.target, "en")}, so its areas do not add up to it.`
    : !followed.follows
      ? `the column's total (${followed.cell}) shows ${f(followed.value, "en")}, off both the plan's ${f(planLine.target, "en")} and its areas' ${f(followed.sum, "en")}.`
      : followed.typed
      ? `the column's total adds it up, so it is off too: ${f(followed.value, "en")} instead of the plan's ${f(planLine.target, "en")}.`
      : `the column's total (${followed.cell}, a formula) adds it up, so it is off too: ${f(followed.value, "en")} instead of the plan's ${f(planLine.target, "en")}; fixing this cell puts the total right.`;
  return differ.map(({ leaf, match, copy, allocated, row, col }) => {
    const label = context.table.areas[leaf].label;
    const { row: aRow, col: aCol } = cellPosition(allocation, match, line);
    const source = cellPlace(allocationSheet, a1(aRow, aCol));
    return makeFinding({
      rule: "plan-copy",
      severity: "warning",
      sheet: context.sheet.name,
      at: { row, col },
      indicator: planLine.code,
      area: label,
      expected: allocated,
      actual: copy,
      message: localized(
        `Kế hoạch của "${planLine.name}" chép cho ${label} là ${f(copy, "vi")}, nhưng biểu phân bổ giao cho địa bàn này ${f(allocated, "vi")} (${source}); ${totalVi}`,
        `The plan target of "${planLine.name}" copied for ${label} is ${f(copy, "en")}, but the allocation sheet gives this area ${f(allocated, "en")} (${source}); ${totalEn}`,
      ),
    });
  });
}
