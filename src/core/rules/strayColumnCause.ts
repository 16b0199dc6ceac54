/**
 * One cause, at its cell, for a commune figure typed one column (row) off:
 * into the blank, header-less column just beside its line's column, its own
 * cell on the line blank. `unmapped` tells the header-less column; the totals
 * that still count the figure on its line tell its blank cell (`blankCellCause`,
 * `blankCellCeiling`) or, under formulas that leave the stray column out, the
 * line's plan comparison. Folded only when the stray column holds that one
 * figure and nothing else, exactly one neighbouring line's cell of that commune
 * is blank, and each folded total comes right with the figure moved back
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
  const strays: Stray[] = [];
  for (const f of findings) {
    if (f.rule !== "unmapped" || f.row === null) continue;
    const stray = strayOf(context, f);
    if (stray !== null) strays.push(stray);
  }
  if (strays.length === 0) return [...findings];
  const indexOf = cellIndexer(context);
  const replaced = new Map<Finding, Finding | null>();
  for (const stray of strays) {
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
    if ([stray.unmapped, ...folded].some((f) => replaced.has(f))) continue;
    for (const f of folded) replaced.set(f, null);
    replaced.set(stray.unmapped, strayFinding(context, stray, folded, { subtotals, ceilings }));
  }
  return withReplaced(findings, replaced);
}

/** The stray figure the `unmapped` finding at a header-less line stands for; else null. */
function strayOf(context: RuleContext, unmapped: Finding): Stray | null {
  const { lines, areas } = context.table;
  const { lineCount, state, base } = context;
  const stray = lines.findIndex((l) => l.headerRow === unmapped.row && l.headerCol === unmapped.col);
  if (stray < 0 || lines[stray].header.trim() !== "" || context.linePlan[stray] !== null || lines[stray].parts !== undefined) return null;
  let area = -1;
  for (let a = 0; a < areas.length; a++) {
    const s = state[a * lineCount + stray];
    if (s === CELL.blank) continue;
    if (s !== CELL.number || areas[a].kind !== "leaf" || area >= 0) return null;
    area = a;
  }
  if (area < 0 || !(base[area * lineCount + stray] > 0)) return null;
  const beside = lines
    .map((l, i) => ({ l, i }))
    .filter(({ l, i }) => Math.abs(l.index - lines[stray].index) === 1 && context.linePlan[i] !== null && state[area * lineCount + i] === CELL.blank);
  if (beside.length !== 1) return null;
  const line = beside[0].i;
  const figure = Number(((base[area * lineCount + stray] / context.scales[stray]) * context.scales[line]).toPrecision(15));
  if (context.lineKind[line] === "count" && !Number.isInteger(Number((figure / context.scales[line]).toPrecision(12)))) return null;
  return { unmapped, stray, line, area, figure };
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
