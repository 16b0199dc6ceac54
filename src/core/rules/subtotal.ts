/**
 * `subtotal`: every group and grand total that holds a number (typed or a
 * formula's cached value; headings and blank cells are not subtotals) against
 * the sum of its direct children — a heading child contributes the sum of its
 * own children, a blank group child the sum of its children. Also each value
 * of a total line (`Tổng kinh phí`) against the sum of the lines it adds up
 * in the same area. Where a child holds an error or text, the sum is unknown
 * and only `invalid-value` speaks.
 *
 * One cause, one finding: a total that disagrees with its children as typed
 * but equals what its communes add up to is right — the wrong figure is a
 * child's subtotal, told at that child — so it gets no finding of its own.
 */
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { formatAmount } from "../text/format";
import { addedCells, type AddedBox } from "../formula/evaluate";
import { a1 } from "../model/address";
import { cellFormula } from "../model/workbook";
import { joinList } from "../text/joinList";
import { cellPosition, type RuleContext } from "./context";
import { CELL, isNumericState as isNumeric, readCell } from "../cells/readCell";
import { difference, standing } from "./compare";
import { makeFinding } from "./finding";
import { totalLineChildren } from "./lineTotals";
import { skippedText } from "./skippedText";
import { unnamedLabel, unnamedName, unnamedRows, type UnnamedRow } from "./unnamedRows";
import type { Rule } from "./types";

export const subtotalRule: Rule = {
  id: "subtotal",
  description: localized(
    "Mỗi dòng/cột cộng (nhóm, tổng cộng) phải bằng tổng các thành phần của nó.",
    "Every subtotal (group, grand total, total line) must equal the sum of its parts.",
  ),
  instruction: localized(
    "Sửa ô cộng, tốt nhất bằng công thức SUM trên đúng các ô thành phần.",
    "Correct the subtotal cell, preferably with a SUM formula over exactly its parts.",
  ),
  severity: "error",
  check: {
    left: localized("giá trị ô cộng", "the subtotal cell's value"),
    operator: localized("=", "="),
    right: localized("tổng các thành phần trực tiếp", "the sum of its direct parts"),
  },
  evaluate(context) {
    const villages = villageSums(context);
    const byAreas = [...areaSubtotals(context, villages), ...mirrorSubtotals(context), ...villageBreakdowns(context, villages)];
    const told = new Set(byAreas.map((finding) => finding.cell));
    return [...byAreas, ...lineTotals(context).filter((finding) => !told.has(finding.cell))];
  },
};

/** Contribution of an area to its parent on one line, or NaN when unknown (an invalid cell). */
export function contribution(context: RuleContext, area: number, line: number): number {
  const entry = context.table.areas[area];
  const at = area * context.lineCount + line;
  const state = context.state[at];
  if (entry.kind === "leaf") return state === CELL.blank || isNumeric(state) ? context.base[at] : Number.NaN;
  if (entry.kind !== "heading") {
    if (isNumeric(state)) return context.base[at];
    if (state !== CELL.blank) return Number.NaN;
  }
  return childrenSum(context, area, line);
}

function childrenSum(context: RuleContext, area: number, line: number): number {
  const { areas } = context.table;
  const { state, base, lineCount } = context;
  let sum = 0;
  for (const child of areas[area].children) {
    if (areas[child].kind === "leaf") {
      // The common case, inline: a leaf's own value (blank = 0), unknown if invalid.
      const at = child * lineCount + line;
      const s = state[at];
      if (s !== CELL.blank && s !== CELL.number && s !== CELL.textNumber) return Number.NaN;
      sum += base[at];
    } else {
      sum += contribution(context, child, line);
      if (Number.isNaN(sum)) return sum;
    }
  }
  return sum;
}

/**
 * What an area's leaves add up to on one line as allocheck counts them
 * (text numbers counted; blanks and unusable cells 0), whatever its child
 * subtotals show.
 */
