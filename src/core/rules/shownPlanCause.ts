/**
 * One cause, one finding where the sheet's typed figures show the plan: the
 * grand total holds the plan's figure on a line (a sheet with no grand total:
 * its districts' typed subtotals add up to it), and a typed subtotal (a
 * district's, or the grand total right over the communes; or a SUM over them
 * whose saved value was not recalculated) agrees with the plan too but not
 * with the communes under it. Either a commune was typed
 * wrong (which one, no figure tells) or the subtotal was; the plan line's
 * `ceiling`, counted from the communes, is off by exactly the subtotals'
 * gaps and says nothing more. When the subtotals still told on the line
 * account for the line's whole gap, and nothing else is told on it, the
 * ceiling is let go: each subtotal's finding is the one finding, at the cell
 * whose disagreement the user sees, naming the plan comparison and what the
 * communes add up to against the plan. Where the check also tells repeated
 * or missing rows, the line's gap is that of every lowest typed total
 * against its communes, each told or holding such a row. Runs after every other cause step,
 * so that a step naming the cell itself (a quota break, a figure in another
 * unit, a `1.500` read the other way) has had its say.
 */
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { allocatedFor, type RuleContext } from "./context";
import { difference, standing, verdict } from "./compare";
import { ceilingMessage } from "./ceiling";
import { CELL } from "../cells/readCell";
import { areaKey as areaKeyOf } from "../text/fold";
import { isFormulaAt, leafSum, leavesUnder, offAlongside, sheetShows, subtotalName } from "./leafCause";
import { cellIndexer } from "./singleCause";
import { totalLineChildren } from "./lineTotals";
import { missedParts } from "./subtotal";
import { groupLevelWords } from "./levelWords";

