/**
 * One cause, one finding for an adjustment written as a row among the areas
 * (`Điều chỉnh giảm`, `Giảm`, `Điều chỉnh tăng`, `Tăng`: a row that is no
 * place, see `isAdjustmentLabel`) whose figures all have one sign. A
 * decrease is told here where the plan lists no areas (with a list, its
 * `coverage` finding tells it: `unlistedRowChecks`); an increase whether or
 * not it does, the list's `coverage` finding at its label folded into the one
 * told (the same row, the same cause). A decrease's negative figures are told once, at its
 * label, as what they are — a decrease, not an area's allocation — and the
 * comparisons they alone put off (a total over it, a line's plan, each off by
 * exactly the row's figure on its line) are named in that finding rather than
 * told again. An increase's figures are no error of their own: where they
 * alone put comparisons off the same way, those are told once, at its label
 * (a `ceiling` where a line's plan is among them, else a `subtotal`); where
 * they put nothing off, or a line's plan counts them (met with the row in),
 * the row is no mistake of its own and its findings stay. A row with figures of both signs (or
 * text) keeps every finding.
 */
import { a1 } from "../model/address";
import type { Finding } from "../model/finding";
import { localized, type LocalizedText } from "../model/text";
import { formatAmount } from "../text/format";
import { joinList } from "../text/joinList";
import { isAdjustmentLabel } from "../text/ownShare";
import { CELL } from "../cells/readCell";
import { allocatedFor, cellPosition, type RuleContext } from "./context";
import { difference, standing } from "./compare";
import { makeFinding } from "./finding";
import { noPlaceLeaves } from "./noPlace";
import { withReplaced } from "./replaceFindings";
import { onlyDecreases } from "./unlistedRowChecks";
import { ceilingName, cellIndexer, type Named } from "./singleCause";

export function adjustmentRow(context: RuleContext, findings: readonly Finding[]): Finding[] {
  // With an area list, a decrease is told in its `coverage` finding (`unlistedRowChecks`); an increase is told here, that finding folded in.
  // A plan area with no row beside it may be that area under another name: its `coverage` findings stay.
  const listed = context.plan.areas.length > 0;
  if (listed && findings.some((f) => f.rule === "coverage" && f.cell === null)) return [...findings];
  const { areas, sheet } = context.table;
  const rows = [...noPlaceLeaves(context.table, context.sheet)].filter((a) => isAdjustmentLabel(areas[a].label) && ((!listed && onlyDecreases(context, a)) || onlyIncreases(context, a)));
  if (rows.length === 0) return [...findings];
  const { lineCount, state, base } = context;
  const indexOf = cellIndexer(context);
  const replaced = new Map<Finding, Finding | null>();
  for (const area of rows) {
    const negatives: Finding[] = [];
    const also: Named[] = [];
    const folded: Finding[] = [];
    // The totals over the row: every area above it.
    const above = new Set<number>();
    for (let parent = areas[area].parent; parent !== null; parent = areas[parent].parent) above.add(parent);
    // The figure the row holds on each line, zero where blank.
    const held = (line: number): number => (state[area * lineCount + line] === CELL.number ? base[area * lineCount + line] : 0);
    const offBy = (gap: number, line: number): boolean => held(line) !== 0 && standing(Math.abs(gap), Math.abs(held(line))) === "equal";
    for (const f of findings) {
      if (f.sheet !== sheet || replaced.has(f)) continue;
      const cell = indexOf(f);
      if (f.rule === "invalid-value" && cell !== null && Math.floor(cell / lineCount) === area && f.actual !== null && f.actual < 0) negatives.push(f);
      else if (f.rule === "subtotal" && cell !== null && above.has(Math.floor(cell / lineCount)) && f.actual !== null && f.expected !== null && offBy(difference(f.actual, f.expected), cell % lineCount)) {
        also.push({ vi: `ô cộng của ${areas[Math.floor(cell / lineCount)].label} (${f.cell})`, en: `the subtotal of ${areas[Math.floor(cell / lineCount)].label} (${f.cell})` });
        folded.push(f);
      } else if (f.rule === "ceiling" && f.indicator !== null) {
        const line = context.lineByCode.get(f.indicator);
        const planLine = context.planByCode.get(f.indicator);
        const allocated = allocatedFor(context, f.indicator);
        if (line === undefined || planLine === undefined || allocated === null || !offBy(difference(allocated, planLine.target), line)) continue;
        also.push(ceilingName(context, f));
        folded.push(f);
      }
    }
    const label = areas[area].label;
    if (negatives.length === 0) {
      // An increase: told only where it alone puts comparisons off.
      if (folded.length === 0 || !onlyIncreases(context, area) || planCounts(context, area)) continue;
      for (const f of folded) replaced.set(f, null);
      // The list's `coverage` finding at its label tells the same row as no plan area: the increase is told instead.
      for (const f of findings) if (f.rule === "coverage" && f.sheet === sheet && f.row === areas[area].labelRow && f.col === areas[area].labelCol) replaced.set(f, null);
      replaced.set(folded[0], increaseFinding(context, area, folded, also));
      continue;
    }
    for (const f of [...negatives, ...folded]) replaced.set(f, null);
    const named = negatives.map((f) => {
      const line = (indexOf(f) as number) % lineCount;
      return {
        vi: `${formatAmount(f.actual as number, context.cellUnit[line], "vi")} (${f.cell})`,
        en: `${formatAmount(f.actual as number, context.cellUnit[line], "en")} (${f.cell})`,
      };
    });
    const w = wordOf(context);
    const message = localized(
      `${cap(w.vi)} "${label}" ghi số âm ${joinList(named.map((x) => x.vi), "và")}: một khoản điều chỉnh giảm không phải là số phân bổ của một địa bàn — ghi phần giảm vào số của các địa bàn, hoặc đưa ${w.vi} này ra ngoài bảng.`,
      `The ${w.en} "${label}" holds the negative ${joinList(named.map((x) => x.en), "and")}: a decrease is no area's allocation — take it off the areas' own figures, or move the ${w.en} out of the table.`,
    );
    const told = makeFinding({ rule: "invalid-value", severity: "error", sheet, at: { row: areas[area].labelRow, col: areas[area].labelCol }, area: label, message: rightWithout(message, also, w) });
    replaced.set(negatives[0], told);
  }
  return withReplaced(findings, replaced);
}