function leafSum(context: RuleContext, area: number, line: number, villages: VillageSums = NO_VILLAGES): number {
  const { areas } = context.table;
  let sum = 0;
  for (const child of areas[area].children) {
    if (areas[child].kind !== "leaf") {
      sum += leafSum(context, child, line, villages);
      continue;
    }
    // A commune whose villages, listed under it, add up otherwise on this line: what they add up to is counted too.
    const own = villages.get(child);
    sum += own !== undefined && !Number.isNaN(own[line]) ? own[line] : context.base[child * context.lineCount + line];
  }
  return sum;
}

/** Per commune (leaf area) whose villages are listed under it as its breakdown: what they add up to on each line (NaN where they hold nothing, or an unusable cell). */
type VillageSums = ReadonlyMap<number, Float64Array>;
const NO_VILLAGES: VillageSums = new Map();

/**
 * The sums of the villages (`Thôn 1`, `Bản Mới`) listed under a commune as a
 * breakdown of its row (left out of the reading as already in it), on the
 * lines they fill (`index` a row, or a column where the areas run across).
 */
function villageSums(context: RuleContext): VillageSums {
  const listed = context.table.notes?.ignoredAreas;
  if (listed === undefined) return NO_VILLAGES;
  const across = context.table.orientation !== "areas-as-rows";
  const rows = listed.filter((a) => a.why === "village").map((a) => a.index);
  if (rows.length === 0) return NO_VILLAGES;
  rows.sort((a, b) => a - b);
  const leafAt = new Map<number, number>();
  context.table.areas.forEach((entry, i) => {
    if (entry.kind === "leaf") leafAt.set(entry.index, i);
  });
  const measures = context.lineKind.map((kind, l) => ({ kind, scale: context.scales[l] }));
  const out = new Map<number, Float64Array>();
  let owner: number | undefined;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k];
    if (k === 0 || rows[k - 1] !== row - 1) {
      // A new run of villages: its commune is the area row right above it (past blank rows).
      owner = undefined;
      for (let r = row - 1; r >= 0 && r >= row - 5 && owner === undefined; r--) owner = leafAt.get(r);
    }
    if (owner === undefined) continue;
    let sums = out.get(owner);
    if (sums === undefined) {
      sums = new Float64Array(context.lineCount).fill(Number.NaN);
      out.set(owner, sums);
    }
    const values = context.sheet.values;
    const formats = context.sheet.numberFormats;
    for (let line = 0; line < context.lineCount; line++) {
      // Areas across: the village's column, the line's row.
      const at = context.table.lines[line].index;
      const r = across ? at : row;
      const c = across ? row : at;
      const reading = readCell(values[r]?.[c] ?? null, formats?.[r]?.[c], measures[line]);
      if (reading.state === CELL.blank) continue;
      // An unusable cell makes the sum unknown for good (marked -Infinity until the end: NaN stands for "nothing held yet").
      if (!isNumeric(reading.state)) sums[line] = Number.NEGATIVE_INFINITY;
      else sums[line] = (Number.isNaN(sums[line]) ? 0 : sums[line]) + reading.base;
    }
  }
  for (const sums of out.values()) for (let line = 0; line < sums.length; line++) if (sums[line] === Number.NEGATIVE_INFINITY) sums[line] = Number.NaN;
  return out;
}

/**
 * A commune's figure against the villages listed under it as its breakdown,
 * on each line they fill (a line they all leave blank is not broken down):
 * told at the commune's cell when they add up otherwise.
 */
function villageBreakdowns(context: RuleContext, villages: VillageSums): Finding[] {
  const findings: Finding[] = [];
  for (const [area, sums] of villages) {
    for (let line = 0; line < context.lineCount; line++) {
      if (context.lineKind[line] === "percent" || Number.isNaN(sums[line])) continue;
      const at = area * context.lineCount + line;
      if (!isNumeric(context.state[at])) continue;
      const actual = context.base[at];
      if (standing(actual, sums[line]) === "equal") continue;
      findings.push(subtotalFinding(context, area, line, sums[line], actual, "villages"));
    }
  }
  return findings;
}

/**
 * `childrenSum` of an area on every line at once, reading each child's cells
 * in a row (the sheet's order in memory) rather than one line down all
 * children: the same additions in the same order.
 */
