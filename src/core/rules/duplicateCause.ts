/**
 * One cause, one finding for an area written twice under one parent
 * (`duplicate`, told at the second label) whose typed totals were added up
 * without it: the nearest total above it that disagrees (formula totals
 * between following it) is off by exactly the repeat's figure on each line
 * (typed totals further up agreeing with the communes without it), and the
 * plan line is off by as much while the grand total shows the plan's figure.
 * Those `subtotal` and `ceiling` findings are that one cause: let go, and
 * the `duplicate` finding names them as coming right when the repeat goes
 * (unless a typed total counts the repeat on another line: then it was
 * typed with it, and a subtotal off by its figure is a gap of its own).
 * Where the totals count the repeat (formulas following it, typed totals
 * carrying it), the plan is the only measure: when the plan comparisons of
 * at least two lines it has a figure on are over by exactly that figure,
 * those `ceiling` findings are the same cause, let go and named
 * (`countedRows`); a line off by another figure keeps its ceiling. A commune the plan's list
 * lacks (`coverage`, at its label) whose whole row the typed totals leave out
 * is the same cause, told the same way (an error then: a row to remove, or
 * to name as the plan does and add in); so too when the totals count its
 * row and the plan comparisons are over by exactly its figures. A #REF! or
 * text figure beside such a
 * row under the same typed subtotal: the subtotal, the row left out, gives
 * the figure, and the ceiling the two put right together is named in both.
 */
import type { Finding } from "../model/finding";
import { localized, type LocalizedText } from "../model/text";
import { formatAmount } from "../text/format";
import { CELL, isNumericState as isNumeric } from "../cells/readCell";
import { allocatedFor, type RuleContext } from "./context";
import { difference, standing, verdict } from "./compare";
import { ceilingsPutRight, grandTotalShows, isFormulaAt, leafSum, passesThrough, subtotalName, typedTotalsAbove } from "./leafCause";
import { ceilingName, cellIndexer, subtotalsByCell, type Named } from "./singleCause";
import { countedRows } from "./countedRows";
import { underOtherDistricts } from "./coverage";
import { joinList } from "../text/joinList";