export function shownPlanCause(context: RuleContext, told: readonly Finding[]): Finding[] {
  if (!told.some((finding) => finding.rule === "ceiling") || !told.some((finding) => finding.rule === "subtotal")) return [...told];
  // Rows the plan alone shows wrong (a repeat, an area it lacks or misses) move the lines too: their steps tell the typed totals they put off.
  const rowsTold = told.some((finding) => finding.rule === "duplicate" || finding.rule === "coverage");
  const indexOf = cellIndexer(context);
  const { areas } = context.table;
  // What is told on each plan line: its ceiling, its subtotals over the communes, and whether anything else is.
  const byCode = new Map<string, { ceiling: Finding | null; subtotals: Finding[]; gap: number; other: boolean }>();
  const entry = (code: string) => {
    let found = byCode.get(code);
    if (found === undefined) byCode.set(code, (found = { ceiling: null, subtotals: [], gap: 0, other: false }));
    return found;
  };
  // A line's parts with no plan line of their own (`Kinh phí | Tổng số | Năm 2026 | Năm 2027`, the years read as a
  // split of the total): their subtotals are the plan line's of the total they add up to.
  const partOf = new Map<number, string>();
  for (let line = 0; line < context.lineCount; line++) {
    const code = context.table.lines[line].planCode;
    if (code === null || context.lineByCode.get(code) !== line) continue;
    for (const part of totalLineChildren(context, line) ?? []) if (context.table.lines[part].planCode === null) partOf.set(part, code);
  }
  // A typed total off only through one part's cell beside it: told at the part, naming the total.
  const findings = partsBesideTotals(context, told, partOf, indexOf);
  // A part's gap is the total's where the total's own cell in that area is told too: counted there, once.
  const toldCells = new Set<number>();
  for (const found of findings) {
    const at = found.rule === "subtotal" ? indexOf(found) : null;
    if (at !== null) toldCells.add(at);
  }
  const ownerOf = (at: number): string | undefined => {
    const code = partOf.get(at % context.lineCount);
    const total = code === undefined ? undefined : context.lineByCode.get(code);
    return total === undefined || toldCells.has(at - (at % context.lineCount) + total) ? undefined : code;
  };
  for (const found of findings) {
    const at = found.indicator === null && found.rule === "subtotal" ? indexOf(found) : null;
    const owner = at === null ? undefined : ownerOf(at);
    const finding = owner === undefined ? found : { ...found, indicator: owner };
    if (finding.indicator === null) continue;
    const on = entry(finding.indicator);
    if (finding.rule === "ceiling" && finding.cell !== null && on.ceiling === null) {
      on.ceiling = finding;
      continue;
    }
    const cell = finding.rule === "subtotal" && finding.severity === "error" ? indexOf(finding) : null;
    if (cell === null || finding.expected === null || finding.actual === null) {
      on.other = true;
      continue;
    }
    const area = Math.floor(cell / context.lineCount);
    const line = cell % context.lineCount;
    // A typed total checked against what its communes add up to (its parts being them, or formulas following them).
    const overCommunes =
      (areas[area].kind === "group" || areas[area].kind === "total") &&
      showsOwnFigure(context, area, line) &&
      (context.table.lines[line].planCode === finding.indicator || partOf.get(line) === finding.indicator) &&
      standing(finding.expected, leafSum(context, area, line)) === "equal";
    if (!overCommunes) {
      on.other = true;
      continue;
    }
    on.subtotals.push(found);
    on.gap += difference(finding.actual, finding.expected);
  }
  const dropped = new Set<Finding>();
  const rewritten = new Map<Finding, Finding>();
  /** Lets the ceiling go when the line, moved by `gap`, meets its target and the grand total shows it; names it in `subtotals`. */
  const fold = (code: string, ceiling: Finding, gap: number, subtotals: readonly Finding[]): boolean => {
    const line = context.lineByCode.get(code);
    const planLine = context.planByCode.get(code);
    const allocated = allocatedFor(context, code);
    if (line === undefined || planLine === undefined || allocated === null || planLine.kind === "percent") return false;
    // The grand total shows the plan, or, with none, the districts' typed subtotals together (`sheetShows`).
    if (!sheetShows(context, line, planLine.target)) return false;
    if (standing(Number((allocated + gap).toPrecision(15)), planLine.target) !== "equal") return false;
    const where = verdict(allocated, planLine.rule, planLine.target);
    if (where === "ok") return false;
    dropped.add(ceiling);
    const said = ceilingMessage(planLine, allocated, where);
    const at = ceiling.cell ?? "";
    // A reserve kept beside the grand total: the total shows the plan with it (`grandTotalShows`).
    const reserve = context.table.notes?.reserveOutsideTotal;
    const level = context.grandTotal === null ? groupLevelWords(context) : null;
    const shows =
      level !== null
        ? { vi: `Các ô cộng của ${level.vi} cộng lại đúng số kế hoạch`, en: `${level.en.charAt(0).toUpperCase()}${level.en.slice(1)}' typed subtotals add up to the plan's figure` }
        : {
            vi: `Tổng cộng của bảng${reserve === undefined ? "" : ` cùng "${reserve.label}" ghi riêng bên ngoài`} ghi đúng số kế hoạch`,
            en: `The table's grand total${reserve === undefined ? "" : ` with "${reserve.label}" kept beside it`} shows the plan's figure`,
          };
    for (const subtotal of subtotals) {
      const current = rewritten.get(subtotal) ?? subtotal;
      rewritten.set(subtotal, {
        ...current,
        message: localized(
          `${current.message.vi} Tính từ các địa bàn, so với kế hoạch (${at}): ${said.vi} ${shows.vi}, nên chỉ báo một lần tại đây.`,
          `${current.message.en} Counted from the areas, against the plan (${at}): ${said.en} ${shows.en}, so this is told once, here.`,
        ),
      });
    }
    return true;
  };
  const folded = new Set<string>();
  for (const [code, on] of byCode) {
    if (on.ceiling === null || on.other || on.subtotals.length === 0) continue;
    let gap: number | null = on.gap;
    if (rowsTold) {
      // With rows told besides, the line's gap is every lowest typed total's against its communes, each one told.
      const line = context.lineByCode.get(code);
      gap = line === undefined ? null : typedGap(context, line, new Set(on.subtotals.map((f) => indexOf(f) ?? -1)));
    }
    if (gap !== null && fold(code, on.ceiling, gap, on.subtotals)) folded.add(code);
  }
  // A total line (`Tổng kinh phí`, formulas over its parts) moves with its parts: its ceiling goes with theirs.
  for (const [code, on] of byCode) {
    const line = context.lineByCode.get(code);
    if (on.ceiling === null || on.other || on.subtotals.length > 0 || line === undefined) continue;
    const parts = totalLineChildren(context, line);
    if (parts === null) continue;
    const partCodes = parts.map((part) => context.table.lines[part].planCode);
    if (!partCodes.some((part) => part !== null && folded.has(part))) continue;
    let gap = 0;
    const subtotals: Finding[] = [];
    for (const part of partCodes) {
      const of = part === null ? undefined : byCode.get(part);
      if (of === undefined || part === null || !folded.has(part)) continue;
      gap += of.gap;
      subtotals.push(...of.subtotals);
    }
    fold(code, on.ceiling, gap, subtotals);
  }
  if (dropped.size === 0) return findings;
  return findings.filter((finding) => !dropped.has(finding)).map((finding) => rewritten.get(finding) ?? finding);
}

/**
 * A line's typed total cell in an area (`Tổng số` of the grand total) told
 * off its communes by exactly the gap of the one part cell told beside it
 * (`Năm 2027` of the grand total), every commune's total cell a formula over
 * its parts (`=SUM(F11:H11)`): one cause, which the part's column narrows
 * down. The total's finding is let go and the part's names it, off by the
 * same figure; the part's then counts for the plan line (`partOf`).
 */