function childrenSums(context: RuleContext, area: number, sums: Float64Array): void {
  const { areas } = context.table;
  const { state, base, lineCount, plainAreas } = context;
  const blank = CELL.blank;
  const number = CELL.number;
  const textNumber = CELL.textNumber;
  sums.fill(0);
  for (const child of areas[area].children) {
    const offset = child * lineCount;
    if (plainAreas !== undefined && plainAreas[child] === 1 && areas[child].kind === "leaf") {
      // A plain row (blank or typed numbers only): every cell counts, its state need not be read.
      for (let line = 0; line < lineCount; line++) sums[line] += base[offset + line];
      continue;
    }
    if (areas[child].kind === "leaf") {
      // A sum already unknown stays NaN through the addition: no test for it.
      for (let line = 0; line < lineCount; line++) {
        const s = state[offset + line];
        sums[line] = s !== blank && s !== number && s !== textNumber ? Number.NaN : sums[line] + base[offset + line];
      }
      continue;
    }
    for (let line = 0; line < lineCount; line++) {
      const sum = sums[line];
      if (Number.isNaN(sum)) continue;
      sums[line] = sum + contribution(context, child, line);
    }
  }
}

function areaSubtotals(context: RuleContext, villages: VillageSums): Finding[] {
  const findings: Finding[] = [];
  const { areas } = context.table;
  // A formula total that only skips numbers typed as text: `text-number` speaks, at the text cells.
  const { explained } = skippedText(context);
  const sums = new Float64Array(context.lineCount);
  const unnamed = unnamedRows(context);
  const toldUnnamed = new Set<number>();
  for (let area = 0; area < context.areaCount; area++) {
    const entry = areas[area];
    if ((entry.kind !== "group" && entry.kind !== "total") || entry.children.length === 0) continue;
    childrenSums(context, area, sums);
    const among = unnamed.length === 0 ? [] : unnamed.filter((u) => u.owner === area);
    const told: { line: number; expected: number; actual: number }[] = [];
    for (let line = 0; line < context.lineCount; line++) {
      if (context.lineKind[line] === "percent") continue;
      const at = area * context.lineCount + line;
      if (!isNumeric(context.state[at]) || explained.has(at)) continue;
      const expected = sums[line];
      if (Number.isNaN(expected)) continue;
      const actual = context.base[at];
      if (standing(actual, expected) === "equal") continue;
      if (standing(actual, leafSum(context, area, line)) === "equal") continue;
      // A subtotal that is what the communes' villages add up to: the wrong figure is a commune's, told there.
      if (villages.size > 0 && standing(actual, leafSum(context, area, line, villages)) === "equal") continue;
      if (among.length > 0) {
        // The subtotal counts a row among its members that has figures but no name: the name is what to fix, told there once.
        let withUnnamed = expected;
        for (const u of among) withUnnamed += u.values[line];
        if (standing(actual, withUnnamed) === "equal") {
          for (const u of among) {
            if (toldUnnamed.has(u.index)) continue;
            toldUnnamed.add(u.index);
            findings.push(unnamedFinding(context, area, u));
          }
          continue;
        }
      }
      told.push({ line, expected, actual });
    }
    for (const { line, expected, actual } of told) findings.push(subtotalFinding(context, area, line, expected, actual, "areas"));
  }
  return findings;
}

/** The formula (as typed, with its `=`) of an area's cell on a line when it adds up cells; null otherwise. */
function staleFormula(context: RuleContext, area: number, line: number): string | null {
  const at = cellPosition(context, area, line);
  const formula = cellFormula(context.sheet, at.row, at.col);
  return formula === undefined || addedCells(formula) === null ? null : `=${formula.replace(/^=/, "")}`;
}

/**
 * The formula (as typed, with its `=`) of an area's total-line cell
 * (`Tổng kinh phí` =D6+E6) when it adds up exactly that area's parts on the
 * line's child lines, none of them a number typed as text: such a cell that
 * disagrees with its parts was not recalculated. Null otherwise.
 */
