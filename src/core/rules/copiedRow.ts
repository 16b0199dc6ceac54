/**
 * One cause, at its row: a commune whose figures repeat, on every line, those
 * of the commune on the row above (a row copied over another; areas across
 * the columns: the column to its left; the first commune of a district: the
 * last of the district before, its district's row between) under typed
 * subtotals that kept the figures as planned. Each typed subtotal over it
 * that is off is off by what that one row holds too much or too little (its
 * own figure less the gap stays a figure: not below zero; a blank copied
 * over a figure holds nothing, too little by the gap, where another commune
 * under the subtotal holds a figure on that line), no typed total
 * above carries the copy but those under the told one (a district's total
 * typed from the rows as they stand, named to correct with the row), and
 * the plan backs the subtotals: counted with the
 * row as the subtotals want it, every plan line it touches holds. At least two
 * lines must be off (one gap any commune as large could explain, the repeat
 * on one line is no evidence beside it). The row's first cell is
 * then the cell to fix: the subtotals' findings (and the plan comparisons the
 * same gaps put off) are told once, there. Identical rows that no subtotal
 * contradicts (an even split) are never told; where two repeated rows could
 * explain the gaps, or a gap is one the row cannot explain, nothing changes.
 */
import { a1, columnLetters } from "../model/address";
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { formatAmount } from "../text/format";
import { joinList } from "../text/joinList";
import { CELL } from "../cells/readCell";
import { allocatedFor, cellPosition, type RuleContext } from "./context";
import { difference, standing, verdict } from "./compare";
import { makeFinding } from "./finding";
import { withReplaced } from "./replaceFindings";
import { withCarriedTotals } from "./carriedTotals";
import { isFormulaAt, leafSum, subtotalName, typedTotalsAbove } from "./leafCause";
import { alsoRight, ceilingName, cellIndexer, subtotalsByCell, type Named } from "./singleCause";

export function copiedRow(context: RuleContext, findings: readonly Finding[]): Finding[] {
  if (!findings.some((finding) => finding.rule === "subtotal")) return [...findings];
  const indexOf = cellIndexer(context);
  const subtotals = subtotalsByCell(findings, indexOf);
  const { areas } = context.table;
  // Every commune repeating the commune right above it under the same parent, and what it explains of the told subtotals.
  const explained: { readonly above: number; readonly cause: Explained }[] = [];
  // A district heading with no subtotal of its own groups its communes all the same: the total above it is the one told.
  for (let row = 0; row < areas.length; row++) {
    const above = communeAbove(context, row);
    if (above === null || !sameFigures(context, row, above)) continue;
    const cause = explain(context, row, subtotals);
    if (cause !== null) explained.push({ above, cause });
  }
  // A told subtotal two repeated rows could explain: neither is the cause.
  const claims = new Map<number, number>();
  for (const { cause } of explained) for (const cell of cause.folded) claims.set(cell, (claims.get(cell) ?? 0) + 1);
  const replaced = new Map<Finding, Finding | null>();
  for (const { above, cause } of explained) {
    if (cause.folded.some((cell) => claims.get(cell) !== 1)) continue;
    const ceilings = findings.filter((finding) => finding.rule === "ceiling" && finding.indicator !== null && cause.codes.has(finding.indicator));
    // Told besides the districts' subtotals: the totals above them the row puts off, and the plan comparisons.
    const named = new Set(cause.named);
    const also: Named[] = [
      ...cause.folded.filter((cell) => !named.has(cell)).map((cell) => subtotalName(context, Math.floor(cell / context.lineCount), cell % context.lineCount)),
      ...ceilings.map((ceiling) => ceilingName(context, ceiling)),
    ];
    replaced.set(subtotals.get(cause.folded[0]) as Finding, rowFinding(context, cause.row, above, cause, also));
    for (const cell of cause.folded.slice(1)) replaced.set(subtotals.get(cell) as Finding, null);
    for (const ceiling of ceilings) replaced.set(ceiling, null);
  }
  return withReplaced(findings, replaced);
}

/**
 * The commune whose row a commune's row may have been copied from: the
 * commune right above it under the same parent, or — the first commune of a
 * district — the last commune of the district before, only its district's
 * row between them. Null for any other row.
 */
