/**
 * One cause, at its cell, for a commune figure typed one column (row) off:
 * into the blank, header-less column just beside its line's column, its own
 * cell on the line blank. `unmapped` tells the header-less column; the totals
 * that still count the figure on its line tell its blank cell (`blankCellCause`,
 * `blankCellCeiling`) or, under formulas that leave the stray column out, the
 * line's plan comparison. Folded only when the stray column holds that one
 * commune figure and nothing else but totals that follow it (a `SUM` copied
 * along the row), a neighbouring line's cell of that commune is blank (both
 * blank: the one line whose totals still count the figure, or whose plan
 * comparison it puts right), and each folded total comes right with the figure moved back
 * (a finding at the blank cell asking that figure; the plan comparison holding
 * with it). Told once, at the stray cell.
 */
import type { Finding, Severity } from "../model/finding";
import { a1, columnLetters } from "../model/address";
import { localized, type LocalizedText } from "../model/text";
import { formatAmount } from "../text/format";
import { joinList } from "../text/joinList";
import { CELL } from "../cells/readCell";
import { allocatedFor, cellPosition, type RuleContext } from "./context";
import { lineVerdict, standing } from "./compare";
import { makeFinding } from "./finding";
import { subtotalName, typedTotalsAbove } from "./leafCause";
import { withReplaced } from "./replaceFindings";
import { ceilingName, cellIndexer, type Named } from "./singleCause";

interface Stray {
  readonly unmapped: Finding;
  /** Table line of the header-less column, and of the line it sits beside. */
  readonly stray: number;
  readonly line: number;
  readonly area: number;
  /** The figure in the line's base units. */
  readonly figure: number;
}

/** A header-less line: how it is named (`Cột F (không có tiêu đề)`). */
export function headerlessName(context: RuleContext, line: number): LocalizedText {
  const entry = context.table.lines[line];
  const byRows = context.table.orientation === "areas-as-rows";
  const id = byRows ? columnLetters(entry.index) : String(entry.index + 1);
  return byRows ? localized(`Cột ${id} (không có tiêu đề)`, `Column ${id} (no header)`) : localized(`Dòng ${id} (không có tiêu đề)`, `Row ${id} (no header)`);
}

export function strayColumnCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const strays: Stray[][] = [];
  for (const f of findings) {
    if (f.rule !== "unmapped" || f.row === null) continue;
    const stray = strayOf(context, f);
    if (stray.length > 0) strays.push(stray);
  }
  if (strays.length === 0) return [...findings];
  const indexOf = cellIndexer(context);
  const replaced = new Map<Finding, Finding | null>();
  for (const candidates of strays) {
    const weighed = candidates.map((stray) => ({ stray, ...foldedBy(context, findings, indexOf, stray) }));
    // Blank on both sides: the one line whose totals (or plan comparison) still count the figure is its line; neither or both, no fold.
    const chosen = weighed.length === 1 ? weighed[0] : weighed.filter((w) => w.folded.length > 0).length === 1 ? weighed.find((w) => w.folded.length > 0) : undefined;
    if (chosen === undefined) continue;
    const { stray, folded, subtotals, ceilings } = chosen;
    if ([stray.unmapped, ...folded].some((f) => replaced.has(f))) continue;
    for (const f of folded) replaced.set(f, null);
    replaced.set(stray.unmapped, strayFinding(context, stray, folded, { subtotals, ceilings }));
  }
  return withReplaced(findings, replaced);
}

/** The findings the stray figure, moved back to its line, puts right: those at its blank cell asking that figure, and the line's plan comparison. */
function foldedBy(context: RuleContext, findings: readonly Finding[], indexOf: (f: Finding) => number | null, stray: Stray): { folded: Finding[]; subtotals: Named[]; ceilings: Named[] } {
  const { lineCount } = context;
  const blank = stray.area * lineCount + stray.line;
  const folded: Finding[] = [];
  const subtotals: Named[] = [];
  const ceilings: Named[] = [];
  for (const f of findings) {
    if ((f.rule !== "subtotal" && f.rule !== "ceiling") || indexOf(f) !== blank || f.expected === null || standing(f.expected, stray.figure) !== "equal") continue;
    folded.push(f);
    const above = typedTotalsAbove(context, blank, stray.figure);
    for (const total of above?.right ?? []) subtotals.push(subtotalName(context, Math.floor(total / lineCount), stray.line));
  }
  const planLine = context.linePlan[stray.line];
  if (planLine !== null) {
    const leafSums = Float64Array.from(context.leafSums);
    leafSums[stray.line] = Number((leafSums[stray.line] + stray.figure).toPrecision(15));
    const after = allocatedFor({ ...context, leafSums }, planLine.code);
    if (after !== null && lineVerdict(after, planLine) === "ok")
      for (const f of findings) {
        if (f.rule !== "ceiling" || f.indicator !== planLine.code || folded.includes(f) || indexOf(f) === blank) continue;
        folded.push(f);
        ceilings.push(ceilingName(context, f));
      }
  }
  return { folded, subtotals, ceilings };
}