export function staleRowFormula(context: RuleContext, area: number, line: number): string | null {
  const children = totalLineChildren(context, line);
  if (children === null || children.length === 0) return null;
  const at = cellPosition(context, area, line);
  const formula = cellFormula(context.sheet, at.row, at.col);
  const boxes = formula === undefined ? null : addedCells(formula);
  if (formula === undefined || boxes === null) return null;
  let read = 0;
  for (const box of boxes) read += (box.bottom - box.top + 1) * (box.right - box.left + 1);
  if (read !== children.length) return null;
  for (const child of children) {
    if (context.state[area * context.lineCount + child] === CELL.textNumber) return null;
    const cell = cellPosition(context, area, child);
    if (!inside(boxes, cell.row, cell.col)) return null;
  }
  return `=${formula.replace(/^=/, "")}`;
}

/**
 * The parts (child indexes, in order) that the formula of an area's cell on
 * a line leaves out while adding up others; null when it reads them all;
 * undefined when the cell holds no formula adding up cells.
 */
export function missedParts(context: RuleContext, area: number, line: number): number[] | null | undefined {
  const at = cellPosition(context, area, line);
  const formula = cellFormula(context.sheet, at.row, at.col);
  if (formula === undefined) return undefined;
  const boxes = addedCells(formula);
  if (boxes === null) return undefined;
  const { areas } = context.table;
  const covered = (child: number): boolean => {
    // A heading holds no figure of its own (across the columns it shares its first commune's column): its communes decide.
    const cell = cellPosition(context, child, line);
    if (areas[child].kind !== "heading" && inside(boxes, cell.row, cell.col)) return true;
    const { children } = areas[child];
    return areas[child].kind !== "leaf" && children.length > 0 && children.every(covered);
  };
  // A heading partly read: the communes under it that the formula leaves out.
  const missedOf = (child: number): number[] => {
    if (covered(child)) return [];
    if (areas[child].kind !== "heading") return [child];
    const inner = areas[child].children.map(missedOf);
    return inner.every((parts, i) => wholly(parts, areas[child].children[i])) ? [child] : inner.flat();
  };
  const top = areas[area].children.map(missedOf);
  if (top.every((parts, i) => wholly(parts, areas[area].children[i]))) return undefined;
  const missed = top.flat();
  return missed.length === 0 ? null : missed;
}

/** The parts missed of a child are the child itself: none of it is read. */
function wholly(parts: readonly number[], child: number): boolean {
  return parts.length === 1 && parts[0] === child;
}

/** A subtotal that adds up once a row (or column) among its members with figures but no name is counted: told at its name cell. */
function unnamedFinding(context: RuleContext, area: number, u: UnnamedRow): Finding {
  const label = context.table.areas[area].label;
  const name = unnamedName(context, u);
  const { Vi, En } = name;
  return makeFinding({
    rule: "subtotal",
    severity: "error",
    sheet: context.table.sheet,
    at: unnamedLabel(context, u),
    area: label,
    message: localized(
      `${Vi} có số liệu nhưng không có tên địa bàn: ô cộng của ${label} có tính ${name.viAxis} này, còn allocheck không tính được vào địa bàn nào. Ghi tên địa bàn vào ${name.vi}.`,
      `${En} has figures but no area name: the subtotal of ${label} counts it, but allocheck cannot count it for any area. Write the area's name on ${name.en}.`,
    ),
  });
}

/**
 * `Cộng …` rows repeating a group whose own row already holds its figures
 * (read as mirrors, not areas): each typed figure against the sum of the
 * group's children, as the group's own row is checked. A mirror that agrees
 * while the group's row does not leaves that finding at the group's row.
 */
function mirrorSubtotals(context: RuleContext): Finding[] {
  const mirrors = context.table.notes?.mirrors ?? [];
  if (mirrors.length === 0) return [];
  const across = context.table.orientation !== "areas-as-rows";
  const findings: Finding[] = [];
  const sums = new Float64Array(context.lineCount);
  const measures = context.lineKind.map((kind, l) => ({ kind, scale: context.scales[l] }));
  for (const mirror of mirrors) {
    const group = context.table.areas[mirror.group];
    if (group === undefined || group.children.length === 0) continue;
    childrenSums(context, mirror.group, sums);
    for (let line = 0; line < context.lineCount; line++) {
      if (context.lineKind[line] === "percent") continue;
      // The mirror's cell on the line: its row and the line's column, or (areas across) the line's row and its column.
      const row = across ? context.table.lines[line].index : mirror.index;
      const col = across ? mirror.index : context.table.lines[line].index;
      const reading = readCell(context.sheet.values[row]?.[col] ?? null, context.sheet.numberFormats?.[row]?.[col], measures[line]);
      if (!isNumeric(reading.state)) continue;
      // The same figure as the group's own row: that row is checked (and told) on its own.
      const own = mirror.group * context.lineCount + line;
      if (isNumeric(context.state[own]) && standing(reading.base, context.base[own]) === "equal") continue;
      const expected = sums[line];
      if (Number.isNaN(expected)) continue;
      if (standing(reading.base, expected) === "equal") continue;
      if (standing(reading.base, leafSum(context, mirror.group, line)) === "equal") continue;
      findings.push(subtotalFinding(context, mirror.group, line, expected, reading.base, "areas", { row, col, label: mirror.label }));
    }
  }
  return findings;
}

