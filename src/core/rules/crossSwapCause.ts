/**
 * One cause, one finding for two communes of different districts whose
 * figures on one line were typed into each other's cells, under typed
 * district subtotals kept as planned: the two districts' subtotals are off on
 * that line by the same gap, one over and one under, and the plan line still
 * adds up. Where exactly one commune of the one district and one of the other
 * hold figures that differ by just that gap — swapped back, both subtotals
 * come right — the two `subtotal` findings are that one swap: let go, and
 * one `subtotal` finding at the first of the two cells (in sheet order) names
 * both cells and the figures each should hold. Two or more such pairs, a
 * blank or zero in either cell, a row the plan shows out of place (a
 * `coverage` or `duplicate` finding: a moved commune shifts two districts'
 * lines alike), or anything else told on the line or at either commune,
 * leave the two subtotals as they are (no figure tells which communes).
 */
import { a1 } from "../model/address";
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { formatAmount } from "../text/format";
import { CELL } from "../cells/readCell";
import { cellPosition, type RuleContext } from "./context";
import { difference, standing } from "./compare";
import { makeFinding } from "./finding";
import { isFormulaAt, subtotalName } from "./leafCause";
import { withReplaced } from "./replaceFindings";
import { alsoRight, cellIndexer, findingsByLine } from "./singleCause";

export function crossSwapCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const subtotals = findings.filter((f) => f.rule === "subtotal" && f.severity === "error" && f.expected !== null && f.actual !== null);
  if (subtotals.length < 2) return [...findings];
  // Rows the plan shows out of place (a commune under another district, a repeat) move two districts' lines too.
  if (findings.some((f) => f.rule === "coverage" || f.rule === "duplicate")) return [...findings];
  const indexOf = cellIndexer(context);
  const { lineCount } = context;
  const byLine = findingsByLine(context, subtotals, indexOf);
  const replaced = new Map<Finding, Finding | null>();
  for (const [line, told] of byLine) {
    if (told.length !== 2) continue;
    const [one, other] = told;
    // What each district's communes must move by to meet its typed subtotal: equal and opposite.
    const needOne = difference(one.finding.actual as number, one.finding.expected as number);
    const needOther = difference(other.finding.actual as number, other.finding.expected as number);
    if (needOne === 0 || standing(needOne, -needOther) !== "equal") continue;
    const pair = swappedPair(context, line, one.area, other.area, needOne);
    if (pair === null) continue;
    const at = (cell: number) => Math.floor(cell / lineCount);
    const code = context.table.lines[line].planCode;
    // Nothing else told on the line or at either commune.
    const mine = new Set([one.finding, other.finding]);
    const busy = findings.some((f) => {
      if (mine.has(f) || f.severity === "info") return false;
      if (code !== null && f.indicator === code) return true;
      const cell = indexOf(f);
      return cell !== null && (cell % lineCount === line || at(cell) === pair.a || at(cell) === pair.b);
    });
    if (busy) continue;
    replaced.set(one.finding, swapFinding(context, line, pair, [subtotalName(context, one.area, line), subtotalName(context, other.area, line)]));
    replaced.set(other.finding, null);
  }
  return replaced.size === 0 ? [...findings] : withReplaced(findings, replaced);
}

/** The one commune under `first` and one under `second` whose figures on `line` differ by `need` (the second's less the first's); null when none or several. */
function swappedPair(context: RuleContext, line: number, first: number, second: number, need: number): { a: number; b: number } | null {
  const { areas } = context.table;
  const { lineCount, state, base } = context;
  if (context.lineKind[line] === "percent" || context.sourceLines?.has(line) === true) return null;
  for (const area of [first, second]) {
    const entry = areas[area];
    if (entry.kind !== "group" || entry.children.length < 2 || isFormulaAt(context, area, line) || state[area * lineCount + line] !== CELL.number) return null;
    if (entry.children.some((child) => areas[child].kind !== "leaf" || areas[child].village === true)) return null;
  }
  // Figures typed in both cells (a swap of real figures, not a blank or a zero).
  const figure = (area: number): number | null => (state[area * lineCount + line] === CELL.number && !isFormulaAt(context, area, line) && base[area * lineCount + line] > 0 ? base[area * lineCount + line] : null);
  let found: { a: number; b: number } | null = null;
  for (const a of areas[first].children) {
    const x = figure(a);
    if (x === null) continue;
    for (const b of areas[second].children) {
      const y = figure(b);
      if (y === null || standing(difference(y, x), need) !== "equal") continue;
      if (found !== null) return null;
      found = { a, b };
    }
  }
  if (found === null) return null;
  // Told at the first of the two cells in the sheet.
  const pa = cellPosition(context, found.a, line);
  const pb = cellPosition(context, found.b, line);
  return pa.row < pb.row || (pa.row === pb.row && pa.col < pb.col) ? found : { a: found.b, b: found.a };
}

function swapFinding(context: RuleContext, line: number, pair: { a: number; b: number }, subtotals: readonly { vi: string; en: string }[]): Finding {
  const { areas } = context.table;
  const { lineCount, base } = context;
  const unit = context.cellUnit[line];
  const f = (value: number, lang: "vi" | "en") => formatAmount(value, unit, lang);
  const pa = cellPosition(context, pair.a, line);
  const pb = cellPosition(context, pair.b, line);
  const cellA = a1(pa.row, pa.col);
  const cellB = a1(pb.row, pb.col);
  const x = base[pair.a * lineCount + line];
  const y = base[pair.b * lineCount + line];
  const header = context.table.lines[line].header;
  const la = areas[pair.a].label;
  const lb = areas[pair.b].label;
  const message = alsoRight(
    localized(
      `${header} của ${la} (${cellA}) ghi ${f(x, "vi")} và của ${lb} (${cellB}) ghi ${f(y, "vi")}: hai ô cộng gõ tay của hai huyện lệch đúng bằng nhau, một thừa một thiếu, và chỉ hai ô này đổi chỗ cho nhau là khớp cả hai — có lẽ số của hai xã bị gõ nhầm sang ô của nhau (${cellA} là ${f(y, "vi")}, ${cellB} là ${f(x, "vi")}).`,
      `The ${header} of ${la} (${cellA}) shows ${f(x, "en")} and that of ${lb} (${cellB}) shows ${f(y, "en")}: two districts' typed subtotals are off by the same amount, one over and one under, and only these two cells, swapped, put both right — the two communes' figures were probably typed into each other's cells (${cellA} ${f(y, "en")}, ${cellB} ${f(x, "en")}).`,
    ),
    subtotals,
  );
  return makeFinding({
    rule: "subtotal",
    severity: "error",
    sheet: context.table.sheet,
    at: pa,
    indicator: context.table.lines[line].planCode,
    area: la,
    expected: y,
    actual: x,
    message,
  });
}
