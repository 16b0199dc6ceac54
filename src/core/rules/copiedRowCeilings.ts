/**
 * One cause, at its row, where no typed total contradicts it: a commune
 * whose figures repeat, line by line, those of the commune on the row above
 * (areas across the columns: the column to its left), under totals that
 * follow the table (formulas, district totals typed with the copy, or none), and the plan lines it holds figures
 * on off their ceilings. As `copiedRow` does under typed subtotals, the row's
 * first off cell is then the cell to fix and the lines' `ceiling` findings
 * are told once, there. Folded only when the evidence is clear:
 *
 * - nothing but those `ceiling` findings is told (info aside, and a plan
 *   line with no column that is none of theirs), at least two;
 * - every one of them is on a line the row holds a figure on (or, under its
 *   plan, leaves blank as the row it repeats does while another commune
 *   beside them holds a figure: a blank copied over a figure), and every
 *   total on those lines follows its parts (a formula, blank, or a
 *   district's total typed with the copy as it stands, the grand total
 *   following);
 * - a line over its ceiling is over by no more than the row holds there
 *   (the row alone, corrected, could put it right); a line under its plan
 *   is short by no more than `SPREAD` times the largest figure of the other
 *   communes on it (a share one commune could hold);
 * - the row is the table's only repeated commune row that fits;
 * - what it repeats is hard to match by chance: a money figure, or figures
 *   on `FEW_LINES` lines or more (two communes of a small sheet holding the
 *   same 3 cuộc and 2 CLB is no evidence of a copy); with every line under
 *   its plan (a sheet still being allocated looks so too), both: a money
 *   figure among `FEW_LINES` figures or more, and no commune left without
 *   a figure on every line (the gaps then that commune's, still to come).
 *
 * Identical rows within the plan's ceilings (an even split) are never told.
 */
import type { Finding } from "../model/finding";
import { a1 } from "../model/address";
import { localized } from "../model/text";
import { formatAmount } from "../text/format";
import { joinList } from "../text/joinList";
import { CELL } from "../cells/readCell";
import { cellPosition, type RuleContext } from "./context";
import { difference, standing } from "./compare";
import { passesThrough, typedTotalStanding } from "./leafCause";
import { communeAbove, copyWords, sameFigures } from "./copiedRow";
import { ceilingName } from "./singleCause";

/** How many times the largest figure of the other communes a line may be short by. */
const SPREAD = 2;
/** Lines with a figure that a repeat of counts alone must cover. */
const FEW_LINES = 3;

interface Off {
  readonly finding: Finding;
  readonly line: number;
  /** Allocated less target (base units: > 0 over). */
  readonly gap: number;
}

export function copiedRowCeilings(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const ceilings = findings.filter((f) => f.rule === "ceiling" && f.severity !== "info");
  if (ceilings.length < 2 || ceilings.some((f) => f.sheet !== context.table.sheet)) return [...findings];
  const offs: Off[] = [];
  for (const finding of ceilings) {
    const line = finding.indicator === null ? undefined : context.lineByCode.get(finding.indicator);
    if (line === undefined || finding.expected === null || finding.actual === null) return [...findings];
    if (context.lineKind[line] === "percent" || context.sourceLines?.has(line) === true) return [...findings];
    offs.push({ finding, line, gap: difference(finding.actual, finding.expected) });
  }
  const over = offs.some((off) => off.gap > 0);
  // Nothing else told, but a plan line with no column of its own that is none of those lines.
  const codes = new Set(ceilings.map((f) => f.indicator));
  if (findings.some((f) => f.severity !== "info" && f.rule !== "ceiling" && !(f.rule === "unmapped" && f.cell === null && f.indicator !== null && !codes.has(f.indicator)))) return [...findings];
  const { areas } = context.table;
  // Each commune right after a commune of the same parent (or none), on the next row, or the first of a district after the last of the one before.
  const found: { row: number; above: number }[] = [];
  for (let row = 1; row < areas.length; row++) {
    const above = communeAbove(context, row);
    if (above === null) continue;
    if (sameFigures(context, row, above) && explains(context, row, above, offs) && distinctive(context, row, !over)) found.push({ row, above });
  }
  if (found.length !== 1) return [...findings];
  // Every line under its plan with a commune not yet given a figure on any line: a sheet still being allocated, its gaps that commune's.
  if (!over && hasEmptyCommune(context)) return [...findings];
  const [{ row, above }] = found;
  // Every total follows its parts: a formula, blank, or a district's typed as they stand (the copy carried) under a grand total that follows.
  for (const { line } of offs)
    for (let area = 0; area < areas.length; area++) {
      const kind = areas[area].kind;
      if (kind !== "group" && kind !== "total") continue;
      if (!passesThrough(context, area, line) && (kind !== "group" || typedTotalStanding(context, area, line, 0) !== "carried")) return [...findings];
    }

  const rewritten = rowFinding(context, row, above, [...offs].sort((a, b) => a.line - b.line));
  return [...findings.filter((f) => !ceilings.includes(f)), rewritten];
}