function lineTotals(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (let line = 0; line < context.lineCount; line++) {
    const children = totalLineChildren(context, line);
    if (children === null) continue;
    for (let area = 0; area < context.areaCount; area++) {
      if (context.table.areas[area].kind === "heading") continue;
      const at = area * context.lineCount + line;
      if (!isNumeric(context.state[at])) continue;
      let expected = 0;
      for (const child of children) {
        const childAt = area * context.lineCount + child;
        const state = context.state[childAt];
        if (state !== CELL.blank && !isNumeric(state)) {
          expected = Number.NaN;
          break;
        }
        expected += context.base[childAt];
      }
      if (Number.isNaN(expected)) continue;
      const actual = context.base[at];
      if (standing(actual, expected) === "equal") continue;
      // A group whose cells on the total line and its parts each add up its areas (formulas, or typed right) only
      // carries its areas' gaps: they are told at those areas.
      if (context.table.areas[area].kind !== "leaf" && [line, ...children].every((l) => addsUpChildren(context, area, l))) continue;
      findings.push(subtotalFinding(context, area, line, expected, actual, "lines"));
    }
  }
  return findings;
}

/** Whether an area's cell on a line holds a number equal to what its children add up to. */
function addsUpChildren(context: RuleContext, area: number, line: number): boolean {
  const at = area * context.lineCount + line;
  if (!isNumeric(context.state[at]) || context.table.areas[area].children.length === 0) return false;
  const sum = childrenSum(context, area, line);
  return !Number.isNaN(sum) && standing(context.base[at], sum) === "equal";
}