function partsBesideTotals(context: RuleContext, findings: readonly Finding[], partOf: ReadonlyMap<number, string>, indexOf: (f: Finding) => number | null): Finding[] {
  const { lineCount } = context;
  const subtotalAt = new Map<number, Finding>();
  for (const finding of findings) {
    const at = finding.rule === "subtotal" && finding.severity === "error" && finding.expected !== null && finding.actual !== null ? indexOf(finding) : null;
    if (at !== null) subtotalAt.set(at, finding);
  }
  const gapOf = (finding: Finding) => difference(finding.actual ?? 0, finding.expected ?? 0);
  const dropped = new Set<Finding>();
  const rewritten = new Map<Finding, Finding>();
  for (const [at, total] of subtotalAt) {
    const area = Math.floor(at / lineCount);
    const line = at % lineCount;
    const code = context.table.lines[line].planCode;
    if (code === null || context.lineByCode.get(code) !== line || !showsOwnFigure(context, area, line)) continue;
    const beside = (totalLineChildren(context, line) ?? []).filter((part) => partOf.get(part) === code && subtotalAt.has(area * lineCount + part));
    if (beside.length !== 1) continue;
    const part = subtotalAt.get(area * lineCount + beside[0]);
    if (part === undefined || rewritten.has(part) || standing(gapOf(part), gapOf(total)) !== "equal") continue;
    // Both checked against the communes, whose total cells add up their parts.
    if (standing(total.expected ?? 0, leafSum(context, area, line)) !== "equal" || standing(part.expected ?? 0, leafSum(context, area, beside[0])) !== "equal") continue;
    if (!leavesUnder(context, area).every((leaf) => isFormulaAt(context, leaf, line))) continue;
    dropped.add(total);
    rewritten.set(part, { ...part, message: offAlongside(part.message, [subtotalName(context, area, line)]) });
  }
  if (dropped.size === 0) return [...findings];
  return findings.filter((finding) => !dropped.has(finding)).map((finding) => rewritten.get(finding) ?? finding);
}

/**
 * Whether a total's cell shows a figure of its own rather than its parts':
 * a typed number, or a formula adding up all its parts whose saved value
 * was not recalculated (it disagrees with them) — both hold the sheet's
 * figure still, whatever the communes under them now add up to.
 */
function showsOwnFigure(context: RuleContext, area: number, line: number): boolean {
  if (!isFormulaAt(context, area, line)) return true;
  if (missedParts(context, area, line) !== null) return false;
  return standing(context.base[area * context.lineCount + line], leafSum(context, area, line)) !== "equal";
}

/**
 * What the lowest typed totals of a line (above each commune, the first
 * total typed as a number) show beyond their communes, together; null when a
 * commune has no typed total above it, or a typed total off its communes is
 * not either told (`told`, cell indexes) or over a missing or repeated row
 * (whose own step tells it): both at once leave open which is the gap.
 */
function typedGap(context: RuleContext, line: number, told: ReadonlySet<number>): number | null {
  const { areas } = context.table;
  const lowest = new Set<number>();
  for (let area = 0; area < areas.length; area++) {
    if (areas[area].kind !== "leaf") continue;
    let at = areas[area].parent;
    while (at !== null && (context.state[at * context.lineCount + line] !== CELL.number || !showsOwnFigure(context, at, line))) at = areas[at].parent;
    if (at === null) return null;
    lowest.add(at);
  }
  let gap = 0;
  for (const area of lowest) {
    const off = difference(context.base[area * context.lineCount + line], leafSum(context, area, line));
    if (standing(off, 0) === "equal") continue;
    // Told at its cell, or holding the missing or repeated row — not both: then either may be the gap.
    if (told.has(area * context.lineCount + line) === rowsOffBy(context, area, off)) return null;
    gap += off;
  }
  return gap;
}

/** Whether a typed total's gap is a missing plan commune's or repeated row's under it: its communes hold a row named twice, or the plan lists more communes for it. */
function rowsOffBy(context: RuleContext, area: number, off: number): boolean {
  const { areas } = context.table;
  const keys = new Set<string>();
  let repeated = false;
  const visit = (at: number): void => {
    for (const child of areas[at].children) {
      if (areas[child].kind === "leaf") {
        if (keys.has(areas[child].key)) repeated = true;
        keys.add(areas[child].key);
      } else visit(child);
    }
  };
  visit(area);
  if (off < 0) return repeated;
  const planKeys = context.plan.areas.filter((a) => a.commune !== undefined && (areas[area].kind === "total" || areaKeyOf(a.district) === areas[area].key));
  return planKeys.some((a) => !keys.has(areaKeyOf(a.commune ?? "")));
}