export function communeAbove(context: RuleContext, row: number): number | null {
  const { areas } = context.table;
  const entry = areas[row];
  if (entry.kind !== "leaf" || entry.village === true || row === 0) return null;
  const before = areas[row - 1];
  if (before.kind === "leaf") return before.parent === entry.parent && before.index === entry.index - 1 ? row - 1 : null;
  // Across a district's row: its first commune, the district before ending right above that row.
  if (row < 2 || entry.parent !== row - 1 || before.index !== entry.index - 1 || (before.kind !== "group" && before.kind !== "heading")) return null;
  const last = areas[row - 2];
  if (last.kind !== "leaf" || last.village === true || last.index !== before.index - 1 || last.parent === null || last.parent === entry.parent) return null;
  return areas[last.parent].parent === before.parent && areas[last.parent].kind === before.kind ? row - 2 : null;
}

/** Whether two areas' figures are equal, line by line, one of them not zero (typed, no formula). */
export function sameFigures(context: RuleContext, area: number, before: number): boolean {
  const { lineCount, state, base } = context;
  let some = false;
  for (let line = 0; line < lineCount; line++) {
    const a = area * lineCount + line;
    const b = before * lineCount + line;
    if (state[a] !== state[b]) return false;
    if (state[a] === CELL.blank) continue;
    // The figures first (cheap), then whether either is a formula.
    if (state[a] !== CELL.number || base[a] !== base[b]) return false;
    if (isFormulaAt(context, area, line) || isFormulaAt(context, before, line)) return false;
    if (base[a] !== 0) some = true;
  }
  return some;
}

interface Explained {
  readonly row: number;
  /** The told subtotals' cells the row explains, its district's first, in line order. */
  readonly folded: readonly number[];
  /** Each off line and what the row holds against the subtotal (base units: > 0 too much). */
  readonly gaps: ReadonlyMap<number, number>;
  readonly subtotals: readonly Named[];
  /** The cells of `subtotals`. */
  readonly named: readonly number[];
  readonly codes: ReadonlySet<string>;
  /** The typed totals that carry the copy (equal to the rows as they stand), to type again with the row. */
  readonly retype: readonly number[];
}

/**
 * What the row explains of the told subtotals over it: on each line, the
 * nearest typed total above it that is told off gives the gap, and every
 * typed total above comes right with the row moved by it (none carries it);
 * on the other lines no typed total above is told. Null when a told total
 * above it is one the row cannot explain, or the plan does not back it.
 */
function explain(context: RuleContext, row: number, subtotals: ReadonlyMap<number, Finding>): Explained | null {
  const { lineCount, state, base } = context;
  const { areas } = context.table;
  const gaps = new Map<number, number>();
  const retype: number[] = [];
  const folded: number[] = [];
  const names: Named[] = [];
  const named: number[] = [];
  const codes = new Set<string>();
  let leafSums = context.leafSums;
  for (let line = 0; line < lineCount; line++) {
    let told: number | null = null;
    for (let area = areas[row].parent; area !== null && told === null; area = areas[area].parent) {
      const at = area * lineCount + line;
      if (subtotals.has(at) && state[at] === CELL.number && !isFormulaAt(context, area, line)) told = area;
    }
    if (told === null) continue;
    const at = told * lineCount + line;
    const finding = subtotals.get(at) as Finding;
    if (finding.severity !== "error" || context.lineKind[line] === "percent" || context.sourceLines?.has(line) === true) return null;
    const gap = difference(leafSum(context, told, line), base[at]);
    const cell = row * lineCount + line;
    // A blank copied over a figure holds nothing: it can only hold too little.
    if (gap === 0 || (state[cell] !== CELL.number && state[cell] !== CELL.blank) || standing(base[cell], gap) === "below") return null;
    // A blank on a line left blank under the subtotal (its other communes blank too) is no copy: any of them could hold the gap.
    if (state[cell] === CELL.blank && !areas[told].children.some((child) => child !== row && areas[child].kind === "leaf" && state[child * lineCount + line] === CELL.number && base[child * lineCount + line] !== 0)) return null;
    const above = typedTotalsAbove(context, cell, -gap);
    if (above === null || !above.right.has(at)) return null;
    // A typed total carrying the copy lies between the row and the told one (a district's typed from the rows as they stand): typed again once the row is.
    for (const carried of above.carried) {
      if (!isBelow(context, Math.floor(carried / lineCount), told)) return null;
      retype.push(carried);
    }
    gaps.set(line, gap);
    // The typed totals above that the row puts right: those told off are told in the row's finding.
    folded.push(at, ...[...above.right].sort((a, b) => a - b).filter((other) => other !== at && subtotals.has(other)));
    names.push(subtotalName(context, told, line));
    named.push(at);
    if (leafSums === context.leafSums) leafSums = Float64Array.from(context.leafSums);
    leafSums[line] = Number((leafSums[line] - gap).toPrecision(15));
  }
  // One line off: any commune holding as much could explain it.
  if (gaps.size < 2) return null;
  // The plan backs the subtotals: every line counted with the row corrected holds.
  const corrected = { ...context, leafSums };
  for (const line of gaps.keys()) {
    const code = context.table.lines[line].planCode;
    const planLine = code === null ? undefined : context.planByCode.get(code);
    if (code === null || planLine === undefined) continue;
    const allocated = allocatedFor(corrected, code);
    if (allocated === null || verdict(allocated, planLine.rule, planLine.target) !== "ok") return null;
    codes.add(code);
  }
  return { row, folded, gaps, subtotals: names, named, codes, retype };
}