/**
 * The stray figure the `unmapped` finding at a header-less line stands for;
 * else null. The column may hold totals besides the one commune figure (a
 * `SUM` row copied along the whole table), each the figure where it counts
 * the commune, blank or zero where it does not. When the commune's cells on
 * both lines beside it are blank, both are kept: the totals decide which.
 */
function strayOf(context: RuleContext, unmapped: Finding): Stray[] {
  const { lines, areas } = context.table;
  const { lineCount, state, base } = context;
  const stray = lines.findIndex((l) => l.headerRow === unmapped.row && l.headerCol === unmapped.col);
  if (stray < 0 || lines[stray].header.trim() !== "" || context.linePlan[stray] !== null || lines[stray].parts !== undefined) return [];
  let area = -1;
  const totals: number[] = [];
  for (let a = 0; a < areas.length; a++) {
    const s = state[a * lineCount + stray];
    if (s === CELL.blank) continue;
    if (s !== CELL.number) return [];
    if (areas[a].kind === "total" || areas[a].kind === "group") {
      totals.push(a);
      continue;
    }
    if (areas[a].kind !== "leaf" || area >= 0) return [];
    area = a;
  }
  const typed = area < 0 ? 0 : base[area * lineCount + stray];
  if (!(typed > 0)) return [];
  // A total in the column counts the commune's figure (or nothing, outside its branch): it follows the figure, no figure of its own.
  for (const total of totals) if (standing(base[total * lineCount + stray], isAbove(context, total, area) ? typed : 0) !== "equal") return [];
  const beside = lines
    .map((l, i) => ({ l, i }))
    .filter(({ l, i }) => Math.abs(l.index - lines[stray].index) === 1 && context.linePlan[i] !== null && state[area * lineCount + i] === CELL.blank);
  const out: Stray[] = [];
  for (const { i: line } of beside) {
    const figure = Number(((typed / context.scales[stray]) * context.scales[line]).toPrecision(15));
    if (context.lineKind[line] === "count" && !Number.isInteger(Number((figure / context.scales[line]).toPrecision(12)))) continue;
    out.push({ unmapped, stray, line, area, figure });
  }
  return out;
}

/** Whether `total` is `area` or one of its parents. */
function isAbove(context: RuleContext, total: number, area: number): boolean {
  for (let a: number | null = area; a !== null; a = context.table.areas[a].parent) if (a === total) return true;
  return false;
}

function strayFinding(context: RuleContext, stray: Stray, folded: readonly Finding[], named: { readonly subtotals: readonly Named[]; readonly ceilings: readonly Named[] }): Finding {
  const at = cellPosition(context, stray.area, stray.stray);
  const target = cellPosition(context, stray.area, stray.line);
  const cell = a1(at.row, at.col);
  const home = a1(target.row, target.col);
  const label = context.table.areas[stray.area].label;
  const entry = context.table.lines[stray.line];
  const column = headerlessName(context, stray.stray);
  const byRows = context.table.orientation === "areas-as-rows";
  const lineId = byRows ? columnLetters(entry.index) : String(entry.index + 1);
  const vi = formatAmount(stray.figure, context.cellUnit[stray.line], "vi");
  const en = formatAmount(stray.figure, context.cellUnit[stray.line], "en");
  const rule = folded[0]?.rule ?? "unmapped";
  const severity: Severity = folded.some((f) => f.severity === "error") ? "error" : "warning";
  const unique = [...named.subtotals.filter((n, i) => named.subtotals.findIndex((m) => m.vi === n.vi) === i)];
  const counting = unique.length === 0 ? [] : [{ vi: `${joinList(unique.map((x) => x.vi), "và")} (gõ tay, vẫn tính số này)`, en: `${joinList(unique.map((x) => x.en), "and")} (typed, still counting it)` }];
  const right = [...counting, ...named.ceilings];
  const also = right.length === 0 ? localized("", "") : localized(
    ` — chuyển ${vi} về ô ${home} thì ${joinList(right.map((x) => x.vi), "và")} cũng khớp.`,
    ` — moving ${en} back to ${home} puts ${joinList(right.map((x) => x.en), "and")} right.`,
  );
  return makeFinding({
    rule,
    severity,
    sheet: context.table.sheet,
    at,
    indicator: entry.planCode,
    area: label,
    expected: folded.length > 0 ? 0 : null,
    actual: folded.length > 0 ? stray.figure : null,
    message: localized(
      `Ô ${cell} của ${label} có số ${vi} nằm ở ${column.vi.replace(/^Cột/, "cột").replace(/^Dòng/, "dòng")}, ngay cạnh ${byRows ? "cột" : "dòng"} ${entry.header} (${lineId}), trong khi ô ${home} của ${label} ở ${byRows ? "cột" : "dòng"} đó để trống: có lẽ số bị gõ lệch một ${byRows ? "cột" : "dòng"}${also.vi === "" ? "." : also.vi}`,
      `Cell ${cell} of ${label} holds ${en} in ${column.en.replace(/^Column/, "column").replace(/^Row/, "row")}, right beside the ${byRows ? "column" : "row"} of ${entry.header} (${lineId}), while ${label}'s cell ${home} there is blank: the figure was probably typed one ${byRows ? "column" : "row"} off${also.en === "" ? "." : also.en}`,
    ),
  });
}