export function duplicateCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const { areas } = context.table;
  const { lineCount, state, base } = context;
  const repeats = new Map<Finding, number>();
  for (const finding of findings) {
    if (finding.rule !== "duplicate" || finding.sheet !== context.table.sheet) continue;
    const area = areas.findIndex((a) => a.kind === "leaf" && a.labelRow === finding.row && a.labelCol === finding.col);
    if (area >= 0) repeats.set(finding, area);
  }
  // Areas not in the plan's list (`coverage` at a commune's label): left out of the typed totals on every line, the same cause.
  const outside = new Map<Finding, number>();
  // A plan commune under another district than its own (`movedCause`) is in the plan: not an area to remove.
  const moved = findings.some((f) => f.rule === "coverage" && f.cell !== null) ? underOtherDistricts(context).moved : new Map<number, unknown>();
  for (const finding of findings) {
    if (finding.rule !== "coverage" || finding.sheet !== context.table.sheet || finding.cell === null || finding.area === null) continue;
    const area = areas.findIndex((a) => a.kind === "leaf" && a.labelRow === finding.row && a.labelCol === finding.col);
    if (area >= 0 && !moved.has(area)) outside.set(finding, area);
  }
  if ((repeats.size === 0 && outside.size === 0) || !findings.some((finding) => finding.rule === "subtotal" || finding.rule === "ceiling")) return [...findings];
  const indexOf = cellIndexer(context);
  const subtotalAt = subtotalsByCell(findings, indexOf, true);
  const word = context.table.orientation === "areas-as-rows" ? { vi: "dòng", en: "row" } : { vi: "cột", en: "column" };

  const dropped = new Set<Finding>();
  const also = new Map<Finding, Named[]>();
  const byLine = new Map<number, Finding[]>();
  const shifts = new Map<number, number>();
  /** Per repeat: the typed totals that counted it, to type again once it goes. */
  const retype = new Map<Finding, Named[]>();
  for (const [finding, area] of [...repeats, ...outside]) {
    const names: Named[] = [];
    const isRepeat = repeats.has(finding);
    // An area outside the plan: told only when the typed totals leave its whole row out.
    if (!isRepeat && !leftOutEverywhere(context, area, subtotalAt)) continue;
    // A repeat that a typed total counts on some line was typed with it: a subtotal off by its figure elsewhere is
    // a gap of its own (whatever the plan then shows is weighed with the totals that count it, below).
    // A repeat counted by the typed totals nearest it and left out by one above them: removing it, those typed again, puts that one right.
    if (isRepeat) {
      carriedThenLeft(context, area, subtotalAt, (line, told, carried) => {
        for (const subtotal of told) dropped.add(subtotal);
        for (const cell of told.map(indexOf)) if (cell !== null) names.push(subtotalName(context, Math.floor(cell / lineCount), line));
        retype.set(finding, [...(retype.get(finding) ?? []), ...carried.map((cell) => subtotalName(context, Math.floor(cell / lineCount), line))]);
        byLine.set(line, [...(byLine.get(line) ?? []), finding]);
        shifts.set(line, (shifts.get(line) ?? 0) - base[area * lineCount + line]);
      });
      if (names.length > 0) {
        also.set(finding, names);
        continue;
      }
    }
    if (isRepeat && typedSomewhereWith(context, area)) continue;
    for (let line = 0; line < lineCount; line++) {
      const at = area * lineCount + line;
      if (state[at] === CELL.blank || !isNumeric(state[at]) || base[at] === 0) continue;
      // The nearest total above off by exactly the repeat: formulas between that agree count it and follow it.
      let parent = areas[area].parent;
      let subtotal: Finding | undefined;
      for (; parent !== null; parent = areas[parent].parent) {
        subtotal = subtotalAt.get(parent * lineCount + line);
        if (subtotal !== undefined || !passesThrough(context, parent, line)) break;
      }
      if (parent === null || subtotal === undefined || subtotal.expected === null || subtotal.actual === null) continue;
      // The nearest total off by another figure is a slip of its own (told as it is); the totals above it may still have
      // been typed without the repeat.
      let any = standing(difference(subtotal.actual, subtotal.expected), -base[at]) === "equal";
      if (any) {
        dropped.add(subtotal);
        names.push(subtotalName(context, parent, line));
      }
      // Totals further up that agree with their communes once the repeat is out were typed from them: right.
      for (let above = areas[parent].parent; above !== null; above = areas[above].parent) {
        const over = subtotalAt.get(above * lineCount + line);
        if (over === undefined || over.actual === null || standing(over.actual, difference(leafSum(context, above, line), base[at])) !== "equal") continue;
        dropped.add(over);
        names.push(subtotalName(context, above, line));
        any = true;
      }
      if (!any) continue;
      byLine.set(line, [...(byLine.get(line) ?? []), finding]);
      shifts.set(line, (shifts.get(line) ?? 0) - base[at]);
    }
    also.set(finding, names);
  }
  for (const { finding, line, planLine, entries } of ceilingsPutRight(context, findings, byLine, shifts)) {
    if (!grandTotalShows(context, line, planLine.target)) continue;
    dropped.add(finding);
    for (const repeat of entries) also.get(repeat)?.push(ceilingName(context, finding));
  }
  // Totals that count the row (formulas following it, typed totals carrying it): the plan comparisons it alone puts over.
  const counted = countedRows(
    context,
    findings.filter((f) => !dropped.has(f)),
    // An area the plan lacks beside a plan area with no row may be that area under another name, which the plan counts.
    [...repeats, ...(findings.some((f) => f.rule === "coverage" && f.cell === null) ? [] : [...outside].filter(([finding]) => !also.has(finding)))],
    byLine,
  );
  for (const ceiling of counted.ceilings) dropped.add(ceiling);
  const together = besideUnread(context, findings, new Map([...repeats, ...outside]), byLine, indexOf);
  const jointly = new Map<Finding, LocalizedText>();
  for (const { finding, line, planLine, entries } of ceilingsPutRight(
    context,
    findings.filter((f) => !dropped.has(f)),
    together.byLine,
    together.shifts,
  )) {
    if (!grandTotalShows(context, line, planLine.target)) continue;
    dropped.add(finding);
    const ceiling = ceilingName(context, finding);
    const unit = context.cellUnit[line];
    for (const entry of entries) {
      const repeatRows = joinList(entry.repeats.map((r) => r.label), "và");
      const cells = (and: string) => joinList(entry.cells, and);
      const amount = (lang: "vi" | "en") => formatAmount(entry.value, unit, lang);
      const many = entry.cells.length > 1;
      const told = (target: Finding, text: LocalizedText) => {
        const before = jointly.get(target);
        jointly.set(target, before === undefined ? text : localized(`${before.vi} ${text.vi}`, `${before.en} ${text.en}`));
      };
      const text = localized(
        `Theo ${entry.subtotal.vi}, không tính ${word.vi} ${repeatRows}, ${many ? `các ô ${cells("và")} cộng lại là` : `ô ${cells("và")} là`} ${amount("vi")}: bỏ ${word.vi} ${repeatRows} và ghi lại ${many ? "các số đó" : "số đó"} thì ${ceiling.vi} cùng khớp.`,
        `By ${entry.subtotal.en}, leaving ${word.en} ${joinList(entry.repeats.map((r) => r.label), "and")} out, ${many ? `the cells ${cells("and")} hold` : `cell ${cells("and")} holds`} ${amount("en")}: removing ${word.en} ${joinList(entry.repeats.map((r) => r.label), "and")} and entering ${many ? "those figures" : "that figure"} puts ${ceiling.en} right together.`,
      );
      for (const repeat of entry.repeats) told(repeat.finding, text);
      for (const invalid of entry.invalid) told(invalid, text);
    }
  }
  if (dropped.size === 0) return [...findings];
  return findings
    .filter((finding) => !dropped.has(finding))
    .map((finding) => counted.told(finding, word))
    .map((finding) => {
      const joint = jointly.get(finding);
      const names = also.get(finding);
      if (names === undefined || names.length === 0) {
        if (joint === undefined) return finding;
        return { ...finding, severity: "error" as const, message: localized(`${finding.message.vi} ${joint.vi}`, `${finding.message.en} ${joint.en}`) };
      }
      const message = joint === undefined ? finding.message : localized(`${finding.message.vi} ${joint.vi}`, `${finding.message.en} ${joint.en}`);
      if (outside.has(finding)) {
        return {
          ...finding,
          severity: "error" as const,
          message: localized(
            `${message.vi} Các ô cộng gõ tay không tính ${word.vi} này: nếu địa bàn này không thuộc kế hoạch thì bỏ ${word.vi} này, ${joinList(names.map((x) => x.vi), "và")} cũng khớp; nếu có thì ghi tên đúng theo kế hoạch và cộng nó vào các ô cộng đó.`,
            `${message.en} The typed totals leave this ${word.en} out: if the area is not part of the plan, removing it also puts ${joinList(names.map((x) => x.en), "and")} right; if it is, write its name as the plan does and add it into those totals.`,
          ),
        };
      }
      const again = retype.get(finding);
      if (again !== undefined && again.length > 0) {
        return {
          ...finding,
          message: localized(
            `${message.vi} ${joinList(again.map((x) => x.vi), "và")} đã cộng cả ${word.vi} trùng này, còn các ô cộng gõ tay bên trên thì không: bỏ ${word.vi} này và sửa ${again.length > 1 ? "các ô cộng đó" : "ô cộng đó"} theo thì ${joinList(names.map((x) => x.vi), "và")} cũng khớp.`,
            `${message.en} ${joinList(again.map((x) => x.en), "and")} ${again.length > 1 ? "count" : "counts"} this repeated ${word.en}, the typed totals above ${again.length > 1 ? "them" : "it"} do not: removing it and correcting ${again.length > 1 ? "those totals" : "that total"} with it also puts ${joinList(names.map((x) => x.en), "and")} right.`,
          ),
        };
      }
      return {
        ...finding,
        message: localized(
          `${message.vi} Các ô cộng gõ tay không tính ${word.vi} trùng này: bỏ ${word.vi} này thì ${joinList(names.map((x) => x.vi), "và")} cũng khớp.`,
          `${message.en} The typed totals leave this repeated ${word.en} out: removing it also puts ${joinList(names.map((x) => x.en), "and")} right.`,
        ),
      };
    });
}