/** What the table calls an area's line of cells: a row, or a column where the areas run across. */
function wordOf(context: RuleContext): Named {
  return context.table.orientation === "areas-as-rows" ? { vi: "dòng", en: "row" } : { vi: "cột", en: "column" };
}

const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Whether the row holds at least one number and every number it holds is above zero. */
function onlyIncreases(context: RuleContext, area: number): boolean {
  const { lineCount, state, base } = context;
  let any = false;
  for (let line = 0; line < lineCount; line++) {
    const cell = area * lineCount + line;
    if (state[cell] === CELL.blank) continue;
    if (state[cell] !== CELL.number || !(base[cell] > 0)) return false;
    any = true;
  }
  return any;
}

/** Whether a line the row has a figure on meets its plan with the figure counted: the plan counts the row there. */
function planCounts(context: RuleContext, area: number): boolean {
  const { lineCount, state, base } = context;
  for (let line = 0; line < lineCount; line++) {
    const planLine = context.linePlan[line];
    if (planLine === null || state[area * lineCount + line] !== CELL.number || base[area * lineCount + line] === 0) continue;
    const allocated = allocatedFor(context, planLine.code);
    if (allocated !== null && standing(allocated, planLine.target) === "equal") return true;
  }
  return false;
}

/** The one finding at an increase row's label, naming the comparisons its figures alone put off. */
function increaseFinding(context: RuleContext, area: number, folded: readonly Finding[], also: readonly Named[]): Finding {
  const { areas, sheet } = context.table;
  const { lineCount, state, base } = context;
  const label = areas[area].label;
  const named: Named[] = [];
  for (let line = 0; line < lineCount; line++) {
    const cell = area * lineCount + line;
    if (state[cell] !== CELL.number) continue;
    const { row, col } = cellPosition(context, area, line);
    named.push({ vi: `${formatAmount(base[cell], context.cellUnit[line], "vi")} (${a1(row, col)})`, en: `${formatAmount(base[cell], context.cellUnit[line], "en")} (${a1(row, col)})` });
  }
  const ceiling = folded.find((f) => f.rule === "ceiling");
  const w = wordOf(context);
  const message = localized(
    `${cap(w.vi)} "${label}" ghi ${joinList(named.map((x) => x.vi), "và")}: một khoản điều chỉnh tăng không phải là số phân bổ của một địa bàn — ghi phần tăng vào số của các địa bàn, hoặc đưa ${w.vi} này ra ngoài bảng.`,
    `The ${w.en} "${label}" holds ${joinList(named.map((x) => x.en), "and")}: an increase is no area's allocation — add it to the areas' own figures, or move the ${w.en} out of the table.`,
  );
  return makeFinding({
    rule: ceiling === undefined ? "subtotal" : "ceiling",
    severity: "error",
    sheet,
    at: { row: areas[area].labelRow, col: areas[area].labelCol },
    area: label,
    indicator: ceiling?.indicator ?? null,
    expected: ceiling?.expected ?? null,
    actual: ceiling?.actual ?? null,
    message: rightWithout(message, also, w),
  });
}

/** The message naming the comparisons that come right once the row is out of the table. */
function rightWithout(message: LocalizedText, also: readonly Named[], w: Named): LocalizedText {
  if (also.length === 0) return message;
  return localized(
    `${message.vi} Bỏ ${w.vi} này khỏi bảng thì ${joinList(also.map((x) => x.vi), "và")} cũng khớp.`,
    `${message.en} Taking the ${w.en} out of the table also puts ${joinList(also.map((x) => x.en), "and")} right.`,
  );
}