/** Whether the row's figures are unlikely to equal another row's by chance: a money figure, or `FEW_LINES` figures (`both`: a money figure among `FEW_LINES` figures). */
function distinctive(context: RuleContext, row: number, both: boolean): boolean {
  const { lineCount, base, lineKind } = context;
  let figures = 0;
  let money = false;
  for (let line = 0; line < lineCount; line++) {
    if (base[row * lineCount + line] === 0) continue;
    if (lineKind[line] === "money") money = true;
    figures++;
  }
  return both ? money && figures >= FEW_LINES : money || figures >= FEW_LINES;
}

/** Whether the row alone, corrected, could put every off line on its plan. */
function explains(context: RuleContext, row: number, above: number, offs: readonly Off[]): boolean {
  const { lineCount, base, table } = context;
  return offs.every(({ line, gap }) => {
    const held = base[row * lineCount + line];
    // A blank copied over a figure holds nothing: too little, where another commune beside it holds a figure on the line.
    if (held === 0 && (gap > 0 || context.state[row * lineCount + line] !== CELL.blank || !filledBeside(context, row, above, line))) return false;
    if (gap > 0) return standing(gap, held) !== "above";
    let largest = 0;
    for (let area = 0; area < table.areas.length; area++) if (area !== row && table.areas[area].kind === "leaf") largest = Math.max(largest, base[area * lineCount + line]);
    return standing(-gap, SPREAD * largest) !== "above";
  });
}

/** Whether a commune of the row's parent other than the row and the row it repeats holds a figure on the line (a line left blank throughout is anyone's gap). */
function filledBeside(context: RuleContext, row: number, above: number, line: number): boolean {
  const { areas } = context.table;
  const { lineCount, state, base } = context;
  return areas.some((entry, area) => area !== row && area !== above && entry.kind === "leaf" && entry.parent === areas[row].parent && state[area * lineCount + line] === CELL.number && base[area * lineCount + line] !== 0);
}

function rowFinding(context: RuleContext, row: number, above: number, offs: readonly Off[]): Finding {
  const { areas } = context.table;
  const { where, before } = copyWords(context, above, row);
  const f = (value: number, line: number, lang: "vi" | "en") => formatAmount(value, context.cellUnit[line], lang);
  const each = offs.map(({ line, gap }) => {
    const { row: r, col } = cellPosition(context, row, line);
    const cell = a1(r, col);
    const blank = context.state[row * context.lineCount + line] === CELL.blank;
    const held = blank ? `${cell} để trống` : `${cell} ghi ${f(context.base[row * context.lineCount + line], line, "vi")}`;
    const heldEn = blank ? `${cell} is blank` : `${cell} shows ${f(context.base[row * context.lineCount + line], line, "en")}`;
    return gap > 0
      ? { vi: `${held}, tổng vượt kế hoạch ${f(gap, line, "vi")}`, en: `${heldEn}, the total over the plan by ${f(gap, line, "en")}` }
      : { vi: `${held}, tổng thiếu so với kế hoạch ${f(-gap, line, "vi")}`, en: `${heldEn}, the total under the plan by ${f(-gap, line, "en")}` };
  });
  const named = offs.map((off) => ceilingName(context, off.finding));
  const label = areas[row].label;
  const aboveLabel = areas[above].label;
  const first = offs[0];
  const over = offs.some((off) => off.gap > 0);
  return {
    ...first.finding,
    ...cellAt(context, row, first.line),
    severity: over ? "error" : first.finding.severity,
    area: label,
    message: localized(
      `Các số liệu của ${label} trùng hệt số liệu của ${before.vi}, ${aboveLabel} (${where.vi}) — có lẽ ${before.slip.vi}; các chỉ tiêu lệch kế hoạch đều là chỉ tiêu nó có số, mỗi chỉ tiêu lệch không quá phần ${before.self.vi} có thể sửa (${each.map((x) => x.vi).join("; ")}). Sửa ${before.self.vi} thì ${joinList(named.map((x) => x.vi), "và")} cũng khớp.`,
      `The figures of ${label} repeat the figures of ${before.en}, ${aboveLabel} (${where.en}) — probably ${before.slip.en}; the plan lines off the plan are all lines it holds figures on, each off by no more than ${before.self.en} could put right (${each.map((x) => x.en).join("; ")}). Correcting ${before.self.en} also puts ${joinList(named.map((x) => x.en), "and")} right.`,
    ),
  };
}

function cellAt(context: RuleContext, row: number, line: number): Pick<Finding, "cell" | "row" | "col"> {
  const { row: r, col } = cellPosition(context, row, line);
  return { cell: a1(r, col), row: r, col };
}

/** Whether some commune holds no figure on any line (blank or 0 throughout): a row still to fill. */
function hasEmptyCommune(context: RuleContext): boolean {
  const { lineCount, base, table } = context;
  return table.areas.some((entry, area) => {
    if (entry.kind !== "leaf") return false;
    for (let line = 0; line < lineCount; line++) if (base[area * lineCount + line] !== 0) return false;
    return true;
  });
}
