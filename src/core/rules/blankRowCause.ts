/**
 * One cause, one finding for a commune's row present but left blank (every
 * figure empty) under typed totals that still count it: its `quota` finding
 * (the blank cell of a quota line) is the one to tell, and the typed
 * subtotals of its district that show more than their rows, by what the blank
 * row held, are let go and named in it. Folded only when the figures prove
 * it: the row is the only blank commune row of its district, every cell of it
 * blank; every other planned line of it has a typed (not formula) subtotal in
 * its district over its rows by a positive figure (whole on a count line, no
 * more than `SPREAD` times the largest figure of the district's other
 * communes), the quota line's subtotal, if told, over by exactly the quota;
 * adding those figures puts every plan comparison on the plan, the grand
 * total showing it; and no other finding (a ceiling, a grand total off,
 * anything at the district or the row but its blank rate cells' `percent`,
 * told with it) touches those lines. Otherwise every
 * finding stays. Without a quota line the row is the one blank commune row
 * under the told subtotals, at least two lines prove it, and the one
 * finding is told at the row's cell on its first line; without district
 * rows, or with district headings only (their figures left blank), the
 * grand total right over the communes stands for the district.
 */
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { formatAmount } from "../text/format";
import { joinList } from "../text/joinList";
import { CELL } from "../cells/readCell";
import { allocatedFor, cellPosition, type RuleContext } from "./context";
import { makeFinding } from "./finding";
import { difference, standing } from "./compare";
import { grandTotalShows, isFormulaAt, subtotalName } from "./leafCause";
import { cellIndexer, type Named } from "./singleCause";
import { communesThroughHeadings, countingParent, overCommunesOnly } from "./throughHeadings";

/** How many times the largest figure of the district's other communes the blank row may have held on one line. */
const SPREAD = 2;