function subtotalFinding(
  context: RuleContext,
  area: number,
  line: number,
  expected: number,
  actual: number,
  parts: "areas" | "lines" | "villages",
  mirror?: { readonly row: number; readonly col: number; readonly label: string },
): Finding {
  const unit = context.cellUnit[line];
  const group = context.table.areas[area].label;
  const label = mirror === undefined ? group : `${mirror.label.replace(/\s*:\s*$/, "")} (${group})`;
  const header = context.table.lines[line].header;
  const f = (value: number, lang: "vi" | "en") => formatAmount(value, unit, lang);
  const gap = Math.abs(difference(actual, expected));
  const missed = parts === "areas" && mirror === undefined ? leftOutOfFormula(context, area, line, expected, actual) : null;
  // A formula reading the groups under it and their areas too, showing exactly that double count.
  const twice = parts === "areas" && mirror === undefined && missed === null ? doubleCounted(context, area, line, actual) : null;
  // A formula reading cells of areas outside this one too (a range one row too long), showing exactly what it reads.
  const beyond = parts === "areas" && mirror === undefined && missed === null && twice === null ? readsBeyond(context, area, line, actual) : null;
  // A formula naming a part's cell twice (`=SUM(E12:E15)+E13`), showing exactly that double count.
  const repeated = parts === "areas" && mirror === undefined && missed === null && twice === null && beyond === null ? readTwice(context, area, line, actual) : null;
  // A formula reading every part that shows another figure than they add up to: its saved value was not recalculated.
  const stale = parts === "areas" && mirror === undefined && missed === null && twice === null && beyond === null && repeated === null && missedParts(context, area, line) === null ? staleFormula(context, area, line) : null;
  const staleRow = parts === "lines" && mirror === undefined ? staleRowFormula(context, area, line) : null;
  const message =
    staleRow !== null
      ? localized(
          `Công thức ${staleRow} ở ô ${header} của ${label} cộng đủ các khoản thành phần, nhưng giá trị đã lưu của nó (${f(actual, "vi")}) chưa được tính lại: các khoản ấy hiện cộng lại ${f(expected, "vi")} (lệch ${f(gap, "vi")}). Mở tệp trong Excel, tính lại (F9 hoặc bật tính tự động) rồi lưu.`,
          `The formula ${staleRow} in ${header} of ${label} adds up all its parts, but its saved value (${f(actual, "en")}) was not recalculated: they now add up to ${f(expected, "en")} (off by ${f(gap, "en")}). Open the file in Excel, recalculate (F9, or turn on automatic calculation) and save.`,
        )
      : beyond !== null
      ? localized(
          `Công thức ${beyond.formula} ở ô cộng của ${label} cộng cả ${joinList(beyond.cells, "và")}, không thuộc ${label}: ô cộng ghi ${f(actual, "vi")}, nhưng các địa bàn thành phần cộng lại ${f(expected, "vi")} (lệch ${f(gap, "vi")}). Sửa công thức để chỉ cộng các ô thành phần.`,
          `The formula ${beyond.formula} in the subtotal of ${label} also adds up ${joinList(beyond.cells, "and")}, outside ${label}: the subtotal shows ${f(actual, "en")}, but its areas add up to ${f(expected, "en")} (off by ${f(gap, "en")}). Correct the formula to add up its parts only.`,
        )
      : twice !== null
      ? localized(
          `Công thức ${twice.formula} ở ô cộng của ${label} cộng cả ${joinList(twice.groups.map((g) => g.vi), "và")} lẫn các địa bàn thuộc ${twice.groups.length > 1 ? "chúng" : "nó"}, nên tính hai lần: ô cộng ghi ${f(actual, "vi")}, nhưng các địa bàn thành phần cộng lại ${f(expected, "vi")} (lệch ${f(gap, "vi")}). Sửa công thức để chỉ cộng các ô cộng (hoặc chỉ các địa bàn).`,
          `The formula ${twice.formula} in the subtotal of ${label} adds up ${joinList(twice.groups.map((g) => g.en), "and")} and ${twice.groups.length > 1 ? "their" : "its"} areas too, counting them twice: the subtotal shows ${f(actual, "en")}, but its areas add up to ${f(expected, "en")} (off by ${f(gap, "en")}). Correct the formula to add up the subtotals only (or the areas only).`,
        )
      : repeated !== null
      ? localized(
          `Công thức ${repeated.formula} ở ô cộng của ${label} cộng ${joinList(repeated.cells, "và")} hai lần: ô cộng ghi ${f(actual, "vi")}, nhưng các địa bàn thành phần cộng lại ${f(expected, "vi")} (lệch ${f(gap, "vi")}). Sửa công thức để cộng mỗi ô thành phần một lần.`,
          `The formula ${repeated.formula} in the subtotal of ${label} adds up ${joinList(repeated.cells, "and")} twice: the subtotal shows ${f(actual, "en")}, but its areas add up to ${f(expected, "en")} (off by ${f(gap, "en")}). Correct the formula to add up each part once.`,
        )
      : stale !== null
      ? localized(
          `Công thức ${stale} ở ô cộng của ${label} cộng đủ các ô thành phần, nhưng giá trị đã lưu của nó (${f(actual, "vi")}) chưa được tính lại: các ô ấy hiện cộng lại ${f(expected, "vi")} (lệch ${f(gap, "vi")}). Mở tệp trong Excel, tính lại (F9 hoặc bật tính tự động) rồi lưu.`,
          `The formula ${stale} in the subtotal of ${label} adds up all its parts, but its saved value (${f(actual, "en")}) was not recalculated: they now add up to ${f(expected, "en")} (off by ${f(gap, "en")}). Open the file in Excel, recalculate (F9, or turn on automatic calculation) and save.`,
        )
      : missed !== null
      ? localized(
          `Công thức ${missed.formula} ở ô cộng của ${label} bỏ sót ${joinList(missed.cells, "và")}: ô cộng ghi ${f(actual, "vi")}, nhưng các địa bàn thành phần cộng lại ${f(expected, "vi")} (lệch ${f(gap, "vi")}). Sửa công thức để cộng đủ các ô thành phần.`,
          `The formula ${missed.formula} in the subtotal of ${label} leaves out ${joinList(missed.cells, "and")}: the subtotal shows ${f(actual, "en")}, but its areas add up to ${f(expected, "en")} (off by ${f(gap, "en")}). Correct the formula to add up all its parts.`,
        )
      : parts === "villages"
      ? localized(
          `${header} của ${label} ghi ${f(actual, "vi")}, nhưng các thôn, bản liệt kê dưới ${label} cộng lại ${f(expected, "vi")} (lệch ${f(gap, "vi")}).`,
          `${header} of ${label} shows ${f(actual, "en")}, but the villages listed under it add up to ${f(expected, "en")} (off by ${f(gap, "en")}).`,
        )
      : parts === "areas"
      ? localized(
          `Ô cộng của ${label} ghi ${f(actual, "vi")}, nhưng các địa bàn thành phần cộng lại ${f(expected, "vi")} (lệch ${f(gap, "vi")}).`,
          `The subtotal of ${label} shows ${f(actual, "en")}, but its areas add up to ${f(expected, "en")} (off by ${f(gap, "en")}).`,
        )
      : localized(
          `${header} của ${label} ghi ${f(actual, "vi")}, nhưng các khoản thành phần cộng lại ${f(expected, "vi")} (lệch ${f(gap, "vi")}).`,
          `The total of ${label} shows ${f(actual, "en")}, but its parts add up to ${f(expected, "en")} (off by ${f(gap, "en")}).`,
        );
  return makeFinding({
    rule: "subtotal",
    severity: "error",
    sheet: context.table.sheet,
    at: mirror === undefined ? cellPosition(context, area, line) : { row: mirror.row, col: mirror.col },
    indicator: context.table.lines[line].planCode,
    area: group,
    expected,
    actual,
    message,
  });
}