/** A repeat and the unread figures beside it under one typed district subtotal, on one line. */
interface Beside {
  readonly repeats: { finding: Finding; label: string }[];
  /** The `invalid-value` findings of the unread cells (`#REF!`, text). */
  readonly invalid: Finding[];
  readonly cells: string[];
  /** What the subtotal leaves for the unread cells once the repeat is left out. */
  readonly value: number;
  readonly subtotal: Named;
}

/**
 * A repeated area and unread figures (an error value, text) under the same
 * typed district subtotal: the subtotal's check is not made (an error below
 * it), so the repeat alone explains nothing. Left out with the repeat, the
 * subtotal gives what the unread cells held; the plan line shifts by that
 * figure less the repeat's. Lines where the repeat was already told are
 * skipped.
 */
function besideUnread(
  context: RuleContext,
  findings: readonly Finding[],
  repeats: ReadonlyMap<Finding, number>,
  handled: ReadonlyMap<number, Finding[]>,
  indexOf: (finding: Finding) => number | null,
): { byLine: Map<number, Beside[]>; shifts: Map<number, number> } {
  const byLine = new Map<number, Beside[]>();
  const shifts = new Map<number, number>();
  const unread = new Map<number, Finding>();
  for (const finding of findings) {
    if (finding.rule !== "invalid-value") continue;
    const cell = indexOf(finding);
    if (cell !== null && (context.state[cell] === CELL.error || context.state[cell] === CELL.text)) unread.set(cell, finding);
  }
  if (unread.size === 0) return { byLine, shifts };
  const { areas } = context.table;
  const { lineCount, state, base } = context;
  // Per district and line: the repeats under it.
  const groups = new Map<number, { finding: Finding; area: number }[]>();
  for (const [finding, area] of repeats) {
    const parent = areas[area].parent;
    if (parent === null || areas[parent].kind !== "group") continue;
    for (let line = 0; line < lineCount; line++) {
      const at = area * lineCount + line;
      if (!isNumeric(state[at]) || base[at] === 0 || handled.get(line)?.includes(finding)) continue;
      const key = parent * lineCount + line;
      groups.set(key, [...(groups.get(key) ?? []), { finding, area }]);
    }
  }
  for (const [key, list] of groups) {
    const parent = Math.floor(key / lineCount);
    const line = key % lineCount;
    if (state[key] !== CELL.number || isFormulaAt(context, parent, line)) continue;
    const repeated = new Set(list.map((r) => r.area));
    const invalid: Finding[] = [];
    const cells: string[] = [];
    let others = 0;
    let known = true;
    for (const child of areas[parent].children) {
      const at = child * lineCount + line;
      const finding = unread.get(at);
      if (finding !== undefined) {
        invalid.push(finding);
        if (finding.cell !== null) cells.push(finding.cell);
        continue;
      }
      if (repeated.has(child)) continue;
      if (areas[child].kind !== "leaf" || (state[at] !== CELL.blank && !isNumeric(state[at]))) known = false;
      others += base[at];
    }
    if (invalid.length === 0 || !known) continue;
    const value = difference(base[key], others);
    if (value < 0 || (context.lineKind[line] === "count" && !Number.isInteger(value))) continue;
    const repeatsHere = list.map((r) => ({ finding: r.finding, label: r.finding.cell ?? areas[r.area].label }));
    const entry: Beside = { repeats: repeatsHere, invalid, cells, value, subtotal: subtotalName(context, parent, line) };
    byLine.set(line, [...(byLine.get(line) ?? []), entry]);
    let shift = value;
    for (const r of list) shift -= base[r.area * lineCount + line];
    shifts.set(line, (shifts.get(line) ?? 0) + shift);
  }
  return { byLine, shifts };
}