/** Whether `area` lies under `over` in the table's tree. */
function isBelow(context: RuleContext, area: number, over: number): boolean {
  for (let at = context.table.areas[area].parent; at !== null; at = context.table.areas[at].parent) if (at === over) return true;
  return false;
}

function rowFinding(context: RuleContext, row: number, above: number, cause: Explained, also: readonly Named[]): Finding {
  const { areas } = context.table;
  const label = areas[row].label;
  const aboveLabel = areas[above].label;
  const [firstLine] = cause.gaps.keys();
  const position = cellPosition(context, row, firstLine);
  const f = (value: number, line: number, lang: "vi" | "en") => formatAmount(value, context.cellUnit[line], lang);
  const each = (lang: "vi" | "en") =>
    [...cause.gaps].map(([line, gap]) => {
      const { row: r, col } = cellPosition(context, row, line);
      const cell = a1(r, col);
      const shown = context.base[row * context.lineCount + line];
      const blank = context.state[row * context.lineCount + line] === CELL.blank;
      const vi = blank ? `${cell} để trống` : `${cell} ghi ${f(shown, line, "vi")}`;
      const en = blank ? `${cell} is blank` : `${cell} shows ${f(shown, line, "en")}`;
      return lang === "vi" ? `${vi}, ô cộng chỉ khớp khi là ${f(difference(shown, gap), line, "vi")}` : `${en}, the subtotal adds up only at ${f(difference(shown, gap), line, "en")}`;
    });
  const { where, before } = copyWords(context, above, row);
  const message = localized(
    `Các số liệu của ${label} trùng hệt số liệu của ${before.vi}, ${aboveLabel} (${where.vi}) — có lẽ ${before.slip.vi}; ${joinList(cause.subtotals.map((x) => x.vi), "và")} ghi theo số liệu khác và chỉ khớp khi sửa ${before.self.vi} (${each("vi").join("; ")}).`,
    `The figures of ${label} repeat the figures of ${before.en}, ${aboveLabel} (${where.en}) — probably ${before.slip.en}; ${joinList(cause.subtotals.map((x) => x.en), "and")} show other figures and add up only when ${before.self.en} is corrected (${each("en").join("; ")}).`,
  );
  const retyped = withCarriedTotals(context, message, cause.retype, { what: { vi: "số liệu chép nhầm", en: "the copied figures" }, self: before.self });
  const firstGap = cause.gaps.get(firstLine) ?? 0;
  const actual = context.base[row * context.lineCount + firstLine];
  return makeFinding({
    rule: "subtotal",
    severity: "error",
    sheet: context.table.sheet,
    at: position,
    indicator: context.table.lines[firstLine].planCode,
    area: label,
    expected: difference(actual, firstGap),
    actual,
    message: alsoRight(retyped, also),
  });
}

/**
 * How a copy's message names the area it repeats: the row above, or (areas
 * across the columns) the column to its left — `where` by its number or
 * letter, `before` as the copy's neighbour, `slip` the mistake, `self` the copy.
 */
export function copyWords(context: RuleContext, above: number, row: number) {
  const rows = context.table.orientation === "areas-as-rows";
  const index = context.table.areas[above].index;
  const at = rows ? String(index + 1) : columnLetters(index);
  // Across a district's row: the last commune of the district before.
  const across = context.table.areas[row].index > index + 1;
  return rows
    ? {
        where: { vi: `hàng ${at}`, en: `row ${at}` },
        before: {
          ...(across ? { vi: "xã cuối của huyện phía trên", en: "the last commune of the district above" } : { vi: "hàng trên", en: "the row above" }),
          slip: { vi: "chép nhầm dòng", en: "a row copied by mistake" },
          self: { vi: "hàng này", en: "this row" },
        },
      }
    : {
        where: { vi: `cột ${at}`, en: `column ${at}` },
        before: {
          ...(across ? { vi: "xã cuối của huyện bên trái", en: "the last commune of the district to its left" } : { vi: "cột bên trái", en: "the column to its left" }),
          slip: { vi: "chép nhầm cột", en: "a column copied by mistake" },
          self: { vi: "cột này", en: "this column" },
        },
      };
}