/**
 * A subtotal whose formula reads every part and cells of areas outside it too
 * (`=SUM(D4:D8)` over its three communes, the next district's row and its
 * first commune), showing exactly what the cells it reads add up to: the
 * formula and those cells, each with its area's name; null otherwise.
 */
function readsBeyond(context: RuleContext, area: number, line: number, actual: number): { formula: string; cells: string[] } | null {
  if (missedParts(context, area, line) !== null) return null;
  const at = cellPosition(context, area, line);
  const formula = cellFormula(context.sheet, at.row, at.col);
  const boxes = formula === undefined ? null : addedCells(formula);
  if (formula === undefined || boxes === null) return null;
  const { areas } = context.table;
  const withinArea = (a: number): boolean => {
    for (let p = areas[a].parent; p !== null; p = areas[p].parent) if (p === area) return true;
    return false;
  };
  let read = 0;
  const outside: string[] = [];
  for (let other = 0; other < areas.length; other++) {
    if (other === area) continue;
    const cell = cellPosition(context, other, line);
    if (!inside(boxes, cell.row, cell.col)) continue;
    const state = context.state[other * context.lineCount + line];
    if (state !== CELL.blank && !isNumeric(state)) return null;
    read += context.base[other * context.lineCount + line];
    if (!withinArea(other)) outside.push(`${a1(cell.row, cell.col)} (${areas[other].label})`);
  }
  if (outside.length === 0 || standing(actual, read) !== "equal") return null;
  return { formula: `=${formula.replace(/^=/, "")}`, cells: outside };
}

/**
 * A subtotal whose formula names a cell of the table more than once
 * (`=SUM(E12:E15)+E13`, two ranges that overlap), showing exactly what the
 * cells it reads add up to, each as often as it is named: the formula (as
 * typed) and the cells read more than once; null otherwise.
 */