/**
 * The lines on which a repeat is counted by the typed totals nearest it (a
 * district's, added up with it) and left out by a typed total above them
 * (the grand total typed without it), each of those told off by exactly the
 * repeat's figure: removing the repeat, the totals that counted it typed
 * again, puts them right, and the line's plan comparison is met without it.
 * `found` gets the line, the `subtotal` findings put
 * right and the cells of the totals to type again.
 */
function carriedThenLeft(
  context: RuleContext,
  area: number,
  subtotalAt: ReadonlyMap<number, Finding>,
  found: (line: number, told: Finding[], carried: number[]) => void,
): void {
  const { lineCount, state, base } = context;
  for (let line = 0; line < lineCount; line++) {
    const at = area * lineCount + line;
    if (context.lineKind[line] === "percent" || !isNumeric(state[at]) || base[at] === 0) continue;
    const above = typedTotalsAbove(context, at, -base[at]);
    if (above === null || above.carried.length === 0 || above.right.size === 0) continue;
    // The whole story closes only when the line's plan comparison is met without the repeat: else a typed total off by its figure may be a gap of its own.
    const code = context.table.lines[line].planCode;
    const planLine = code === null ? undefined : context.planByCode.get(code);
    if (code === null || planLine === undefined) continue;
    const leafSums = Float64Array.from(context.leafSums);
    leafSums[line] = Number((leafSums[line] - base[at]).toPrecision(15));
    const allocated = allocatedFor({ ...context, leafSums }, code);
    if (allocated === null || verdict(allocated, planLine.rule, planLine.target) !== "ok") continue;
    const told: Finding[] = [];
    for (const cell of above.right) {
      const subtotal = subtotalAt.get(cell);
      if (subtotal === undefined || subtotal.expected === null || subtotal.actual === null) break;
      if (standing(difference(subtotal.actual, subtotal.expected), -base[at]) !== "equal") break;
      told.push(subtotal);
    }
    if (told.length === above.right.size) found(line, told, above.carried);
  }
}