export function blankRowCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const { areas } = context.table;
  const { lineCount, state, base } = context;
  const quotas = findings.filter((f) => f.rule === "quota" && f.sheet === context.table.sheet);
  if (quotas.length > 1 || !findings.some((f) => f.rule === "subtotal")) return [...findings];
  const quota: Finding | undefined = quotas[0];
  const indexOf = cellIndexer(context);
  const blank = (area: number): boolean => {
    for (let line = 0; line < lineCount; line++) if (state[area * lineCount + line] !== CELL.blank) return false;
    return true;
  };
  // The blank row: the quota's, or (no quota line told) the one blank commune row under a told subtotal.
  const at = quota === undefined ? blankUnderSubtotal(context, findings, indexOf, blank) : indexOf(quota);
  if (at === null) return [...findings];
  const row = Math.floor(at / lineCount);
  const quotaLine = quota === undefined ? -1 : at % lineCount;
  // The district's row, or the total that counts the row through its district's heading.
  const district = countingParent(context, row);
  if (areas[row].kind !== "leaf" || district === null || !isDistrict(context, district)) return [...findings];
  if (!blank(row)) return [...findings];
  const siblings = communesThroughHeadings(context, district).filter((child) => child !== row);
  if (siblings.length === 0 || siblings.some(blank)) return [...findings];

  // Per planned line: the district's typed subtotal finding, over its rows by what the blank row held.
  const held = new Map<number, number>();
  const folded = new Set<Finding>(quota === undefined ? [] : [quota]);
  const named: Named[] = [];
  for (let line = 0; line < lineCount; line++) {
    const planLine = context.linePlan[line];
    if (planLine === null || context.lineKind[line] === "percent") continue;
    const cell = district * lineCount + line;
    const subtotal = findings.find((f) => f.rule === "subtotal" && indexOf(f) === cell);
    if (line === quotaLine) {
      const share = planLine.quota ?? 0;
      if (!(share > 0)) return [...findings];
      held.set(line, share);
      if (subtotal === undefined) continue;
    }
    if (subtotal === undefined || subtotal.expected === null || subtotal.actual === null) return [...findings];
    if (state[cell] !== CELL.number || isFormulaAt(context, district, line)) return [...findings];
    const gap = difference(subtotal.actual, subtotal.expected);
    if (line === quotaLine) {
      if (standing(gap, held.get(line) ?? 0) !== "equal") return [...findings];
    } else {
      const largest = Math.max(...siblings.map((child) => base[child * lineCount + line]));
      const whole = context.lineKind[line] !== "count" || Number.isInteger(Number(gap.toPrecision(12)));
      if (!(gap > 0) || !whole || standing(gap, SPREAD * largest) === "above") return [...findings];
      held.set(line, gap);
    }
    folded.add(subtotal);
    named.push(subtotalName(context, district, line));
  }
  if (held.size < 2 || named.length === 0) return [...findings];

  // Filling the row puts every plan comparison it moves on the plan, the grand total showing it.
  for (const [line, figure] of held) {
    const planLine = context.linePlan[line];
    if (planLine === null) return [...findings];
    const allocated = allocatedFor(context, planLine.code);
    if (allocated === null || standing(allocated + figure, planLine.target) !== "equal") return [...findings];
    if (!grandTotalShows(context, line, planLine.target)) return [...findings];
  }
  // The row's blank rate cells unmet (`percent`) are the same blank: told with it.
  for (const f of findings) {
    const cell = f.rule === "percent" ? indexOf(f) : null;
    if (cell !== null && Math.floor(cell / lineCount) === row) folded.add(f);
  }
  // Anything else on those lines, the row or the district keeps every finding told.
  const codes = new Set([...held.keys()].map((line) => context.linePlan[line]?.code));
  for (const f of findings) {
    if (folded.has(f) || f.severity === "info") continue;
    const cell = indexOf(f);
    const onLine = cell !== null && held.has(cell % lineCount);
    const onArea = cell !== null && (Math.floor(cell / lineCount) === row || Math.floor(cell / lineCount) === district);
    if (onLine || onArea || (f.indicator !== null && codes.has(f.indicator)) || f.area === areas[row].label) return [...findings];
  }

  const figures = [...held].map(([line, m]) => ({ vi: formatAmount(m, context.cellUnit[line], "vi"), en: formatAmount(m, context.cellUnit[line], "en") }));
  const word = context.table.orientation === "areas-as-rows" ? { vi: "dòng", en: "row" } : { vi: "cột", en: "column" };
  const label = areas[district].label;
  const first = [...held.keys()][0];
  const base0 = quota ?? rowFinding(context, row, first, held.get(first) ?? 0);
  const lead = quota === undefined ? { vi: "", en: "" } : { vi: `${quota.message.vi} `, en: `${quota.message.en} ` };
  const rewritten: Finding = {
    ...base0,
    message: localized(
      `${lead.vi}Cả ${word.vi} của ${areas[row].label} đều để trống, mà các ô cộng gõ tay của ${label} vẫn tính phần của nó (${joinList(figures.map((x) => x.vi), "và")}): có lẽ ${word.vi} này chưa được điền — điền các số đó thì ${joinList(named.map((x) => x.vi), "và")} cũng khớp.`,
      `${lead.en}The whole ${word.en} of ${areas[row].label} is blank, while the typed totals of ${label} still count its share (${joinList(figures.map((x) => x.en), "and")}): this ${word.en} was probably left unfilled — entering those figures puts ${joinList(named.map((x) => x.en), "and")} right${quota === undefined ? "" : " too"}.`,
    ),
  };
  if (quota === undefined) return [...findings.filter((f) => !folded.has(f)), rewritten];
  return findings.filter((f) => f === quota || !folded.has(f)).map((f) => (f === quota ? rewritten : f));
}

/** A district's row, or the grand total right over the communes (a sheet without district rows, or with district headings only). */
function isDistrict(context: RuleContext, area: number): boolean {
  const entry = context.table.areas[area];
  return entry.kind === "group" || (entry.kind === "total" && overCommunesOnly(context, area));
}

/** The cell (on its first line) of the one blank commune row under the areas whose subtotals are told; null when none or several. */
function blankUnderSubtotal(context: RuleContext, findings: readonly Finding[], indexOf: (f: Finding) => number | null, blank: (area: number) => boolean): number | null {
  const told = new Set<number>();
  for (const f of findings) {
    const cell = f.rule === "subtotal" ? indexOf(f) : null;
    if (cell !== null) told.add(Math.floor(cell / context.lineCount));
  }
  const rows: number[] = [];
  for (const area of told) if (isDistrict(context, area)) for (const child of communesThroughHeadings(context, area)) if (blank(child)) rows.push(child);
  return rows.length === 1 ? rows[0] * context.lineCount : null;
}

/** The finding at the blank row's cell on a line (no quota line to tell it): what its district's typed subtotal says it held, and the blank it shows. */
function rowFinding(context: RuleContext, row: number, line: number, figure: number): Finding {
  const label = context.table.areas[row].label;
  return makeFinding({
    rule: "subtotal",
    severity: "error",
    sheet: context.table.sheet,
    at: cellPosition(context, row, line),
    indicator: context.table.lines[line].planCode,
    area: label,
    expected: figure,
    actual: 0,
    message: localized("", ""),
  });
}