function readTwice(context: RuleContext, area: number, line: number, actual: number): { formula: string; cells: string[] } | null {
  const at = cellPosition(context, area, line);
  const formula = cellFormula(context.sheet, at.row, at.col);
  const boxes = formula === undefined ? null : addedCells(formula);
  if (formula === undefined || boxes === null || boxes.length < 2) return null;
  const { areas } = context.table;
  let read = 0;
  const twice: string[] = [];
  for (let other = 0; other < areas.length; other++) {
    if (other === area) continue;
    const cell = cellPosition(context, other, line);
    let times = 0;
    for (const box of boxes) if (cell.row >= box.top && cell.row <= box.bottom && cell.col >= box.left && cell.col <= box.right) times++;
    if (times === 0) continue;
    const state = context.state[other * context.lineCount + line];
    if (state !== CELL.blank && !isNumeric(state)) return null;
    read += times * context.base[other * context.lineCount + line];
    if (times > 1 && context.base[other * context.lineCount + line] !== 0) twice.push(`${a1(cell.row, cell.col)} (${areas[other].label})`);
  }
  if (twice.length === 0 || standing(actual, read) !== "equal") return null;
  return { formula: `=${formula.replace(/^=/, "")}`, cells: twice };
}

/**
 * A subtotal whose formula adds up groups under it and the areas under those
 * groups as well (`=SUM(C3:C10)` over the districts' rows and their
 * communes'), showing exactly what the cells it reads add up to: the formula
 * (as typed) and the groups read twice, named by their cells; null otherwise.
 */
export function doubleCounted(context: RuleContext, area: number, line: number, actual: number): { formula: string; groups: { vi: string; en: string }[]; indexes: number[] } | null {
  const at = cellPosition(context, area, line);
  const formula = cellFormula(context.sheet, at.row, at.col);
  const boxes = formula === undefined ? null : addedCells(formula);
  if (formula === undefined || boxes === null) return null;
  const { areas } = context.table;
  const covered = (a: number): boolean => {
    const cell = cellPosition(context, a, line);
    return inside(boxes, cell.row, cell.col);
  };
  let read = 0;
  const twice: number[] = [];
  // Every area under this one, at any depth: what the formula reads, and the groups it reads over their own areas.
  const walk = (parent: number): boolean => {
    let below = false;
    for (const child of areas[parent].children) {
      const inner = areas[child].kind !== "leaf" && walk(child);
      if (Number.isNaN(read)) return false;
      if (covered(child)) {
        const state = context.state[child * context.lineCount + line];
        if (state !== CELL.blank && !isNumeric(state)) read = Number.NaN;
        else read += context.base[child * context.lineCount + line];
        if (inner && state !== CELL.blank) twice.push(child);
        below = true;
      }
      below = below || inner;
    }
    return below;
  };
  walk(area);
  if (twice.length === 0 || Number.isNaN(read) || standing(actual, read) !== "equal") return null;
  return {
    formula: `=${formula.replace(/^=/, "")}`,
    indexes: twice,
    groups: twice.map((group) => {
      const cell = cellPosition(context, group, line);
      return { vi: `ô cộng của ${areas[group].label} (${a1(cell.row, cell.col)})`, en: `the subtotal of ${areas[group].label} (${a1(cell.row, cell.col)})` };
    }),
  };
}

/**
 * A subtotal whose formula adds up some of its parts' cells but leaves out
 * others, what it shows being exactly the parts it reads: the formula (as
 * typed) and the cells left out, each with its area's name; null otherwise.
 */
export function leftOutOfFormula(context: RuleContext, area: number, line: number, expected: number, actual: number): { formula: string; cells: string[] } | null {
  const missed = missedParts(context, area, line);
  if (missed === null || missed === undefined) return null;
  const at = cellPosition(context, area, line);
  const formula = cellFormula(context.sheet, at.row, at.col) ?? "";
  const { areas } = context.table;
  let left = 0;
  for (const child of missed) left += contribution(context, child, line);
  if (Number.isNaN(left) || left === 0 || standing(actual, expected - left) !== "equal") return null;
  return {
    formula: `=${formula.replace(/^=/, "")}`,
    cells: missed.map((child) => {
      const cell = cellPosition(context, child, line);
      return `${a1(cell.row, cell.col)} (${areas[child].label})`;
    }),
  };
}

function inside(boxes: readonly AddedBox[], row: number, col: number): boolean {
  for (const box of boxes) if (row >= box.top && row <= box.bottom && col >= box.left && col <= box.right) return true;
  return false;
}