/** True when on some line where the area has a figure a typed total above it equals its communes with it counted. */
function typedSomewhereWith(context: RuleContext, area: number): boolean {
  const { lineCount, state, base } = context;
  for (let line = 0; line < lineCount; line++) {
    const at = area * lineCount + line;
    if (context.lineKind[line] === "percent" || !isNumeric(state[at]) || base[at] === 0) continue;
    if ((typedTotalsAbove(context, at, 0)?.carried.length ?? 0) > 0) return true;
  }
  return false;
}

/**
 * True when on every line where the area has a figure, the nearest total
 * above it (formulas between that count it followed) is told off by exactly
 * that figure: the typed totals leave its whole row out.
 */
function leftOutEverywhere(context: RuleContext, area: number, subtotalAt: ReadonlyMap<number, Finding>): boolean {
  const { areas } = context.table;
  const { lineCount, state, base } = context;
  let lines = 0;
  for (let line = 0; line < lineCount; line++) {
    const at = area * lineCount + line;
    // A rate is never added up: no total to leave it out.
    if (state[at] === CELL.blank || (isNumeric(state[at]) && base[at] === 0) || context.lineKind[line] === "percent") continue;
    if (!isNumeric(state[at])) return false;
    let parent = areas[area].parent;
    let subtotal: Finding | undefined;
    for (; parent !== null; parent = areas[parent].parent) {
      subtotal = subtotalAt.get(parent * lineCount + line);
      if (subtotal !== undefined || !passesThrough(context, parent, line)) break;
    }
    if (subtotal === undefined || subtotal.expected === null || subtotal.actual === null) return false;
    if (standing(difference(subtotal.actual, subtotal.expected), -base[at]) !== "equal") return false;
    lines++;
  }
  return lines > 0;
}
